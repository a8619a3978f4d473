/**
 * A signature has one bit per 3-gram hash, and about twice as many bits as the body has 3-grams: two unrelated bodies
 * then differ in far more bits than a near-duplicate pair can, however long they are. A fixed size saturates on long
 * bodies (2 048 bits on a 23 KB article: nearly every bit set, no pair ruled out).
 */
const MIN_SIGNATURE_WORDS = 64;
const MAX_SIGNATURE_WORDS = 8192;

/** Words for a text of this many UTF-16 units: a power of two, so a larger signature folds onto a smaller one. */
function signatureWords(length: number): number {
  let words = MIN_SIGNATURE_WORDS;
  while (words < MAX_SIGNATURE_WORDS && words * 16 < length) words *= 2;
  return words;
}

/**
 * Sets the bit of a 3-gram (its three code points) in a signature of a power-of-two size. The bit is the low bits of
 * a mixed hash, so the bit in a signature half the size is the same bit index modulo that size (see fold).
 */
function setGramBit(signature: Int32Array, first: number, second: number, third: number): void {
  // one multiply and a fold of the high half into the low bits: enough spread for a filter whose misses cost only an
  // exact comparison, and half the time of a full finaliser on long bodies
  let hash = Math.imul(Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b) ^ third, 0xc2b2ae35);
  hash ^= hash >>> 16;
  const bit = hash & (signature.length * 32 - 1);
  // bit is masked below the signature's bit count
  signature[bit >>> 5]! |= 1 << (bit & 31);
}

function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x3000 || code === 0xa0;
}

// Characters beyond U+FFFF (emoji, CJK extension B and later) each get one of the 65 536 codes above the BMP in the
// order first seen, so a 3-gram's code stays exact in 51 bits: two different characters never share a code unless a
// workspace uses more than 65 536 distinct ones, when the rest fold onto the last code.
const astralCodes = new Map<number, number>();
const ASTRAL_CODE_LIMIT = 0x1ffff;

function astralCode(codePoint: number): number {
  let code = astralCodes.get(codePoint);
  if (code === undefined) {
    code = Math.min(0x10000 + astralCodes.size, ASTRAL_CODE_LIMIT);
    if (code < ASTRAL_CODE_LIMIT) astralCodes.set(codePoint, code);
  }
  return code;
}

/**
 * Reads the character 3-grams of a text in order (repeats kept) and returns how many there are; writes their codes
 * into `codes` and sets their bits in `signature`, for whichever is given. The body is trimmed and every run of
 * white space counts as one space, so re-wrapped text stays the same. A 3-gram's code is exact: three 17-bit
 * character codes (see astralCode), 51 bits in all.
 */
function readGrams(text: string, codes?: Float64Array, signature?: Int32Array): number {
  const end = text.length;
  let count = 0;
  let first = -1;
  let second = -1;
  let pendingSpace = false;
  for (let index = 0; index < end; index++) {
    let code = text.charCodeAt(index);
    if (isSpace(code)) {
      pendingSpace = second !== -1 || first !== -1;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < end) {
      const low = text.charCodeAt(index + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = astralCode(0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00));
        index++;
      }
    }
    if (pendingSpace) {
      if (first !== -1) {
        if (codes) codes[count] = first * 17179869184 + second * 131072 + 0x20;
        if (signature) setGramBit(signature, first, second, 0x20);
        count++;
      }
      first = second;
      second = 0x20;
      pendingSpace = false;
    }
    if (first !== -1) {
      if (codes) codes[count] = first * 17179869184 + second * 131072 + code;
      if (signature) setGramBit(signature, first, second, code);
      count++;
    }
    first = second;
    second = code;
  }
  return count;
}

/** The body's 3-gram codes in text order (repeats kept), as the duplicate-content rule compares them. */
export function bodyGrams(text: string): Float64Array {
  const grams = new Float64Array(Math.max(0, text.length - 2));
  return grams.subarray(0, readGrams(text, grams));
}

/** A body's distinct 3-gram codes in ascending order: the exact set the rule compares. */
export function exactGramSet(text: string): Float64Array {
  const codes = bodyGrams(text).sort();
  let distinct = 0;
  for (const code of codes) if (distinct === 0 || code !== codes[distinct - 1]) codes[distinct++] = code;
  return codes.slice(0, distinct);
}

