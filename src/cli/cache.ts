import * as fs from 'node:fs';
import * as path from 'node:path';
import { MAX_CACHE_BYTES, PostCache } from '../core/cache/postCache';
import type { Locale } from '../core/base/domain';
import { readCacheFile, writeCacheFile } from '../node/cacheFile';
import type { LintOptions } from './args';
import type { CliIO } from './io';
import { cliMessage } from './messages';
import { terminalLine } from './terminalText';

/** ESLint's convention: the cache file sits in the working directory unless --cache-location says otherwise. */
export const DEFAULT_CACHE_FILE = '.ccalcache';

/** How long after a file's mtime its size-and-mtime stamp is trusted: the coarsest file systems keep 2 s ticks. */
const MTIME_TICK_MS = 2000;

export interface CliCache {
  cache: PostCache;
  file: string;
  /** False when the file at the location is not one ccal may read or replace. */
  writable: boolean;
}

/** --cache-location as a file: a folder (existing, or written with a trailing slash) holds .ccalcache. */
function cacheFileOf(cwd: string, location: string | undefined): string {
  if (location === undefined) return path.join(cwd, DEFAULT_CACHE_FILE);
  const resolved = path.resolve(cwd, location);
  let isFolder = /[\\/]$/.test(location);
  try {
    isFolder ||= fs.statSync(resolved).isDirectory();
  } catch {
    // no such file yet: it is the cache file to create
  }
  return isFolder ? path.join(resolved, DEFAULT_CACHE_FILE) : resolved;
}

/**
 * What besides the workspace changes results: ccal's version, this build (its bundle's size and mtime, so a local
 * build of the same version starts afresh) and Node's version (its time zone data places the posts).
 */
function engineStamp(version: string): string {
  let build = '';
  try {
    const stat = fs.statSync(__filename);
    build = `${stat.size}.${stat.mtimeMs}`;
  } catch {
    // a bundle always has its file; without it the version alone decides
  }
  return `${version}+${build}+${process.version}`;
}

export function openCache(options: LintOptions, io: CliIO, locale: Locale, version: string): CliCache | undefined {
  if (!options.cache) return undefined;
  const file = cacheFileOf(io.cwd, options.cacheLocation);
  const read = readCacheFile(file);
  const cacheOptions = { strategy: options.cacheStrategy, engine: engineStamp(version), settledBefore: Date.now() - MTIME_TICK_MS };
  if (read.kind === 'refused') io.stderr.write(`ccal: ${terminalLine(cliMessage('cacheRefused', { file: displayPath(io, file), limit: MAX_CACHE_BYTES / 1_048_576 }, locale))}\n`);
  return { cache: PostCache.read(read.kind === 'text' ? read.text : undefined, cacheOptions), file, writable: read.kind !== 'refused' };
}

/** Writes the cache when the run changed it; a failure to write is said on stderr and does not change the exit status. */
export function saveCache({ cache, file, writable }: CliCache, io: CliIO, locale: Locale): void {
  if (!writable || !cache.dirty) return;
  const text = cache.serialize();
  const failure = text.length * 2 > MAX_CACHE_BYTES ? 'tooLarge' : writeCacheFile(file, text);
  if (failure !== undefined) io.stderr.write(`ccal: ${terminalLine(cliMessage('cacheNotWritten', { file: displayPath(io, file), reason: failure }, locale))}\n`);
}

function displayPath(io: CliIO, file: string): string {
  return path.relative(io.cwd, file) || file;
}
