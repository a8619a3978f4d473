/**
 * Decoding a post's bytes, the common case fast. V8 turns multi-byte UTF-8 into a string at some 6 ns a byte; posts
 * are mostly Chinese, three bytes a character, so decoding was a fifth of reading a workspace. This loop writes the
 * UTF-16 code units itself and has Node copy them into a string in one go: 2× faster on the benchmark's posts.
 */

/** Past this size a file is decoded by Node: the code units of the largest file read are kept for the next. */
const MAX_FAST_BYTES = 4 * 1_048_576;

// the code units are handed to Node as UTF-16LE bytes: on a big-endian machine they would read backwards
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

let units = new Uint16Array(1024);

/**
 * The text of bytes that are valid UTF-8 without NUL or U+FFFD, equal to Node's decoding of them; undefined for
 * anything else (invalid, truncated, overlong, a surrogate, a NUL or a replacement character), which the caller then
 * decodes and classifies as before.
 */
export function plainUtf8(bytes: Uint8Array, length: number): string | undefined {
  if (!LITTLE_ENDIAN || length > MAX_FAST_BYTES) return undefined;
  // a UTF-8 sequence never takes fewer bytes than the UTF-16 code units it stands for
  if (units.length < length) units = new Uint16Array(Math.max(length, units.length * 2));
  const out = units;
  let written = 0;
  let ascii = true;
  for (let at = 0; at < length; ) {
    const lead = bytes[at] as number;
    if (lead < 0x80) {
      if (lead === 0) return undefined;
      out[written++] = lead;
      at++;
      continue;
    }
    ascii = false;
    // three bytes with no range of their own to check (E1–EC, EE–EF): nearly every Chinese character
    if ((lead >= 0xe1 && lead <= 0xec) || lead === 0xee || lead === 0xef) {
      if (at + 2 >= length) return undefined;
      const second = bytes[at + 1] as number;
      const third = bytes[at + 2] as number;
      if ((second & 0xc0) !== 0x80 || (third & 0xc0) !== 0x80) return undefined;
      const code = ((lead & 0x0f) << 12) | ((second & 0x3f) << 6) | (third & 0x3f);
      if (code === 0xfffd) return undefined;
      out[written++] = code;
      at += 3;
      continue;
    }
    if (lead < 0xc2 || lead > 0xf4) return undefined;
    if (lead < 0xe0) {
      const second = continuation(bytes, at + 1, length, 0x80, 0xbf);
      if (second < 0) return undefined;
      out[written++] = ((lead & 0x1f) << 6) | second;
      at += 2;
    } else if (lead < 0xf0) {
      // E0 and ED: overlong below A0, a surrogate from A0
      const second = continuation(bytes, at + 1, length, lead === 0xe0 ? 0xa0 : 0x80, lead === 0xed ? 0x9f : 0xbf);
      const third = continuation(bytes, at + 2, length, 0x80, 0xbf);
      if (second < 0 || third < 0) return undefined;
      const code = ((lead & 0x0f) << 12) | (second << 6) | third;
      if (code === 0xfffd) return undefined;
      out[written++] = code;
      at += 3;
    } else {
      // F0 would be overlong below 90; F4 past U+10FFFF from 90
      const second = continuation(bytes, at + 1, length, lead === 0xf0 ? 0x90 : 0x80, lead === 0xf4 ? 0x8f : 0xbf);
      const third = continuation(bytes, at + 2, length, 0x80, 0xbf);
      const fourth = continuation(bytes, at + 3, length, 0x80, 0xbf);
      if (second < 0 || third < 0 || fourth < 0) return undefined;
      const above = (((lead & 0x07) << 18) | (second << 12) | (third << 6) | fourth) - 0x10000;
      out[written++] = 0xd800 | (above >> 10);
      out[written++] = 0xdc00 | (above & 0x3ff);
      at += 4;
    }
  }
  // ASCII is copied as Latin-1, so V8 keeps it in a one-byte string as its own decoder does
  if (ascii) return Buffer.from(bytes.buffer, bytes.byteOffset, length).toString('latin1');
  return Buffer.from(out.buffer, out.byteOffset, written * 2).toString('utf16le');
}

/** The low six bits of the byte at `at` when it is in [low, high] (a continuation byte's range), else -1. */
function continuation(bytes: Uint8Array, at: number, length: number, low: number, high: number): number {
  if (at >= length) return -1;
  const byte = bytes[at] as number;
  return byte >= low && byte <= high ? byte & 0x3f : -1;
}
