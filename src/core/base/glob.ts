import type { Localized } from './domain';

/**
 * The `posts` globs of community.yaml, compiled to a matcher whose time is linear in the pattern times the path,
 * whatever either holds: a workspace is untrusted input, and regex-based glob libraries backtrack exponentially on
 * patterns such as `@(a|a*)…b.md`. The syntax is the common core every glob user knows — `*`, `**`, `?`, `[a-z]`,
 * `[!a]`, `{a,b}` and a leading `!` to exclude — with the semantics of picomatch and tinyglobby (used before):
 * `*` and `?` never cross a `/`, and wildcards do not match a name that starts with a dot. What would reach outside
 * the workspace folder (`..`, absolute paths, backslashes that Windows reads as separators) is refused.
 */

/** One pattern segment's parts: literal characters, `?`, `*` and bracket classes. */
type SegmentToken = { kind: 'char'; char: string } | { kind: 'one' } | { kind: 'star' } | { kind: 'class'; negated: boolean; ranges: Array<[number, number]> };
type PatternSegment = { kind: 'globstar' } | { kind: 'name'; tokens: SegmentToken[] };

export interface CompiledGlob {
  source: string;
  negated: boolean;
  /** One segment list per brace alternative. */
  alternatives: PatternSegment[][];
}

export type GlobResult = { ok: true; glob: CompiledGlob } | { ok: false; reason: Localized };

