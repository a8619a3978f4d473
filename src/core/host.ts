/**
 * The only way the engine touches files: the extension implements it over node:fs for folders on its host's disk
 * and vscode.workspace.fs for virtual ones, tests over a map of strings (the CLI reads files itself).
 * Paths are workspace-relative with forward slashes.
 */
export interface WorkspaceHost {
  /** A file's bytes, or undefined when it does not exist. */
  readFile(path: string): Promise<Uint8Array | undefined>;
  /** Files matching the globs (relative to the workspace root), in any order. */
  findFiles(globs: readonly string[]): Promise<string[]>;
}
