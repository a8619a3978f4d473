import * as vscode from 'vscode';
import { MAX_CONFIG_BYTES } from '../core/session/host';
import { MAX_WORD_LIST_BYTES } from '../core/compliance/wordList';
import { textOf, type DecodedFile } from '../core/base/text';
import type { Communities, Community } from './community';
import { SETTINGS } from './ids';

const CONFIG_DEBOUNCE_MS = 300;
/** How often to look whether the date moved on (horizons and stale posts depend on "today"). */
const DAY_CHECK_MS = 10 * 60_000;
/** A pause after a folder arrives or leaves before the posts are listed again: a pull brings many folders at once. */
const RELIST_PAUSE_MS = 500;
/**
 * Paths a folder watch leaves alone: the files the first watcher reports one by one, and what no post glob reaches
 * (node_modules, and names starting with a dot, which `*` does not match: .git's folders come and go with every commit).
 */
const NOT_A_POST_FOLDER = /\.(?:md|yaml|txt)$|(?:^|\/)(?:\.|node_modules(?:\/|$))/;

/** How long each re-check after an edit took (evaluation and index update), for the benchmark and tests. */
export class RecheckTimings {
  private readonly samples: number[] = [];

  record(milliseconds: number): void {
    this.samples.push(milliseconds);
    if (this.samples.length > 1000) this.samples.shift();
  }

  all(): readonly number[] {
    return this.samples;
  }
}

/**
 * Keeps the sessions in step with the editor: open buffers win over the disk, edits re-check as you type
 * (or on save), and files created, changed, deleted or renamed outside the editor are picked up.
 */
