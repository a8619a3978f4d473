import type { PostResult } from '../rules/evaluate';
import type { Anchor, PostSummary, ScheduledTime } from '../model/schedule';
import type { Diagnostic, Fix, MessageData, PostStatus, PostType, Severity } from '../base/domain';
import { NO_SUPPRESSIONS, type Suppressions } from '../parse/directives';
import type { DateKey, MonthKey, WeekKey } from '../time/dates';
import type { RepeatRule } from '../time/series';

/**
 * A post's result as compact JSON values. Diagnostics are arrays, their rule id, severity and message ids numbers into
 * a table of strings shared by the whole cache file: a workspace with a hundred thousand typography notes stores
 * each as some sixty bytes, not four hundred. The file name is the entry's key and is not repeated.
 */
export type EncodedDiagnostic = [number, number, number, MessageData, number, number, number, number, number, number, EncodedFix?];
/** Fix: message id, its data (0: the diagnostic's own data), edits as start, end, new text, start, end, …. */
export type EncodedFix = [number, MessageData | 0, Array<number | string>];

/** Strings by number and numbers by string, growing as a run meets new rule and message ids. */
export class StringTable {
  private readonly numbers = new Map<string, number>();

  constructor(readonly strings: string[] = []) {
    strings.forEach((text, number) => this.numbers.set(text, number));
  }

  numberOf(text: string): number {
    let number = this.numbers.get(text);
    if (number === undefined) {
      number = this.strings.push(text) - 1;
      this.numbers.set(text, number);
    }
    return number;
  }

  textOf(number: number): string {
    const text = this.strings[number];
    if (typeof text !== 'string') throw new TypeError(`no string ${number} in the cache's table`);
    return text;
  }
}

export function encodeDiagnostics(diagnostics: readonly Diagnostic[], table: StringTable): EncodedDiagnostic[] {
  return diagnostics.map((diagnostic) => {
    const { span, range, fix } = diagnostic;
    const encoded: EncodedDiagnostic = [
      table.numberOf(diagnostic.ruleId),
      table.numberOf(diagnostic.severity),
      table.numberOf(diagnostic.messageId),
      diagnostic.data,
      span.start,
      span.end,
      range.start.line,
      range.start.character,
      range.end.line,
      range.end.character,
    ];
    if (fix) encoded.push([table.numberOf(fix.messageId), fix.data === diagnostic.data ? 0 : fix.data, fix.edits.flatMap((edit) => [edit.span.start, edit.span.end, edit.newText])]);
    return encoded;
  });
}

function decodeFix([messageId, data, edits]: EncodedFix, diagnosticData: MessageData, table: StringTable): Fix {
  const decoded: Fix = { messageId: table.textOf(messageId), data: data === 0 ? diagnosticData : data, edits: [] };
  for (let at = 0; at + 2 < edits.length; at += 3) decoded.edits.push({ span: { start: edits[at] as number, end: edits[at + 1] as number }, newText: edits[at + 2] as string });
  return decoded;
}

/** The diagnostics of `file`, with the same fields in the same order as evaluatePost makes them. */
export function decodeDiagnostics(file: string, encoded: readonly EncodedDiagnostic[], table: StringTable): Diagnostic[] {
  // indexed, not destructured: decoding runs for every cached post, and destructuring iterates
  return encoded.map((value) => {
    const data = value[3];
    const fix = value[10];
    return {
      file,
      ruleId: table.textOf(value[0]),
      severity: table.textOf(value[1]) as Severity,
      messageId: table.textOf(value[2]),
      data,
      span: { start: value[4], end: value[5] },
      range: { start: { line: value[6], character: value[7] }, end: { line: value[8], character: value[9] } },
      ...(fix ? { fix: decodeFix(fix, data, table) } : {}),
    };
  });
}

/** A copy without the path, taken when the post is evaluated: the index later takes the readable body off the summary. */
type EncodedAnchor = [number, number, number, number, number, number];
/** instant; local year, month, day, hour, minute, second, millisecond; date, week, month keys. */
type EncodedTime = [number, number, number, number, number, number, number, number, DateKey, WeekKey, MonthKey];
type EncodedSeries = [RepeatRule, EncodedTime[], DateKey[]];
/**
 * Where a readable body sits in the text after a cache file's entries (start, length): the bodies are most of a
 * cache, and taken from the file's text as slices they are neither parsed nor copied, only read where needed.
 */
export type BodyRef = [number, number];
/**
 * A summary as one array, optional parts as null: groups, ugc, tags, suppressions (0: none), time, series, publish
 * anchor, type, type anchor, status, title, owner, reviewer, body anchor, readable body (its text until written).
 */
export type EncodedSummary = [
  string[],
  boolean,
  string[],
  Suppressions | 0,
  EncodedTime | null,
  EncodedSeries | null,
  EncodedAnchor | null,
  PostType | null,
  EncodedAnchor | null,
  PostStatus | null,
  string | null,
  string | null,
  string | null,
  EncodedAnchor | null,
  string | BodyRef | null,
];

