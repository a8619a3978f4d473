import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { FileMetadata } from '../core/cache/stamp';
import type { Config } from '../core/config/types';
import type { PostListing, WorkspaceHost } from '../core/host';
import { decodeFile, type DecodedFile } from '../core/text';
import { isSafeWorkspacePath } from '../core/workspacePath';
import { listPosts, readWorkspaceFile } from '../node/files';

/**
 * The engine's file access, rooted at a community's folder. A folder on the extension host's disk (a `file:` URI,
 * local or remote) is listed and read with node's fs exactly as the CLI does (src/node/files.ts): through
 * vscode.workspace.fs every file is a round trip, which made the first check of 10 000 posts take seconds longer,
 * and only a descriptor's fstat can refuse a FIFO or a device before reading it. Any other scheme (virtual file
 * systems) goes through vscode.workspace.fs, with a stat before each read.
 */
export class VscodeHost implements WorkspaceHost {
  /** The folder's real path on disk, which links must stay inside; found on the first read. */
  private realRoot: string | undefined;

  constructor(readonly root: vscode.Uri) {}

  /**
   * The URI of a workspace-relative path, to show diagnostics on. Reading, creating or editing goes only to paths that
   * are posts (WorkspaceSession.isPost) or otherwise pass isSafeWorkspacePath.
   */
  uriOf(path: string): vscode.Uri {
    return vscode.Uri.joinPath(this.root, ...path.split('/'));
  }

  /**
   * The community-relative path of a URI, or undefined when it lies outside the community folder. Any file of the
   * folder has one, so its diagnostics can be found and cleared; what may be read or edited is decided by isPost.
   */
  pathOf(uri: vscode.Uri): string | undefined {
    if (uri.scheme !== this.root.scheme || uri.authority !== this.root.authority) return undefined;
    const rootPath = this.root.path.endsWith('/') ? this.root.path : `${this.root.path}/`;
    return uri.path.startsWith(rootPath) ? uri.path.slice(rootPath.length) : undefined;
  }

  private get onDisk(): boolean {
    return this.root.scheme === 'file';
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

  async readFile(path: string, limit: number): Promise<string | DecodedFile | undefined> {
    if (!isSafeWorkspacePath(path)) return { kind: 'skipped', reason: { why: 'unsafeName' } };
    const uri = this.uriOf(path);
    if (this.onDisk) {
      this.realRoot ??= fs.realpathSync(this.root.fsPath);
      const content = readWorkspaceFile(this.realRoot, uri.fsPath, limit);
      return typeof content !== 'string' && content.kind === 'unreadable' && content.reason === 'ENOENT' ? undefined : content;
    }
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if ((stat.type & vscode.FileType.File) === 0) return { kind: 'skipped', reason: { why: 'special', kind: 'other' } };
      if (stat.size > limit) return { kind: 'skipped', reason: { why: 'tooLarge', bytes: stat.size, limit } };
      return decodeFile(await vscode.workspace.fs.readFile(uri));
    } catch (error) {
      return error instanceof vscode.FileSystemError && error.code === 'FileNotFound' ? undefined : { kind: 'unreadable', reason: (error as Error).message };
    }
  }

  /** Size and mtime of a regular file; a link is not stat'ed (it is read, and checked, each time). */
  async stat(path: string): Promise<FileMetadata | undefined> {
    if (!isSafeWorkspacePath(path)) return undefined;
    const uri = this.uriOf(path);
    try {
      if (this.onDisk) {
        const stat = fs.lstatSync(uri.fsPath);
        return stat.isFile() ? { size: stat.size, mtimeMs: stat.mtimeMs } : undefined;
      }
      const stat = await vscode.workspace.fs.stat(uri);
      return stat.type === vscode.FileType.File ? { size: stat.size, mtimeMs: stat.mtime } : undefined;
    } catch {
      return undefined;
    }
  }

  async listPosts(config: Config): Promise<PostListing> {
    if (this.onDisk) return listPosts(this.root.fsPath, config.postSelection);
    const include = config.postGlobs.filter((glob) => !glob.startsWith('!'));
    if (include.length === 0) return { files: [], skipped: [] };
    const pattern = include.length === 1 ? include[0] : `{${include.join(',')}}`;
    const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(this.root, pattern), new vscode.RelativePattern(this.root, '**/node_modules/**'));
    // the engine's own matcher has the last word, so a virtual folder selects exactly what a disk folder would
    const files = uris.flatMap((uri) => this.pathOf(uri) ?? []).filter((path) => config.postSelection.matches(path));
    return { files: files.sort(), skipped: [] };
  }
}
