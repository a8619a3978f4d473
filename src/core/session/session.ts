import type { PostCache } from '../cache/postCache';
import { MAX_WORD_LIST_BYTES } from '../compliance/wordList';
import { loadConfig } from '../config/load';
import { attachWordLists, wordListPaths } from '../config/wordLists';
import type { Config } from '../model/config';
import { createEnvironment, evaluatePost, type PostResult, type RuleEnvironment, type ShownFrom } from '../rules/evaluate';
import type { WorkspaceIndex } from '../index/workspace';
import { MAX_CONFIG_BYTES, type WorkspaceHost } from './host';
import type { Diagnostic } from '../base/domain';
import { isPostPath } from './posts';
import { isSafeWorkspacePath } from '../base/workspacePath';
import { textOf, type DecodedFile } from '../base/text';
import { dateKeyOf } from '../time/dates';
import { checkPosts, NOT_READ, type PostContent, type SessionProgress } from './postChecks';
import { loadIndex, readUnreadPosts, recheckIndex, type SessionResults } from './load';

export type { SessionProgress } from './postChecks';

export interface SessionOptions {
  /**
   * Whether the session keeps every post's content to check it again when community.yaml, a word list or the day
   * changes (default). A one-shot run (`ccal lint`) does not: its posts' texts are dropped once checked.
   */
  keepContents?: boolean;
  /** The least severe finding anyone will see (RuleEnvironment.shownFrom): a run that shows no infos need not compute them. */
  shownFrom?: ShownFrom;
  /** Results of earlier checks: a post unchanged since (by the cache's strategy) is not checked again, nor read when the host can stat it. */
  cache?: PostCache;
  /**
   * Whether the caller reads only files() and diagnosticsFor() (`ccal lint`, a one-shot session): the session then has
   * no `index`. With a cache, it keeps each file's diagnostics, and takes them whole from the cache's record of the
   * last such run when the listing, every post's size and mtime, the settings and the clock are that run's: no post is
   * placed, no group asked.
   */
  resultsOnly?: boolean;
}

interface SessionState {
  config: Config;
  env: RuleEnvironment;
  /** Undefined in a session that keeps only results. */
  index: WorkspaceIndex | undefined;
  results: SessionResults;
}

/**
 * One community (one community.yaml and its posts) kept checked as files and editor buffers change:
 * the long-lived counterpart of a `ccal lint` run, for the extension and anything else that edits.
 * It remembers each post's latest content so a change to community.yaml can re-check everything at once.
 */
export class WorkspaceSession {
  private contents = new Map<string, PostContent>();
  private configText = '';
  private readonly wordListContents = new Map<string, string | DecodedFile | undefined>();
  /** The config openConfig read, which loadPosts checks the posts under. */
  private opened: Config | undefined;
  private current: SessionState | undefined;
  private readonly keepContents: boolean;
  private readonly resultsOnly: boolean;
  private readonly shownFrom: ShownFrom;
  private readonly cache: PostCache | undefined;

  constructor(
    private readonly host: WorkspaceHost,
    readonly configPath: string,
    private readonly clock: () => number = Date.now,
    options: SessionOptions = {},
  ) {
    this.keepContents = options.keepContents ?? true;
    this.resultsOnly = options.resultsOnly ?? false;
    if (this.resultsOnly && this.keepContents) throw new Error('a session that keeps only results is a one-shot session: keepContents must be false');
    this.shownFrom = options.shownFrom ?? 'info';
    this.cache = options.cache;
  }

  get config(): Config {
    return this.state.config;
  }

  get index(): WorkspaceIndex {
    const { index } = this.state;
    if (!index) throw new Error('a session that keeps only results has no index');
    return index;
  }

  get environment(): RuleEnvironment {
    return this.state.env;
  }

  get loaded(): boolean {
    return this.current !== undefined;
  }

  /** Reads community.yaml and every post through the host, then checks them all. */
  async load(onProgress?: SessionProgress): Promise<void> {
    await this.openConfig();
    await this.loadPosts(onProgress);
  }

  /**
   * Reads community.yaml through the host, or takes its text when the caller has read it already, with the word
   * lists it names; loadPosts then checks the posts under it. A caller can stop here on the config's own errors.
   */
  async openConfig(text?: string): Promise<Config> {
    if (text === undefined) {
      const content = await this.host.readFile(this.configPath, MAX_CONFIG_BYTES);
      text = content === undefined ? '' : (textOf(content) ?? '');
    }
    this.configText = text;
    this.wordListContents.clear();
    this.opened = await this.loadConfig(text);
    return this.opened;
  }

  /** Lists, reads and checks every post under the config openConfig read (see loadIndex). */
  async loadPosts(onProgress?: SessionProgress): Promise<void> {
    const config = this.opened;
    if (!config) throw new Error('loadPosts before openConfig');
    const env = this.environmentFor(config);
    const { contents, index, results } = await loadIndex(this.host, config, env, { keepContents: this.keepContents, resultsOnly: this.resultsOnly, cache: this.cache, onProgress });
    this.contents = contents;
    this.current = { config, env, index, results };
  }

  /** Whether a workspace-relative path is (or would be) one of this community's posts. */
  isPost(path: string): boolean {
    // a skipped path (a file name with a backslash…) is known but must never be opened, created or edited
    return isSafeWorkspacePath(path) && (this.contents.has(path) || (this.current !== undefined && isPostPath(this.current.config, path)));
  }

