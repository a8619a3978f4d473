import * as vscode from 'vscode';
import type { PostCache } from '../core/cache/postCache';
import type { WorkspaceHost } from '../core/session/host';
import { WorkspaceSession } from '../core/session/session';
import { MAX_CONFIG_BYTES } from '../core/session/host';
import { textOf } from '../core/base/text';
import type { Diagnostic } from '../core/base/domain';
import { isSafeWorkspacePath } from '../core/base/workspacePath';
import type { CacheStore } from './cacheStore';
import { folderHost, pathInFolder } from './fsHost';
import { SETTINGS } from './ids';
import { clock } from './locale';
import { l10n } from './l10n';

/** Loading more posts than this shows a progress notification. */
const PROGRESS_THRESHOLD = 500;

/** A progress notification that stays until `work` settles; returns how to report a percentage to it. */
function progressNotification(label: string, work: Promise<void>): (percent: number) => void {
  let progress: vscode.Progress<{ increment: number; message?: string }> | undefined;
  let latest = 0;
  let reported = 0;
  const report = (percent: number) => {
    latest = percent;
    if (!progress) return;
    progress.report({ increment: percent - reported, message: `${label} (${Math.round(percent)}%)` });
    reported = percent;
  };
  void vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: l10n.t('Checking community posts…') }, (handle) => {
    progress = handle;
    report(latest);
    // a failed load is reported by whoever awaits it; the notification only has to close
    return work.catch(() => undefined);
  });
  return report;
}

/** One community.yaml and its posts, as the extension sees them. */
export class Community {
  readonly root: vscode.Uri;
  readonly host: WorkspaceHost;
  readonly session: WorkspaceSession;

  constructor(
    readonly configUri: vscode.Uri,
    /** The results kept from an earlier session of this community, when the workspace has storage. */
    readonly cache?: PostCache,
  ) {
    this.root = vscode.Uri.joinPath(configUri, '..');
    this.host = folderHost(this.root);
    const configName = configUri.path.slice(configUri.path.lastIndexOf('/') + 1);
    this.session = new WorkspaceSession(this.host, configName, clock, { cache });
  }

  get label(): string {
    return vscode.workspace.asRelativePath(this.root, true);
  }

  /** The community-relative path of a file, when it belongs to this community. */
  pathOf(uri: vscode.Uri): string | undefined {
    return pathInFolder(this.root, uri);
  }

  /**
   * The URI of a community-relative path, to show diagnostics on. Reading, creating or editing goes only to paths that
   * are posts (WorkspaceSession.isPost) or otherwise pass isSafeWorkspacePath.
   */
  uriOf(path: string): vscode.Uri {
    return vscode.Uri.joinPath(this.root, ...path.split('/'));
  }

  async exists(path: string): Promise<boolean> {
    if (!isSafeWorkspacePath(path)) return false;
    try {
      await vscode.workspace.fs.stat(this.uriOf(path));
      return true;
    } catch {
      return false;
    }
  }

  isConfig(uri: vscode.Uri): boolean {
    return uri.toString() === this.configUri.toString();
  }
}

/** The errors and warnings a community's files showed last session, shown again before its check (see CacheStore). */
export interface RestoredProblems {
  /** The community's folder: the paths are relative to it. */
  root: vscode.Uri;
  files: ReadonlyMap<string, readonly Diagnostic[]>;
}

export interface CommunityChange {
  community: Community;
  /** Community-relative paths whose diagnostics may have changed; undefined after a full reload. */
  files: ReadonlySet<string> | undefined;
}

/** Finds the communities of the open workspace (one per community.yaml) and keeps them loaded. */
export class Communities implements vscode.Disposable {
  private readonly byConfig = new Map<string, Community>();
  private readonly changeEmitter = new vscode.EventEmitter<CommunityChange>();
  readonly onDidChange = this.changeEmitter.event;
  private readonly restoreEmitter = new vscode.EventEmitter<RestoredProblems>();
  readonly onDidRestore = this.restoreEmitter.event;

