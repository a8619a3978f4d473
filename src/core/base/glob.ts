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
export type SegmentToken = { kind: 'char'; char: string } | { kind: 'one' } | { kind: 'star' } | { kind: 'class'; negated: boolean; ranges: Array<[number, number]> };
/**
 * A name segment of literal characters around at most one `*` (`*.md`, `post-*`, `README.md`), which is matched by
 * comparing strings: `exact` the whole name, else `prefix`, then any run, then `suffix`.
 */
export type PlainSegment = { exact: string } | { prefix: string; suffix: string };
export type PatternSegment = { kind: 'globstar' } | { kind: 'name'; tokens: SegmentToken[]; plain?: PlainSegment };

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
  const plain = plainSegment(segment, tokens);
  return plain ? { kind: 'name', tokens, plain } : { kind: 'name', tokens };
}

/** A UTF-16 surrogate: a character outside the Basic Multilingual Plane, or half of one. */
export const SURROGATE = /[\ud800-\udfff]/;

/** The segment as a PlainSegment, when it is one; not with surrogates, which string comparison would split. */
function plainSegment(segment: string, tokens: readonly SegmentToken[]): PlainSegment | undefined {
  if (SURROGATE.test(segment)) return undefined;
  const literal = (part: readonly SegmentToken[]): string | undefined => (part.every((token) => token.kind === 'char') ? part.map((token) => token.char).join('') : undefined);
  const star = tokens.findIndex((token) => token.kind === 'star');
  if (star === -1) {
    const exact = literal(tokens);
    return exact === undefined ? undefined : { exact };
  }
  const prefix = literal(tokens.slice(0, star));
  const suffix = literal(tokens.slice(star + 1));
  return prefix === undefined || suffix === undefined ? undefined : { prefix, suffix };
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
