import * as fs from 'node:fs';
import * as path from 'node:path';
import type { GlobSet } from '../core/base/globMatch';
import type { PostListing, SkippedPath } from '../core/session/host';
import { decodeFile, stripBom, type DecodedFile, type SkipReason } from '../core/base/text';
import { isSafeWorkspacePath } from '../core/base/workspacePath';
import { plainUtf8 } from './utf8';

/** Folders never walked: tools' own trees, never posts. */
const IGNORED_FOLDERS = new Set(['node_modules', '.git']);

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

/** What a file that is not regular is; a directory entry or a stat answers alike. */
function specialKind(stat: Pick<fs.Stats, 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'>): Extract<SkipReason, { why: 'special' }>['kind'] {
  if (stat.isFIFO()) return 'fifo';
  if (stat.isSocket()) return 'socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device';
  return 'other';
}

function isInside(folder: string, candidate: string): boolean {
  return candidate === folder || candidate.startsWith(folder.endsWith(path.sep) ? folder : `${folder}${path.sep}`);
}

/**
 * The posts of a workspace folder: a walk that enters only folders the globs could select from, and never leaves the
 * folder. Nothing is read or opened here; links are resolved, and one that leads outside the folder, nowhere or to a
 * device is reported, not followed. A folder reached twice through links is walked once.
 */
export function listPosts(root: string, selection: GlobSet): PostListing {
  const files: string[] = [];
  const skipped: SkippedPath[] = [];
  let realRoot: string;
  try {
    realRoot = fs.realpathSync(root);
  } catch {
    return { files, skipped };
  }
  // folders by their real path, so a link back into the tree (or to a folder already walked) is walked once
  const walked = new Set<string>([realRoot]);
  const walk = (absolute: string, relative: string, real: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(absolute, { withFileTypes: true });
    } catch (error) {
      if (relative !== '') skipped.push({ path: relative, reason: { why: 'folderUnreadable', code: errorCode(error) } });
      return;
    }
    for (const entry of entries) {
      const entryPath = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        const entryReal = path.join(real, entry.name);
        if (IGNORED_FOLDERS.has(entry.name) || !isSafeWorkspacePath(entryPath) || !selection.mayContain(entryPath) || walked.has(entryReal)) continue;
        walked.add(entryReal);
        walk(path.join(absolute, entry.name), entryPath, entryReal);
        continue;
      }
      const selected = selection.matches(entryPath);
      if (entry.isSymbolicLink()) {
        followLink(path.join(absolute, entry.name), entryPath, selected);
        continue;
      }
      if (!selected) continue;
      if (!isSafeWorkspacePath(entryPath)) skipped.push({ path: entryPath, reason: { why: 'unsafeName' } });
      else if (entry.isFile()) files.push(entryPath);
      else skipped.push({ path: entryPath, reason: { why: 'special', kind: specialKind(entry) } });
    }
  };
  const followLink = (absolute: string, relative: string, selected: boolean) => {
    const asFolder = !IGNORED_FOLDERS.has(path.basename(relative)) && selection.mayContain(relative);
    if (!selected && !asFolder) return;
    if (!isSafeWorkspacePath(relative)) {
      if (selected) skipped.push({ path: relative, reason: { why: 'unsafeName' } });
      return;
    }
    let target: string;
    let stat: fs.Stats;
    try {
      target = fs.realpathSync(absolute);
      stat = fs.statSync(target);
    } catch (error) {
      if (selected) skipped.push({ path: relative, reason: { why: 'linkBroken', code: errorCode(error) } });
      return;
    }
    if (stat.isDirectory()) {
      if (!asFolder || walked.has(target)) return;
      if (!isInside(realRoot, target)) {
        skipped.push({ path: relative, reason: { why: 'linkOutside' } });
        return;
      }
      walked.add(target);
      walk(absolute, relative, target);
      return;
    }
    if (!selected) return;
    if (!isInside(realRoot, target)) skipped.push({ path: relative, reason: { why: 'linkOutside' } });
    else if (stat.isFile()) files.push(relative);
    else skipped.push({ path: relative, reason: { why: 'special', kind: specialKind(stat) } });
  };
  walk(root, '', realRoot);
  files.sort();
  skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, skipped };
}

// Opening a FIFO for reading blocks until a writer comes; non-blocking, the open returns and fstat says what it is.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/**
 * A file's content, read through one descriptor and never past `limit` bytes: what the descriptor turns out to be
 * (fstat, after opening) decides, so a file swapped for a device or a FIFO after the walk is still not read.
 * Text comes back as a string when it is plain UTF-8 (the fast path); anything else is classified exactly.
 */
export function readBoundedFile(absolute: string, limit: number): string | DecodedFile {
  let descriptor: number;
  try {
    descriptor = fs.openSync(absolute, OPEN_FLAGS);
  } catch (error) {
    return { kind: 'unreadable', reason: errorCode(error) };
  }
  try {
    const stat = fs.fstatSync(descriptor);
    if (!stat.isFile()) return { kind: 'skipped', reason: { why: 'special', kind: specialKind(stat) } };
    if (stat.size > limit) return { kind: 'skipped', reason: { why: 'tooLarge', bytes: stat.size, limit } };
    // one byte more than the size says, to notice a file that grew past the limit while being read
    const bytes = Buffer.allocUnsafe(Math.min(stat.size, limit) + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < bytes.length; length += read) read = fs.readSync(descriptor, bytes, length, bytes.length - length, null);
    if (length > limit) return { kind: 'skipped', reason: { why: 'tooLarge', bytes: length, limit } };
    const plain = plainUtf8(bytes, length);
    if (plain !== undefined) return stripBom(plain);
    const text = bytes.toString('utf8', 0, length);
    // replacement characters or NULs mean it was not plain UTF-8
    if (!text.includes('\ufffd') && !text.includes('\u0000')) return stripBom(text);
    return decodeFile(bytes.subarray(0, length));
  } catch (error) {
    return { kind: 'unreadable', reason: errorCode(error) };
  } finally {
    fs.closeSync(descriptor);
  }
}

/**
 * A file the workspace's own settings name (a word list): read only when its real path, links and folders resolved,
 * is inside the folder. Undefined when there is no such file.
 */
export function readNamedWorkspaceFile(realRoot: string, absolute: string, limit: number): string | DecodedFile | undefined {
  let target: string;
  try {
    target = fs.realpathSync(absolute);
  } catch (error) {
    return errorCode(error) === 'ENOENT' ? undefined : { kind: 'unreadable', reason: errorCode(error) };
  }
  return isInside(realRoot, target) ? readBoundedFile(target, limit) : { kind: 'skipped', reason: { why: 'linkOutside' } };
}
