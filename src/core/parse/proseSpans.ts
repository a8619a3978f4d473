import type { Span } from '../model';
import { htmlComments } from './comments';

/**
 * The parts of a Markdown body that readers read as prose: the body minus fenced code blocks, inline code, HTML
 * comments and tags, URLs, link and image targets `](…)` and reference definitions' targets. Wording rules search
 * these, so a term inside `https://example.com/best-practice`, `![](最佳.png)` or a code sample is never a finding.
 * Every scan is linear in the body's length, whatever it holds.
 */
export function proseSpans(text: string, from: number, to: number): Span[] {
  const skipped: Span[] = [];
  for (const comment of htmlComments(text, from)) {
    if (comment.start >= to) break;
    skipped.push(comment);
  }
  let lineStart = from;
  let fence: { marker: string; length: number } | undefined;
  let fenceStart = 0;
  while (lineStart < to) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline >= to ? to : newline;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const fenceMark = FENCE.exec(line);
    if (fence) {
      if (fenceMark && fenceMark[1][0] === fence.marker && fenceMark[1].length >= fence.length && fenceMark[2].trim() === '') {
        skipped.push({ start: fenceStart, end: lineEnd });
        fence = undefined;
      }
    } else if (fenceMark && !(fenceMark[1][0] === '`' && fenceMark[2].includes('`'))) {
      fence = { marker: fenceMark[1][0], length: fenceMark[1].length };
      fenceStart = lineStart;
    } else skipLineParts(line, lineStart, skipped);
    lineStart = lineEnd + 1;
  }
  if (fence) skipped.push({ start: fenceStart, end: to });
  return complement(skipped, from, to);
}

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
// as GFM autolinks: up to white space or `<` (a Chinese path is part of the URL), and here also up to CJK punctuation
const URL = /(?:https?|ftp):\/\/[^\s<>，。；！？、）】」』]+|\bwww\.[^\s<>，。；！？、）】」』]+/gi;
const HTML_TAG = /<\/?[A-Za-z][^<>\n]*>/g;
const LINK_TARGET = /\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)/g;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S+.*$/;
const BACKTICKS = /`+/g;

/** Inline code, URLs, tags and link targets of one line outside code blocks (none of them spans lines here). */
function skipLineParts(line: string, offset: number, skipped: Span[]): void {
  if (REFERENCE_DEFINITION.test(line)) {
    skipped.push({ start: offset + line.indexOf(']:'), end: offset + line.length });
    return;
  }
  for (const pattern of [URL, HTML_TAG, LINK_TARGET]) {
    for (const match of line.matchAll(pattern)) skipped.push({ start: offset + match.index, end: offset + match.index + match[0].length });
  }
  if (line.includes('`')) skipInlineCode(line, offset, skipped);
}

/** A backtick run opens code that the next run of the same length closes; a run nothing closes is literal. */
function skipInlineCode(line: string, offset: number, skipped: Span[]): void {
  const runs = [...line.matchAll(BACKTICKS)].map((match) => ({ start: match.index, length: match[0].length }));
  // the next run of the same length after each run, found in one backward pass
  const nextSame = new Array<number>(runs.length).fill(-1);
  const seen = new Map<number, number>();
  for (let index = runs.length - 1; index >= 0; index--) {
    nextSame[index] = seen.get(runs[index].length) ?? -1;
    seen.set(runs[index].length, index);
  }
  for (let open = 0; open < runs.length; open++) {
    const close = nextSame[open];
    if (close === -1) continue;
    skipped.push({ start: offset + runs[open].start, end: offset + runs[close].start + runs[close].length });
    open = close;
  }
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
