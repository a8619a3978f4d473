// iCalendar (RFC 5545) written directly (see icsText.ts): one VEVENT per post and group, starts in the workspace
// zone with its VTIMEZONE, DTSTAMP in UTC. Tests read every file back with ical.js.
import type { PostStatus } from '../base/domain';
import type { TimeZone } from '../time/zone';
import { escapeText, foldLine, localDateTime, utcDateTime } from './icsText';
import { planSeries } from './icsSeries';
import { statusOf, type PlanRow } from './plan';
import { vtimezone } from './vtimezone';

/** How long an event lasts: the slot a post holds, which is also min-gap's default spacing. */
export const EVENT_MINUTES = 30;

const EVENT_STATUS: Readonly<Record<PostStatus, 'TENTATIVE' | 'CONFIRMED'>> = {
  draft: 'TENTATIVE',
  review: 'TENTATIVE',
  approved: 'CONFIRMED',
  published: 'CONFIRMED',
};

const utf8 = new TextEncoder();
/** Where a UID's text is encoded, rather than in a new array for each of a plan's events; a longer text gets its own. */
const uidOctets = new Uint8Array(4096);

function utf8Octets(text: string): Uint8Array {
  const { read, written } = utf8.encodeInto(text, uidOctets);
  return read === text.length ? uidOctets.subarray(0, written) : utf8.encode(text);
}

/**
 * 64-bit FNV-1a of the UTF-8 bytes, as 16 hex digits: tiny, pure and the same on every machine. Computed on two 32-bit
 * halves, as BigInt steps cost a tenth of an export's time: the FNV prime is 2^40 + 0x1b3, so mod 2^64 the product
 * is lo·0x1b3 + (hi·0x1b3 + lo·2^8)·2^32, every part exact in a double.
 */
function fnv1a64(text: string): string {
  let high = 0xcbf29ce4;
  let low = 0x84222325;
  for (const byte of utf8Octets(text)) {
    low ^= byte;
    const lowProduct = (low >>> 0) * 0x1b3;
    high = (Math.imul(high, 0x1b3) + Math.floor(lowProduct / 0x1_0000_0000) + (low << 8)) >>> 0;
    low = lowProduct >>> 0;
  }
  return `${high.toString(16).padStart(8, '0')}${low.toString(16).padStart(8, '0')}`;
}

/**
 * One post in one group keeps its UID from run to run and machine to machine, so re-imports update, not duplicate. A
 * series is one event under the post's UID; an occurrence written on its own adds its date.
 */
export function eventUid(path: string, groupId: string, occurrenceDate?: string): string {
  return `${fnv1a64(`${path}\u0000${groupId}${occurrenceDate === undefined ? '' : `\u0000${occurrenceDate}`}`)}@community-calendar`;
}

function description(row: PlanRow): string {
  const { post, type } = row.entry;
  const group = row.group.name === undefined ? row.group.id : `${row.group.name} (${row.group.id})`;
  const lines = [`type: ${type}`, `status: ${statusOf(row)}`, `group: ${group}`, `path: ${post.path}`];
  if (post.ugc) lines.push('ugc: true');
  if (post.series) lines.push(`series: every ${post.series.rule.every}`);
  if (post.tags.length > 0) lines.push(`tags: ${post.tags.join(', ')}`);
  return lines.join('\n');
}

/** Whether an instant's wall-clock time in the zone names it and nothing else (in a repeated hour it names two). */
function namedOnlyBy(zone: TimeZone, instant: number): boolean {
  return zone.readings(zone.toLocal(instant)).length === 1;
}

export interface IcsOptions {
  zone: TimeZone;
  /** The run's "now": every DTSTAMP, so the same --now gives the same file. */
  now: number;
}

/**
 * The plan as an iCalendar file, in pieces (the calendar's head, then an event a piece), so a large plan can be written
 * as it is made: one VEVENT per post and group (a series: one with RRULE/EXDATE, see planSeries),
 * starts in the workspace zone with its VTIMEZONE.
 * A local time the clocks show twice names two instants, and clients do not agree which one it means: RFC 5545
 * (§3.3.5) says the first, libical and ical.js take the one in standard time. So an event that starts or ends in a
 * repeated hour is written in UTC (`…Z`), which every client places exactly; all others keep their TZID. A time the
 * clocks skip never reaches the file: a post is at the instant it is read as, whose local time exists.
 */
export function* icsPieces(rows: readonly PlanRow[], { zone, now }: IcsOptions): Generator<string> {
  // the VTIMEZONE covers the (UTC) years of the zoned starts and ends
  const years = new Set<number>();
  const zoned = rows.map((row) => {
    const start = row.entry.time.instant;
    const end = start + EVENT_MINUTES * 60_000;
    if (!namedOnlyBy(zone, start) || !namedOnlyBy(zone, end)) return false;
    years.add(new Date(start).getUTCFullYear()).add(new Date(end).getUTCFullYear());
    return true;
  });
  const stamp = `DTSTAMP:${utcDateTime(now)}\r\n`;
  const { roles } = planSeries(rows, zone, (instant) => namedOnlyBy(zone, instant), (instant) => instant + EVENT_MINUTES * 60_000);
  yield 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Community Calendar//ccal//EN\r\nNAME:Community Calendar\r\nX-WR-CALNAME:Community Calendar\r\n';
  if (years.size > 0) yield `${vtimezone(zone, years)}\r\n`;
  for (const [position, row] of rows.entries()) {
    const role = roles[position] ?? 'single';
    if (role === 'covered') continue;
    const { post, time, type, occurrence } = row.entry;
    const end = time.instant + EVENT_MINUTES * 60_000;
    const uid = role === 'single' && occurrence !== undefined ? eventUid(post.path, row.group.id, time.date) : eventUid(post.path, row.group.id);
    const when = zoned[position]
      ? `DTSTART;TZID=${zone.name}:${localDateTime(time.local)}\r\nDTEND;TZID=${zone.name}:${localDateTime(zone.toLocal(end))}\r\n`
      : `DTSTART:${utcDateTime(time.instant)}\r\nDTEND:${utcDateTime(end)}\r\n`;
    const status = statusOf(row);
    yield [
      `BEGIN:VEVENT\r\nUID:${uid}\r\nSEQUENCE:0\r\n`,
      stamp,
      when,
      role === 'single' ? '' : role.repeating.map(foldLine).join(''),
      foldLine(`SUMMARY:${escapeText(post.title ?? post.path)}`),
      foldLine(`DESCRIPTION:${escapeText(description(row))}`),
      `CATEGORIES:${type}\r\nSTATUS:${EVENT_STATUS[status]}\r\n`,
      foldLine(`X-CCAL-GROUP:${escapeText(row.group.id)}`),
      `X-CCAL-STATUS:${status}\r\n`,
      foldLine(`X-CCAL-PATH:${escapeText(post.path)}`),
      'END:VEVENT\r\n',
    ].join('');
  }
  yield 'END:VCALENDAR\r\n';
}

/** The plan as one iCalendar text (icsPieces joined). */
export function planIcs(rows: readonly PlanRow[], options: IcsOptions): string {
  return [...icsPieces(rows, options)].join('');
}
