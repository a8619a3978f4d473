import type { FileMetadata } from '../cache/stamp';
import type { Config } from '../model/config';
import type { DecodedFile, SkipReason } from '../base/text';

export interface SkippedPath {
  /** Workspace-relative, forward slashes. */
  path: string;
  reason: SkipReason;
}

export interface PostListing {
  /** Workspace-relative paths of the files the `posts` globs select, inside the workspace folder. */
  files: string[];
  /** What the globs select but must not be read (devices, FIFOs, links out of the folder, unreadable folders…). */
  skipped: SkippedPath[];
}

/**
 * The only way the engine touches files: the extension implements it over node:fs for folders on its host's disk
 * and vscode.workspace.fs for virtual ones, tests over a map of strings. Paths are workspace-relative with forward
 * slashes. A workspace is untrusted input: a host lists only inside the folder and never reads past `limit` bytes
 * nor anything that is not a regular file.
 */
export interface WorkspaceHost {
  /**
   * A file's content: plain UTF-8 text as a string, anything else classified; a file that is not regular or is larger
   * than `limit` bytes comes back skipped, unread. Undefined when there is no such file.
   */
  readFile(path: string, limit: number): Promise<string | DecodedFile | undefined>;
  /** The posts of the workspace, as `config.postSelection` selects them. */
  listPosts(config: Config): Promise<PostListing>;
  /**
   * Optional: the listed posts' contents, read as readFile reads them (a file gone since the listing comes back
   * unreadable), handed to `onBatch` in order and in batches as they are read, so that checking one batch overlaps
   * reading the next. Rejects with what `onBatch` throws.
   */
  readPosts?(paths: readonly string[], limit: number, onBatch: (contents: ReadonlyArray<string | DecodedFile>) => void): Promise<void>;
  /**
   * Optional: a regular file's size and modification time, without opening it, so a cache can skip reading a file
   * unchanged since it was checked. Undefined when there is no such file or it is not a regular file.
   */
  stat?(path: string): Promise<FileMetadata | undefined>;
}

/** The largest community.yaml any host reads. */
export const MAX_CONFIG_BYTES = 10 * 1_048_576;
