import * as fs from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { evaluatePost, type PostResult, type RuleEnvironment } from '../core/index/evaluate';
import { decodeFile, stripBom, type DecodedFile } from '../core/text';

/** What reading a post as UTF-8 gave: its text, or the error code when it could not be read. */
type Utf8Read = string | { unreadable: string };

/** Why a file could not be read: node's error code (ENOENT, EACCES…). */
function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

function readUtf8(file: string): Utf8Read {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    return { unreadable: errorCode(error) };
  }
}

/**
 * A post's text from its UTF-8 read. Node decodes UTF-8 fastest straight into a string; only when that string
 * shows replacement characters or NULs (binary, UTF-16, GBK…) are the bytes read again and classified exactly.
 */
function postContent(file: string, read: Utf8Read): string | DecodedFile {
  if (typeof read !== 'string') return { kind: 'unreadable', reason: read.unreadable };
  if (!read.includes('\ufffd') && !read.includes('\u0000')) return stripBom(read);
  try {
    return decodeFile(fs.readFileSync(file));
  } catch (error) {
    return { kind: 'unreadable', reason: errorCode(error) };
  }
}

export function readPostFile(file: string): string | DecodedFile {
  return postContent(file, readUtf8(file));
}

/** Below this many posts a reading thread costs more to start than it saves. */
const READ_AHEAD_MIN_POSTS = 500;
/** Posts per message from the reading thread: small enough that checking starts at once. */
const READ_AHEAD_BATCH = 128;

// The reading thread only reads: plain node, no bundle to load, so it is ready in a few milliseconds.
const READER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const { root, paths, batch } = workerData;
for (let start = 0; start < paths.length; start += batch) {
  const reads = [];
  for (const relative of paths.slice(start, start + batch)) {
    try {
      reads.push(fs.readFileSync(path.join(root, relative), 'utf8'));
    } catch (error) {
      reads.push({ unreadable: error.code ?? String(error) });
    }
  }
  parentPort.postMessage(reads);
}
`;

/**
 * Reads every post on a second thread while this one checks the posts already read, on a machine with more than
 * one core: reading is about a sixth of a lint. Should the thread fail, the posts it did not deliver are read here.
 */
function evaluateReadAhead(root: string, paths: readonly string[], env: RuleEnvironment): Promise<PostResult[]> {
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
        for (let index = results.length; index < paths.length; index++) results.push(evaluatePost(paths[index], readPostFile(path.join(root, paths[index])), env));
        resolve(results);
      });
    let reader: Worker;
    try {
      reader = new Worker(READER_SOURCE, { eval: true, workerData: { root, paths, batch: READ_AHEAD_BATCH } });
    } catch {
      finish();
      return;
    }
    reader.on('message', (reads: Utf8Read[]) =>
      guarded(() => {
        if (finished) return;
        for (const read of reads) {
          const relative = paths[results.length];
          results.push(evaluatePost(relative, postContent(path.join(root, relative), read), env));
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

export async function evaluatePosts(root: string, paths: readonly string[], env: RuleEnvironment): Promise<PostResult[]> {
  if (paths.length >= READ_AHEAD_MIN_POSTS && availableParallelism() > 1) return evaluateReadAhead(root, paths, env);
  return paths.map((relative) => evaluatePost(relative, readPostFile(path.join(root, relative)), env));
}
