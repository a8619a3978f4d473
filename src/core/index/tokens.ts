import { sortedDistinct } from './shingles';

const EMPTY = -1;

/**
 * Numbers each distinct 3-gram code once, so bodies become small sorted integer sets.
 * An open-addressing table over typed arrays: a Map keyed by doubles costs several times more per lookup,
 * and a 10 000-post workspace makes millions of lookups.
 */
export class TokenDictionary {
  private keys = new Float64Array(1 << 16);
  private slots = new Int32Array(1 << 16).fill(EMPTY);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The id of a 3-gram code (a non-negative integer below 2^51), assigning the next id when it is new. */
  idOf(key: number): number {
    const mask = this.slots.length - 1;
    let slot = hash(key) & mask;
    for (;;) {
      const id = this.slots[slot];
      if (id === EMPTY) break;
      if (this.keys[slot] === key) return id;
      slot = (slot + 1) & mask;
    }
    const id = this.count++;
    this.keys[slot] = key;
    this.slots[slot] = id;
    if (this.count * 2 > this.slots.length) this.grow();
    return id;
  }

  /** The sorted, distinct ids of a body's 3-gram codes. */
  idsOf(codes: Float64Array): Int32Array {
    const ids = new Int32Array(codes.length);
    for (let index = 0; index < codes.length; index++) ids[index] = this.idOf(codes[index]);
    return sortedDistinct(ids);
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldSlots = this.slots;
    this.keys = new Float64Array(oldKeys.length * 2);
    this.slots = new Int32Array(oldSlots.length * 2).fill(EMPTY);
    const mask = this.slots.length - 1;
    for (let index = 0; index < oldSlots.length; index++) {
      if (oldSlots[index] === EMPTY) continue;
      let slot = hash(oldKeys[index]) & mask;
      while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.keys[slot] = oldKeys[index];
      this.slots[slot] = oldSlots[index];
    }
  }
}

function hash(key: number): number {
  const low = key >>> 0;
  const high = (key / 4294967296) | 0;
  let h = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