  /**
   * `caches`: where each community's lint cache is kept between sessions (none without workspace storage).
   * `published`: resolves once the Problems panel has been handed everything published so far.
   */
  constructor(
    private readonly caches?: CacheStore,
    private readonly published: () => Promise<void> = () => Promise.resolve(),
  ) {}

  all(): Community[] {
    return [...this.byConfig.values()];
  }

  /** The community whose folder holds a file (the deepest one, when communities nest). */
  communityOf(uri: vscode.Uri): Community | undefined {
    let best: Community | undefined;
    for (const community of this.byConfig.values()) {
      if (community.pathOf(uri) === undefined) continue;
      if (!best || community.root.path.length > best.root.path.length) best = community;
    }
    return best;
  }

  byConfigUri(uri: vscode.Uri): Community | undefined {
    return this.byConfig.get(uri.toString());
  }

  /** Looks for community.yaml files (or the configured one) and loads every community found. */
  async discover(): Promise<void> {
    const found = await this.findConfigs();
    const keys = new Set(found.map((uri) => uri.toString()));
    for (const key of [...this.byConfig.keys()]) if (!keys.has(key)) this.byConfig.delete(key);
    for (const uri of found) {
      let community = this.byConfig.get(uri.toString());
      if (!community) {
        // before the lint cache, which is read whole: the snapshot is small
        await this.restore(uri);
        community = new Community(uri, await this.caches?.open(uri));
        this.byConfig.set(uri.toString(), community);
        const { session } = community;
        this.caches?.watch(uri, { configText: () => session.config.source.text, files: () => session.index.files().map((path) => [path, session.diagnosticsFor(path)]) });
      }
      await this.load(community);
    }
  }

  /** Shows what a community's files showed when it was last open, when its community.yaml has not changed since. */
  private async restore(configUri: vscode.Uri): Promise<void> {
    if (!this.caches) return;
    const root = vscode.Uri.joinPath(configUri, '..');
    const content = await folderHost(root).readFile(configUri.path.slice(configUri.path.lastIndexOf('/') + 1), MAX_CONFIG_BYTES);
    const files = await this.caches.readProblems(configUri, content === undefined ? '' : (textOf(content) ?? ''));
    if (files) this.restoreEmitter.fire({ root, files });
  }

  async load(community: Community): Promise<void> {
    // the session reports its post count with its first progress: a large community opens the notification then,
    // without listing the folder a second time just to count
    let report: ((percent: number) => void) | undefined;
    const loading: Promise<void> = community.session.load((done, total) => {
      const percent = (done / Math.max(total, 1)) * 100;
      if (!report && total > PROGRESS_THRESHOLD) report = progressNotification(community.label, loading);
      report?.(percent);
    });
    await loading;
    this.changeEmitter.fire({ community, files: undefined });
    // both keep the extension host busy: they wait until the Problems panel has all it was handed
    void this.published().then(() => {
      void this.caches?.write(community.configUri);
      // the posts the cache answered for were not read: their texts come now, for the calendar's edits
      void community.session.readUnreadPosts();
    });
  }

  /** Reports a change the session already applied, so views and diagnostics follow. */
  notify(community: Community, files: ReadonlySet<string> | undefined): void {
    this.changeEmitter.fire({ community, files });
    this.caches?.scheduleWrite(community.configUri);
  }

  dispose(): void {
    this.changeEmitter.dispose();
    this.restoreEmitter.dispose();
  }

  private async findConfigs(): Promise<vscode.Uri[]> {
    const configured = vscode.workspace.getConfiguration(SETTINGS.section).get<string>(SETTINGS.configPath, '').trim();
    if (configured) {
      const uris = await Promise.all(
        (vscode.workspace.workspaceFolders ?? []).map(async (folder) => {
          const uri = vscode.Uri.joinPath(folder.uri, configured);
          try {
            await vscode.workspace.fs.stat(uri);
            return [uri];
          } catch {
            return [];
          }
        }),
      );
      return uris.flat();
    }
    const uris = await vscode.workspace.findFiles('**/community.yaml', '**/node_modules/**');
    return uris.sort((a, b) => (a.path < b.path ? -1 : 1));
  }
}
