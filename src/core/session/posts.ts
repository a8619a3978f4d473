import type { Config } from '../model/config';
import { isSafeWorkspacePath } from '../base/workspacePath';

/** Whether a workspace-relative path is a post: a path inside the folder that the `posts` globs select. */
export function isPostPath(config: Config, path: string): boolean {
  return isSafeWorkspacePath(path) && config.postSelection.matches(path);
}
