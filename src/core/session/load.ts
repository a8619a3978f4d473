import type { PostCache } from '../cache/postCache';
import type { Config } from '../model/config';
import { evaluatePost, readableBodyOf, type PostResult, type RuleEnvironment } from '../rules/evaluate';
import { gramSignature, SignatureBlocks, type GramSignature } from '../match/shingles';
import { WorkspaceIndex } from '../index/workspace';
import type { WorkspaceHost } from './host';
import type { DecodedFile } from '../base/text';
import { checkPosts, LOAD_BATCH, NOT_READ, yieldToEventLoop, type PostContent, type SessionProgress } from './postChecks';

/** A session's posts as a load leaves them: the contents it keeps (none for a one-shot check) and the index over them. */
export interface LoadedPosts {
  contents: Map<string, PostContent>;
  index: WorkspaceIndex;
}

/** The session's post contents, asked for anew after each await: a load meanwhile replaces the session's map. */
export type SessionContents = () => Map<string, PostContent>;

export interface LoadOptions {
  /** Whether the session keeps every post's content (SessionOptions.keepContents). */
  keepContents: boolean;
  cache: PostCache | undefined;
  onProgress?: SessionProgress;
}

/**
 * Lists, reads and checks every post under `config`. Each post is checked as soon as it is read (through the host's
 * readPosts when it has one), so that only what the session keeps stays in memory. With a cache, unchanged posts are
 * taken from it (see checkPosts).
 */
export async function loadIndex(host: WorkspaceHost, config: Config, env: RuleEnvironment, options: LoadOptions): Promise<LoadedPosts> {
  const { keepContents, cache, onProgress } = options;
  const { files: paths, skipped } = await host.listPosts(config);
  // a one-shot check keeps a signature of each readable body instead of the text, and reads again the few bodies
  // duplicate-content must compare exactly; with a cache, whose memo compares only changed bodies, it keeps the texts
  const signatures = keepContents || cache ? undefined : new Map<string, GramSignature>();
  const blocks = new SignatureBlocks();
  const takeSignature = (result: PostResult) => {
    const { summary } = result;
    if (!signatures || summary.readableBody === undefined) return;
    signatures.set(summary.path, gramSignature(summary.readableBody, blocks));
    summary.readableBody = undefined;
  };
  const checked = await checkPosts(host, paths, env, cache, { onProgress, oneShot: keepContents ? undefined : takeSignature });
  cache?.retainOnly(new Set(paths));
  const contents = new Map<string, PostContent>();
  const results: PostResult[] = [];
  const keep = (path: string, content: PostContent, result: PostResult) => {
    if (keepContents) contents.set(path, content);
    results.push(result);
  };
  paths.forEach((path, position) => {
    const post = checked[position];
    if (post) keep(path, post.content, post.result);
  });
  for (const { path, reason } of skipped) {
    const content: DecodedFile = { kind: 'skipped', reason };
    const result = evaluatePost(path, content, env);
    takeSignature(result);
    keep(path, content, result);
  }
  const index = new WorkspaceIndex(env);
  if (signatures) await index.loadWithSignatures(results, signatures, (bodyPaths) => readBodies(host, bodyPaths, config.maxPostBytes));
  else index.load(results, cache);
  return { contents, index };
}

/** The readable bodies of posts read again through the host (see DuplicateIndex.rebuildFromSignatures). */
async function readBodies(host: WorkspaceHost, paths: readonly string[], limit: number): Promise<Map<string, string>> {
  const bodies = new Map<string, string>();
  for (let start = 0; start < paths.length; start += LOAD_BATCH) {
    const batch = paths.slice(start, start + LOAD_BATCH);
    const read = await Promise.all(batch.map((path) => host.readFile(path, limit)));
    batch.forEach((path, position) => {
      const content = read[position];
      const body = content === undefined ? undefined : readableBodyOf(path, content);
      if (body !== undefined) bodies.set(path, body);
    });
  }
  return bodies;
}

/**
 * Checks every post of the session again under `env` and indexes them: its rebuild when community.yaml, a word list or
 * the day changed. The posts the cache answered for are read now (or answered again, when the cache still holds for
 * them), their contents kept.
 */
export async function recheckIndex(host: WorkspaceHost, contents: SessionContents, env: RuleEnvironment, cache: PostCache | undefined): Promise<WorkspaceIndex> {
  const unread = [...contents()].flatMap(([path, content]) => (content === NOT_READ ? [path] : []));
  const rechecked = await checkPosts(host, unread, env, cache);
  const fromCache = new Map(unread.map((path, position) => [path, rechecked[position]]));
  const results: PostResult[] = [];
  let sinceYield = 0;
  for (const [path, content] of [...contents()]) {
    if (content !== NOT_READ) results.push(evaluatePost(path, content, env));
    else {
      // a post gone meanwhile leaves the session
      const post = fromCache.get(path);
      if (post) contents().set(path, post.content);
      else contents().delete(path);
      if (post) results.push(post.result);
    }
    if (++sinceYield === LOAD_BATCH) {
      sinceYield = 0;
      await yieldToEventLoop();
    }
  }
  const index = new WorkspaceIndex(env);
  index.load(results, cache);
  return index;
}

/** Reads the posts the cache answered for unread, for their texts (their results stand). A post changed meanwhile keeps its news. */
export async function readUnreadPosts(host: WorkspaceHost, contents: SessionContents, limit: number): Promise<void> {
  const unread = [...contents()].flatMap(([path, content]) => (content === NOT_READ ? [path] : []));
  for (let start = 0; start < unread.length; start += LOAD_BATCH) {
    const batch = unread.slice(start, start + LOAD_BATCH);
    const read = await Promise.all(batch.map((path) => host.readFile(path, limit)));
    batch.forEach((path, position) => {
      const content = read[position];
      if (content !== undefined && contents().get(path) === NOT_READ) contents().set(path, content);
    });
    await yieldToEventLoop();
  }
}
