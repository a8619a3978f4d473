import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from './args';
import { toPosix } from './workspace';

/**
 * Which workspace files a `ccal lint [paths…]` run reports on: everything without paths or with the workspace's own
 * folder; otherwise the posts among the given files and under the given directories (SPEC §4). The run still reads every post the globs
 * select, so calendar rules see the same schedule named or not; a named file the globs do not select (notes, an
 * excluded draft, a file outside the workspace) is skipped silently, as a pre-commit hook that names every staged
 * file needs.
 */
export interface Selection {
  includes(relativePath: string): boolean;
}

export function selectPaths(cwd: string, root: string, configPath: string, paths: readonly string[]): Selection {
  if (paths.length === 0) return { includes: () => true };
  const directories: string[] = [];
  const files = new Set<string>();
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    if (!fs.existsSync(absolute)) throw new UsageError('noSuchPath', { path: given });
    const relative = toPosix(path.relative(root, absolute));
    if (relative.startsWith('..') || path.isAbsolute(relative)) continue;
    if (fs.statSync(absolute).isDirectory()) directories.push(relative === '' ? '' : `${relative}/`);
    else files.add(relative);
  }
  // community.yaml is not a post: its diagnostics (the plan's, by group) come with the whole workspace, named by its
  // folder, and are skipped like any other non-post when the file itself or a folder of posts is named
  const wholeWorkspace = directories.includes('');
  return { includes: (relativePath) => (relativePath === configPath ? wholeWorkspace : files.has(relativePath) || directories.some((directory) => relativePath.startsWith(directory))) };
}
