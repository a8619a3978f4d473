import { SURROGATE, type CompiledGlob, type PatternSegment, type PlainSegment, type SegmentToken } from './glob';

/** Matching compiled `posts` globs (glob.ts) against workspace paths, and the set of them a workspace selects posts with. */

function tokenMatches(token: SegmentToken, char: string): boolean {
  switch (token.kind) {
    case 'char':
      return token.char === char;
    case 'one':
      return true;
    case 'class': {
      const code = char.codePointAt(0) as number;
      return token.ranges.some(([low, high]) => code >= low && code <= high) !== token.negated;
    }
    case 'star':
      return false;
  }
}

/**
 * Whether a file or folder name matches a segment's tokens: wildcard matching that backtracks only to the last `*`,
 * which is exact for `*` (it matches any run) and bounded by the name's length times the tokens'.
 */
function segmentMatches(tokens: readonly SegmentToken[], name: string): boolean {
  // by code point; a name without surrogates (nearly all) is read in place, not copied into an array of characters
  const chars: ArrayLike<string> = SURROGATE.test(name) ? Array.from(name) : name;
  if (chars[0] === '.' && (tokens[0]?.kind !== 'char' || tokens[0].char !== '.')) return false;
  let token = 0;
  let char = 0;
  let starToken = -1;
  let starChar = 0;
  for (let next = chars[char]; next !== undefined; next = chars[char]) {
    const current = tokens[token];
    if (current?.kind === 'star') {
      starToken = token++;
      starChar = char;
    } else if (current !== undefined && tokenMatches(current, next)) {
      token++;
      char++;
    } else if (starToken !== -1) {
      token = starToken + 1;
      char = ++starChar;
    } else return false;
  }
  while (tokens[token]?.kind === 'star') token++;
  return token === tokens.length;
}

/** segmentMatches for a plain segment, by string comparison: a name starting with a dot is matched only by a dot. */
function plainMatches(plain: PlainSegment, name: string): boolean {
  if ('exact' in plain) return name === plain.exact;
  const { prefix, suffix } = plain;
  if (prefix === '' && name.startsWith('.')) return false;
  return name.length >= prefix.length + suffix.length && name.startsWith(prefix) && name.endsWith(suffix);
}

function nameMatches(segment: Extract<PatternSegment, { kind: 'name' }>, name: string): boolean {
  return segment.plain ? plainMatches(segment.plain, name) : segmentMatches(segment.tokens, name);
}

/** The pattern positions `**` also stands at: the one after each `**` (it may read no segment). */
function closed(segments: readonly PatternSegment[], positions: Set<number>): Set<number> {
  for (const position of positions) if (segments[position]?.kind === 'globstar') positions.add(position + 1);
  return positions;
}

/** The positions after reading one more path segment, where `**` may read any segment that does not start with a dot. */
function advance(segments: readonly PatternSegment[], positions: ReadonlySet<number>, name: string): Set<number> {
  const next = new Set<number>();
  for (const position of positions) {
    const segment = segments[position];
    if (segment === undefined) continue;
    if (segment.kind === 'globstar') {
      if (!name.startsWith('.')) next.add(position);
    } else if (nameMatches(segment, name)) next.add(position + 1);
  }
  return closed(segments, next);
}

/**
 * The pattern positions reachable after reading the given path segments: a set simulation of the pattern (no
 * backtracking).
 */
function reachable(segments: readonly PatternSegment[], path: readonly string[]): Set<number> {
  let positions = closed(segments, new Set([0]));
  for (const name of path) {
    if (positions.size === 0) break;
    positions = advance(segments, positions, name);
  }
  return positions;
}

/** Folders whose positions each glob keeps, so the files of one folder read its path once; a bound, as folders are untrusted. */
const MAX_REMEMBERED_FOLDERS = 256;
const folderPositions = new WeakMap<readonly PatternSegment[], Map<string, ReadonlySet<number>>>();

function positionsInFolder(segments: readonly PatternSegment[], folder: string): ReadonlySet<number> {
  let byFolder = folderPositions.get(segments);
  if (!byFolder) folderPositions.set(segments, (byFolder = new Map()));
  let positions = byFolder.get(folder);
  if (!positions) {
    positions = reachable(segments, folder === '' ? [] : folder.split('/'));
    if (byFolder.size >= MAX_REMEMBERED_FOLDERS) byFolder.clear();
    byFolder.set(folder, positions);
  }
  return positions;
}

/** Whether only `**` segments are left from `position` on, so the pattern may end there. */
function mayEndAt(segments: readonly PatternSegment[], position: number): boolean {
  for (let at = position; at < segments.length; at++) if (segments[at]?.kind !== 'globstar') return false;
  return true;
}

/** Whether the last segment of a path, read from these positions, ends the pattern: `advance(…).has(length)`, without sets. */
function endsWithName(segments: readonly PatternSegment[], positions: ReadonlySet<number>, name: string): boolean {
  for (const position of positions) {
    const segment = segments[position];
    if (segment === undefined) continue;
    if (segment.kind === 'globstar' ? !name.startsWith('.') && mayEndAt(segments, position) : nameMatches(segment, name) && mayEndAt(segments, position + 1)) return true;
  }
  return false;
}

/** Whether a workspace-relative path (forward slashes) matches the glob, negation aside. */
export function globMatches(glob: CompiledGlob, path: string): boolean {
  const slash = path.lastIndexOf('/');
  const folder = slash === -1 ? '' : path.slice(0, slash);
  const name = path.slice(slash + 1);
  return glob.alternatives.some((segments) => endsWithName(segments, positionsInFolder(segments, folder), name));
}

/** Whether some file under a folder (workspace-relative, '' for the root) could match: the walk skips the rest. */
export function globCouldMatchUnder(glob: CompiledGlob, folder: string): boolean {
  const names = folder === '' ? [] : folder.split('/');
  return glob.alternatives.some((segments) => [...reachable(segments, names)].some((position) => position < segments.length));
}

/** A set of `posts` globs: a path is selected when an include glob matches it and no `!` glob does. */
export class GlobSet {
  private readonly include: CompiledGlob[];
  private readonly exclude: CompiledGlob[];

  constructor(globs: readonly CompiledGlob[]) {
    this.include = globs.filter((glob) => !glob.negated);
    this.exclude = globs.filter((glob) => glob.negated);
  }

  matches(path: string): boolean {
    return this.include.some((glob) => globMatches(glob, path)) && !this.exclude.some((glob) => globMatches(glob, path));
  }

  /** Whether a folder may hold selected files, so a walk enters it. */
  mayContain(folder: string): boolean {
    return this.include.some((glob) => globCouldMatchUnder(glob, folder)) && !this.exclude.some((glob) => excludesAllUnder(glob, folder));
  }
}

/** Whether an exclude glob such as `posts/drafts/**` takes every file under the folder. */
function excludesAllUnder(glob: CompiledGlob, folder: string): boolean {
  if (folder === '') return false;
  const names = folder.split('/');
  return glob.alternatives.some((segments) => segments.at(-1)?.kind === 'globstar' && reachable(segments, names).has(segments.length - 1));
}
