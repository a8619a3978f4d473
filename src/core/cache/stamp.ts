import type { DecodedFile } from '../base/text';

/** How a cache recognises an unchanged file: by its size and modification time, or by a hash of its content. */
export type CacheStrategy = 'metadata' | 'content';

export const CACHE_STRATEGIES: readonly CacheStrategy[] = ['metadata', 'content'];

/** A regular file's size and modification time, as a host's cheap `stat` reports them. */
export interface FileMetadata {
  size: number;
  mtimeMs: number;
}

/** Two numbers that change when the file does: size and mtime, or length and content hash. */
export type FileStamp = readonly [number, number];

export function metadataStamp(metadata: FileMetadata): FileStamp {
  return [metadata.size, metadata.mtimeMs];
}

/**
 * The content stamp of what a read returned, for plain UTF-8 text only: anything else (binary, another encoding, a
 * file that could not be read) is checked again each run, which costs next to nothing for such a file.
 */
export function contentStamp(content: string | DecodedFile): FileStamp | undefined {
  return typeof content === 'string' ? [content.length, hash53(content)] : undefined;
}

/**
 * A 53-bit string hash (cyrb53): two 32-bit multiply-xorshift lanes. Not cryptographic; a cache needs only that an
 * edit to one path changes its stamp, and a miss in 2^53 is far below a file system's own mtime doubts.
 */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

const float = new Float64Array(1);
const floatWords = new Int32Array(float.buffer);

/**
 * A running 64-bit hash of numbers, exact for any double (its two 32-bit words are mixed in): a fingerprint of many
 * stamps without making a string of them.
 */
export class NumberHash {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  add(value: number): void {
    float[0] = value;
    this.mix(floatWords[0] ?? 0);
    this.mix(floatWords[1] ?? 0);
  }

  private mix(word: number): void {
    this.h1 = Math.imul(this.h1 ^ word, 2654435761);
    this.h1 ^= this.h1 >>> 15;
    this.h2 = Math.imul(this.h2 ^ word, 1597334677);
    this.h2 ^= this.h2 >>> 13;
  }

  digest(): string {
    return `${(this.h1 >>> 0).toString(36)}.${(this.h2 >>> 0).toString(36)}`;
  }
}