export class WorkspaceSync implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly configTimers = new Map<Community, ReturnType<typeof setTimeout>>();
  /** Per community, per list: two lists edited within the pause must both be read. */
  private readonly wordListTimers = new Map<Community, Map<string, ReturnType<typeof setTimeout>>>();
  private readonly relistTimers = new Map<Community, ReturnType<typeof setTimeout>>();
  private readonly dayTimer = setInterval(() => void this.renewDay(), DAY_CHECK_MS);

  constructor(
    private readonly communities: Communities,
    private readonly timings: RecheckTimings,
  ) {
    // .txt for the word lists community.yaml names (banned-words `lists`)
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{md,yaml,txt}');
    // folders: one that arrives or leaves with its files is not always reported file by file
    const everything = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    this.disposables.push(
      watcher,
      everything,
      everything.onDidCreate((uri) => this.folderCreated(uri)),
      everything.onDidDelete((uri) => this.folderDeleted(uri)),
      watcher.onDidCreate((uri) => this.fromDisk(uri)),
      watcher.onDidChange((uri) => this.fromDisk(uri)),
      watcher.onDidDelete((uri) => this.deleted(uri)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0 && this.trigger() === 'onType') this.fromBuffer(event.document);
      }),
      vscode.workspace.onDidSaveTextDocument((document) => this.fromBuffer(document)),
      vscode.workspace.onDidOpenTextDocument((document) => this.fromBuffer(document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.fromDisk(document.uri)),
    );
  }

  dispose(): void {
    clearInterval(this.dayTimer);
    for (const timer of [...this.configTimers.values(), ...this.relistTimers.values(), ...[...this.wordListTimers.values()].flatMap((timers) => [...timers.values()])]) clearTimeout(timer);
    for (const disposable of this.disposables) disposable.dispose();
  }

  private async renewDay(): Promise<void> {
    for (const community of this.communities.all()) {
      if (await community.session.renewIfNewDay()) this.communities.notify(community, undefined);
    }
  }

  private trigger(): 'onType' | 'onSave' {
    return vscode.workspace.getConfiguration(SETTINGS.section).get<'onType' | 'onSave'>(SETTINGS.lintTrigger, 'onType');
  }

  private fromBuffer(document: vscode.TextDocument): void {
    const community = this.communities.communityOf(document.uri);
    if (!community?.session.loaded) return;
    if (community.isConfig(document.uri)) {
      this.configChanged(community, document.getText());
      return;
    }
    const path = community.pathOf(document.uri);
    if (path !== undefined && community.session.isWordList(path)) {
      this.wordListChanged(community, path, document.getText());
      return;
    }
    if (path === undefined || !community.session.isPost(path)) return;
    const started = performance.now();
    this.communities.notify(community, community.session.setPostContent(path, document.getText()));
    // evaluation, index update and the diagnostics published from it
    this.timings.record(performance.now() - started);
  }

  private async fromDisk(uri: vscode.Uri): Promise<void> {
    const community = this.communities.communityOf(uri);
    if (!community?.session.loaded) {
      if (uri.path.endsWith('/community.yaml')) await this.communities.discover();
      return;
    }
    // an open buffer is what the writer sees: it wins over the disk until it is closed
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    if (open && !open.isClosed) return this.fromBuffer(open);
    const path = community.pathOf(uri);
    if (path === undefined) return;
    const isConfig = community.isConfig(uri);
    if (community.session.isWordList(path)) {
      this.wordListChanged(community, path, await community.host.readFile(path, MAX_WORD_LIST_BYTES));
      return;
    }
    if (!isConfig && !community.session.isPost(path)) return;
    const content = await community.host.readFile(path, isConfig ? MAX_CONFIG_BYTES : community.session.config.maxPostBytes);
    if (content === undefined) return this.deleted(uri);
    if (isConfig) {
      this.configChanged(community, textOf(content) ?? '');
      return;
    }
    this.communities.notify(community, community.session.setPostContent(path, content));
  }

  private async folderCreated(uri: vscode.Uri): Promise<void> {
    const community = this.communities.communityOf(uri);
    const path = community?.pathOf(uri);
    if (!community?.session.loaded || path === undefined || NOT_A_POST_FOLDER.test(path)) return;
    try {
      if ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) this.scheduleRelist(community);
    } catch {
      // gone already: its deletion is reported too
    }
  }

  private folderDeleted(uri: vscode.Uri): void {
    const community = this.communities.communityOf(uri);
    const path = community?.pathOf(uri);
    if (!community?.session.loaded || path === undefined || NOT_A_POST_FOLDER.test(path)) return;
    if (community.session.index.files().some((file) => file.startsWith(`${path}/`))) this.scheduleRelist(community);
  }

  /** Lists a community's posts again after a pause: a pull or a copy creates many folders at once. */
  private scheduleRelist(community: Community): void {
    clearTimeout(this.relistTimers.get(community));
    this.relistTimers.set(
      community,
      setTimeout(() => {
        this.relistTimers.delete(community);
        void community.session.relist().then((files) => this.communities.notify(community, files));
      }, RELIST_PAUSE_MS),
    );
  }

  private deleted(uri: vscode.Uri): void {
    const community = this.communities.communityOf(uri);
    if (!community?.session.loaded) return;
    if (community.isConfig(uri)) {
      void this.communities.discover();
      return;
    }
    const path = community.pathOf(uri);
    if (path !== undefined && community.session.isWordList(path)) this.wordListChanged(community, path, undefined);
    else if (path !== undefined) this.communities.notify(community, community.session.removePost(path));
  }

  /** A word list re-checks every post, as community.yaml does: wait for a pause in typing. */
  private wordListChanged(community: Community, path: string, content: string | DecodedFile | undefined): void {
    const timers = this.wordListTimers.get(community) ?? new Map<string, ReturnType<typeof setTimeout>>();
    this.wordListTimers.set(community, timers);
    clearTimeout(timers.get(path));
    timers.set(
      path,
      setTimeout(async () => {
        timers.delete(path);
        this.communities.notify(community, await community.session.setWordListContent(path, content));
      }, CONFIG_DEBOUNCE_MS),
    );
  }

  /** community.yaml re-checks every post: wait for a pause in typing. */
  private configChanged(community: Community, text: string): void {
    clearTimeout(this.configTimers.get(community));
    this.configTimers.set(
      community,
      setTimeout(async () => {
        this.configTimers.delete(community);
        this.communities.notify(community, await community.session.setConfigText(text));
      }, CONFIG_DEBOUNCE_MS),
    );
  }
}
