import * as vscode from 'vscode';
import type { FileMetadata } from '../core/cache/stamp';
import type { Config } from '../core/model/config';
import type { PostListing, WorkspaceHost } from '../core/session/host';
import { decodeFile, type DecodedFile } from '../core/base/text';
import { isSafeWorkspacePath } from '../core/base/workspacePath';
import { NodeWorkspaceHost } from '../node/host';

/**
 * The folder-relative path of a URI, or undefined when it lies outside the folder. Any file of the folder has one,
 * so its diagnostics can be found and cleared; what may be read or edited is decided by WorkspaceSession.isPost.
 */
export function pathInFolder(folder: vscode.Uri, uri: vscode.Uri): string | undefined {
  if (uri.scheme !== folder.scheme || uri.authority !== folder.authority) return undefined;
  const folderPath = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
  return uri.path.startsWith(folderPath) ? uri.path.slice(folderPath.length) : undefined;
}

/**
 * The engine's file access for a virtual folder (any scheme but `file:`), through vscode.workspace.fs with a stat
 * before each read. Every file is a round trip there, and only a descriptor's fstat can refuse a FIFO or a device
 * before reading it: a folder on the extension host's disk (local or remote) is read as the CLI reads it.
 */
export class VirtualFolderHost implements WorkspaceHost {
  constructor(readonly root: vscode.Uri) {}

  async readFile(path: string, limit: number): Promise<string | DecodedFile | undefined> {
    if (!isSafeWorkspacePath(path)) return { kind: 'skipped', reason: { why: 'unsafeName' } };
    const uri = vscode.Uri.joinPath(this.root, ...path.split('/'));
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if ((stat.type & vscode.FileType.File) === 0) return { kind: 'skipped', reason: { why: 'special', kind: 'other' } };
      if (stat.size > limit) return { kind: 'skipped', reason: { why: 'tooLarge', bytes: stat.size, limit } };
      return decodeFile(await vscode.workspace.fs.readFile(uri));
    } catch (error) {
      return error instanceof vscode.FileSystemError && error.code === 'FileNotFound' ? undefined : { kind: 'unreadable', reason: (error as Error).message };
    }
  }

  /** Size and mtime of a regular file, so the lint cache can tell it unchanged without reading it. */
  async stat(path: string): Promise<FileMetadata | undefined> {
    if (!isSafeWorkspacePath(path)) return undefined;
    try {
      const stat = await vscode.workspace.fs.stat(vscode.Uri.joinPath(this.root, ...path.split('/')));
      return stat.type === vscode.FileType.File ? { size: stat.size, mtimeMs: stat.mtime } : undefined;
    } catch {
      return undefined;
    }
  }

  async listPosts(config: Config): Promise<PostListing> {
    const include = config.postGlobs.filter((glob) => !glob.startsWith('!'));
    const [only] = include;
    if (only === undefined) return { files: [], skipped: [] };
    const pattern = include.length === 1 ? only : `{${include.join(',')}}`;
    const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(this.root, pattern), new vscode.RelativePattern(this.root, '**/node_modules/**'));
    // the engine's own matcher has the last word, so a virtual folder selects exactly what a disk folder would
    const files = uris.flatMap((uri) => pathInFolder(this.root, uri) ?? []).filter((path) => config.postSelection.matches(path));
    return { files: files.sort(), skipped: [] };
  }
}

/** The host of a community folder: node's fs for a folder on the extension host's disk, vscode.workspace.fs otherwise. */
export function folderHost(root: vscode.Uri): WorkspaceHost {
  return root.scheme === 'file' ? new NodeWorkspaceHost(root.fsPath) : new VirtualFolderHost(root);
}
