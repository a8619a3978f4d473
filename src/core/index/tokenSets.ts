import { bodyGrams } from './shingles';

/** 3-gram hashes are counted in 2^16 buckets by their top 16 bits. */
const BUCKET_SHIFT = 16;
const BUCKETS = 1 << (32 - BUCKET_SHIFT);

/**
 * An order of 3-gram hashes for the prefix filter. A token is the hash with its top 16 bits (the bucket) replaced
 * by the bucket's rank by how many bodies use it, rarest first: a one-to-one map, so tokens stand for hashes
 * exactly, and sorting tokens as numbers puts rare 3-grams first. Any fixed order keeps the search exact; one close
 * to true frequency keeps it fast. Without counts it is plain hash order, for one-off comparisons.
 */
export class TokenOrder {
  private constructor(private readonly bucketRanks: Uint32Array | undefined) {}

  static readonly byHash = new TokenOrder(undefined);

  /** Counts the bodies' distinct 3-gram hashes by bucket. */
  static counted(bodies: Iterable<Uint32Array>): TokenOrder {
    const counts = new Uint32Array(BUCKETS);
    for (const hashes of bodies) for (let index = 0; index < hashes.length; index++) counts[hashes[index] >>> BUCKET_SHIFT]++;
    // count and bucket in one number (both well inside 2^53), so a plain numeric sort ranks the buckets
    const ranked = new Float64Array(BUCKETS);
    for (let bucket = 0; bucket < BUCKETS; bucket++) ranked[bucket] = counts[bucket] * BUCKETS + bucket;
    ranked.sort();
    const bucketRanks = new Uint32Array(BUCKETS);
    for (let rank = 0; rank < BUCKETS; rank++) bucketRanks[ranked[rank] % BUCKETS] = rank << BUCKET_SHIFT;
    return new TokenOrder(bucketRanks);
  }

  /**
   * Turns distinct 3-gram hashes into tokens in ascending order, in place, and returns the same array. Tokens
   * stand for hashes one to one, so a token that appears twice is a hash shared by two different 3-grams.
   */
  toTokens(hashes: Uint32Array): Uint32Array {
    const ranks = this.bucketRanks;
    if (ranks) for (let index = 0; index < hashes.length; index++) hashes[index] = ranks[hashes[index] >>> BUCKET_SHIFT] | (hashes[index] & 0xffff);
    return radixSort(hashes);
  }
}

let scratch = new Uint32Array(4096);
const histograms = new Int32Array(4 * 256);

/** Sorts in place by LSD radix (four passes of 8 bits): faster than the built-in sort on a body's few hundred tokens. */
function radixSort(keys: Uint32Array): Uint32Array {
  const size = keys.length;
  if (scratch.length < size) scratch = new Uint32Array(size * 2);
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
  for (let index = 0; index < size; index++) scratch[histograms[keys[index] & 0xff]++] = keys[index];
  for (let index = 0; index < size; index++) keys[histograms[256 + ((scratch[index] >>> 8) & 0xff)]++] = scratch[index];
  for (let index = 0; index < size; index++) scratch[histograms[512 + ((keys[index] >>> 16) & 0xff)]++] = keys[index];
  for (let index = 0; index < size; index++) keys[histograms[768 + (scratch[index] >>> 24)]++] = scratch[index];
  return keys;
}

/** Whether an ascending array holds some number twice. */
export function hasRepeats(sorted: Uint32Array): boolean {
  for (let index = 1; index < sorted.length; index++) if (sorted[index] === sorted[index - 1]) return true;
  return false;
}

/**
 * |a ∩ b| / |a ∪ b| of two ascending arrays, repeats counted as in multisets (0 when both are empty): exact for
 * two `exactGramSet`s; for two bodies' token arrays never below the bodies' true similarity, since the sizes are
 * exact and hashes can only make more 3-grams look shared.
 */
export function sortedJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length === 0 && b.length === 0) return 0;
  const shared = sharedCount(a, b);
  return shared / (a.length + b.length - shared);
}

/**
 * How many numbers two ascending arrays share, repeats counted as in multisets. Given `needed`, it stops as soon
 * as the count reaches it or can no longer reach it, so compare the result with `needed`, not as a count.
 */
export function sharedCount(a: ArrayLike<number>, b: ArrayLike<number>, needed?: number): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (needed !== undefined && (shared >= needed || shared + Math.min(a.length - i, b.length - j) < needed)) return shared;
    const x = a[i];
    const y = b[j];
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/** A body's distinct 3-gram codes in ascending order: the exact set the rule compares. */
export function exactGramSet(text: string): Float64Array {
  const codes = bodyGrams(text).sort();
  let distinct = 0;
  for (let index = 0; index < codes.length; index++) if (distinct === 0 || codes[index] !== codes[distinct - 1]) codes[distinct++] = codes[index];
  return codes.slice(0, distinct);
}
