// The few pieces of RFC 5545 syntax the plan's iCalendar file needs, written directly: it is all text, and a
// library's object model per event cost seconds for 10 000 events (SPEC §8: at most 1 s).

const utf8 = new TextEncoder();
/** RFC 5545 §3.1: lines of at most 75 octets, without the line break. */
const MAX_LINE_OCTETS = 75;
/** Room for one octet more than a line may have: a line encodes into it whole only when it may not need folding. */
const lineOctets = new Uint8Array(MAX_LINE_OCTETS + 1);

/** Whether a line is at most 75 octets in UTF-8, found without encoding it anew for each of a plan's lines. */
function fitsOneLine(line: string): boolean {
  const { read, written } = utf8.encodeInto(line, lineOctets);
  return read === line.length && written <= MAX_LINE_OCTETS;
}

/**
 * RFC 5545 TEXT (§3.3.11) allows no control characters but the tab; line breaks are written escaped (`\\n`).
 * Any other C0 control, DEL or C1 control (a NUL, a terminal's ESC sequence, U+0085) becomes U+FFFD, so a title
 * can neither break a client's parser nor reach a terminal raw; everything else is kept.
 */
export function icsText(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this replaces
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '\ufffd');
}

/** A TEXT value escaped (§3.3.11): backslash, semicolon, comma and line breaks; control characters replaced first. */
export function escapeText(text: string): string {
  return icsText(text).replace(/\r\n|[\\;,\n\r]/g, (found) => (found === '\\' ? '\\\\' : found === ';' ? '\\;' : found === ',' ? '\\,' : '\\n'));
}

/** UTF-8 octets of one UTF-16 code unit, with a high surrogate counting its pair's four. */
function octetsAt(line: string, index: number): number {
  const code = line.charCodeAt(index);
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code >= 0xd800 && code <= 0xdbff) return 4;
  if (code >= 0xdc00 && code <= 0xdfff) return 0;
  return 3;
}

/** A content line folded at 75 octets (§3.1), never inside a UTF-8 sequence or a surrogate pair; CRLF-terminated. */
export function foldLine(line: string): string {
  if (line.length <= MAX_LINE_OCTETS / 3 || fitsOneLine(line)) return `${line}\r\n`;
  let folded = '';
  let start = 0;
  let octets = 0;
  // continuation lines begin with a space, which counts towards their 75 octets
  let limit = MAX_LINE_OCTETS;
  for (let index = 0; index < line.length; index++) {
    const size = octetsAt(line, index);
    if (octets + size > limit) {
      folded += `${line.slice(start, index)}\r\n `;
      start = index;
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    octets += size;
  }
  return `${folded}${line.slice(start)}\r\n`;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** A UTC DATE-TIME (`20261123T010000Z`). */
export function utcDateTime(instant: number): string {
  const date = new Date(instant);
  return `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

/** A local DATE-TIME (`20261123T083000`) of a wall-clock time. */
export function localDateTime(local: { year: number; month: number; day: number; hour: number; minute: number; second: number }): string {
  return `${pad(local.year, 4)}${pad(local.month)}${pad(local.day)}T${pad(local.hour)}${pad(local.minute)}${pad(local.second)}`;
}
