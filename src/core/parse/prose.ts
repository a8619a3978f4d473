import type { Span } from '../base/domain';
import { htmlComments } from './comments';

/**
 * Which characters of a Markdown body are prose a reader sees as running text, and which are not: code (fenced,
 * indented, inline), HTML comments and tags, autolinks and bare URLs, link targets and whole images, reference
 * definitions, e-mail addresses, `@mentions`, `#topics#` and `{{placeholders}}`. Typography rules read only prose:
 * a missing space or a half-width comma inside any of those is not a typo but syntax or an identifier.
 *
 * The result marks every offset of `[from, to)` with 1 where the text is not prose. Masking more than Markdown
 * strictly would (an unclosed link target to the end of its line, a URL up to the next space) only makes rules
 * quieter. Every scan is linear: each search that fails is remembered for the rest of its line.
 *
 * E-mail addresses are marked 2, not 1: not prose to typography, but what personal-info looks for (see proseLines).
 * Both rules ask for the same body, so the last mask is kept and returned again for the same text and span.
 */
export function nonProseMask(text: string, from: number, to: number): Uint8Array {
  if (lastMask && lastMask.text === text && lastMask.from === from && lastMask.to === to) return lastMask.mask;
  const mask = new Uint8Array(to - from);
  // a body without any character that starts a construct is all prose: most chat posts
  // from the character before: a line of indented code at `from` is found by its line break
  MAY_MASK.lastIndex = Math.max(0, from - 1);
  const construct = MAY_MASK.exec(text);
  if (construct === null || construct.index >= to) {
    lastMask = { text, from, to, mask };
    return mask;
  }
  const cover = (start: number, end: number, value = NOT_PROSE) => mask.fill(value, Math.max(start, from) - from, Math.min(end, to) - from);
  for (const comment of htmlComments(text, from)) {
    if (comment.start >= to) break;
    cover(comment.start, comment.end);
  }
  let fence: { char: string; length: number } | undefined;
  let previousBlank = true;
  let previousIndentedCode = false;
  for (let lineStart = from; lineStart < to; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline >= to ? to : newline;
    const line = text.slice(lineStart, lineEnd);
    // the block constructs all start with a space, a tab, a backtick, a tilde or a bracket
    const opening = BLOCK_START.test(line) ? FENCE.exec(line) : null;
    const [, marks = '', info = ''] = opening ?? [];
    const blank = line.trim() === '';
    if (fence) {
      cover(lineStart, lineEnd);
      const closing = opening && marks.charAt(0) === fence.char && marks.length >= fence.length && info.trim() === '';
      if (closing) fence = undefined;
    } else if (opening && !(marks.charAt(0) === '`' && info.includes('`'))) {
      fence = { char: marks.charAt(0), length: marks.length };
      cover(lineStart, lineEnd);
    } else if (!blank && INDENTED.test(line) && (previousBlank || previousIndentedCode)) {
      previousIndentedCode = true;
      cover(lineStart, lineEnd);
    } else if (REFERENCE_DEFINITION.test(line)) {
      cover(lineStart, lineEnd);
    } else {
      if (!blank) previousIndentedCode = false;
      // searched within the line's own string, so that a search that fails stops at the line's end, not the text's
      if (MAY_MASK_INLINE.test(line)) maskInline(line, (start, end, value) => cover(lineStart + start, lineStart + end, value));
    }
    previousBlank = blank;
    lineStart = lineEnd + 1;
  }
  lastMask = { text, from, to, mask };
  return mask;
}

/** Marks in a mask: not prose, and an e-mail address. */
const NOT_PROSE = 1;
const EMAIL = 2;
let lastMask: { text: string; from: number; to: number; mask: Uint8Array } | undefined;

/**
 * Some character every masked construct needs: `<` (comments, tags, autolinks), `` ` `` and `~` (code), `!` `]` `[`
 * (images, links, reference definitions), `{` `@` `#`, a URL's `://` or `www.`, a tab or four spaces at a line's start
 * (indented code).
 */
