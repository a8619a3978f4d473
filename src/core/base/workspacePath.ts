/** A segment that is empty or only dots and spaces, between the path's ends and slashes. */
const UNSAFE_SEGMENT = /(?:^|\/)[. ]*(?:\/|$)/;

/**
 * Whether a workspace-relative path (forward slashes) can only name something inside the workspace folder, on every
 * platform. Paths come from file names on disk, globs and webview messages; before one is joined to the folder for
 * reading, creating or editing, it passes here. Refused: empty or `.`/`..` segments, segments of only dots and
 * spaces (Windows trims those to `..`), backslashes (a separator on Windows), control characters, and a first
 * segment that Windows reads as a drive (`C:`).
 */
export function isSafeWorkspacePath(path: string): boolean {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (path === '' || path.length > 4096 || /[\u0000-\u001f\u007f\\]/.test(path) || /^[A-Za-z]:/.test(path)) return false;
  return !UNSAFE_SEGMENT.test(path);
}
