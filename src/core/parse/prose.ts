import type { Span } from '../model';
import { htmlComments } from './comments';

/** What a masked character becomes: not a letter, digit, space or punctuation any matcher looks for. */
export const MASKED = '\u0000';

// Fenced code: up to 3 spaces, then 3 or more backticks or tildes.
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// Link and image destinations: `](` up to the closing `)` on the same line, one level of nested parentheses allowed.
const LINK_TARGET = /\]\((?:[^()\n]|\([^()\n]*\))*\)/g;
// A whole image, alt text included: chat readers see the picture, and editors put file names into alt texts.
const IMAGE = /!\[[^\]\n]*\]\((?:[^()\n]|\([^()\n]*\))*\)/g;
// `[label]: destination` reference definitions.
const REFERENCE = /^ {0,3}\[[^\]\n]+\]:[ \t]*\S+/gm;
// URLs with a scheme or `www.`, and bare domains followed by a path (`github.com/x/123…`).
const URL = /(?:\b[a-zA-Z][a-zA-Z0-9+.-]*:\/\/|\bwww\.)[^\s<>"'`，。、；！？（）()]+|\b[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)*\.(?:com|cn|net|org|io|dev|me|co|app|xyz|top|info|edu|gov|tv)\/[^\s<>"'`，。、；！？（）()]*/g;
// HTML tags with their attributes (`<img src="…">`): readers see neither.
const HTML_TAG = /<\/?[a-zA-Z][^<>\n]*>/g;
const BACKTICKS = /`+/g;

function fencedCode(text: string, span: Span): Span[] {
  const blocks: Span[] = [];
  let open: { start: number; marker: string } | undefined;
  let lineStart = span.start;
  while (lineStart < span.end) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline >= span.end ? span.end : newline + 1;
    const fence = FENCE.exec(text.slice(lineStart, Math.min(lineEnd, lineStart + 64)));
    if (!open && fence) open = { start: lineStart, marker: fence[1] };
    else if (open && fence && fence[1][0] === open.marker[0] && fence[1].length >= open.marker.length && text.slice(lineStart, lineEnd).trim() === fence[1]) {
      blocks.push({ start: open.start, end: lineEnd });
      open = undefined;
    }
    lineStart = lineEnd;
  }
  if (open) blocks.push({ start: open.start, end: span.end });
  return blocks;
}

/**
 * Code spans: a run of backticks up to the next run of the same length; a run that nothing closes is text. Runs are
 * listed once by length, and each length's list is walked forward only, so the scan stays linear for any input.
 */
function inlineCode(text: string): Span[] {
  const runsByLength = new Map<number, number[]>();
  for (const run of text.matchAll(BACKTICKS)) {
    const starts = runsByLength.get(run[0].length) ?? [];
    starts.push(run.index ?? 0);
    runsByLength.set(run[0].length, starts);
  }
  const nextOfLength = new Map<number, number>();
  const spans: Span[] = [];
  let codeEnd = 0;
  for (const run of text.matchAll(BACKTICKS)) {
    const start = run.index ?? 0;
    const length = run[0].length;
    if (start < codeEnd) continue;
    const starts = runsByLength.get(length) ?? [];
    let next = nextOfLength.get(length) ?? 0;
    while (next < starts.length && starts[next] <= start) next++;
    nextOfLength.set(length, next);
    if (next === starts.length) continue;
    codeEnd = starts[next] + length;
    spans.push({ start, end: codeEnd });
  }
  return spans;
}

function matches(pattern: RegExp, text: string): Span[] {
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length }));
}

/**
 * A span of Markdown with everything readers do not read as prose replaced by {@link MASKED}: fenced and inline
 * code, link and image destinations, whole images, reference definitions, URLs, HTML tags and comments. The result
 * has the span's length, so an offset in it plus `span.start` is the offset in the source.
 */
export function maskNonProse(text: string, span: Span): string {
  const masked = text.slice(span.start, span.end).split('');
  const hide = (from: number, to: number): void => {
    for (let index = Math.max(from, 0); index < Math.min(to, masked.length); index++) if (masked[index] !== '\n') masked[index] = MASKED;
  };
  const relative = text.slice(span.start, span.end);
  for (const block of fencedCode(text, span)) hide(block.start - span.start, block.end - span.start);
  for (const comment of htmlComments(relative, 0)) hide(comment.start, comment.end);
  for (const code of inlineCode(relative)) hide(code.start, code.end);
  for (const pattern of [IMAGE, LINK_TARGET, REFERENCE, URL, HTML_TAG]) for (const found of matches(pattern, relative)) hide(found.start, found.end);
  return masked.join('');
}
