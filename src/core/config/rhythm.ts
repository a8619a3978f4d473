import { closestMatch } from '../base/closest';
import { POST_TYPES, type MessageData, type PostType, type Span } from '../base/domain';
import { DEFAULT_PLAN_HORIZON, type Rhythm, type RhythmSlot } from '../model/rhythm';
import type { YamlValue } from '../parse/yamlValue';
import type { ConfigProblemSink } from './problemSink';

/** ISO weekday order: index 0 is Monday. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const DEFAULT_SLOT_WINDOW = 60;
/** A window of 12 hours either side already reaches every time of a day; more would let one slot reach two days away. */
export const MAX_SLOT_WINDOW = 720;
export const MAX_PLAN_HORIZON = 366;
/** Slots in one rhythm: a day has 1 440 minutes, and real rhythms have a handful. */
export const MAX_SLOTS = 48;

const RHYTHM_KEYS = ['slots', 'window', 'horizonDays'];
const SLOT_KEYS = ['time', 'type', 'days'];
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

type RhythmProblemSink = (severity: 'error' | 'warning', messageId: string, data: MessageData, span: Span) => void;

/** A level's rhythm; `rhythm:` left empty means the level sets none. */
export function readLevelRhythm(value: YamlValue, path: string, sink: ConfigProblemSink): Rhythm | undefined {
  if (value.kind === 'null') return undefined;
  return readRhythm(value, path, (severity, messageId, data, span) => sink.report({ severity, messageId, data, span }));
}

/** Reads a `rhythm` mapping (top level, a tier or a group); every problem is reported at its spot. */
function readRhythm(value: YamlValue, path: string, report: RhythmProblemSink): Rhythm | undefined {
  if (value.kind !== 'map') {
    report('error', 'wrongType', { path, expected: { en: 'a mapping', 'zh-CN': '映射' } }, value.span);
    return undefined;
  }
  const rhythm: { slots: RhythmSlot[]; window: number; horizonDays: number } = { slots: [], window: DEFAULT_SLOT_WINDOW, horizonDays: DEFAULT_PLAN_HORIZON };
  let hasSlots = false;
  for (const entry of value.entries) {
    const field = `${path}.${entry.key}`;
    if (entry.key === 'slots') {
      hasSlots = true;
      rhythm.slots = readSlots(entry.value, field, report);
    } else if (entry.key === 'window') {
      const window = wholeNumber(entry.value, 0, MAX_SLOT_WINDOW);
      if (window === undefined) report('error', 'rhythmRange', { path: field, min: 0, max: MAX_SLOT_WINDOW }, entry.value.span);
      else rhythm.window = window;
    } else if (entry.key === 'horizonDays') {
      const days = wholeNumber(entry.value, 1, MAX_PLAN_HORIZON);
      if (days === undefined) report('error', 'rhythmRange', { path: field, min: 1, max: MAX_PLAN_HORIZON }, entry.value.span);
      else rhythm.horizonDays = days;
    } else {
      const suggestion = closestMatch(entry.key, RHYTHM_KEYS);
      report('warning', 'unknownKey', { key: entry.key, hint: suggestion === undefined ? '' : { en: ` (did you mean "${suggestion}"?)`, 'zh-CN': `（是否是“${suggestion}”？）` } }, entry.keySpan);
    }
  }
  if (!hasSlots) report('error', 'rhythmNoSlots', { path }, value.span);
  return rhythm;
}

function wholeNumber(value: YamlValue, min: number, max: number): number | undefined {
  return value.kind === 'number' && Number.isInteger(value.value) && value.value >= min && value.value <= max ? value.value : undefined;
}

