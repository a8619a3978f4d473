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
