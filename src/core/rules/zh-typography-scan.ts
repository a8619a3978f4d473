import type { Span, TextEdit } from '../base/domain';

export type Spacing = 'always' | 'never' | 'off';

export interface TypographyChecks {
  spacing: Spacing;
  punctuation: boolean;
  repeatedMarks: boolean;
  fullWidthAlphanumerics: boolean;
}

export type TypographyKind = 'spaceMissing' | 'spaceExtra' | 'halfWidthPunctuation' | 'repeatedMarks' | 'fullWidthAlphanumerics';

export interface TypographyFinding {
  kind: TypographyKind;
  span: Span;
  /** The text found and what the fix puts in its place, for the message. */
  found: string;
  replacement: string;
  edit: TextEdit;
}

const FULL_WIDTH_OF: Readonly<Record<string, string>> = { ',': '，', '.': '。', '!': '！', '?': '？', ':': '：', ';': '；' };
const CHINESE_NUMERALS = '一二三四五六七八九十百千万零〇';
const MAX_MARKS = 2;

/** A Han character (CJK unified ideographs, extension A, compatibility, and extensions B–H as surrogate pairs). */
function isHanCodePoint(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0x20000 && code <= 0x3134f) || code === 0x3007;
}

function isAsciiAlnum(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isFullWidthAlnum(code: number): boolean {
  return (code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a);
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

/** ! ? ！ ？ */
function isMark(code: number): boolean {
  return code === 0x21 || code === 0x3f || code === 0xff01 || code === 0xff1f;
}

/** Scans the prose of `[from, to)` (where `nonProse` is 0) for the checks that are on; linear in the length. */
export function scanTypography(text: string, from: number, to: number, nonProse: Uint8Array, checks: TypographyChecks): TypographyFinding[] {
  const findings: TypographyFinding[] = [];
  const prose = (index: number) => index >= from && index < to && nonProse[index - from] === 0;
  /** Where the Han character that ends just before `index` starts, or -1: a surrogate pair is one character. */
  const hanBefore = (index: number): number => {
    if (!prose(index - 1)) return -1;
    const low = text.charCodeAt(index - 1);
    if (low >= 0xdc00 && low <= 0xdfff && prose(index - 2)) return isHanCodePoint(text.codePointAt(index - 2) ?? 0) ? index - 2 : -1;
    return isHanCodePoint(low) ? index - 1 : -1;
  };
  /** The length of the Han character at `index` (1 or 2), or 0. */
  const hanAt = (index: number): number => {
    if (!prose(index)) return 0;
    const code = text.codePointAt(index) ?? 0;
    if (code > 0xffff && !prose(index + 1)) return 0;
    return isHanCodePoint(code) ? (code > 0xffff ? 2 : 1) : 0;
  };
  const asciiAt = (index: number) => prose(index) && isAsciiAlnum(text.charCodeAt(index));
  const fullWidthAt = (index: number) => checks.fullWidthAlphanumerics && prose(index) && isFullWidthAlnum(text.charCodeAt(index));
  const latinAt = (index: number) => asciiAt(index) || fullWidthAt(index);
  const report = (kind: TypographyKind, span: Span, replacement: string, edit: TextEdit = { span, newText: replacement }) =>
    findings.push({ kind, span, found: text.slice(span.start, span.end), replacement, edit });

  for (let index = from; index < to; index++) {
    if (!prose(index)) continue;
    const code = text.charCodeAt(index);
    // Most characters are Han or other non-ASCII of the BMP (not surrogates, not the full-width forms from U+FF00):
    // at those only a Han character right after an ASCII letter or digit can be a finding
    if ((code >= 0x80 && code < 0xd800) || (code >= 0xe000 && code < 0xff00)) {
      if (checks.spacing === 'always' && isHanCodePoint(code) && asciiAt(index - 1)) report('spaceMissing', { start: index - 1, end: index + 1 }, ' ', { span: { start: index, end: index }, newText: ' ' });
      continue;
    }
    if (checks.spacing === 'always') {
      // one of the two sides Han, the other an ASCII letter or digit; full-width runs carry their own spaces
      const before = hanBefore(index);
      const hanHere = hanAt(index);
      if (before !== -1 && asciiAt(index)) report('spaceMissing', { start: before, end: index + 1 }, ' ', { span: { start: index, end: index }, newText: ' ' });
      else if (hanHere > 0 && asciiAt(index - 1)) report('spaceMissing', { start: index - 1, end: index + hanHere }, ' ', { span: { start: index, end: index }, newText: ' ' });
    } else if (checks.spacing === 'never' && isBlank(code) && hanBefore(index) !== -1) {
      let end = index;
      while (prose(end) && isBlank(text.charCodeAt(end))) end++;
      if (latinAt(end)) report('spaceExtra', { start: index, end }, '');
      index = end - 1;
      continue;
    } else if (checks.spacing === 'never' && latinAt(index) && !latinAt(index - 1)) {
      let end = index + 1;
      while (latinAt(end)) end++;
      let spaceEnd = end;
      while (prose(spaceEnd) && isBlank(text.charCodeAt(spaceEnd))) spaceEnd++;
      if (spaceEnd > end && hanAt(spaceEnd) > 0) report('spaceExtra', { start: end, end: spaceEnd }, '');
    }
    if (fullWidthAt(index)) {
      let end = index + 1;
      while (fullWidthAt(end)) end++;
      const halfWidth = String.fromCharCode(...Array.from(text.slice(index, end), (char) => char.charCodeAt(0) - 0xfee0));
      const spaced = checks.spacing === 'always' ? `${hanBefore(index) !== -1 ? ' ' : ''}${halfWidth}${hanAt(end) > 0 ? ' ' : ''}` : halfWidth;
      report('fullWidthAlphanumerics', { start: index, end }, spaced);
      index = end - 1;
      continue;
    }
    if (isMark(code)) {
      index = checkMarks(index) - 1;
      continue;
    }
    // (only ASCII is looked up by string: V8 keeps those one-character strings, a Han one would be allocated)
    const fullWidth = checks.punctuation && code < 0x80 ? FULL_WIDTH_OF[text.charAt(index)] : undefined;
    if (fullWidth !== undefined && inChineseSentence(index)) report('halfWidthPunctuation', { start: index, end: index + 1 }, fullWidth);
  }
  return findings;

  /** Whether the half-width `,.:;` at `index` ends or splits a Chinese clause (not a number, time, file name or ellipsis). */
  function inChineseSentence(index: number): boolean {
    const char = text[index];
    const next = text[index + 1] ?? '';
    const before = hanBefore(index);
    if (char === '.') {
      // 说明.md, 一.概述 and …... are not sentence ends
      if (next === '.' || text.charCodeAt(index - 1) === 0x2e || latinAt(index + 1) || before === -1) return false;
      return !CHINESE_NUMERALS.includes(text.charAt(before));
    }
    if (char === ':' || char === ';') return before !== -1 && next !== ')' && next !== '(' && next !== char && text.charCodeAt(index - 1) !== text.charCodeAt(index);
    return before !== -1 || (latinAt(index - 1) && hanAt(index + 1) > 0);
  }

  /** A run of ! and ? (half- or full-width): half-width ones in a Chinese sentence made full-width, past two removed. */
  function checkMarks(start: number): number {
    let end = start;
    let fullWidth = false;
    for (; prose(end) && isMark(text.charCodeAt(end)); end++) if (text.charCodeAt(end) > 0xff) fullWidth = true;
    const chinese = fullWidth || hanBefore(start) !== -1 || (latinAt(start - 1) && hanAt(end) > 0);
    if (!chinese) return end;
    const kept = checks.repeatedMarks ? Math.min(end - start, MAX_MARKS) : end - start;
    if (checks.punctuation) {
      let first = start;
      while (first < start + kept && text.charCodeAt(first) > 0xff) first++;
      let last = start + kept;
      while (last > first && text.charCodeAt(last - 1) > 0xff) last--;
      if (first < last) report('halfWidthPunctuation', { start: first, end: last }, Array.from(text.slice(first, last), (char) => FULL_WIDTH_OF[char] ?? char).join(''));
    }
    if (start + kept < end) report('repeatedMarks', { start: start + kept, end }, '');
    return end;
  }
}
