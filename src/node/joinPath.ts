import * as path from 'node:path';

/** A segment path.join would fold away or refuse to keep as it is: empty, "." or "..". */
const FOLDED_SEGMENT = /(?:^|\/)\.{0,2}(?:\/|$)/;

/**
 * path.join(folder, relative) for a normalised folder (path.normalize's output) and a workspace-relative path with
 * "/" separators, without normalising the whole path again: a lint joins every post's path, twice. Where the result
 * could differ from path.join's (Windows separators, a "." folder, an empty, "." or ".." segment) it is path.join's.
 */
export function joinNormalised(folder: string, relative: string): string {
  if (path.sep !== '/' || folder === '.' || FOLDED_SEGMENT.test(relative)) return path.join(folder, relative);
  return folder.endsWith('/') ? folder + relative : `${folder}/${relative}`;
}
