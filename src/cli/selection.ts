import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from './args';
import { toPosix } from './workspace';

/**
 * Which workspace files a `ccal lint [paths…]` run reports on: everything without paths; otherwise the posts and
 * community.yaml among the given files and under the given directories. The run still reads every post the globs
 * select, so calendar rules see the same schedule named or not; a named file the globs do not select (notes, an
 * excluded draft, a file outside the workspace) is skipped silently, as a pre-commit hook that names every staged
 * file needs.
 */
export interface Selection {
  includes(relativePath: string): boolean;
}

export function selectPaths(cwd: string, root: string, paths: readonly string[]): Selection {
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
  return { includes: (relativePath) => files.has(relativePath) || directories.some((directory) => relativePath.startsWith(directory)) };
}
