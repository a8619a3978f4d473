import * as vscode from 'vscode';
import { MAX_CACHE_BYTES, PostCache } from '../core/cache/postCache';
import { hash53 } from '../core/cache/stamp';
import { MAX_SNAPSHOT_BYTES, readProblems, serializeProblems } from '../core/cache/problems';
import type { Diagnostic } from '../core/base/domain';
import { CACHE_ENCODING, readCacheFile } from '../node/cacheFile';

/** How long the cache waits after the last change before it is written again. */
const WRITE_DEBOUNCE_MS = 2000;
/** A size-and-mtime stamp is kept only for files settled this long before the window opened (mtime ticks). */
const MTIME_TICK_MS = 2000;

/**
 * The lint cache of each community, in the extension's workspace storage (one file per community.yaml): read before
 * a community loads, so reopening a workspace fills the Problems panel from it and reads only the posts changed
 * since; written after a load and, debounced, after changes. Nothing here is ever written inside the workspace.
 */
/** What a community shows now, for the snapshot of its errors and warnings written beside its cache. */
export interface ProblemsSource {
  configText(): string;
  files(): Iterable<[string, readonly Diagnostic[]]>;
}

export class CacheStore implements vscode.Disposable {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly caches = new Map<string, PostCache>();
  /** Writes under way, by community: a read waits for them. */
  private readonly writing = new Map<string, Promise<void>>();
  private readonly engine: string;
  private readonly sources = new Map<string, ProblemsSource>();

  constructor(
    readonly storage: vscode.Uri,
    version: string,
  ) {
    // the extension's version and Node's (its time zone data places the posts)
    this.engine = `${version}+${process.version}`;
  }

  /** The cache of a community, read from storage, that the store then writes for it. */
  async open(configUri: vscode.Uri): Promise<PostCache> {
    const cache = await this.read(configUri);
    this.caches.set(configUri.toString(), cache);
    return cache;
  }

  /** Where the errors and warnings a community shows come from when its cache is written: a snapshot is kept with it. */
  watch(configUri: vscode.Uri, source: ProblemsSource): void {
    this.sources.set(configUri.toString(), source);
  }

  /**
   * The errors and warnings a community showed when its cache was last written, if they were taken under this engine
   * and this text of community.yaml: shown on reopen before the check of the workspace.
   */
  async readProblems(configUri: vscode.Uri, configText: string): Promise<Map<string, Diagnostic[]> | undefined> {
    await this.writing.get(configUri.toString());
    return readProblems(await this.readText(this.fileOf(configUri, 'problems'), MAX_SNAPSHOT_BYTES), this.engine, configText);
  }

  /** What storage holds for a community, once a write under way has ended; empty when there is none or it cannot be used. */
  async read(configUri: vscode.Uri): Promise<PostCache> {
    await this.writing.get(configUri.toString());
    const options = { strategy: 'metadata' as const, engine: this.engine, settledBefore: Date.now() - MTIME_TICK_MS };
    return PostCache.read(await this.readText(this.fileOf(configUri, 'lint-cache')), options);
  }

  /** Writes a community's cache after a pause, once it has changed. */
  scheduleWrite(configUri: vscode.Uri, delayMs = WRITE_DEBOUNCE_MS): void {
    const key = configUri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.write(configUri);
      }, delayMs),
    );
  }

  /** Writes now, when the cache has changed: a temporary file renamed over the old one. */
  write(configUri: vscode.Uri): Promise<void> {
    const key = configUri.toString();
    const written = (this.writing.get(key) ?? Promise.resolve()).then(() => this.writeNow(configUri));
    this.writing.set(key, written);
    return written;
  }

  private async writeNow(configUri: vscode.Uri): Promise<void> {
    const cache = this.caches.get(configUri.toString());
    if (cache?.dirty) {
      const text = cache.serialize();
      // taken now: changes made while the file is written make it dirty again
      cache.markWritten();
      if (text.length * 2 <= MAX_CACHE_BYTES) await this.replace(this.fileOf(configUri, 'lint-cache'), text);
    }
    // what the files show changes with the calendar too, not only with the files: taken at every write
    const source = this.sources.get(configUri.toString());
    if (!source) return;
    const problems = serializeProblems(this.engine, source.configText(), source.files());
    if (problems.length * 2 <= MAX_SNAPSHOT_BYTES) await this.replace(this.fileOf(configUri, 'problems'), problems);
  }

  /** Writes a temporary file and renames it over `file`, so that a reader never sees half of it. */
  private async replace(file: vscode.Uri, text: string): Promise<void> {
    const temporary = file.with({ path: `${file.path}.${Date.now().toString(36)}.tmp` });
    try {
      await vscode.workspace.fs.createDirectory(this.storage);
      await vscode.workspace.fs.writeFile(temporary, Buffer.from(text, CACHE_ENCODING));
      await vscode.workspace.fs.rename(temporary, file, { overwrite: true });
    } catch {
      // a cache that cannot be written only costs the next start its speed-up
      await Promise.resolve(vscode.workspace.fs.delete(temporary)).catch(() => undefined);
    }
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
  }

  private fileOf(configUri: vscode.Uri, kind: 'lint-cache' | 'problems'): vscode.Uri {
    return vscode.Uri.joinPath(this.storage, `${kind}-${hash53(configUri.toString()).toString(36)}.json`);
  }

  private async readText(file: vscode.Uri, limit = MAX_CACHE_BYTES): Promise<string | undefined> {
    // storage on disk is read directly: through vscode.workspace.fs, a reopen's reads queue behind the window's startup
    if (file.scheme === 'file') {
      const read = readCacheFile(file.fsPath);
      return read.kind === 'text' && read.text.length * 2 <= limit ? read.text : undefined;
    }
    try {
      const stat = await vscode.workspace.fs.stat(file);
      if (stat.type !== vscode.FileType.File || stat.size > limit) return undefined;
      return Buffer.from(await vscode.workspace.fs.readFile(file)).toString(CACHE_ENCODING);
    } catch {
      return undefined;
    }
  }
}