const MAX_GLOB_LENGTH = 512;
const MAX_ALTERNATIVES = 64;
const MAX_SEGMENTS = 64;
const EXTGLOB = /[@*+?!]\(/;

const REASONS = {
  tooLong: { en: `longer than ${MAX_GLOB_LENGTH} characters`, 'zh-CN': `超过 ${MAX_GLOB_LENGTH} 个字符` },
  control: { en: 'it contains control characters', 'zh-CN': '含有控制字符' },
  absolute: { en: 'an absolute path: globs are relative to the folder of community.yaml', 'zh-CN': '是绝对路径：glob 相对于 community.yaml 所在文件夹' },
  outside: { en: '".." reaches outside the workspace folder', 'zh-CN': '“..”指向工作区文件夹之外' },
  dotSegment: { en: 'a "." segment: write the path without it', 'zh-CN': '含有“.”段：请去掉它' },
  backslash: { en: 'backslashes are not allowed (Windows reads them as folder separators): use "/"', 'zh-CN': '不能含反斜杠（Windows 会当作路径分隔符）：请用“/”' },
  emptySegment: { en: 'an empty segment ("//")', 'zh-CN': '含有空段（“//”）' },
  extglob: { en: 'extglobs such as @(a|b) can take exponential time: use {a,b}', 'zh-CN': '不支持 @(a|b) 这类扩展 glob（可能耗时指数级增长）：请用 {a,b}' },
  braceRange: { en: 'brace ranges such as {1..9} are not supported: list the values, {1,2,3}', 'zh-CN': '不支持 {1..9} 这类范围：请逐个列出，如 {1,2,3}' },
  unbalanced: { en: 'an unclosed "[" or "{"', 'zh-CN': '有未闭合的“[”或“{”' },
  posixClass: { en: 'POSIX classes such as [[:digit:]] are not supported: use [0-9]', 'zh-CN': '不支持 [[:digit:]] 这类 POSIX 字符类：请用 [0-9]' },
  tooManyAlternatives: { en: `braces expand to more than ${MAX_ALTERNATIVES} patterns`, 'zh-CN': `花括号展开后超过 ${MAX_ALTERNATIVES} 个模式` },
  tooDeep: { en: `more than ${MAX_SEGMENTS} folder levels`, 'zh-CN': `超过 ${MAX_SEGMENTS} 层文件夹` },
} satisfies Record<string, Localized>;

function refuse(reason: Localized): GlobResult {
  return { ok: false, reason };
}

/** The index of the brace or bracket that closes the one opening at `start`, or -1. */
function closingIndex(text: string, start: number, open: string, close: string): number {
  let depth = 0;
  for (let index = start; index < text.length; index++) {
    if (text[index] === open) depth++;
    else if (text[index] === close && --depth === 0) return index;
  }
  return -1;
}

/** The comma-separated parts of a brace body, at its own nesting level. */
function splitAlternatives(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < body.length; index++) {
    if (body[index] === '{') depth++;
    else if (body[index] === '}') depth--;
    else if (body[index] === ',' && depth === 0) {
      parts.push(body.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

/** Expands `{a,b}` braces (nested too) into plain patterns; past the cap, or with a brace unclosed, why not. */
function expandBraces(pattern: string): string[] | Localized {
  const open = pattern.indexOf('{');
  if (open === -1) return [pattern];
  const close = closingIndex(pattern, open, '{', '}');
  if (close === -1) return REASONS.unbalanced;
  const body = pattern.slice(open + 1, close);
  if (/^[^,{}]*\.\.[^,{}]*$/.test(body)) return REASONS.braceRange;
  const expanded: string[] = [];
  for (const part of splitAlternatives(body)) {
    const rest = expandBraces(pattern.slice(0, open) + part + pattern.slice(close + 1));
    if (!Array.isArray(rest)) return rest;
    expanded.push(...rest);
    if (expanded.length > MAX_ALTERNATIVES) return REASONS.tooManyAlternatives;
  }
  return expanded;
}

function parseClass(segment: string, start: number): { token: SegmentToken; end: number } | Localized {
  const close = segment.indexOf(']', start + 2);
  if (close === -1) return REASONS.unbalanced;
  let body = segment.slice(start + 1, close);
  if (body.startsWith('[:') || body.includes('[:')) return REASONS.posixClass;
  const negated = body.startsWith('!') || body.startsWith('^');
  if (negated) body = body.slice(1);
  const chars = Array.from(body);
  const ranges: Array<[number, number]> = [];
  for (let index = 0; index < chars.length; index++) {
    const low = chars[index]?.codePointAt(0) ?? 0;
    const high = chars[index + 1] === '-' ? chars[index + 2]?.codePointAt(0) : undefined;
    if (high !== undefined) {
      ranges.push([low, high]);
      index += 2;
    } else ranges.push([low, low]);
  }
  return { token: { kind: 'class', negated, ranges }, end: close + 1 };
}

function parseSegment(segment: string): PatternSegment | Localized {
  if (segment === '**') return { kind: 'globstar' };
  const tokens: SegmentToken[] = [];
  for (let index = 0; index < segment.length; ) {
    const char = String.fromCodePoint(segment.codePointAt(index) as number);
    if (char === '*') {
      // `a**b` inside a segment means what `a*b` does
      if (tokens.at(-1)?.kind !== 'star') tokens.push({ kind: 'star' });
      index++;
    } else if (char === '?') {
      tokens.push({ kind: 'one' });
      index++;
    } else if (char === '[') {
      const parsed = parseClass(segment, index);
      if (!('token' in parsed)) return parsed;
      tokens.push(parsed.token);
      index = parsed.end;
    } else {
      tokens.push({ kind: 'char', char });
      index += char.length;
    }
  }
  return { kind: 'name', tokens };
}

/** Checks and compiles one `posts` glob; a refusal says why, in both languages. */
export function compileGlob(source: string): GlobResult {
  if (source.length > MAX_GLOB_LENGTH) return refuse(REASONS.tooLong);
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(source)) return refuse(REASONS.control);
  const negated = source.startsWith('!');
  const pattern = negated ? source.slice(1) : source;
  if (pattern.includes('\\')) return refuse(REASONS.backslash);
  if (pattern.startsWith('/') || /^[A-Za-z]:/.test(pattern)) return refuse(REASONS.absolute);
  if (EXTGLOB.test(pattern)) return refuse(REASONS.extglob);
  const expanded = expandBraces(pattern);
  if (!Array.isArray(expanded)) return refuse(expanded);
  const alternatives: PatternSegment[][] = [];
  for (const alternative of expanded) {
    const parts = alternative.split('/');
    if (parts.length > MAX_SEGMENTS) return refuse(REASONS.tooDeep);
    const segments: PatternSegment[] = [];
    for (const part of parts) {
      // Windows trims trailing dots and spaces: ".. " and "..." are ".." there
      if (part === '..' || (/^[. ]+$/.test(part) && part !== '.')) return refuse(REASONS.outside);
      if (part === '.') return refuse(REASONS.dotSegment);
      if (part === '') return refuse(alternative.startsWith('/') ? REASONS.absolute : REASONS.emptySegment);
      const segment = parseSegment(part);
      if (!('kind' in segment)) return refuse(segment);
      // `**/**` matches what `**` does: one is enough, and it keeps the matcher's state sets small
      if (segment.kind === 'globstar' && segments.at(-1)?.kind === 'globstar') continue;
      segments.push(segment);
    }
    alternatives.push(segments);
  }
  return { ok: true, glob: { source, negated, alternatives } };
}

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

const SURROGATE = /[\ud800-\udfff]/;

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
    } else if (segmentMatches(segment.tokens, name)) next.add(position + 1);
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

/** Whether a workspace-relative path (forward slashes) matches the glob, negation aside. */
export function globMatches(glob: CompiledGlob, path: string): boolean {
  const slash = path.lastIndexOf('/');
  const folder = slash === -1 ? '' : path.slice(0, slash);
  const name = path.slice(slash + 1);
  return glob.alternatives.some((segments) => {
    const positions = positionsInFolder(segments, folder);
    return positions.size > 0 && advance(segments, positions, name).has(segments.length);
  });
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
