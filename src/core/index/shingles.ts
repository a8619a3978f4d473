function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x3000 || code === 0xa0;
}

/**
 * Writes the character 3-grams of `text[start, end)` into `into`, in text order (repeats kept), and returns how
 * many. The body is trimmed and every run of white space counts as one space, so re-wrapped text stays the same.
 * A 3-gram is encoded exactly as a number: three 17-bit code points (astral characters folded into 17 bits, so
 * two emoji from different planes with equal low bits would collide), 51 bits in all.
 */
function writeGrams(text: string, start: number, end: number, into: Float64Array): number {
  let count = 0;
  let first = -1;
  let second = -1;
  let pendingSpace = false;
  for (let index = start; index < end; index++) {
    let code = text.charCodeAt(index);
    if (isSpace(code)) {
      pendingSpace = second !== -1 || first !== -1;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < end) {
      const low = text.charCodeAt(index + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((((code - 0xd800) << 10) + (low - 0xdc00)) & 0xffff);
        index++;
      }
    }
    if (pendingSpace) {
      if (first !== -1) into[count++] = first * 17179869184 + second * 131072 + 0x20;
      first = second;
      second = 0x20;
      pendingSpace = false;
    }
    if (first !== -1) into[count++] = first * 17179869184 + second * 131072 + code;
    first = second;
    second = code;
  }
  return count;
}

/** The body's 3-gram codes in text order (repeats kept), as the duplicate-content rule compares them. */
export function bodyGrams(text: string): Float64Array {
  const grams = new Float64Array(Math.max(0, text.length - 2));
  return grams.subarray(0, writeGrams(text, 0, text.length, grams));
}

/** A 32-bit hash of a 3-gram code (murmur3's finalizer over both halves). */
export function gramHash(code: number): number {
  const low = code >>> 0;
  const high = (code / 4294967296) | 0;
  let hash = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

// Scratch space reused from body to body: the 3-grams, their distinct hashes, and an open-addressing set of codes.
let scratchGrams = new Float64Array(4096);
let scratchHashes = new Uint32Array(4096);
let slots = new Float64Array(8192);

const EMPTY_SLOT = -1;

/**
 * The 32-bit hashes of the body's distinct 3-grams (as `bodyGrams` reads them), in order of first occurrence.
 * Repeats are found by the exact code, so two different 3-grams that share a hash both stay: the hash then
 * appears twice.
 */
export function distinctGramHashes(text: string): Uint32Array {
  if (scratchGrams.length < text.length) {
    scratchGrams = new Float64Array(text.length * 2);
    scratchHashes = new Uint32Array(text.length * 2);
  }
  const count = writeGrams(text, 0, text.length, scratchGrams);
  let size = 16;
  while (size < count * 2) size *= 2;
  if (slots.length < size) slots = new Float64Array(size);
  slots.fill(EMPTY_SLOT, 0, size);
  const mask = size - 1;
  let distinct = 0;
  for (let index = 0; index < count; index++) {
    const code = scratchGrams[index];
    const hash = gramHash(code);
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = slots[slot];
      if (held === code) break;
      if (held === EMPTY_SLOT) {
        slots[slot] = code;
        scratchHashes[distinct++] = hash;
        break;
      }
    }
  }
  return scratchHashes.slice(0, distinct);
}
