import type { PostCache } from '../cache/postCache';
import type { RunListing } from '../cache/runRecord';
import type { Diagnostic } from '../base/domain';
import type { Config } from '../model/config';
import { evaluatePost, readableBodyOf, type PostResult, type RuleEnvironment } from '../rules/evaluate';
import { gramSignature, SignatureBlocks, type GramSignature } from '../match/shingles';
import { WorkspaceIndex } from '../index/workspace';
import type { WorkspaceHost } from './host';
import type { DecodedFile } from '../base/text';
import { answersUnread, checkPosts, LOAD_BATCH, NOT_READ, statPosts, yieldToEventLoop, type PostContent, type SessionProgress } from './postChecks';

/** What a report reads of a checked workspace: the index has it, and so has a record of a whole run. */
export interface SessionResults {
  /** Every file with results: community.yaml, the word lists it names, the posts. */
  files(): string[];
  diagnosticsFor(path: string): Diagnostic[];
}

/**
 * A session's posts as a load leaves them: the contents it keeps (none for a one-shot check), the index over them
 * (none for a session that keeps only results), and each file's results.
 */
export interface LoadedPosts {
  contents: Map<string, PostContent>;
  index: WorkspaceIndex | undefined;
  results: SessionResults;
}

/** Each file's diagnostics as a whole run reported them (SessionOptions.resultsOnly). */
class RecordedResults implements SessionResults {
  constructor(
    private readonly list: readonly string[],
    private readonly diagnostics: ReadonlyMap<string, readonly Diagnostic[]>,
  ) {}

  files(): string[] {
    return [...this.list];
  }

  diagnosticsFor(path: string): Diagnostic[] {
    return [...(this.diagnostics.get(path) ?? [])];
  }
}

/** The files a load of this listing has results for, in the index's order (WorkspaceIndex.files). */
function listedFiles(config: Config, { paths, skipped }: RunListing): string[] {
  const files = [config.path];
  for (const list of config.wordLists.values()) files.push(list.path);
  files.push(...paths);
  for (const { path } of skipped) files.push(path);
  return files;
}

function sameFiles(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((file, position) => file === b[position]);
}

/** The session's post contents, asked for anew after each await: a load meanwhile replaces the session's map. */
export type SessionContents = () => Map<string, PostContent>;

export interface LoadOptions {
  /** Whether the session keeps every post's content (SessionOptions.keepContents). */
  keepContents: boolean;
  /** Whether the caller reads only the results (SessionOptions.resultsOnly). */
  resultsOnly: boolean;
  cache: PostCache | undefined;
  onProgress?: SessionProgress;
}

/**
 * Lists, reads and checks every post under `config`. Each post is checked as soon as it is read (through the host's
 * readPosts when it has one), so that only what the session keeps stays in memory. With a cache, unchanged posts are
 * taken from it (see checkPosts); when only results are wanted, the whole run is, if the cache's record of the last
 * one holds (same listing and stamps, settings and clock), and recorded otherwise.
 */
export async function loadIndex(host: WorkspaceHost, config: Config, env: RuleEnvironment, options: LoadOptions): Promise<LoadedPosts> {
  const { keepContents, resultsOnly, cache, onProgress } = options;
  const { files: paths, skipped } = await host.listPosts(config);
  const run: RunListing = { paths, skipped };
  const stamps = answersUnread(host, cache) ? await statPosts(host, paths) : undefined;
  const recorded = resultsOnly && stamps ? cache?.runResults(run, stamps) : undefined;
  if (recorded) return { contents: new Map(), index: undefined, results: new RecordedResults(listedFiles(config, run), recorded) };
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
  const checked = await checkPosts(host, paths, env, cache, { onProgress, oneShot: keepContents ? undefined : takeSignature, stamps });
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
  if (!resultsOnly) return { contents, index, results: index };
  if (!cache) return { contents, index: undefined, results: index };
  const files = index.files();
  const reported = files.map((file): [string, Diagnostic[]] => [file, index.diagnosticsFor(file)]);
  // a post gone between the listing and its reading has no results: such a run is not recorded
  if (stamps && sameFiles(files, listedFiles(config, run))) cache.keepRunResults(run, config.groups.map((group) => group.id), reported);
  return { contents, index: undefined, results: new RecordedResults(files, new Map(reported)) };
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
