import { CST, Document, Parser, Scalar, type ScalarTag } from 'yaml';
import { YAML_OPTIONS } from './yamlDocument';
import type { YamlEntry, YamlValue } from './yamlValue';

type Token = CST.Token;
type SourceToken = CST.SourceToken;
type FlowScalar = CST.FlowScalar;

// The schema and options parseDocument would use, so plain scalars resolve through the very same tags.
const reference = new Document(null, YAML_OPTIONS);
const schema = reference.schema;
const options = reference.options;
// the core schema's tags are all scalar tags: collections come from the syntax, not from tests on text
const scalarTags = schema.tags.filter((tag): tag is ScalarTag => tag.default === true && 'test' in tag && tag.test instanceof RegExp);
const stringTag = schema.tags.find((tag): tag is ScalarTag => tag.tag === 'tag:yaml.org,2002:str');

// yaml refuses implicit keys longer than this; such input takes the full path and gets its error there.
const MAX_IMPLICIT_KEY = 1024;

class NotFlat extends Error {}

function fail(): never {
  throw new NotFlat();
}

const TRIVIA = new Set(['space', 'comment', 'newline']);

function onlyTrivia(tokens: readonly SourceToken[] | undefined): boolean {
  return tokens === undefined || tokens.every((token) => TRIVIA.has(token.type));
}

function isFlowScalar(token: Token | undefined): token is FlowScalar {
  return token !== undefined && (token.type === 'scalar' || token.type === 'single-quoted-scalar' || token.type === 'double-quoted-scalar');
}

type ResolvedScalar = NonNullable<ReturnType<typeof CST.resolveAsScalar>>;

/** A single-line flow scalar's text, quoting style and range [start, value end, node end], as yaml's composer reads them. */
function resolveScalar(token: Token | undefined): ResolvedScalar {
  if (!isFlowScalar(token) || token.source.includes('\n') || token.source.includes('\r')) fail();
  return CST.resolveAsScalar(token, true, fail) ?? fail();
}

/** A resolved scalar's value: plain ones through the core schema tags, exactly as the composer types them. */
function scalarValue(resolved: ResolvedScalar, base: number): YamlValue {
  const span = { start: base + resolved.range[0], end: base + resolved.range[1] };
  const quoted = resolved.type !== Scalar.PLAIN;
  let value: unknown = resolved.value;
  if (!quoted) {
    const tag = scalarTags.find((candidate) => candidate.test?.test(resolved.value)) ?? stringTag;
    if (!tag?.resolve) fail();
    const result = tag.resolve(resolved.value, fail, options);
    value = result instanceof Scalar ? result.value : result;
  }
  if (value === null) return { kind: 'null', span };
  if (typeof value === 'string') return { kind: 'string', value, span, quoted, block: false };
  if (typeof value === 'number') return { kind: 'number', value, span };
  if (typeof value === 'boolean') return { kind: 'boolean', value, span };
  return fail();
}

/** `[a, "b", c]` on one line: scalars only, one comma between items, no trailing comma. */
function flowSequence(token: CST.FlowCollection, base: number): YamlValue {
  if (token.start.source !== '[') fail();
  const items = token.items.map((item, index) => {
    if (item.key !== undefined || item.sep !== undefined) fail();
    const commas = item.start.filter((part) => part.type === 'comma').length;
    if (commas !== (index === 0 ? 0 : 1) || !item.start.every((part) => part.type === 'comma' || part.type === 'space')) fail();
    return scalarValue(resolveScalar(item.value), base);
  });
  const [close, ...after] = token.end;
  if (close?.type !== 'flow-seq-end' || !onlyTrivia(after)) fail();
  return { kind: 'list', items, span: { start: base + token.offset, end: base + close.offset + close.source.length } };
}

/** `- a` lines: one scalar per item. The sequence ends where its last item's line (and comment) ends, as in yaml. */
function blockSequence(token: CST.BlockSequence, base: number): YamlValue {
  if (token.items.length === 0) fail();
  let end = token.offset;
  const items = token.items.map((item) => {
    if (item.start.filter((part) => part.type === 'seq-item-ind').length !== 1) fail();
    if (!item.start.every((part) => part.type === 'seq-item-ind' || TRIVIA.has(part.type))) fail();
    const resolved = resolveScalar(item.value);
    end = resolved.range[2];
    return scalarValue(resolved, base);
  });
  return { kind: 'list', items, span: { start: base + token.offset, end: base + end } };
}

function entryValue(item: CST.BlockMap['items'][number], base: number): YamlValue {
  const [indicator, ...rest] = item.sep ?? [];
  if (indicator?.type !== 'map-value-ind' || !onlyTrivia(rest)) fail();
  const value = item.value;
  if (value?.type === 'block-seq') return blockSequence(value, base);
  if (rest.some((part) => part.type === 'newline')) fail();
  if (value?.type === 'flow-collection') return flowSequence(value, base);
  return scalarValue(resolveScalar(value), base);
}

function readDocument(document: CST.Document, base: number): YamlEntry[] {
  const map = document.value;
  if (!onlyTrivia(document.start) || !onlyTrivia(document.end) || map?.type !== 'block-map' || map.indent !== 0) fail();
  const entries: YamlEntry[] = [];
  const keys = new Set<string>();
  for (const item of map.items) {
    const key = item.key;
    // every key at the map's column (yaml's BAD_INDENT otherwise), plain, on one line
    if (!onlyTrivia(item.start) || key?.type !== 'scalar' || key.indent !== map.indent || key.end?.length || key.source.length > MAX_IMPLICIT_KEY) fail();
    const name = scalarValue(resolveScalar(key), base);
    // yaml reports duplicate keys (uniqueKeys); non-string keys are rare enough to leave to the full path
    if (name.kind !== 'string' || keys.has(name.value)) fail();
    keys.add(name.value);
    entries.push({ key: name.value, keySpan: name.span, value: entryValue(item, base) });
  }
  return entries;
}

/**
 * The top-level entries of front matter that is a flat mapping of one-line scalars and lists of them — what
 * nearly every post has — read straight from yaml's own concrete syntax tree. Composing a full Document costs
 * more than the rest of a post's lint; the values and spans here are the ones that path gives, and the tests
 * hold the two equal. Anything else (nesting, anchors, tags, multi-line or block scalars, duplicate keys,
 * anything yaml would warn about) returns undefined and takes the full path.
 */
export function readFlatMapping(yamlText: string, base: number): YamlEntry[] | undefined {
  if (yamlText.includes('\t')) return undefined;
  try {
    let entries: YamlEntry[] | undefined;
    for (const token of new Parser().parse(yamlText)) {
      if (token.type === 'document' && entries === undefined) entries = readDocument(token, base);
      else if (!TRIVIA.has(token.type)) return undefined;
    }
    return entries;
  } catch (error) {
    if (error instanceof NotFlat) return undefined;
    throw error;
  }
}
