import * as path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { readBoundedFile } from './files';

/** What the thread is given: the posts to read, in order, and how many go in one message. */
export interface ReaderThreadData {
  root: string;
  paths: readonly string[];
  batch: number;
  limit: number;
}

// Reads the posts in order, exactly as the main thread would (readBoundedFile), and sends them in batches so
// checking starts at once. Bundled alone (dist/ccal-reader.js): it loads in a few milliseconds.
const { root, paths, batch, limit } = workerData as ReaderThreadData;
for (let start = 0; start < paths.length; start += batch) {
  parentPort?.postMessage(paths.slice(start, start + batch).map((relative) => readBoundedFile(path.join(root, relative), limit)));
}