  /** A post's new content, from an editor buffer or the disk; returns the files whose diagnostics may have changed. */
  setPostContent(path: string, content: string | DecodedFile): Set<string> {
    if (!this.isPost(path)) return new Set();
    this.contents.set(path, content);
    // an editor's buffer is not the file on disk: the cache learns the file again on the next load
    this.cache?.forget(path);
    return this.index.updatePost(evaluatePost(path, content, this.environment));
  }

  removePost(path: string): Set<string> {
    if (!this.contents.delete(path)) return new Set();
    this.cache?.forget(path);
    return this.index.removePost(path);
  }

  /**
   * Lists the posts again after a folder arrived or left (a pull, a move, a copy): a file watcher reports the folder,
   * not always each file in it. Posts new to the listing are read and checked, posts no longer listed are dropped;
   * returns the files whose diagnostics may have changed.
   */
  async relist(): Promise<Set<string>> {
    if (!this.keepContents) throw new Error('a session that keeps no contents cannot list its posts again');
    const { config, env } = this.state;
    const { index } = this;
    const { files, skipped } = await this.host.listPosts(config);
    const listed = new Set([...files, ...skipped.map(({ path }) => path)]);
    const changed = new Set<string>();
    for (const path of [...this.contents.keys()]) if (!listed.has(path)) for (const file of this.removePost(path)) changed.add(file);
    const added = files.filter((path) => !this.contents.has(path));
    const checked = await checkPosts(this.host, added, env, this.cache);
    const add = (path: string, content: PostContent, result: PostResult) => {
      this.contents.set(path, content);
      for (const file of index.updatePost(result)) changed.add(file);
    };
    added.forEach((path, position) => {
      const post = checked[position];
      if (post) add(path, post.content, post.result);
    });
    for (const { path, reason } of skipped) {
      const content: DecodedFile = { kind: 'skipped', reason };
      if (!this.contents.has(path)) add(path, content, evaluatePost(path, content, env));
    }
    return changed;
  }

  /** community.yaml changed: every post is checked again under the new settings. */
  async setConfigText(text: string): Promise<Set<string>> {
    if (this.current && text === this.configText) return new Set();
    const before = new Set(this.current?.results.files() ?? []);
    this.configText = text;
    await this.rebuild(await this.loadConfig(text));
    for (const file of this.index.files()) before.add(file);
    return before;
  }

  /** Re-checks everything when the date has moved on since the last check (horizons and "stale" depend on it). */
  async renewIfNewDay(): Promise<boolean> {
    if (!this.current) return false;
    const { timezone, today } = this.current.env.facts;
    if (dateKeyOf(timezone.toLocal(this.clock())) === today) return false;
    await this.rebuild(this.current.config);
    return true;
  }

  /** Whether a file is a word list community.yaml names: a change to it re-checks everything, as one to community.yaml does. */
  isWordList(path: string): boolean {
    return this.current !== undefined && this.current.config.wordListRefs.some((ref) => ref.path === path);
  }

  /** A word list changed on disk or in an editor: the config is read again with it, and every post re-checked. */
  async setWordListContent(path: string, content: string | DecodedFile | undefined): Promise<Set<string>> {
    if (!this.isWordList(path)) return new Set();
    const before = new Set(this.index.files());
    this.wordListContents.set(path, content);
    await this.rebuild(await this.loadConfig(this.configText));
    for (const file of this.index.files()) before.add(file);
    return before;
  }

  /** Every file with results: community.yaml, the word lists it names, the posts. */
  files(): string[] {
    return this.state.results.files();
  }

  diagnosticsFor(path: string): Diagnostic[] {
    return this.current ? this.current.results.diagnosticsFor(path) : [];
  }

  /**
   * Reads the posts the cache answered for unread, for their texts (their results stand): an editor reads them after
   * its Problems are filled, for edits that must know a file's current text. A post changed meanwhile keeps its news.
   */
  async readUnreadPosts(): Promise<void> {
    await readUnreadPosts(this.host, () => this.contents, this.current?.config.maxPostBytes ?? 0);
  }

  /** The text last seen for a post, when it was readable text; undefined too for a post the cache answered for unread. */
  textOf(path: string): string | undefined {
    const content = this.contents.get(path);
    return content === undefined || content === NOT_READ ? undefined : textOf(content);
  }

  private get state(): SessionState {
    if (!this.current) throw new Error('the workspace session is not loaded yet');
    return this.current;
  }

  /** community.yaml read with the word lists it names: those already seen (an editor's buffer) or read through the host. */
  private async loadConfig(text: string): Promise<Config> {
    const config = loadConfig(this.configPath, text);
    const contents = new Map<string, string | DecodedFile | undefined>();
    for (const path of wordListPaths(config)) {
      if (!this.wordListContents.has(path)) this.wordListContents.set(path, await this.host.readFile(path, MAX_WORD_LIST_BYTES));
      contents.set(path, this.wordListContents.get(path));
    }
    attachWordLists(config, contents);
    return config;
  }

  /** The rule environment of a check under `config` now; the cache follows it. */
  private environmentFor(config: Config): RuleEnvironment {
    const env = createEnvironment(config, this.clock(), this.shownFrom);
    this.cache?.useEnvironment(env);
    return env;
  }

  private async rebuild(config: Config): Promise<void> {
    if (!this.keepContents) throw new Error('a session that keeps no contents cannot check its posts again');
    const env = this.environmentFor(config);
    const index = await recheckIndex(this.host, () => this.contents, env, this.cache);
    this.current = { config, env, index, results: index };
  }
}
