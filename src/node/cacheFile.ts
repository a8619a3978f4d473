import * as fs from 'node:fs';
import * as path from 'node:path';
import { MAX_CACHE_BYTES } from '../core/cache/postCache';

/**
 * Cache files are UTF-16: a workspace's bodies are mostly Chinese, which Node decodes from UTF-8 six times slower
 * than it copies UTF-16 (90 ms against 15 ms for the benchmark's cache). A file in another encoding reads as no cache.
 */
export const CACHE_ENCODING = 'utf16le';

/** What became of a cache file: read, absent, or refused (not a regular file, too large) and left alone. */
export type CacheFileRead = { kind: 'text'; text: string } | { kind: 'absent' } | { kind: 'refused'; why: 'notRegular' | 'tooLarge' };

// a link is not followed, and a FIFO does not block the open: fstat then says what it is
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0);

/**
 * A cache file's text, read through one descriptor and never past MAX_CACHE_BYTES. A link, FIFO, device, folder or
 * a file over the limit is refused unread; a file that is not UTF-8 comes back as text the cache will not recognise.
 */
export function readCacheFile(file: string): CacheFileRead {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(file);
  } catch {
    return { kind: 'absent' };
  }
  if (!stat.isFile()) return { kind: 'refused', why: 'notRegular' };
  let descriptor: number;
  try {
    descriptor = fs.openSync(file, OPEN_FLAGS);
  } catch {
    return { kind: 'refused', why: 'notRegular' };
  }
  try {
    const opened = fs.fstatSync(descriptor);
    if (!opened.isFile()) return { kind: 'refused', why: 'notRegular' };
    if (opened.size > MAX_CACHE_BYTES) return { kind: 'refused', why: 'tooLarge' };
    const bytes = Buffer.allocUnsafe(opened.size + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < bytes.length; length += read) read = fs.readSync(descriptor, bytes, length, bytes.length - length, null);
    if (length > MAX_CACHE_BYTES) return { kind: 'refused', why: 'tooLarge' };
    return { kind: 'text', text: bytes.toString(CACHE_ENCODING, 0, length) };
  } catch {
    return { kind: 'absent' };
  } finally {
    fs.closeSync(descriptor);
  }
}

/**
 * Writes a cache file atomically: a temporary file beside it, renamed over it, so a reader (a parallel run) sees the
 * old cache or the new one, never half of one. Returns the system's error code when it could not be written.
 */
export function writeCacheFile(file: string, text: string): string | undefined {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    fs.writeFileSync(temporary, text, { encoding: CACHE_ENCODING, flag: 'wx', mode: 0o644 });
    fs.renameSync(temporary, file);
    return undefined;
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    return (error as NodeJS.ErrnoException).code ?? String(error);
  }
}

/** A regular file's size and modification time, following links (the listing already kept links inside the folder). */
export function statRegularFile(file: string): { size: number; mtimeMs: number } | undefined {
  try {
    const stat = fs.statSync(file);
    return stat.isFile() ? { size: stat.size, mtimeMs: stat.mtimeMs } : undefined;
  } catch {
    return undefined;
  }
}
