/**
 * The only way the engine touches files: the CLI implements it over node:fs, the extension over
 * vscode.workspace.fs (so virtual and remote workspaces work), tests over a map of strings.
 * Paths are workspace-relative with forward slashes.
 */
export interface WorkspaceHost {
  /** A file's bytes, or undefined when it does not exist. */
  readFile(path: string): Promise<Uint8Array | undefined>;
  /** Files matching the globs (relative to the workspace root), in any order. */
  findFiles(globs: readonly string[]): Promise<string[]>;
}
