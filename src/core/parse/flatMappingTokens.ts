import { CST, Document, Lexer, Scalar, type ScalarTag } from 'yaml';
import { YAML_OPTIONS } from './yamlDocument';
import type { YamlEntry, YamlValue } from './yamlValue';

/** The lexer side of readFlatMapping (flatMapping.ts): scalars typed exactly as yaml's composer types them, and front matter read from yaml's own tokens. */

type TokenType = CST.TokenType;
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

type ResolvedScalar = NonNullable<ReturnType<typeof CST.resolveAsScalar>>;

/** A single-line flow scalar's text, quoting style and range [start, value end, node end], as yaml's composer reads them. */
function resolveScalar(token: FlowScalar): ResolvedScalar {
  if (token.source.includes('\n') || token.source.includes('\r')) fail();
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

const SCALAR_TYPES = new Set<TokenType>(['scalar', 'single-quoted-scalar', 'double-quoted-scalar']);
/**
 * Every token type a flat mapping is made of. Any other token (an anchor, an alias, a tag, a block scalar, a flow
 * mapping…) can never be consumed by the reader, so the text fails at the first one instead of after lexing all of
 * it: front matter with thousands of anchors goes to the full path without a wasted pass.
 */
const FLAT_TYPES = new Set<TokenType>([...SCALAR_TYPES, 'space', 'comment', 'newline', 'seq-item-ind', 'map-value-ind', 'flow-seq-start', 'flow-seq-end', 'comma']);

/**
 * The lexer's tokens with their types and offsets, read as a flat mapping. The lexer marks a plain scalar with a
 * control character before its text and a document start with another; neither is in the source.
 */
class Tokens {
  private readonly types: TokenType[] = [];
  private readonly sources: string[] = [];
  private readonly offsets: number[] = [];
  /** Where the tokens end: the offset an end-of-text token would have. */
  private readonly end: number;
  private at = 0;

  constructor(yamlText: string) {
    let offset = 0;
    let plain = false;
    for (const source of new Lexer().lex(yamlText)) {
      const type: TokenType | null = plain ? 'scalar' : CST.tokenType(source);
      plain = type === 'scalar' && !plain;
      if (plain || type === 'doc-mode') continue;
      if (type === null || !FLAT_TYPES.has(type)) fail();
      this.types.push(type);
      this.sources.push(source);
      this.offsets.push(offset);
      offset += source.length;
    }
    this.end = offset;
  }

  get type(): TokenType | undefined {
    return this.types[this.at];
  }

  get offset(): number {
    return this.offsets[this.at] ?? this.end;
  }

  atEnd(): boolean {
    return this.at >= this.types.length;
  }

  /** Takes the current token when it has the type. */
  accept(type: TokenType): SourceToken | undefined {
    if (this.types[this.at] !== type) return undefined;
    return this.take();
  }

  take(): SourceToken {
    const token = { type: this.types[this.at], offset: this.offsets[this.at], indent: 0, source: this.sources[this.at] } as SourceToken;
    this.at++;
    return token;
  }

  /** A flow scalar with the space, comment and line break after it, as yaml's parser attaches them. */
  scalar(withEnd: boolean): FlowScalar {
    if (!SCALAR_TYPES.has(this.types[this.at] as TokenType)) fail();
    const token = this.take() as unknown as FlowScalar;
    if (withEnd) token.end = this.lineEnd();
    return token;
  }

  /** The rest of a line after its value: space, a comment, the line break (or the end of the text), nothing else. */
  lineEnd(): SourceToken[] {
    const end: SourceToken[] = [];
    for (const type of ['space', 'comment', 'newline'] as const) {
      const part = this.accept(type);
      if (part) end.push(part);
    }
    if (end.at(-1)?.type !== 'newline' && !this.atEnd()) fail();
    return end;
  }

  /** Skips blank and comment-only lines; a line with anything else must start at column 0. */
  skipTriviaLines(): void {
    for (;;) {
      const start = this.at;
      this.accept('space');
      this.accept('comment');
      if (this.accept('newline')) continue;
      if (this.atEnd()) return;
      if (this.at !== start) fail();
      return;
    }
  }
}

/** `[a, "b", c]` on one line: scalars only, one comma between items, no trailing comma. */
function flowSequence(tokens: Tokens, base: number): YamlValue {
  const start = tokens.offset;
  tokens.take();
  const items: YamlValue[] = [];
  tokens.accept('space');
  let close: SourceToken | undefined;
  while (!(close = tokens.accept('flow-seq-end'))) {
    if (items.length > 0) {
      if (!tokens.accept('comma')) fail();
      tokens.accept('space');
    }
    items.push(scalarValue(resolveScalar(tokens.scalar(false)), base));
    tokens.accept('space');
  }
  return { kind: 'list', items, span: { start: base + start, end: base + close.offset + close.source.length } };
}

/** `- a` lines at one indentation: one scalar per item. The sequence ends where its last item's line ends, as in yaml. */
function blockSequence(tokens: Tokens, base: number): YamlValue {
  const items: YamlValue[] = [];
  let indent: string | undefined;
  let start = 0;
  let end = 0;
  while (!tokens.atEnd() && (tokens.type === 'space' || tokens.type === 'seq-item-ind')) {
    const lineIndent = tokens.accept('space')?.source ?? '';
    if (indent !== undefined && lineIndent !== indent) fail();
    indent = lineIndent;
    if (items.length === 0) start = tokens.offset;
    if (!tokens.accept('seq-item-ind') || !tokens.accept('space')) fail();
    const resolved = resolveScalar(tokens.scalar(true));
    end = resolved.range[2];
    items.push(scalarValue(resolved, base));
  }
  if (items.length === 0) fail();
  return { kind: 'list', items, span: { start: base + start, end: base + end } };
}

function entryValue(tokens: Tokens, base: number): YamlValue {
  if (!tokens.accept('map-value-ind')) fail();
  tokens.accept('space');
  if (tokens.type === 'comment' || tokens.type === 'newline') {
    tokens.accept('comment');
    if (!tokens.accept('newline')) fail();
    return blockSequence(tokens, base);
  }
  if (tokens.type !== 'flow-seq-start') return scalarValue(resolveScalar(tokens.scalar(true)), base);
  const list = flowSequence(tokens, base);
  tokens.lineEnd();
  return list;
}

/** The entries of yaml text read from the lexer's tokens as a flat mapping, or undefined when it is not one. */
export function readTokens(yamlText: string, base: number): YamlEntry[] | undefined {
  try {
    const tokens = new Tokens(yamlText);
    const entries: YamlEntry[] = [];
    const keys = new Set<string>();
    for (tokens.skipTriviaLines(); !tokens.atEnd(); tokens.skipTriviaLines()) {
      // keys are plain, on one line, at column 0
      if (tokens.type !== 'scalar') fail();
      const key = tokens.scalar(false);
      if (key.source.length > MAX_IMPLICIT_KEY) fail();
      const name = scalarValue(resolveScalar(key), base);
      // yaml reports duplicate keys (uniqueKeys); non-string keys are rare enough to leave to the full path
      if (name.kind !== 'string' || keys.has(name.value)) fail();
      keys.add(name.value);
      entries.push({ key: name.value, keySpan: name.span, value: entryValue(tokens, base) });
    }
    return entries.length > 0 ? entries : undefined;
  } catch (error) {
    if (error instanceof NotFlat) return undefined;
    throw error;
  }
}

/** A plain key yaml accepts and reads as a string (not `true`, `null`, `12`…). */
export function isStringKey(key: string): boolean {
  return key.length <= MAX_IMPLICIT_KEY && !scalarTags.some((tag) => tag.test?.test(key));
}

/** A plain scalar's value at `start` of its line, typed by the schema tags as the composer types it. */
export function plainValue(text: string, start: number): YamlValue {
  const end = start + text.length;
  return scalarValue({ value: text, type: Scalar.PLAIN, comment: '', range: [start, end, end] }, 0);
}