function readSlots(value: YamlValue, path: string, report: RhythmProblemSink): RhythmSlot[] {
  if (value.kind === 'null') return [];
  if (value.kind !== 'list') {
    report('error', 'wrongType', { path, expected: { en: 'a list', 'zh-CN': '列表' } }, value.span);
    return [];
  }
  const slots: RhythmSlot[] = [];
  const itemIndices: number[] = [];
  value.items.forEach((item, index) => {
    if (slots.length === MAX_SLOTS) {
      if (index === MAX_SLOTS) report('error', 'rhythmTooManySlots', { path, max: MAX_SLOTS }, item.span);
      return;
    }
    const slot = readSlot(item, `${path}[${index}]`, report);
    if (!slot) return;
    const twin = slots.findIndex((other) => sameSlot(other, slot));
    if (twin !== -1) {
      report('error', 'rhythmDuplicateSlot', { time: slot.time, first: `${path}[${itemIndices[twin]}]` }, item.span);
      return;
    }
    slots.push(slot);
    itemIndices.push(index);
  });
  return slots;
}

/** Two slots at the same time for the same type (or both for any type) on a common day would count one post twice over. */
function sameSlot(a: RhythmSlot, b: RhythmSlot): boolean {
  if (a.minuteOfDay !== b.minuteOfDay || a.type !== b.type) return false;
  if (!a.days || !b.days) return true;
  for (const day of a.days) if (b.days.has(day)) return true;
  return false;
}

function readSlot(item: YamlValue, path: string, report: RhythmProblemSink): RhythmSlot | undefined {
  if (item.kind !== 'map') {
    report('error', 'wrongType', { path, expected: { en: 'a mapping', 'zh-CN': '映射' } }, item.span);
    return undefined;
  }
  let slot: RhythmSlot | undefined;
  let valid = true;
  let type: PostType | undefined;
  let days: Set<number> | undefined;
  for (const entry of item.entries) {
    const field = `${path}.${entry.key}`;
    if (entry.key === 'time') {
      const match = entry.value.kind === 'string' ? TIME_PATTERN.exec(entry.value.value) : null;
      if (!match) {
        report('error', 'rhythmBadTime', { path: field }, entry.value.span);
        valid = false;
      } else slot = { time: match[0], minuteOfDay: Number(match[1]) * 60 + Number(match[2]) };
    } else if (entry.key === 'type') {
      if (entry.value.kind === 'string' && (POST_TYPES as readonly string[]).includes(entry.value.value)) type = entry.value.value as PostType;
      else {
        report('error', 'rhythmUnknownType', { path: field, hint: hintFor(entry.value, POST_TYPES) }, entry.value.span);
        valid = false;
      }
    } else if (entry.key === 'days') {
      days = readDays(entry.value, field, report);
      if (!days) valid = false;
    } else {
      const suggestion = closestMatch(entry.key, SLOT_KEYS);
      report('warning', 'unknownKey', { key: entry.key, hint: suggestion === undefined ? '' : { en: ` (did you mean "${suggestion}"?)`, 'zh-CN': `（是否是“${suggestion}”？）` } }, entry.keySpan);
    }
  }
  if (!slot) {
    if (valid) report('error', 'rhythmBadTime', { path: `${path}.time` }, item.span);
    return undefined;
  }
  if (!valid) return undefined;
  if (type) slot.type = type;
  if (days) slot.days = days;
  return slot;
}

function readDays(value: YamlValue, path: string, report: RhythmProblemSink): Set<number> | undefined {
  if (value.kind !== 'list' || value.items.length === 0) {
    report('error', 'wrongType', { path, expected: { en: `a non-empty list of ${WEEKDAYS.join(', ')}`, 'zh-CN': `${WEEKDAYS.join('、')} 的非空列表` } }, value.span);
    return undefined;
  }
  const days = new Set<number>();
  let valid = true;
  for (const item of value.items) {
    const day = item.kind === 'string' ? (WEEKDAYS as readonly string[]).indexOf(item.value) : -1;
    if (day === -1) {
      report('error', 'rhythmBadDay', { path, hint: hintFor(item, WEEKDAYS) }, item.span);
      valid = false;
    } else days.add(day);
  }
  return valid ? days : undefined;
}

function hintFor(value: YamlValue, known: readonly string[]): MessageData[string] {
  const suggestion = value.kind === 'string' ? closestMatch(value.value, known) : undefined;
  return suggestion === undefined ? { en: ` (one of ${known.join(', ')})`, 'zh-CN': `（${known.join('、')} 之一）` } : { en: ` (did you mean "${suggestion}"?)`, 'zh-CN': `（是否是“${suggestion}”？）` };
}
