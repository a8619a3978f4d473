import * as vscode from 'vscode';
import type { WorkspaceHost } from '../core/host';

/**
 * The engine's file access over vscode.workspace.fs, rooted at a community's folder: it works the same for
 * local, remote and virtual workspaces, and never touches node's fs.
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

  async readFile(path: string): Promise<Uint8Array | undefined> {
    try {
      return await vscode.workspace.fs.readFile(this.uriOf(path));
    } catch {
      return undefined;
    }
  }

  async findFiles(globs: readonly string[]): Promise<string[]> {
    const include = globs.filter((glob) => !glob.startsWith('!'));
    const exclude = globs.filter((glob) => glob.startsWith('!')).map((glob) => glob.slice(1));
    const pattern = include.length === 1 ? include[0] : `{${include.join(',')}}`;
    const excludePattern = exclude.length === 0 ? '**/node_modules/**' : `{**/node_modules/**,${exclude.join(',')}}`;
    const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(this.root, pattern), new vscode.RelativePattern(this.root, excludePattern));
    return uris.flatMap((uri) => this.pathOf(uri) ?? []);
  }
}
