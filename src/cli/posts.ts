import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { evaluatePost, type PostResult, type RuleEnvironment } from '../core/rules/evaluate';
import type { DecodedFile } from '../core/base/text';
import type { SkippedPath } from '../core/session/host';
import { readBoundedFile } from '../node/files';
import type { ReaderThreadData } from '../node/readerThread';

/** Below this many posts a reading thread costs more to start than it saves. */
const READ_AHEAD_MIN_POSTS = 500;
/** Posts per message from the reading thread: small enough that checking starts at once. */
const READ_AHEAD_BATCH = 128;
/** The reading thread's bundle, beside this one in dist/. */
const READER_THREAD = path.join(__dirname, 'ccal-reader.js');

/**
 * Reads every post on a second thread while this one checks the posts already read, on a machine with more than
 * one core: reading is about a sixth of a lint. Should the thread fail, the posts it did not deliver are read here.
 */
function evaluateReadAhead(root: string, paths: readonly string[], env: RuleEnvironment): Promise<PostResult[]> {
  const limit = env.config.maxPostBytes;
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
        for (const rest of paths.slice(results.length)) results.push(evaluatePost(rest, readBoundedFile(path.join(root, rest), limit), env));
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
        for (const read of reads) {
          const next = paths[results.length];
          // the reader thread sends one read per path, in order, and no more
          if (next !== undefined) results.push(evaluatePost(next, read, env));
        }
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

/** Reads and checks the listed posts; what the listing skipped is reported with its reason, never read. */
export async function evaluatePosts(root: string, paths: readonly string[], skipped: readonly SkippedPath[], env: RuleEnvironment): Promise<PostResult[]> {
  const limit = env.config.maxPostBytes;
  const results =
    paths.length >= READ_AHEAD_MIN_POSTS && availableParallelism() > 1
      ? await evaluateReadAhead(root, paths, env)
      : paths.map((relative) => evaluatePost(relative, readBoundedFile(path.join(root, relative), limit), env));
  for (const { path: relative, reason } of skipped) results.push(evaluatePost(relative, { kind: 'skipped', reason }, env));
  return results;
}
