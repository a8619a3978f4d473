import type { Span } from '../base/domain';
import { htmlComments } from './comments';

/**
 * The parts of a Markdown body that readers read as prose: the body minus fenced code blocks, inline code, HTML
 * comments and tags, URLs, link and image targets `](…)` and reference definitions' targets. Wording rules search
 * these, so a term inside `https://example.com/best-practice`, `![](最佳.png)` or a code sample is never a finding.
 * Every scan is linear in the body's length, and runs only when the body holds the character that starts what it
 * looks for: most posts are plain prose, and this runs on every post of every lint.
 */
export function proseSpans(text: string, from: number, to: number): Span[] {
  const body = text.slice(from, to);
  // one scan says whether any of the scans below can find anything: most posts are plain prose
  if (!MAY_SKIP.test(body)) return [{ start: from, end: to }];
  const skipped: Span[] = [];
  const skip = (start: number, end: number) => skipped.push({ start: from + start, end: from + end });
  if (body.includes('<!--')) for (const comment of htmlComments(body, 0)) skip(comment.start, comment.end);
  if (body.includes('```') || body.includes('~~~')) skipFences(body, skip);
  if (body.includes('`')) skipInlineCode(body, skip);
  if (body.includes('://') || body.includes('www.')) for (const match of body.matchAll(URL)) skip(match.index, match.index + match[0].length);
  if (body.includes('<')) for (const match of body.matchAll(HTML_TAG)) skip(match.index, match.index + match[0].length);
  if (body.includes('](')) for (const match of body.matchAll(LINK_TARGET)) skip(match.index, match.index + match[0].length);
  if (body.includes(']:')) for (const match of body.matchAll(REFERENCE_DEFINITION)) skip(match.index + match[0].indexOf(']:'), match.index + match[0].length);
  return skipped.length === 0 ? [{ start: from, end: to }] : complement(skipped, from, to);
}

const MAY_SKIP = /[`~<\]]|:\/\/|www\./;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*?)\r?$/;
// as GFM autolinks: up to white space or `<` (a Chinese path is part of the URL), and here also up to CJK punctuation
const URL = /(?:https?|ftp):\/\/[^\s<>，。；！？、）】」』]+|\bwww\.[^\s<>，。；！？、）】」』]+/gi;
const HTML_TAG = /<\/?[A-Za-z][^<>\n]*>/g;
const LINK_TARGET = /\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'))?[ \t]*\)/g;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]\n]+\]:[^\n]*/gm;

/** Fenced code blocks, from the opening fence line to the closing one (or the end of the body when none closes it). */
function skipFences(body: string, skip: (start: number, end: number) => void): void {
  let fence: { marker: string; length: number; start: number } | undefined;
  for (let lineStart = 0; lineStart < body.length; ) {
    const newline = body.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? body.length : newline;
    const mark = FENCE.exec(body.slice(lineStart, lineEnd));
    const [, marks = '', info = ''] = mark ?? [];
    if (fence) {
      if (mark && marks.charAt(0) === fence.marker && marks.length >= fence.length && info.trim() === '') {
        skip(fence.start, lineEnd);
        fence = undefined;
      }
    } else if (mark && !(marks.charAt(0) === '`' && info.includes('`'))) fence = { marker: marks.charAt(0), length: marks.length, start: lineStart };
    lineStart = lineEnd + 1;
  }
  if (fence) skip(fence.start, body.length);
}

/**
 * Inline code: a backtick run opens code that the next run of the same length on the same line closes; a run nothing
 * closes is literal. The next run of each length is found in one backward pass per line, over typed arrays (a line of
 * half a million runs must not cost half a million objects).
 */
function skipInlineCode(body: string, skip: (start: number, end: number) => void): void {
  for (let lineStart = body.indexOf('`'); lineStart !== -1; ) {
    const newline = body.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? body.length : newline;
    const runs = backtickRuns(body, lineStart, lineEnd);
    const count = runs.starts.length;
    const nextSame = new Int32Array(count).fill(-1);
    const seen = new Map<number, number>();
    // every index here is below count, the length of starts, lengths and nextSame alike
    for (let index = count - 1; index >= 0; index--) {
      const length = runs.lengths[index]!;
      nextSame[index] = seen.get(length) ?? -1;
      seen.set(length, index);
    }
    for (let open = 0; open < count; open++) {
      const close = nextSame[open]!;
      if (close === -1) continue;
      skip(runs.starts[open]!, runs.starts[close]! + runs.lengths[close]!);
      open = close;
    }
    lineStart = newline === -1 ? -1 : body.indexOf('`', lineEnd);
  }
}

/** The backtick runs of `body` from `from` (a backtick) to `to`: their starts and lengths. */
function backtickRuns(body: string, from: number, to: number): { starts: Int32Array; lengths: Int32Array } {
  const starts: number[] = [];
  const lengths: number[] = [];
  for (let at = from; at !== -1 && at < to; ) {
    let end = at;
    while (end < to && body.charCodeAt(end) === 0x60) end++;
    starts.push(at);
    lengths.push(end - at);
    at = body.indexOf('`', end);
  }
  return { starts: Int32Array.from(starts), lengths: Int32Array.from(lengths) };
}

/** The parts of `from`–`to` that no skipped span covers, in order. */
function complement(skipped: Span[], from: number, to: number): Span[] {
  skipped.sort((a, b) => a.start - b.start);
  const spans: Span[] = [];
  let at = from;
  for (const span of skipped) {
    if (span.start > at) spans.push({ start: at, end: Math.min(span.start, to) });
    at = Math.max(at, span.end);
    if (at >= to) break;
  }
  if (at < to) spans.push({ start: at, end: to });
  return spans;
}
