/** Output written in pieces of about this many characters: few writes, and never a whole report in one string. */
const WRITE_CHARS = 1 << 16;

/** The pieces joined into texts of about 64 K characters each, as they come. */
export function* joinedWrites(pieces: Iterable<string>): Generator<string> {
  let pending: string[] = [];
  let pendingChars = 0;
  for (const piece of pieces) {
    if (piece.length === 0) continue;
    pending.push(piece);
    pendingChars += piece.length;
    if (pendingChars >= WRITE_CHARS) {
      yield pending.join('');
      pending = [];
      pendingChars = 0;
    }
  }
  if (pending.length > 0) yield pending.join('');
}

/** The pieces, then a line break when there was text and it did not end with one. */
export function* endingInLineBreak(pieces: Iterable<string>): Generator<string> {
  let last = '';
  for (const piece of pieces) {
    if (piece.length > 0) last = piece;
    yield piece;
  }
  if (last !== '' && !last.endsWith('\n')) yield '\n';
}

/** Where the CLI writes: process.stdout, or what a test collects into. */
export interface OutputStream {
  write(text: string): unknown;
  /** A node stream's: after `write` returned false, 'drain' says it has room again. */
  once?(event: 'drain', listener: () => void): unknown;
}

/**
 * Writes the texts, waiting for the stream whenever it asks to. Writes to a pipe are asynchronous: without waiting, a
 * report written in one go is queued whole in memory until the reader takes it (some 200 MB for 100 000 posts).
 * Should the reader close the pipe, the CLI's EPIPE handler ends the process (bin.ts).
 */
export async function writeAll(stream: OutputStream, texts: Iterable<string>): Promise<void> {
  for (const text of texts) {
    if (stream.write(text) === false && stream.once) await new Promise<void>((resolve) => stream.once?.('drain', resolve));
  }
}