const MAY_MASK = /[<`~!\][{@#\t]|:\/\/|www\.|(?:^|\n) {4}/g;
/** What any inline construct needs (see maskInline). */
const MAY_MASK_INLINE = /[<`!\]{@#]|:\/\/|www\./;
/** A line that may open a fence, indented code or a reference definition starts with one of these. */
const BLOCK_START = /^[ \t`~[]/;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const INDENTED = /^(?: {4}|\t)/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]\n]{1,999}\]:[ \t]*\S/;
const URL_STARTS = ['https://', 'http://', 'ftp://', 'www.'];
/** The first characters of the inline constructs masked: < ! ] { @ # and the URL schemes' h, f, w. */
const INLINE_OPENERS = new Uint8Array(128);
for (const char of '<!]{@#hfw') INLINE_OPENERS[char.charCodeAt(0)] = 1;
/** Where a bare URL, mention or topic ends: white space, angle brackets, quotes, and full-width punctuation. */
const WORD_END = /[\s<>"'“”‘’，。、！？；：（）《》「」『』【】…—]/;
const MENTION_END = /[\s!-,/:-?[-^`{-~，。、！？；：（）《》「」『』【】…—\u2005]/;
const EMAIL_LOCAL = /[A-Za-z0-9._%+-]/;
const EMAIL_DOMAIN = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;
const MAX_EMAIL_PART = 255;
const MAX_MENTION = 40;
const MAX_TOPIC = 64;

/** Masks the inline constructs of one line (`text`); each search that finds nothing is not repeated on the line. */
function maskInline(text: string, cover: (start: number, end: number, value?: number) => void): void {
  const end = text.length;
  const codeSpans = inlineCode(text, 0, end);
  for (const span of codeSpans) cover(span.start, span.end);
  let codeIndex = 0;
  const noMore = new Set<string>();
  const find = (needle: string, at: number): number => {
    if (noMore.has(needle)) return -1;
    const found = text.indexOf(needle, at);
    if (found === -1) noMore.add(needle);
    return found;
  };
  for (let index = 0; index < end; index++) {
    while ((codeSpans[codeIndex]?.end ?? Infinity) <= index) codeIndex++;
    const code = codeSpans[codeIndex];
    if (code && code.start <= index) {
      index = code.end - 1;
      continue;
    }
    // most characters open nothing; reading them as codes allocates no one-character strings
    if (INLINE_OPENERS[text.charCodeAt(index)] !== 1) continue;
    const char = text[index];
    let maskedTo = index;
    if (char === '<' && /[A-Za-z/!?]/.test(text[index + 1] ?? '')) maskedTo = after(find('>', index), 1);
    else if (char === '!' && text[index + 1] === '[') {
      const target = find('](', index);
      maskedTo = target === -1 ? -1 : closingParen(text, target + 2, end);
    } else if (char === ']' && text[index + 1] === '(') maskedTo = closingParen(text, index + 2, end);
    else if (char === '{' && text[index + 1] === '{') maskedTo = after(find('}}', index + 2), 2);
    else if (char === '@') {
      const email = emailEnd(text, index, end);
      if (email !== -1) {
        // nothing inside an address opens anything: it is read past
        cover(emailLocalStart(text, index), email, EMAIL);
        index = email - 1;
        continue;
      }
      maskedTo = wordEnd(text, index + 1, end, MENTION_END, index + 1 + MAX_MENTION);
    }
    else if (char === '#') maskedTo = topicEnd(text, index, end);
    else if (URL_STARTS.some((prefix) => text.startsWith(prefix, index))) maskedTo = wordEnd(text, index, end, WORD_END, end);
    if (maskedTo > index) {
      cover(index, maskedTo);
      index = maskedTo - 1;
    }
  }
}

/** The end of a closing mark of `length` found at `found`, or -1 (nothing to mask) when none was found. */
function after(found: number, length: number): number {
  return found === -1 ? -1 : found + length;
}

/** Inline code spans of a line: a backtick run closed by the next run of the same length. */
function inlineCode(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const runs: Array<{ start: number; length: number }> = [];
  for (let index = text.indexOf('`', start); index !== -1 && index < end; index = text.indexOf('`', index)) {
    let runEnd = index;
    while (runEnd < end && text[runEnd] === '`') runEnd++;
    runs.push({ start: index, length: runEnd - index });
    index = runEnd;
  }
  const spans: Array<{ start: number; end: number }> = [];
  const openByLength = new Map<number, number>();
  for (const run of runs) {
    const open = openByLength.get(run.length);
    if (open === undefined) {
      openByLength.set(run.length, run.start);
      continue;
    }
    spans.push({ start: open, end: run.start + run.length });
    // a span hides every run inside it: those opened within it no longer open anything
    for (const [length, at] of openByLength) if (at >= open) openByLength.delete(length);
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The end of a link target `(…)` whose text starts at `index`, nested parentheses included; the line's end if unclosed. */
function closingParen(text: string, index: number, end: number): number {
  let depth = 1;
  for (let at = index; at < end; at++) {
    if (text[at] === '(') depth++;
    else if (text[at] === ')' && --depth === 0) return at + 1;
  }
  return end;
}

function wordEnd(text: string, index: number, end: number, stop: RegExp, limit: number): number {
  let at = index;
  while (at < end && at < limit && !stop.test(text.charAt(at))) at++;
  return at;
}

/** The end of the e-mail address whose `@` is at `index`, or -1 when there is none (then the `@` may start a mention). */
function emailEnd(text: string, index: number, end: number): number {
  const localStart = emailLocalStart(text, index);
  const domainEnd = wordEnd(text, index + 1, end, /[^A-Za-z0-9.-]/, index + 1 + MAX_EMAIL_PART);
  const domain = text.slice(index + 1, domainEnd).replace(/\.+$/, '');
  return localStart < index && EMAIL_DOMAIN.test(domain) ? index + 1 + domain.length : -1;
}

function emailLocalStart(text: string, index: number): number {
  let localStart = index;
  while (localStart > 0 && index - localStart < MAX_EMAIL_PART && EMAIL_LOCAL.test(text.charAt(localStart - 1))) localStart--;
  return localStart;
}

/** A topic `#话题#` (or `#话题` up to white space or punctuation); `#` runs and `# heading` markers are not topics. */
function topicEnd(text: string, index: number, end: number): number {
  const next = text[index + 1] ?? '';
  if (next === '' || next === '#' || /\s/.test(next) || text[index - 1] === '#') return index;
  for (let at = index + 1; at < end && at <= index + MAX_TOPIC; at++) {
    if (text[at] === '#') return at + 1;
    if (/\s/.test(text.charAt(at))) break;
  }
  return wordEnd(text, index + 1, end, WORD_END, index + 1 + MAX_TOPIC);
}

/** What a masked character becomes in {@link proseLines}: not a letter, digit, space or punctuation any rule looks for. */
export const MASKED = '\u0000';

/** One line of a span as {@link proseLines} gives it. */
export interface ProseLine {
  /** Offset of the line's first character in the span. */
  start: number;
  /** The line, without its line break, with everything that is not prose (e-mail addresses kept) as {@link MASKED}. */
  text: string;
}

/**
 * Where the first thing a rule looks for starts in `text` from `from` up to `end`, or -1: something that cannot span a
 * line break (see {@link proseLines}).
 */
export type WantedSearch = (text: string, from: number, end: number) => number;

/**
 * The lines of a span as prose (see {@link nonProseMask}): each the length of the source line, so an offset in it plus
 * `start` plus `span.start` is the offset in the source. With `wanted`, only the lines in whose source text it finds
 * something: a rule that looks for something rare (personal data needs four digits, an `@` or a label) passes over
 * the other lines with one search, and a span in which it finds nothing is not masked at all.
 */
export function* proseLines(text: string, span: Span, wanted?: WantedSearch): Generator<ProseLine> {
  let mask: Uint8Array | undefined;
  for (let lineStart = span.start; lineStart <= span.end; ) {
    if (wanted) {
      const found = wanted(text, lineStart, span.end);
      if (found === -1) return;
      lineStart = Math.max(lineStart, text.lastIndexOf('\n', found - 1) + 1);
    }
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline >= span.end ? span.end : newline;
    mask ??= nonProseMask(text, span.start, span.end);
    yield { start: lineStart - span.start, text: maskedLine(text, lineStart, lineEnd, mask, span.start) };
    lineStart = lineEnd + 1;
  }
}

/** The source from `from` to `to` (one line) with the characters its mask (which starts at `maskStart`) marks not prose masked. */
function maskedLine(text: string, from: number, to: number, mask: Uint8Array, maskStart: number): string {
  let result = '';
  let copied = from;
  for (let at = from; at < to; ) {
    if (mask[at - maskStart] !== NOT_PROSE) {
      at++;
      continue;
    }
    let end = at + 1;
    while (end < to && mask[end - maskStart] === NOT_PROSE) end++;
    result += text.slice(copied, at) + MASKED.repeat(end - at);
    copied = at = end;
  }
  return copied === from ? text.slice(from, to) : result + text.slice(copied, to);
}