function encodeAnchor(anchor: Anchor | undefined): EncodedAnchor | null {
  if (!anchor) return null;
  const { span, range } = anchor;
  return [span.start, span.end, range.start.line, range.start.character, range.end.line, range.end.character];
}

function decodeAnchor(value: EncodedAnchor): Anchor {
  return { span: { start: value[0], end: value[1] }, range: { start: { line: value[2], character: value[3] }, end: { line: value[4], character: value[5] } } };
}

function encodeTime({ instant, local, date, week, month }: ScheduledTime): EncodedTime {
  return [instant, local.year, local.month, local.day, local.hour, local.minute, local.second, local.millisecond, date, week, month];
}

function decodeTime(value: EncodedTime): ScheduledTime {
  return { instant: value[0], local: { year: value[1], month: value[2], day: value[3], hour: value[4], minute: value[5], second: value[6], millisecond: value[7] }, date: value[8], week: value[9], month: value[10] };
}

/** Taken when the post is evaluated: the index later takes the readable body off the summary. */
export function encodeSummary(summary: PostSummary): EncodedSummary {
  const { series } = summary;
  return [
    summary.groupIds,
    summary.ugc,
    summary.tags,
    summary.suppressions === NO_SUPPRESSIONS ? 0 : summary.suppressions,
    summary.time ? encodeTime(summary.time) : null,
    series ? [series.rule, series.occurrences.map(encodeTime), series.excepted] : null,
    encodeAnchor(summary.publishAnchor),
    summary.type ?? null,
    encodeAnchor(summary.typeAnchor),
    summary.status ?? null,
    summary.title ?? null,
    summary.owner ?? null,
    summary.reviewer ?? null,
    encodeAnchor(summary.bodyAnchor),
    summary.readableBody ?? null,
  ];
}

/** A body from the text a cache file keeps them in; a reference out of bounds is a damaged entry. */
function bodyAt(body: string | BodyRef, bodies: string): string {
  if (typeof body === 'string') return body;
  const [start, length] = body;
  if (!(start >= 0 && length >= 0 && start + length <= bodies.length)) throw new RangeError('a body outside the cache file');
  return bodies.slice(start, start + length);
}

/** A fresh summary each time, with the fields evaluatePost sets in the order it sets them. */
export function decodeSummary(path: string, encoded: EncodedSummary, bodies: string): PostSummary {
  const suppressions = encoded[3];
  const summary: PostSummary = { path, groupIds: encoded[0], ugc: encoded[1], tags: encoded[2], suppressions: suppressions === 0 ? NO_SUPPRESSIONS : suppressions };
  const time = encoded[4];
  const series = encoded[5];
  const publishAnchor = encoded[6];
  const type = encoded[7];
  const typeAnchor = encoded[8];
  const status = encoded[9];
  const title = encoded[10];
  const owner = encoded[11];
  const reviewer = encoded[12];
  const bodyAnchor = encoded[13];
  const readableBody = encoded[14];
  if (time) summary.time = decodeTime(time);
  if (series) summary.series = { rule: series[0], occurrences: series[1].map(decodeTime), excepted: series[2] };
  if (publishAnchor) summary.publishAnchor = decodeAnchor(publishAnchor);
  if (type !== null) summary.type = type;
  if (typeAnchor) summary.typeAnchor = decodeAnchor(typeAnchor);
  if (status !== null) summary.status = status;
  if (title !== null) summary.title = title;
  if (owner !== null) summary.owner = owner;
  if (reviewer !== null) summary.reviewer = reviewer;
  if (bodyAnchor) summary.bodyAnchor = decodeAnchor(bodyAnchor);
  if (readableBody !== null) summary.readableBody = bodyAt(readableBody, bodies);
  return summary;
}

export function decodeResult(path: string, summary: EncodedSummary, diagnostics: readonly EncodedDiagnostic[], table: StringTable, bodies: string): PostResult {
  return { summary: decodeSummary(path, summary, bodies), diagnostics: decodeDiagnostics(path, diagnostics, table) };
}

/**
 * The summary as a file keeps it: its body moved to the end of `bodies` (the text written after the entries). A body
 * read from the file (in `previous`) keeps its place when `previous` is written again first, else it is copied.
 */
export function withBodyRef(summary: EncodedSummary, previous: string, bodies: { parts: string[]; length: number }, previousKept: boolean): EncodedSummary {
  const body = summary[14];
  if (body === null || (previousKept && typeof body !== 'string')) return summary;
  const text = typeof body === 'string' ? body : bodyAt(body, previous);
  const ref: BodyRef = [bodies.length, text.length];
  bodies.parts.push(text);
  bodies.length += text.length;
  const copy = [...summary] as EncodedSummary;
  copy[14] = ref;
  return copy;
}
