import type { TextEdit } from '../base/domain';
import { publishEdit } from '../parse/publishEdit';
import { readPost, type Post } from '../parse/post';
import type { YamlEntry, YamlValue } from '../parse/yamlValue';
import { rescheduleEdit, type RescheduleResult } from './reschedule';
import { addDaysToKey, dateKeyOf, dayDifference, parseDateKey, type DateKey } from '../time/dates';
import { postTime } from '../time/postTime';
import type { TimeZone } from '../time/zone';

/** Most names tried for the standalone post of a moved occurrence (`name-2026-12-03.md`, `…-2.md`, …). */
const MAX_NAME_TRIES = 100;

export type OccurrenceMoveResult =
  | { ok: true; seriesEdit: TextEdit; post: { path: string; text: string } }
  | { ok: false; reason: 'noSeries' | 'notOccurrence' | 'badTime' | 'unsafeValue' | 'noName' };

function apply(text: string, edit: TextEdit): string {
  return text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function indentOf(text: string, offset: number): string {
  const start = lineStart(text, offset);
  return text.slice(start, offset);
}

/**
 * The edit that adds a date to `repeat.except`, in the style already there: into a flow list, as one more item of
 * a block list, a scalar turned into a flow list, or a new `except: [date]` key beside the others.
 */
function addExceptEdit(post: Post, repeat: YamlEntry, date: DateKey): TextEdit | undefined {
  const text = post.source.text;
  const eol = post.source.eol;
  if (repeat.value.kind !== 'map') return undefined;
  const entries = repeat.value.entries;
  const except = entries.find((entry) => entry.key === 'except');
  const flowMap = text[repeat.value.span.start] === '{';
  if (!except) {
    const last = entries[entries.length - 1];
    if (!last) return undefined;
    if (flowMap) return { span: { start: last.value.span.end, end: last.value.span.end }, newText: `, except: [${date}]` };
    const end = valueLineEnd(text, last.value);
    return { span: { start: end, end }, newText: `${indentOf(text, last.keySpan.start)}except: [${date}]${eol}` };
  }
  const value = except.value;
  if (value.kind === 'list' && text[value.span.start] === '[') {
    const close = text.lastIndexOf(']', value.span.end);
    return { span: { start: close, end: close }, newText: value.items.length === 0 ? date : `, ${date}` };
  }
  const lastItem = value.kind === 'list' ? value.items[value.items.length - 1] : undefined;
  if (lastItem) {
    const dash = text.lastIndexOf('-', lastItem.span.start);
    const end = valueLineEnd(text, lastItem);
    return { span: { start: end, end }, newText: `${indentOf(text, dash)}- ${date}${eol}` };
  }
  if (value.kind === 'string' || value.kind === 'null') {
    const items = value.kind === 'string' ? `${value.value}, ${date}` : date;
    return value.kind === 'null' ? { span: { start: except.keySpan.end + 1, end: except.keySpan.end + 1 }, newText: ` [${items}]` } : { span: value.span, newText: `[${items}]` };
  }
  return undefined;
}

/** The offset just past the line break that ends a value's last line (or the end of the text). */
function valueLineEnd(text: string, value: YamlValue): number {
  const end = value.span.end;
  if (end > 0 && text[end - 1] === '\n') return end;
  const lineBreak = text.indexOf('\n', end);
  return lineBreak === -1 ? text.length : lineBreak + 1;
}

/** The text without the `repeat` field's lines. */
function withoutRepeat(text: string, repeat: YamlEntry): string {
  return text.slice(0, lineStart(text, repeat.keySpan.start)) + text.slice(valueLineEnd(text, repeat.value));
}

function sameFields(a: Post, b: Post, except: string[]): boolean {
  const fieldsA = a.fields;
  const fieldsB = b.fields;
  if (!fieldsA || !fieldsB) return false;
  const keys = (fields: ReadonlyMap<string, YamlEntry>) => [...fields.keys()].filter((key) => !except.includes(key));
  const keysA = keys(fieldsA);
  const keysB = keys(fieldsB);
  return keysA.length === keysB.length && keysA.every((key, index) => key === keysB[index] && JSON.stringify(strip(fieldsA.get(key)?.value)) === JSON.stringify(strip(fieldsB.get(key)?.value)));
}

/** A value without its places in the file, to compare two readings. */
function strip(value: YamlValue | undefined): unknown {
  if (!value) return undefined;
  if (value.kind === 'list') return value.items.map(strip);
  if (value.kind === 'map') return value.entries.map((entry) => [entry.key, strip(entry.value)]);
  return 'value' in value ? [value.kind, value.value] : value.kind;
}

function targetInstant(base: Post, to: { date: DateKey; time?: string }, zone: TimeZone): number | undefined {
  const current = postTime(base.publish, zone)?.local;
  const match = to.time === undefined ? undefined : /^([01]\d|2[0-3]):([0-5]\d)$/.exec(to.time);
  if (!current || (to.time !== undefined && !match)) return undefined;
  return zone.toInstant({ ...parseDateKey(to.date), hour: match ? Number(match[1]) : current.hour, minute: match ? Number(match[2]) : current.minute, second: match ? 0 : current.second, millisecond: 0 });
}

/**
 * "This one" (SPEC §6.2): the occurrence's date goes into the series' `except`, and a standalone post — the same
 * file without `repeat`, `publish` at the new time — is written beside it, under the first free name of
 * `<name>-<new date>[-n].md`. Both texts are read back: the series changes only in `except`, the new post only in
 * `publish` and the missing `repeat`.
 */
export function moveOccurrence(path: string, text: string, occurrence: DateKey, to: { date: DateKey; time?: string }, zone: TimeZone, exists: (path: string) => boolean): OccurrenceMoveResult {
  const post = readPost(path, text);
  const repeat = post.fields?.get('repeat');
  const rule = post.repeat?.rule;
  if (!repeat || !rule) return { ok: false, reason: 'noSeries' };
  if (rule.except.includes(occurrence)) return { ok: false, reason: 'notOccurrence' };
  const instant = targetInstant(post, to, zone);
  if (instant === undefined) return { ok: false, reason: 'badTime' };
  const seriesEdit = addExceptEdit(post, repeat, occurrence);
  if (!seriesEdit) return { ok: false, reason: 'unsafeValue' };
  const series = readPost(path, apply(text, seriesEdit));
  const exceptAfter = series.repeat?.rule?.except ?? [];
  if (!exceptAfter.includes(occurrence) || exceptAfter.length !== rule.except.length + 1 || !sameFields(post, series, ['repeat'])) return { ok: false, reason: 'unsafeValue' };
  const single = readPost(path, withoutRepeat(text, repeat));
  const moved = single.repeat === undefined && sameFields(post, single, ['repeat']) ? publishEdit(single, instant, zone) : undefined;
  if (!moved?.ok) return { ok: false, reason: 'unsafeValue' };
  const stem = path.replace(/\.md$/i, '');
  const date = dateKeyOf(zone.toLocal(instant));
  for (let attempt = 1; attempt <= MAX_NAME_TRIES; attempt++) {
    const candidate = `${stem}-${date}${attempt === 1 ? '' : `-${attempt}`}.md`;
    if (!exists(candidate)) return { ok: true, seriesEdit, post: { path: candidate, text: apply(single.source.text, moved.edit) } };
  }
  return { ok: false, reason: 'noName' };
}

/**
 * "The whole series": `publish` shifts by the days and time the occurrence was dragged. Only with `on` left out do
 * the series' days follow `publish`; with `on` written the days are `on`'s, so a move to another day is refused
 * (`onDays`) and only the time of day may change.
 */
export function moveSeries(text: string, occurrence: DateKey, to: { date: DateKey; time?: string }, zone: TimeZone): RescheduleResult | { ok: false; reason: 'onDays' | 'noSeries' } {
  const post = readPost('post.md', text);
  const rule = post.repeat?.rule;
  const base = postTime(post.publish, zone)?.local;
  if (!rule || !base) return { ok: false, reason: 'noSeries' };
  const days = dayDifference(occurrence, to.date);
  if (days !== 0 && rule.on.length > 0) return { ok: false, reason: 'onDays' };
  return rescheduleEdit(text, { date: addDaysToKey(dateKeyOf(base), days), ...(to.time === undefined ? {} : { time: to.time }) }, zone);
}
