import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { WorkspaceHost } from '../core/host';
import { findFilesUnder } from '../node/files';

/**
 * The engine's file access, rooted at a community's folder. A folder on the extension host's disk (a `file:` URI,
 * local or remote) is read with node's fs and listed like the CLI lists it: through vscode.workspace.fs and
 * findFiles every file is a round trip, which made the first check of 10 000 posts take seconds longer. Any
 * other scheme (virtual file systems) goes through vscode.workspace.fs.
 */
export class VscodeHost implements WorkspaceHost {
  constructor(readonly root: vscode.Uri) {}

  uriOf(path: string): vscode.Uri {
    return vscode.Uri.joinPath(this.root, ...path.split('/'));
  }

  /** The community-relative path of a URI, or undefined when it lies outside the community folder. */
  pathOf(uri: vscode.Uri): string | undefined {
    if (uri.scheme !== this.root.scheme || uri.authority !== this.root.authority) return undefined;
    const rootPath = this.root.path.endsWith('/') ? this.root.path : `${this.root.path}/`;
    return uri.path.startsWith(rootPath) ? uri.path.slice(rootPath.length) : undefined;
  }

  private get onDisk(): boolean {
    return this.root.scheme === 'file';
  }

  async readFile(path: string): Promise<Uint8Array | undefined> {
    const uri = this.uriOf(path);
    try {
      // a post is a few KB: one synchronous read takes microseconds, fs.promises takes several thread-pool trips
      return this.onDisk ? fs.readFileSync(uri.fsPath) : await vscode.workspace.fs.readFile(uri);
    } catch {
      return undefined;
    }
  }

  async findFiles(globs: readonly string[]): Promise<string[]> {
    if (this.onDisk) return findFilesUnder(this.root.fsPath, globs);
    const include = globs.filter((glob) => !glob.startsWith('!'));
    const exclude = globs.filter((glob) => glob.startsWith('!')).map((glob) => glob.slice(1));
    const pattern = include.length === 1 ? include[0] : `{${include.join(',')}}`;
    const excludePattern = exclude.length === 0 ? '**/node_modules/**' : `{**/node_modules/**,${exclude.join(',')}}`;
    const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(this.root, pattern), new vscode.RelativePattern(this.root, excludePattern));
    return uris.flatMap((uri) => this.pathOf(uri) ?? []);
  }
}