/** |a ∩ b| / |a ∪ b| of two ascending sets (0 when both are empty). */
export function sortedJaccard(a: Float64Array, b: Float64Array): number {
  if (a.length === 0 && b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  for (let x = a[i], y = b[j]; x !== undefined && y !== undefined; x = a[i], y = b[j]) {
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

const EPSILON = 1e-9;

/** A body's 3-grams folded into a bit set: cheap to compare, and enough to rule most pairs out. */
export interface GramSignature {
  /** How many 3-grams the body has, repeats counted: never fewer than its distinct 3-grams. */
  grams: number;
  /** One bit set per 3-gram, at a hash of it; a power-of-two number of words that grows with the body. */
  words: Int32Array;
  /** How many bits are set: never more than the body's distinct 3-grams. */
  bits: number;
}

function bitCount(word: number): number {
  let bits = word - ((word >>> 1) & 0x55555555);
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  bits = (bits + (bits >>> 4)) & 0x0f0f0f0f;
  return Math.imul(bits, 0x01010101) >>> 24;
}

/**
 * Blocks that signatures' words are cut from, for a check that keeps every signature and lets them all go at once
 * (a one-shot lint): an ArrayBuffer a signature cost more in the engine's bookkeeping than the signature's own bits.
 */
export class SignatureBlocks {
  private block = new Int32Array(0);
  private used = 0;

  /** Zeroed words of their own, cut from the current block; a signature larger than a block gets its own. */
  words(size: number): Int32Array {
    if (size > SIGNATURE_BLOCK_WORDS) return new Int32Array(size);
    if (this.used + size > this.block.length) {
      this.block = new Int32Array(SIGNATURE_BLOCK_WORDS);
      this.used = 0;
    }
    this.used += size;
    return this.block.subarray(this.used - size, this.used);
  }
}

/** 256 KB: a thousand short bodies' signatures, or eight of the largest. */
const SIGNATURE_BLOCK_WORDS = 1 << 16;

export function gramSignature(text: string, blocks?: SignatureBlocks): GramSignature {
  const size = signatureWords(text.length);
  const words = blocks ? blocks.words(size) : new Int32Array(size);
  const grams = readGrams(text, undefined, words);
  let bits = 0;
  for (const word of words) bits += bitCount(word);
  return { grams, words, bits };
}

/**
 * A signature as it would be at a smaller size: each bit lands on its index modulo the size, so a bit set there still
 * stands for at least one 3-gram of the body, and bits of different indices for different 3-grams.
 */
function fold(words: Int32Array, size: number): Int32Array {
  if (words.length === size) return words;
  const folded = words.slice(0, size);
  // sizes are powers of two, so word & (size - 1) is below size, the folded length
  for (let word = size; word < words.length; word++) folded[word & (size - 1)]! |= words[word]!;
  return folded;
}

/**
 * Whether two bodies may be at least `threshold` alike (3-gram Jaccard), judged from their signatures; false only
 * when they cannot be. Two bounds, each never below the true similarity:
 * - size: Jaccard ≤ min(|x|, |y|) / max(|x|, |y|), with |x| at most its 3-gram count and at least its set bits;
 * - bits: a bit set in one signature and not in the other stands for a 3-gram of that body that the other lacks, and
 *   different bits for different 3-grams, so the differing bits never exceed |x Δ y|; a pair at Jaccard ≥ t has
 *   |x Δ y| ≤ (|x| + |y|)(1 − t)/(1 + t), and the 3-gram counts bound |x| and |y| from above.
 */
export function mayReach(a: GramSignature, b: GramSignature, threshold: number): boolean {
  if (Math.min(a.grams, b.grams) < (threshold - EPSILON) * Math.max(a.bits, b.bits)) return false;
  const allowed = ((a.grams + b.grams) * (1 - threshold)) / (1 + threshold) + EPSILON;
  const size = Math.min(a.words.length, b.words.length);
  const aWords = fold(a.words, size);
  const bWords = fold(b.words, size);
  let differing = 0;
  for (let word = 0; word < size; word++) {
    // both folded to size words
    differing += bitCount(aWords[word]! ^ bWords[word]!);
    if (differing > allowed) return false;
  }
  return true;
}
