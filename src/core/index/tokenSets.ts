/**
 * A body's distinct 3-grams as a sorted token set, in an order that puts rare 3-grams first, which is what
 * makes the duplicate search's prefix filter selective. Exact: tokens are the 3-gram codes themselves; the
 * 32-bit sort key (estimated frequency, then hash) only orders them, and equal keys fall back to the code.
 */
export interface TokenSet {
  keys: Uint32Array;
  codes: Float64Array;
}


function gramHash(code: number): number {
  const low = code >>> 0;
  const high = (code / 4294967296) | 0;
  let h = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

// Scratch buffers for the radix sort, grown to the largest body seen.
let scratchKeys = new Uint32Array(1024);
let scratchCodes = new Float64Array(1024);
const histograms = new Int32Array(4 * 256);

/** One scatter pass of the radix sort on the byte at `shift`. */
function scatter(fromKeys: Uint32Array, fromCodes: Float64Array, toKeys: Uint32Array, toCodes: Float64Array, size: number, shift: number, base: number): void {
  for (let index = 0; index < size; index++) {
    const key = fromKeys[index];
    const at = histograms[base + ((key >>> shift) & 0xff)]++;
    toKeys[at] = key;
    toCodes[at] = fromCodes[index];
  }
}

/** Stable LSD radix sort of keys (4 passes of 8 bits), carrying the codes along; sorts in place. */
function radixSort(keys: Uint32Array, codes: Float64Array): void {
  const size = keys.length;
  if (scratchKeys.length < size) {
    scratchKeys = new Uint32Array(size * 2);
    scratchCodes = new Float64Array(size * 2);
  }
  histograms.fill(0);
  for (let index = 0; index < size; index++) {
    const key = keys[index];
    histograms[key & 0xff]++;
    histograms[256 + ((key >>> 8) & 0xff)]++;
    histograms[512 + ((key >>> 16) & 0xff)]++;
    histograms[768 + (key >>> 24)]++;
  }
  for (let base = 0; base < 1024; base += 256) {
    let total = 0;
    for (let digit = base; digit < base + 256; digit++) {
      const count = histograms[digit];
      histograms[digit] = total;
      total += count;
    }
  }
  scatter(keys, codes, scratchKeys, scratchCodes, size, 0, 0);
  scatter(scratchKeys, scratchCodes, keys, codes, size, 8, 256);
  scatter(keys, codes, scratchKeys, scratchCodes, size, 16, 512);
  scatter(scratchKeys, scratchCodes, keys, codes, size, 24, 768);
}

/** The 32-bit hashes of a body's 3-gram codes, in text order. */
export function gramHashes(grams: Float64Array): Uint32Array {
  const hashes = new Uint32Array(grams.length);
  for (let index = 0; index < grams.length; index++) hashes[index] = gramHash(grams[index]);
  return hashes;
}

// 2^16 counters by hash bucket; colliding buckets only merge counts, which keeps the order consistent.
const FREQUENCY_BITS = 16;

/** A count as one byte: exact up to 127, then logarithmic (16 steps per doubling), so common 3-grams still differ. */
function frequencyByte(count: number): number {
  return count < 128 ? count : Math.min(255, 128 + Math.floor(16 * Math.log2(count / 128)));
}

/**
 * An order of 3-grams for the prefix filter: by how many bodies use them (per hash bucket), rarest first, then
 * by hash. Any fixed order keeps the search exact; one close to true frequency keeps it fast. Without counts it
 * is plain hash order, the canonical order for one-off comparisons.
 */
export class TokenOrder {
  private constructor(private readonly frequency: Uint8Array | undefined) {}

  static readonly byHash = new TokenOrder(undefined);

  /** Counts the bodies' 3-grams (a repeat within a body counts again; bodies rarely repeat one). */
  static counted(bodies: Iterable<Uint32Array>): TokenOrder {
    const counts = new Uint32Array(1 << FREQUENCY_BITS);
    for (const hashes of bodies) for (let index = 0; index < hashes.length; index++) counts[hashes[index] >>> (32 - FREQUENCY_BITS)]++;
    const frequency = new Uint8Array(counts.length);
    for (let bucket = 0; bucket < counts.length; bucket++) frequency[bucket] = frequencyByte(counts[bucket]);
    return new TokenOrder(frequency);
  }

  tokenSet(grams: Float64Array, hashes: Uint32Array = gramHashes(grams)): TokenSet {
    const keys = new Uint32Array(grams.length);
    const codes = grams.slice();
    const frequency = this.frequency;
    for (let index = 0; index < grams.length; index++) {
      const hash = hashes[index];
      keys[index] = frequency ? ((frequency[hash >>> (32 - FREQUENCY_BITS)] << 24) | (hash & 0xffffff)) >>> 0 : hash;
    }
    radixSort(keys, codes);
    // drop repeated 3-grams; within a run of equal keys (a hash collision) order by code for a total order
    let distinct = 0;
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index];
      const code = codes[index];
      let at = distinct;
      let duplicate = false;
      while (at > 0 && keys[at - 1] === key) {
        if (codes[at - 1] === code) {
          duplicate = true;
          break;
        }
        if (codes[at - 1] < code) break;
        at--;
      }
      if (duplicate) continue;
      for (let move = distinct; move > at; move--) {
        keys[move] = keys[move - 1];
        codes[move] = codes[move - 1];
      }
      keys[at] = key;
      codes[at] = code;
      distinct++;
    }
    return { keys: keys.slice(0, distinct), codes: codes.slice(0, distinct) };
  }
}

/** Compares two tokens in set order. */
export function compareTokens(a: TokenSet, i: number, b: TokenSet, j: number): number {
  const keyA = a.keys[i];
  const keyB = b.keys[j];
  if (keyA !== keyB) return keyA < keyB ? -1 : 1;
  const codeA = a.codes[i];
  const codeB = b.codes[j];
  return codeA === codeB ? 0 : codeA < codeB ? -1 : 1;
}

/** Jaccard similarity of two token sets, exactly. */
export function tokenJaccard(a: TokenSet, b: TokenSet): number {
  const sizeA = a.keys.length;
  const sizeB = b.keys.length;
  if (sizeA === 0 && sizeB === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < sizeA && j < sizeB) {
    const order = compareTokens(a, i, b, j);
    if (order === 0) {
      shared++;
      i++;
      j++;
    } else if (order < 0) i++;
    else j++;
  }
  return shared / (sizeA + sizeB - shared);
}
