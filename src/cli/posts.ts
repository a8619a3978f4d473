import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PostCache } from '../core/cache/postCache';
import { metadataStamp, type FileStamp } from '../core/cache/stamp';
import { evaluatePost, type PostResult, type RuleEnvironment } from '../core/index/evaluate';
import type { DecodedFile } from '../core/text';
import type { SkippedPath } from '../core/host';
import { statRegularFile } from '../node/cacheFile';
import { readBoundedFile } from '../node/files';
import type { ReaderThreadData } from '../node/readerThread';

/** Below this many posts a reading thread costs more to start than it saves. */
const READ_AHEAD_MIN_POSTS = 500;
/** Posts per message from the reading thread: small enough that checking starts at once. */
const READ_AHEAD_BATCH = 128;
/** The reading thread's bundle, beside this one in dist/. */
const READER_THREAD = path.join(__dirname, 'ccal-reader.js');

/** Checks one post that was read: evaluatePost, or the cache's checkRead. */
type CheckRead = (relative: string, content: string | DecodedFile) => PostResult;

/**
 * Reads every post on a second thread while this one checks the posts already read, on a machine with more than
 * one core: reading is about a sixth of a lint. Should the thread fail, the posts it did not deliver are read here.
 */
function evaluateReadAhead(root: string, paths: readonly string[], limit: number, check: CheckRead): Promise<PostResult[]> {
  return new Promise((resolve, reject) => {
    const results: PostResult[] = [];
    let finished = false;
    // a rule that throws is a bug: it must end the run as an internal error, as it does without the thread
    const guarded = (step: () => void) => {
      try {
        step();
      } catch (error) {
        finished = true;
        reject(error);
      }
    };
    const finish = () =>
      guarded(() => {
        if (finished) return;
        finished = true;
        for (let index = results.length; index < paths.length; index++) results.push(check(paths[index], readBoundedFile(path.join(root, paths[index]), limit)));
        resolve(results);
      });
    let reader: Worker;
    try {
      const workerData: ReaderThreadData = { root, paths, batch: READ_AHEAD_BATCH, limit };
      reader = new Worker(READER_THREAD, { workerData });
    } catch {
      finish();
      return;
    }
    reader.on('message', (reads: Array<string | DecodedFile>) =>
      guarded(() => {
        if (finished) return;
        for (const read of reads) results.push(check(paths[results.length], read));
        if (results.length === paths.length) finish();
      }),
    );
    reader.on('error', () => {
      finish();
      void reader.terminate();
    });
    reader.on('exit', finish);
  });
}

/**
 * Reads and checks the listed posts; what the listing skipped is reported with its reason, never read. With a cache,
 * a post it knows by size and mtime is not read at all, and by content it is read but not checked again.
 */
export async function evaluatePosts(root: string, paths: readonly string[], skipped: readonly SkippedPath[], env: RuleEnvironment, cache?: PostCache): Promise<PostResult[]> {
  const limit = env.config.maxPostBytes;
  const results: Array<PostResult | undefined> = [];
  const stamps = new Map<string, FileStamp>();
  cache?.useEnvironment(env);
  if (cache?.options.strategy === 'metadata') {
    for (const relative of paths) {
      const metadata = statRegularFile(path.join(root, relative));
      if (metadata) stamps.set(relative, metadataStamp(metadata));
      const stamp = stamps.get(relative);
      results.push(stamp && cache.lookup(relative, stamp));
    }
  }
  const unanswered = paths.filter((_, position) => results[position] === undefined);
  const check: CheckRead = cache ? (relative, content) => cache.checkRead(relative, content, stamps.get(relative)) : (relative, content) => evaluatePost(relative, content, env);
  const checked =
    unanswered.length >= READ_AHEAD_MIN_POSTS && availableParallelism() > 1
      ? await evaluateReadAhead(root, unanswered, limit, check)
      : unanswered.map((relative) => check(relative, readBoundedFile(path.join(root, relative), limit)));
  let next = 0;
  const all = paths.map((_, position) => results[position] ?? checked[next++]);
  cache?.retainOnly(new Set(paths));
  for (const { path: relative, reason } of skipped) all.push(evaluatePost(relative, { kind: 'skipped', reason }, env));
  return all;
}
