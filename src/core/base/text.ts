import type { Position, Range, Span } from './domain';

/**
 * A file's text with line starts found lazily and only as far as asked: most positions a lint needs are in
 * the front matter, so a long body is rarely scanned for line breaks at all.
 */
export class SourceText {
  private readonly lineStarts = [0];
  /** Offset up to which line breaks have been recorded. */
  private scannedTo = 0;

  constructor(readonly text: string) {}

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    this.scanTo(clamped);
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low, character: clamped - (starts[low] ?? 0) };
  }

  offsetAt(position: Position): number {
    const line = Math.max(0, position.line);
    while (this.lineStarts.length <= line + 1 && this.scannedTo < this.text.length) this.scanTo(this.nextBreakSearchEnd());
    const lineStart = this.lineStarts[line];
    if (lineStart === undefined) return this.text.length;
    return Math.min(lineStart + position.character, this.lineStarts[line + 1] ?? this.text.length);
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  /** Zero-based line of an offset. */
  lineOf(offset: number): number {
    return this.positionAt(offset).line;
  }

  lineStartOffset(line: number): number {
    return this.offsetAt({ line, character: 0 });
  }

  /** The line break style the file already uses, so inserted lines match it. */
  get eol(): string {
    const firstBreak = this.text.indexOf('\n');
    return firstBreak > 0 && this.text[firstBreak - 1] === '\r' ? '\r\n' : '\n';
  }

  /** Records the line starts of every line break before `offset`. */
  private scanTo(offset: number): void {
    const text = this.text;
    while (this.scannedTo < offset) {
      const lineBreak = text.indexOf('\n', this.scannedTo);
      if (lineBreak === -1 || lineBreak >= offset) {
        this.scannedTo = lineBreak === -1 ? text.length : lineBreak;
        return;
      }
      this.lineStarts.push(lineBreak + 1);
      this.scannedTo = lineBreak + 1;
    }
  }

  /** Where to scan to so that at least one more line start is known. */
  private nextBreakSearchEnd(): number {
    const lineBreak = this.text.indexOf('\n', this.scannedTo);
    return lineBreak === -1 ? this.text.length : lineBreak + 1;
  }
}

/** Why a path the `posts` globs select was not read (SPEC §9: stated, never silent). */
export type SkipReason =
  | { why: 'special'; kind: 'fifo' | 'socket' | 'device' | 'other' }
  | { why: 'tooLarge'; bytes: number; limit: number }
  | { why: 'linkOutside' }
  | { why: 'linkBroken'; code: string }
  | { why: 'unsafeName' }
  | { why: 'folderUnreadable'; code: string };

export type DecodedFile =
  | { kind: 'text'; text: string }
  | { kind: 'binary' }
  | { kind: 'utf16' }
  | { kind: 'not-utf8' }
  /** The file could not be read at all (permissions, removed while linting); `reason` is the system's code. */
  | { kind: 'unreadable'; reason: string }
  /** Never read, on purpose: a device or FIFO, too large, a link out of the workspace… */
  | { kind: 'skipped'; reason: SkipReason };

const fatalDecoder = new TextDecoder('utf-8', { fatal: true });
const BINARY_SNIFF_BYTES = 8000;

/** Decodes a file's bytes as UTF-8 and drops a BOM; binary, UTF-16 and other encodings are reported, not guessed. */
export function decodeFile(bytes: Uint8Array): DecodedFile {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { kind: 'utf16' };
  }
  const sniffEnd = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  for (let index = 0; index < sniffEnd; index++) if (bytes[index] === 0) return { kind: 'binary' };
  let text: string;
  try {
    text = fatalDecoder.decode(bytes);
  } catch {
    return { kind: 'not-utf8' };
  }
  return { kind: 'text', text: stripBom(text) };
}

/**
 * The same string in memory of its own. A JavaScript engine may keep a part cut from a text as a view into the whole
 * (V8 does from 13 characters), so a post's title kept for the calendar would keep the post's whole file alive.
 */
export function detached(value: string): string {
  // joined to a character, the string is copied whole into a new one, and the part cut from that shares nothing else
  return value.length < 13 ? value : ` ${value}`.slice(1);
}

/** How many distinct strings a pool keeps: past it, new strings are still detached, only not shared. */
const POOL_LIMIT = 65_536;

/**
 * Strings many posts share, kept once: a hundred thousand posts name a few dozen groups, tags, people and a few
 * hundred days, and each copy of such a name cost as much as the number it stands for. Every string it hands out is
 * detached (see `detached`).
 */
export class StringPool {
  private readonly strings = new Map<string, string>();

  get(value: string): string {
    const known = this.strings.get(value);
    if (known !== undefined) return known;
    const copy = detached(value);
    if (this.strings.size < POOL_LIMIT) this.strings.set(copy, copy);
    return copy;
  }
}

/**
 * Ranges many posts share, kept once: posts written from one template put `publish:` and `type:` at the same line and
 * column, and a range and its two positions cost more than a post's time. The ranges it hands out are shared: no one
 * may change them (nothing does: a range is a value).
 */
export class RangePool {
  private readonly ranges = new Map<string, Range>();

  get(range: Range): Range {
    const key = `${range.start.line}:${range.start.character}:${range.end.line}:${range.end.character}`;
    const known = this.ranges.get(key);
    if (known !== undefined) return known;
    if (this.ranges.size < POOL_LIMIT) this.ranges.set(key, range);
    return range;
  }
}

/** Values many posts share, made once by their key: past POOL_LIMIT keys, values are still made, only not shared. */
export class SharedValues<K, V> {
  private readonly values = new Map<K, V>();

  get(key: K, make: () => V): V {
    const known = this.values.get(key);
    if (known !== undefined) return known;
    const value = make();
    if (this.values.size < POOL_LIMIT) this.values.set(key, value);
    return value;
  }
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The text of a file's content, when it is readable text. */
export function textOf(content: string | DecodedFile): string | undefined {
  return typeof content === 'string' ? content : content.kind === 'text' ? content.text : undefined;
}
