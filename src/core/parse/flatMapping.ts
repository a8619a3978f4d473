import type { YamlEntry, YamlValue } from './yamlValue';
import { isStringKey, plainValue, readTokens } from './flatMappingTokens';
import { detached } from '../base/text';

/**
 * Lines already read on their own, by their text: the entry with spans from the line's start, or null when the
 * line is not one whole entry. Posts repeat most of their lines (`type: tip`, `status: draft`, the group), and
 * lexing is most of a post's parse. Cleared when full, so a long session's memory stays bounded.
 */
const lineEntries = new Map<string, YamlEntry | null>();
const LINE_CACHE_LIMIT = 50_000;

function shifted(value: YamlValue, offset: number): YamlValue {
  const span = { start: value.span.start + offset, end: value.span.end + offset };
  return value.kind === 'list' ? { ...value, items: value.items.map((item) => shifted(item, offset)), span } : { ...value, span };
}

/**
 * `key: value` with a plain key and a plain one-line value: a title, a publish time, a type. The value holds nothing
 * YAML reads specially: no indicator first, no `: ` or ` #` inside, no `:` or white space last, no tab, control or
 * line-breaking character. Such a line is read without lexing, its value typed by the same schema tags; the tests hold
 * it equal to the composed Document.
 */
// eslint-disable-next-line no-control-regex -- control characters are what the value must not hold
const PLAIN_LINE = /^([A-Za-z_][A-Za-z0-9_]*):( +)([^\s\-?:,[\]{}#&*!|>'"%@`\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff](?:[^\t\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]*[^\s:\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff])?)\n?$/;

/**
 * `key: [a, b]`, the shape of tags and groups: a flow sequence of plain items, each without an indicator, quote,
 * bracket, `:`, `#`, tab, control or line-breaking character, none empty.
 */
// eslint-disable-next-line no-control-regex -- control characters are what the items must not hold
const FLOW_LIST_LINE = /^([A-Za-z_][A-Za-z0-9_]*):( +)\[([^[\]{}:#'"\t\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]*)\]\n?$/;
const FLOW_ITEM = /^ *([^\s\-?,&*!|>%@`](?:[^,]*[^\s,])?) *$/;

function flowListLine(line: string): YamlEntry | undefined {
  const match = FLOW_LIST_LINE.exec(line);
  if (!match) return undefined;
  // the three groups always take part in a match
  const [, key = '', gap = '', inside = ''] = match;
  if (!isStringKey(key)) return undefined;
  const open = key.length + 1 + gap.length;
  const items: YamlValue[] = [];
  let at = open + 1;
  for (const part of inside.split(',')) {
    const text = FLOW_ITEM.exec(part)?.[1];
    if (text === undefined) return undefined;
    items.push(plainValue(text, at + part.indexOf(text)));
    at += part.length + 1;
  }
  return { key, keySpan: { start: 0, end: key.length }, value: { kind: 'list', items, span: { start: open, end: open + inside.length + 2 } } };
}

function plainLine(line: string): YamlEntry | undefined {
  const match = PLAIN_LINE.exec(line);
  if (!match) return undefined;
  // the three groups always take part in a match
  const [, key = '', gap = '', value = ''] = match;
  if (!isStringKey(key) || value.includes(': ') || value.includes(' #')) return undefined;
  return { key, keySpan: { start: 0, end: key.length }, value: plainValue(value, key.length + 1 + gap.length) };
}

/** A letter, digit or underscore: a line starting with one is a plain key at column 0, never the rest of a line above. */
function startsKey(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
}

/**
 * Front matter whose every line starts a key at column 0, read a line at a time. At column 0 the lexer ends
 * whatever the line above left open (a plain scalar, a quote, a flow collection), so each such line lexes alone
 * exactly as in the whole text; a line that is not one complete entry sends the whole text to `readTokens`.
 */
function readLines(yamlText: string, base: number): YamlEntry[] | undefined {
  const entries: YamlEntry[] = [];
  const keys = new Set<string>();
  for (let start = 0; start < yamlText.length; ) {
    if (!startsKey(yamlText.charCodeAt(start))) return undefined;
    const lineBreak = yamlText.indexOf('\n', start);
    const next = lineBreak === -1 ? yamlText.length : lineBreak + 1;
    const line = yamlText.slice(start, next);
    // most lines are plain `key: value`: read on their own, they need neither the lexer nor a place in the cache
    let entry: YamlEntry | null | undefined = plainLine(line) ?? flowListLine(line) ?? lineEntries.get(line);
    if (entry === undefined) {
      // a slice would keep the whole file's text alive as long as the cache holds the line: read a copy
      const own = detached(line);
      const read = readTokens(own, 0);
      entry = read?.length === 1 ? (read[0] ?? null) : null;
      if (lineEntries.size >= LINE_CACHE_LIMIT) lineEntries.clear();
      lineEntries.set(own, entry);
    }
    if (entry === null || keys.has(entry.key)) return undefined;
    keys.add(entry.key);
    const offset = base + start;
    entries.push({ key: entry.key, keySpan: { start: entry.keySpan.start + offset, end: entry.keySpan.end + offset }, value: shifted(entry.value, offset) });
    start = next;
  }
  return entries.length > 0 ? entries : undefined;
}

/**
 * The top-level entries of front matter that is a flat mapping of one-line scalars and lists of them — what
 * nearly every post has — read straight from yaml's own lexer. Composing a full Document (or even yaml's syntax
 * tree) costs more than the rest of a post's lint; the values and spans here are the ones the composed Document
 * gives, and the tests hold the two equal. Anything else (nesting, anchors, tags, multi-line or block scalars,
 * duplicate keys, anything yaml would warn about) returns undefined and takes the full path.
 */
export function readFlatMapping(yamlText: string, base: number): YamlEntry[] | undefined {
  if (yamlText.includes('\t')) return undefined;
  return readLines(yamlText, base) ?? readTokens(yamlText, base);
}
