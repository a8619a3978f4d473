import type { TextEdit } from '../base/domain';
import { parseFrontMatter } from '../parse/frontMatter';
import { SourceText } from '../base/text';

/** Where the cursor is inside the front matter, for completion and hover. */
export interface FrontMatterContext {
  /** The top-level key whose value holds the cursor. */
  key: string;
  /** What is typed of the current value item before the cursor. */
  prefix: string;
  /** Offset where the current value item starts. */
  itemStart: number;
}

const KEY_LINE = /^([A-Za-z_][\w-]*)\s*:\s?(.*)$/;
const LIST_ITEM = /^\s+-\s*(.*)$/;

/** The front matter's extent: from after the opening `---` line to the closing one (or the end, while typing). */
function frontMatterBounds(text: string): { start: number; end: number } | undefined {
  if (!/^---[ \t]*\r?\n/.test(text)) return undefined;
  const start = text.indexOf('\n') + 1;
  const close = /^(---|\.\.\.)[ \t]*$/m.exec(text.slice(start));
  return { start, end: close ? start + close.index : text.length };
}

/** Whether an offset lies between the front matter's fences. */
export function inFrontMatter(text: string, offset: number): boolean {
  const bounds = frontMatterBounds(text);
  return bounds !== undefined && offset >= bounds.start && offset <= bounds.end;
}

/**
 * The key and partial value at an offset in the front matter. Line-based on purpose: while typing, the YAML is
 * often incomplete, so the editor help reads the line (and, for block lists, the key above) instead of a parse.
 */
export function frontMatterContextAt(text: string, offset: number): FrontMatterContext | undefined {
  const bounds = frontMatterBounds(text);
  if (!bounds || offset < bounds.start || offset > bounds.end) return undefined;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const keyMatch = KEY_LINE.exec(before);
  if (keyMatch) {
    const [, key = '', value = ''] = keyMatch;
    // inside a flow list: complete the item after the last comma or bracket (its blanks trimmed here, not by a
    // `\s*` in the pattern, which would retry every split of a long run of blanks)
    const flowItem = /[[,]([^[\],]*)$/.exec(value);
    const prefix = flowItem ? (flowItem[1] ?? '').trimStart() : value.replace(/^["']/, '');
    return { key, prefix, itemStart: offset - prefix.length };
  }
  const itemMatch = LIST_ITEM.exec(before);
  if (!itemMatch) return undefined;
  const itemPrefix = (itemMatch[1] ?? '').replace(/^["']/, '');
  // a block list item: the key is on the nearest line above that is not an item
  for (let end = lineStart - 1; end > bounds.start; ) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).replace(/\r$/, '');
    const parent = KEY_LINE.exec(line);
    if (parent) return { key: parent[1] ?? '', prefix: itemPrefix, itemStart: offset - itemPrefix.length };
    if (!LIST_ITEM.test(line) && line.trim() !== '') return undefined;
    end = start - 1;
  }
  return undefined;
}

/** The word (group id, type…) around an offset in the front matter, with its key. */
export function frontMatterWordAt(text: string, offset: number): { key: string; word: string; start: number; end: number } | undefined {
  const context = frontMatterContextAt(text, offset);
  if (!context) return undefined;
  const isWordChar = (char: string | undefined) => char !== undefined && /[\w\-\u4e00-\u9fff]/.test(char);
  let start = offset;
  while (start > 0 && isWordChar(text[start - 1])) start--;
  let end = offset;
  while (end < text.length && isWordChar(text[end])) end++;
  if (end === start) return undefined;
  return { key: context.key, word: text.slice(start, end), start, end };
}

/**
 * An edit that turns a rule off for one line or for the file, the way the spec's inline switches work:
 * a YAML comment above a front-matter line, an HTML comment above a body line, and for the file an HTML
 * comment at the top of the body (it covers the body after it and the whole front matter).
 */
export function disableRuleEdit(text: string, ruleId: string, line: number, scope: 'line' | 'file'): TextEdit | undefined {
  const source = new SourceText(text);
  const eol = source.eol;
  const frontMatter = parseFrontMatter(text);
  const hasFrontMatter = frontMatter.problems.every((problem) => problem.messageId !== 'missing');
  const bodyStart = hasFrontMatter ? frontMatter.bodyStart : 0;
  if (scope === 'file') {
    const separator = hasFrontMatter && bodyStart >= text.length && !text.endsWith('\n') ? eol : '';
    return { span: { start: bodyStart, end: bodyStart }, newText: `${separator}<!-- ccal-disable ${ruleId} -->${eol}` };
  }
  const lineStart = source.lineStartOffset(line);
  const indentation = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
  if (hasFrontMatter && lineStart < bodyStart) {
    // the opening fence cannot have a comment above it, and the closing fence is not a field
    if (line === 0 || lineStart >= (frontMatter.yamlSpan?.end ?? 0)) return undefined;
    return { span: { start: lineStart, end: lineStart }, newText: `${indentation}# ccal-disable-next-line ${ruleId}${eol}` };
  }
  return { span: { start: lineStart, end: lineStart }, newText: `${indentation}<!-- ccal-disable-next-line ${ruleId} -->${eol}` };
}

/** A file-name slug from a title: Chinese kept, punctuation and spaces turned into single dashes. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'post';
}
