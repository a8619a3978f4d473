import type { Position, Range, Span } from './model';

/** A file's text with lazily computed line starts, to turn offsets into positions. */
export class SourceText {
  private lineStarts: number[] | undefined;

  constructor(readonly text: string) {}

  positionAt(offset: number): Position {
    const starts = this.getLineStarts();
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low, character: clamped - starts[low] };
  }

  offsetAt(position: Position): number {
    const starts = this.getLineStarts();
    if (position.line >= starts.length) return this.text.length;
    const lineStart = starts[Math.max(0, position.line)];
    const lineEnd = position.line + 1 < starts.length ? starts[position.line + 1] : this.text.length;
    return Math.min(lineStart + position.character, lineEnd);
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  /** Zero-based line of an offset. */
  lineOf(offset: number): number {
    return this.positionAt(offset).line;
  }

  lineStartOffset(line: number): number {
    const starts = this.getLineStarts();
    return starts[Math.min(Math.max(line, 0), starts.length - 1)];
  }

  /** The line break style the file already uses, so inserted lines match it. */
  get eol(): string {
    const firstBreak = this.text.indexOf('\n');
    return firstBreak > 0 && this.text[firstBreak - 1] === '\r' ? '\r\n' : '\n';
  }

  private getLineStarts(): number[] {
    if (!this.lineStarts) {
      const starts = [0];
      const text = this.text;
      for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
      this.lineStarts = starts;
    }
    return this.lineStarts;
  }
}

export type DecodedFile =
  | { kind: 'text'; text: string }
  | { kind: 'binary' }
  | { kind: 'utf16' }
  | { kind: 'not-utf8' }
  /** The file could not be read at all (permissions, removed while linting); `reason` is the system's code. */
  | { kind: 'unreadable'; reason: string };

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

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
