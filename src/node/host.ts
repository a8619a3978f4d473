import * as fs from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FileMetadata } from '../core/cache/stamp';
import type { Config } from '../core/model/config';
import type { PostListing, WorkspaceHost } from '../core/session/host';
import type { DecodedFile } from '../core/base/text';
import { isSafeWorkspacePath } from '../core/base/workspacePath';
import { statRegularFile } from './cacheFile';
import { joinNormalised } from './joinPath';
import { listPosts, readBoundedFile, readNamedWorkspaceFile } from './files';
import type { ReaderThreadData } from './readerThread';

/** Below this many posts a reading thread costs more to start than it saves. */
const READ_AHEAD_MIN_POSTS = 500;
/** Posts per batch: small enough that checking starts at once, and an editor gets a turn between two. */
const READ_BATCH = 128;
/** Batches the reading thread may be ahead of checking: enough to never wait for it, few enough to hold little. */
const READ_AHEAD_BATCHES = 16;
/** Batches this thread reads and checks itself while the reading thread starts (some 40 ms), rather than wait. */
const HEAD_BATCHES = 2;

export interface NodeHostOptions {
  /**
   * The reading thread's bundle (dist/ccal-reader.js): with it, from 500 posts on a machine with more than one core,
   * posts are read on a second thread while this one checks those already read. Reading is about a sixth of a lint.
   */
  readerThread?: string;
}

type PostBatch = (contents: ReadonlyArray<string | DecodedFile>) => void;

/** A thread let go of may still fail as it ends; nothing waits for it any more. */
function ignoreError(): void {}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * A workspace folder on this machine's disk, for the CLI and for the extension's folders on its host's disk. Nothing
 * outside the folder is read: links are followed only to files inside it, and every read goes through one descriptor
 * whose fstat refuses FIFOs and devices and whose size is checked against the limit before reading (src/node/files.ts).
 */
export class NodeWorkspaceHost implements WorkspaceHost {
  /** The folder's real path, which links must stay inside; found on the first read. */
  private realRoot: string | undefined;
  private normalisedRoot: string | undefined;

  constructor(
    readonly root: string,
    private readonly options: NodeHostOptions = {},
  ) {}

  async readFile(relative: string, limit: number): Promise<string | DecodedFile | undefined> {
    if (!isSafeWorkspacePath(relative)) return { kind: 'skipped', reason: { why: 'unsafeName' } };
    this.realRoot ??= fs.realpathSync(this.root);
    return readNamedWorkspaceFile(this.realRoot, this.absolute(relative), limit);
  }

  async listPosts(config: Config): Promise<PostListing> {
    return listPosts(this.root, config.postSelection);
  }

  /** Size and mtime, following a link as listPosts did (it kept only links to files inside the folder). */
  async stat(relative: string): Promise<FileMetadata | undefined> {
    return isSafeWorkspacePath(relative) ? statRegularFile(this.absolute(relative)) : undefined;
  }

  /** The paths come from listPosts, which resolved their links inside the folder; the descriptor does the rest. */
  async readPosts(paths: readonly string[], limit: number, onBatch: PostBatch): Promise<void> {
    if (this.options.readerThread !== undefined && paths.length >= READ_AHEAD_MIN_POSTS && availableParallelism() > 1) {
      await this.readAhead(this.options.readerThread, paths, limit, onBatch);
      return;
    }
    for (let start = 0; start < paths.length; start += READ_BATCH) {
      if (start > 0) await nextTurn();
      onBatch(this.readBatch(paths, start, limit));
    }
  }

  private readBatch(paths: readonly string[], start: number, limit: number): Array<string | DecodedFile> {
    return paths.slice(start, start + READ_BATCH).map((relative) => readBoundedFile(this.absolute(relative), limit));
  }

  private absolute(relative: string): string {
    return joinNormalised((this.normalisedRoot ??= path.normalize(this.root)), relative);
  }

  /** Reads on the thread; should it fail, the posts it did not deliver are read here. */
  private readAhead(readerThread: string, paths: readonly string[], limit: number, onBatch: PostBatch): Promise<void> {
    return new Promise((resolve, reject) => {
      let delivered = 0;
      let finished = false;
      let reader: Worker | undefined;
      const taken = new SharedArrayBuffer(4);
      const takenCount = new Int32Array(taken);
      // The Worker object outlives the read until the thread's exit is handled, which waits for a turn of the event
      // loop that a one-shot check may not give before its report: its listeners must not keep onBatch, and through it
      // everything the check holds, alive that long (at 100 000 posts, some 10 MB).
      const letGo = () => {
        reader?.removeAllListeners();
        reader?.on('error', ignoreError);
      };
      // what onBatch throws (a rule's bug) ends the read as it would without the thread
      const guarded = (step: () => void) => {
        try {
          step();
        } catch (error) {
          finished = true;
          letGo();
          void reader?.terminate();
          reject(error);
        }
      };
      const finish = () =>
        guarded(() => {
          if (finished) return;
          finished = true;
          letGo();
          for (let start = delivered; start < paths.length; start += READ_BATCH) onBatch(this.readBatch(paths, start, limit));
          resolve();
        });
      const head = Math.min(paths.length, HEAD_BATCHES * READ_BATCH);
      try {
        const workerData: ReaderThreadData = { root: this.root, paths: paths.slice(head), batch: READ_BATCH, limit, taken, ahead: READ_AHEAD_BATCHES };
        reader = new Worker(readerThread, { workerData });
      } catch {
        finish();
        return;
      }
      const thread = reader;
      guarded(() => {
        const headPaths = paths.slice(0, head);
        for (let start = 0; start < head; start += READ_BATCH) onBatch(this.readBatch(headPaths, start, limit));
        delivered = head;
      });
      if (finished) return;
      thread.on('message', (contents: Array<string | DecodedFile>) =>
        guarded(() => {
          if (finished) return;
          delivered += contents.length;
          onBatch(contents);
          Atomics.add(takenCount, 0, 1);
          Atomics.notify(takenCount, 0);
          if (delivered === paths.length) finish();
        }),
      );
      thread.on('error', () => {
        finish();
        void thread.terminate();
      });
      thread.on('exit', finish);
    });
  }
}
