import type { Config } from './config/types';
import { isSafeWorkspacePath } from './workspacePath';

/** Whether a workspace-relative path is a post: a path inside the folder that the `posts` globs select. */
export function isPostPath(config: Config, path: string): boolean {
  return isSafeWorkspacePath(path) && config.postSelection.matches(path);
}
