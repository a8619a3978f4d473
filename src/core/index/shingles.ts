/** 2 048 bits: two unrelated bodies of a few hundred characters then differ in far more bits than a near-duplicate pair can. */
const SIGNATURE_WORDS = 64;
const SIGNATURE_SHIFT = 32 - 11;

/** Sets the bit of a 3-gram (its three code points) in a signature: a multiplicative hash's top 11 bits. */
function setGramBit(signature: Int32Array, first: number, second: number, third: number): void {
  const bit = Math.imul(Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b) ^ third, 0xc2b2ae35) >>> SIGNATURE_SHIFT;
  signature[bit >>> 5] |= 1 << (bit & 31);
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
  for (let index = 0; index < codes.length; index++) if (distinct === 0 || codes[index] !== codes[distinct - 1]) codes[distinct++] = codes[index];
  return codes.slice(0, distinct);
}

/** |a ∩ b| / |a ∪ b| of two ascending sets (0 when both are empty). */
export function sortedJaccard(a: Float64Array, b: Float64Array): number {
  if (a.length === 0 && b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

const EPSILON = 1e-9;

/** A body's 3-grams folded into a fixed bit set: cheap to compare, and enough to rule most pairs out. */
export interface GramSignature {
  /** How many 3-grams the body has, repeats counted: never fewer than its distinct 3-grams. */
  grams: number;
  /** One bit set per 3-gram, at a hash of it. */
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

export function gramSignature(text: string): GramSignature {
  const words = new Int32Array(SIGNATURE_WORDS);
  const grams = readGrams(text, undefined, words);
  let bits = 0;
  for (let word = 0; word < SIGNATURE_WORDS; word++) bits += bitCount(words[word]);
  return { grams, words, bits };
}

/**
 * Whether two bodies may be at least `threshold` alike (3-gram Jaccard), judged from their signatures; false only
 * when they cannot be. A bit set in one signature and not in the other stands for a 3-gram of that body that the
 * other lacks, and different bits for different 3-grams, so the differing bits never exceed |x Δ y|. A pair at
 * Jaccard ≥ t has |x Δ y| ≤ (|x| + |y|)(1 − t)/(1 + t), and the 3-gram counts bound |x| and |y| from above.
 */
export function mayReach(a: GramSignature, b: GramSignature, threshold: number): boolean {
  const allowed = ((a.grams + b.grams) * (1 - threshold)) / (1 + threshold) + EPSILON;
  // the differing bits are at least the difference of the bit counts: a quick first cut
  if (Math.abs(a.bits - b.bits) > allowed) return false;
  let differing = 0;
  for (let word = 0; word < SIGNATURE_WORDS; word++) {
    differing += bitCount(a.words[word] ^ b.words[word]);
    if (differing > allowed) return false;
  }
  return true;
}
