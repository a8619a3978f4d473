import type { MessageData, Span } from '../base/domain';
import { isDateKey, type DateKey } from '../time/dates';
import { MAX_OCCURRENCES, REPEAT_EVERY, WEEKDAYS, type RepeatEvery, type RepeatRule } from '../time/series';
import type { YamlEntry, YamlValue } from './yamlValue';

export type RepeatProblemId =
  | 'repeatNotMapping'
  | 'repeatUnknownKey'
  | 'repeatNoEvery'
  | 'repeatEvery'
  | 'repeatOnForDay'
  | 'repeatOnEmpty'
  | 'repeatWeekday'
  | 'repeatMonthDay'
  | 'repeatNoEnd'
  | 'repeatBothEnds'
  | 'repeatUntil'
  | 'repeatCount'
  | 'repeatExcept';

export interface RepeatProblem {
  messageId: RepeatProblemId;
  data: MessageData;
  span: Span;
}

/** A post's `repeat` field: the rule when it is well formed, else the problems with their spots. */
export interface RepeatField {
  entry: YamlEntry;
  rule?: RepeatRule;
  /** Where `until` is written, for a diagnostic about its date against `publish`. */
  untilSpan?: Span;
  problems: RepeatProblem[];
}

const KEYS = ['every', 'on', 'until', 'count', 'except'] as const;

/** A scalar as it was written, for messages. */
function written(value: YamlValue): string {
  if (value.kind === 'string') return value.value;
  if (value.kind === 'number' || value.kind === 'boolean') return String(value.value);
  if (value.kind === 'null') return '';
  return value.kind === 'list' ? '[…]' : '{…}';
}

/** A scalar or a list of scalars, as a list. */
function itemsOf(value: YamlValue): YamlValue[] {
  return value.kind === 'list' ? value.items : [value];
}

function readOn(every: RepeatEvery, value: YamlValue, problems: RepeatProblem[]): number[] {
  const items = itemsOf(value);
  if (items.length === 0 || value.kind === 'null') {
    problems.push({ messageId: 'repeatOnEmpty', data: {}, span: value.span });
    return [];
  }
  const on: number[] = [];
  for (const item of items) {
    if (every === 'week') {
      const weekday = item.kind === 'string' ? (WEEKDAYS as readonly string[]).indexOf(item.value.toLowerCase()) : -1;
      if (weekday === -1) problems.push({ messageId: 'repeatWeekday', data: { value: written(item) }, span: item.span });
      else on.push(weekday + 1);
    } else {
      const day = item.kind === 'number' ? item.value : Number.NaN;
      if (!Number.isInteger(day) || !((day >= 1 && day <= 31) || day === -1)) problems.push({ messageId: 'repeatMonthDay', data: { value: written(item) }, span: item.span });
      else on.push(day);
    }
  }
  return on;
}

function readDate(value: YamlValue): DateKey | undefined {
  return value.kind === 'string' && isDateKey(value.value.trim()) ? value.value.trim() : undefined;
}

/** Reads `repeat` (SPEC §6.2); every problem sits on the key or value it is about. */
export function readRepeat(entry: YamlEntry): RepeatField {
  const problems: RepeatProblem[] = [];
  const field: RepeatField = { entry, problems };
  const value = entry.value;
  if (value.kind !== 'map') {
    problems.push({ messageId: 'repeatNotMapping', data: {}, span: value.kind === 'null' ? entry.keySpan : value.span });
    return field;
  }
  const byKey = new Map<string, YamlEntry>();
  for (const part of value.entries) {
    if ((KEYS as readonly string[]).includes(part.key)) byKey.set(part.key, part);
    else problems.push({ messageId: 'repeatUnknownKey', data: { key: part.key, keys: KEYS.join(', ') }, span: part.keySpan });
  }
  const everyEntry = byKey.get('every');
  let every: RepeatEvery | undefined;
  if (!everyEntry) problems.push({ messageId: 'repeatNoEvery', data: {}, span: entry.keySpan });
  else if (everyEntry.value.kind === 'string' && (REPEAT_EVERY as readonly string[]).includes(everyEntry.value.value)) every = everyEntry.value.value as RepeatEvery;
  else problems.push({ messageId: 'repeatEvery', data: { value: written(everyEntry.value) }, span: everyEntry.value.span });
  const onEntry = byKey.get('on');
  let on: number[] = [];
  if (onEntry && every === 'day') problems.push({ messageId: 'repeatOnForDay', data: {}, span: onEntry.keySpan });
  else if (onEntry && every) on = readOn(every, onEntry.value, problems);
  const untilEntry = byKey.get('until');
  const countEntry = byKey.get('count');
  let until: DateKey | undefined;
  let count: number | undefined;
  if (!untilEntry && !countEntry) problems.push({ messageId: 'repeatNoEnd', data: {}, span: entry.keySpan });
  else if (untilEntry && countEntry) {
    const later = untilEntry.keySpan.start > countEntry.keySpan.start ? untilEntry : countEntry;
    problems.push({ messageId: 'repeatBothEnds', data: {}, span: later.keySpan });
  } else if (untilEntry) {
    until = readDate(untilEntry.value);
    if (until === undefined) problems.push({ messageId: 'repeatUntil', data: { value: written(untilEntry.value) }, span: untilEntry.value.span });
    field.untilSpan = untilEntry.value.span;
  } else if (countEntry) {
    const value = countEntry.value.kind === 'number' ? countEntry.value.value : Number.NaN;
    // a count past the cap is the cap's error, at `repeat`, like a long `until`
    if (Number.isInteger(value) && value >= 1) count = value;
    else problems.push({ messageId: 'repeatCount', data: { value: written(countEntry.value), max: MAX_OCCURRENCES }, span: countEntry.value.span });
  }
  const except: DateKey[] = [];
  const exceptEntry = byKey.get('except');
  for (const item of exceptEntry && exceptEntry.value.kind !== 'null' ? itemsOf(exceptEntry.value) : []) {
    const date = readDate(item);
    if (date === undefined) problems.push({ messageId: 'repeatExcept', data: { value: written(item) }, span: item.span });
    else except.push(date);
  }
  // `on` deduplicated here, so however long the list is written, expansion looks at 7 weekdays or 32 month days at most
  if (problems.length === 0 && every) field.rule = { every, on: [...new Set(on)], until, count, except };
  return field;
}
