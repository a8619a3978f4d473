import type { PostCache } from '../cache/postCache';
import { metadataStamp, type FileStamp } from '../cache/stamp';
import { evaluatePost, type PostResult, type RuleEnvironment } from '../rules/evaluate';
import type { WorkspaceHost } from './host';
import type { DecodedFile } from '../base/text';

export type SessionProgress = (done: number, total: number) => void;

/** Posts evaluated between two yields to the event loop while loading, so an editor stays responsive. */
export const LOAD_BATCH = 200;

export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A post known from the cache and not read in this session: it is read when it must be checked again. */
export const NOT_READ = null;
export type PostContent = string | DecodedFile | typeof NOT_READ;

/** A post as a session checked it: its content (unless the cache answered unread) and result. */
export interface CheckedPost {
  content: PostContent;
  result: PostResult;
}

export interface CheckOptions {
  onProgress?: SessionProgress;
  /**
   * For a one-shot check, which keeps no contents: the posts come back without them (NOT_READ), and each result goes
   * here as soon as it is there, to let go of what the caller need not keep.
   */
  oneShot?: (result: PostResult) => void;
  /** The posts' stamps (statPosts), when the caller took them already. */
  stamps?: ReadonlyArray<FileStamp | undefined>;
}

/** Whether checkPosts answers posts from the cache unread: the cache goes by size and mtime, and the host can stat. */
export function answersUnread(host: WorkspaceHost, cache: PostCache | undefined): cache is PostCache {
  return cache?.options.strategy === 'metadata' && host.stat !== undefined;
}

/** Each post's size-and-mtime stamp (undefined for one that is gone or not a regular file), in order. */
export async function statPosts(host: WorkspaceHost, paths: readonly string[]): Promise<Array<FileStamp | undefined>> {
  const stamps: Array<FileStamp | undefined> = new Array(paths.length);
  for (let start = 0; start < paths.length; start += LOAD_BATCH) {
    const metadata = await Promise.all(paths.slice(start, start + LOAD_BATCH).map((path) => host.stat?.(path)));
    metadata.forEach((found, offset) => (stamps[start + offset] = found && metadataStamp(found)));
  }
  return stamps;
}

/**
 * Reads and checks the posts at `paths` through the host (undefined for one that is gone), in order. With a cache, a
 * post whose stamp it knows is answered from it: unread when the cache goes by size and mtime and the host can stat,
 * read but not checked again when it goes by content. What is checked is stored in it.
 */
export async function checkPosts(host: WorkspaceHost, paths: readonly string[], env: RuleEnvironment, cache: PostCache | undefined, options: CheckOptions = {}): Promise<Array<CheckedPost | undefined>> {
  const { onProgress, oneShot } = options;
  const checked: Array<CheckedPost | undefined> = new Array(paths.length);
  let stamps: ReadonlyArray<FileStamp | undefined> = new Array(paths.length);
  let toRead = paths.map((path, position) => ({ path, position }));
  if (answersUnread(host, cache)) {
    stamps = options.stamps ?? (await statPosts(host, paths));
    toRead = toRead.filter(({ path, position }) => {
      const stamp = stamps[position];
      const result = stamp && cache.lookup(path, stamp);
      if (result) {
        oneShot?.(result);
        checked[position] = { content: NOT_READ, result };
      }
      return !result;
    });
  }
  const answered = paths.length - toRead.length;
  const check = ({ path, position }: { path: string; position: number }, content: string | DecodedFile) => {
    const result = cache ? cache.checkRead(path, content, stamps[position]) : evaluatePost(path, content, env);
    oneShot?.(result);
    // a hundred thousand posts' texts would otherwise all be held until the last is checked
    checked[position] = { content: oneShot ? NOT_READ : content, result };
  };
  const limit = env.config.maxPostBytes;
  if (host.readPosts) {
    let done = 0;
    await host.readPosts(
      toRead.map(({ path }) => path),
      limit,
      (batch) => {
        for (const content of batch) {
          const post = toRead[done++];
          // the host hands back one content per path, in order, and no more
          if (post) check(post, content);
        }
        onProgress?.(answered + done, paths.length);
      },
    );
    return checked;
  }
  for (let start = 0; start < toRead.length; start += LOAD_BATCH) {
    const batch = toRead.slice(start, start + LOAD_BATCH);
    const read = await Promise.all(batch.map(({ path }) => host.readFile(path, limit)));
    batch.forEach((post, offset) => {
      const content = read[offset];
      if (content !== undefined) check(post, content);
    });
    onProgress?.(answered + Math.min(start + LOAD_BATCH, toRead.length), paths.length);
    await yieldToEventLoop();
  }
  return checked;
}
