import * as path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { readBoundedFile } from './files';

/** What the thread is given: the posts to read, in order, and how many go in one message. */
export interface ReaderThreadData {
  root: string;
  paths: readonly string[];
  batch: number;
  limit: number;
  /** How many batches the main thread has taken, counted by it: the thread stays at most `ahead` batches in front. */
  taken: SharedArrayBuffer;
  ahead: number;
}

// Reads the posts in order, exactly as the main thread would (readBoundedFile), and sends them in batches so
// checking starts at once. Bundled alone (dist/ccal-reader.js): it loads in a few milliseconds.
const { root, paths, batch, limit, taken, ahead } = workerData as ReaderThreadData;
const takenCount = new Int32Array(taken);
for (let start = 0, sent = 0; start < paths.length; start += batch, sent++) {
  // reading runs faster than checking: unbounded, every text of a large workspace would wait in the queue at once
  for (let seen = Atomics.load(takenCount, 0); sent - seen >= ahead; seen = Atomics.load(takenCount, 0)) Atomics.wait(takenCount, 0, seen);
  parentPort?.postMessage(paths.slice(start, start + batch).map((relative) => readBoundedFile(path.join(root, relative), limit)));
}
