import picomatch from 'picomatch/posix';
import type { Config } from './config/types';

const matchers = new WeakMap<Config, (path: string) => boolean>();

/** Whether a workspace-relative path is a post: it matches a `posts` glob and no `!`-negated one. */
export function isPostPath(config: Config, path: string): boolean {
  let matcher = matchers.get(config);
  if (!matcher) {
    const include = config.postGlobs.filter((glob) => !glob.startsWith('!'));
    const exclude = config.postGlobs.filter((glob) => glob.startsWith('!')).map((glob) => glob.slice(1));
    const included = picomatch(include);
    const excluded = exclude.length > 0 ? picomatch(exclude) : () => false;
    matcher = (candidate) => included(candidate) && !excluded(candidate);
    matchers.set(config, matcher);
  }
  return matcher(path);
}
