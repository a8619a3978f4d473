import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { loadConfig } from '../core/config/load';
import { createEnvironment, evaluatePost, type PostResult, type RuleEnvironment } from '../core/index/evaluate';
import { decodeFile, type DecodedFile } from '../core/text';

/** Below this many posts, starting workers costs more than it saves. */
const PARALLEL_THRESHOLD = 400;
const BATCH_SIZE = 250;

export interface PostJob {
  root: string;
  paths: readonly string[];
  configPath: string;
  configText: string;
  now: number;
}

type WorkerMessage = { kind: 'results'; results: PostResult[] } | { kind: 'done' } | { kind: 'failed'; message: string };

function readDecoded(file: string): DecodedFile {
  try {
    return decodeFile(fs.readFileSync(file));
  } catch (error) {
    return { kind: 'unreadable', reason: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
}

function evaluateInline(job: PostJob, env: RuleEnvironment): PostResult[] {
  return job.paths.map((relative) => evaluatePost(relative, readDecoded(path.join(job.root, relative)), env));
}

/**
 * Reads and checks every post. On a multi-core machine large workspaces are split across worker threads
 * (each builds the same rule environment from the same config text and "now"); the results are plain data.
 */
export async function evaluatePosts(job: PostJob, env: RuleEnvironment): Promise<PostResult[]> {
  const workers = Math.min(os.availableParallelism(), 4);
  if (workers < 2 || job.paths.length < PARALLEL_THRESHOLD) return evaluateInline(job, env);
  const shares = Array.from({ length: workers }, (_, index) => job.paths.filter((_path, at) => at % workers === index));
  const results = await Promise.all(shares.map((paths) => runWorker({ ...job, paths })));
  return results.flat();
}

function runWorker(job: PostJob): Promise<PostResult[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: job });
    const results: PostResult[] = [];
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'results') results.push(...message.results);
      else if (message.kind === 'done') resolve(results);
      else reject(new Error(message.message));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`a lint worker stopped with code ${code}`));
    });
  });
}

/** The worker side: runs when this bundle is loaded in a worker thread started by evaluatePosts. */
export function runPostWorkerIfAny(): boolean {
  if (isMainThread || !parentPort) return false;
  const port = parentPort;
  const job = workerData as PostJob;
  try {
    const env = createEnvironment(loadConfig(job.configPath, job.configText), job.now);
    for (let start = 0; start < job.paths.length; start += BATCH_SIZE) {
      const results = evaluateInline({ ...job, paths: job.paths.slice(start, start + BATCH_SIZE) }, env);
      const buffers = results.flatMap((result) => (result.summary.grams ? [result.summary.grams.buffer as ArrayBuffer] : []));
      port.postMessage({ kind: 'results', results } satisfies WorkerMessage, buffers);
    }
    port.postMessage({ kind: 'done' } satisfies WorkerMessage);
  } catch (error) {
    port.postMessage({ kind: 'failed', message: (error as Error).message } satisfies WorkerMessage);
  }
  return true;
}
