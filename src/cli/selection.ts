import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from './args';
import { toPosix } from './workspace';

/**
 * Which workspace files a `ccal lint [paths…]` run reports on: everything without paths; otherwise the posts
 * (and community.yaml) under the given directories and the given files themselves.
 */
export interface Selection {
  includes(relativePath: string): boolean;
  /** Files named explicitly that the post globs do not match: they are linted as posts too. */
  extraPosts: string[];
}

export function selectPaths(cwd: string, root: string, configRelative: string, paths: readonly string[], posts: ReadonlySet<string>): Selection {
  if (paths.length === 0) return { includes: () => true, extraPosts: [] };
  const directories: string[] = [];
  const files = new Set<string>();
  const extraPosts: string[] = [];
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    if (!fs.existsSync(absolute)) throw new UsageError('noSuchPath', { path: given });
    const relative = toPosix(path.relative(root, absolute));
    if (relative.startsWith('..') || path.isAbsolute(relative)) throw new UsageError('outsideWorkspace', { path: given, config: path.join(root, configRelative) });
    if (fs.statSync(absolute).isDirectory()) directories.push(relative === '' ? '' : `${relative}/`);
    else {
      files.add(relative);
      if (relative !== configRelative && !posts.has(relative)) extraPosts.push(relative);
    }
  }
  return {
    includes: (relativePath) => files.has(relativePath) || directories.some((directory) => relativePath.startsWith(directory)),
    extraPosts,
  };
}
