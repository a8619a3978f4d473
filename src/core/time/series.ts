import { dateKeyOf, parseDateKey, type DateKey } from './dates';
import { daysInMonth, type LocalDateTime } from './publish';
import type { TimeZone } from './zone';

/** Most occurrences one series may have: the rule may yield this many, counting the ones `except` removes. */
export const MAX_OCCURRENCES = 1000;

export const REPEAT_EVERY = ['day', 'week', 'month'] as const;
export type RepeatEvery = (typeof REPEAT_EVERY)[number];
/** ISO weekday order: `mon` is 1, `sun` is 7. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A post's `repeat`, read and checked for its own sake (its dates against `publish` are checked on expansion). */
export interface RepeatRule {
  every: RepeatEvery;
  /** ISO weekdays (1 = Monday) for `week`, month days (1 to 31, -1 = last) for `month`; empty when not written. */
  on: number[];
  until?: DateKey;
  count?: number;
  except: DateKey[];
}

export interface SeriesDates {
  /** The dates the rule yields from the start date on, `except` removed, ascending. */
  dates: DateKey[];
  /** Dates the rule yields that `except` removes. */
  excepted: DateKey[];
  /** The rule yields more than MAX_OCCURRENCES dates: nothing is expanded. */
  overflow: boolean;
}

const DAY = 86_400_000;

function epochDay(date: DateKey): number {
  const { year, month, day } = parseDateKey(date);
  return Math.round(Date.UTC(year, month - 1, day) / DAY);
}

function keyOfEpochDay(day: number): DateKey {
  const date = new Date(day * DAY);
  return dateKeyOf({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}

/** ISO weekday (1 = Monday … 7 = Sunday) of an epoch day; 1970-01-01 was a Thursday. */
function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

function* dailyPeriods(first: number): Generator<number[]> {
  for (let day = first; ; day++) yield [day];
}

function* weeklyPeriods(first: number, on: readonly number[]): Generator<number[]> {
  const weekdays = [...new Set(on.length > 0 ? on : [isoWeekday(first)])].sort((a, b) => a - b);
  for (let monday = first - isoWeekday(first) + 1; ; monday += 7) yield weekdays.map((weekday) => monday + weekday - 1);
}

function* monthlyPeriods(start: DateKey, on: readonly number[]): Generator<number[]> {
  let { year, month } = parseDateKey(start);
  const monthDays = on.length > 0 ? on : [parseDateKey(start).day];
  for (;;) {
    const length = daysInMonth(year, month);
    // RFC 5545: a day the month does not have (the 31st in April) is skipped, not moved; -1 is the last day
    const days = [...new Set(monthDays.map((day) => (day < 0 ? length + 1 + day : day)).filter((day) => day >= 1 && day <= length))].sort((a, b) => a - b);
    const firstOfMonth = Math.round(Date.UTC(year, month - 1, 1) / DAY);
    yield days.map((day) => firstOfMonth + day - 1);
    month = (month % 12) + 1;
    if (month === 1) year++;
  }
}

/** Each period's candidate dates, as epoch days ascending, from the period that holds `start` on; never ends by itself. */
function periods(rule: RepeatRule, start: DateKey): Generator<number[]> {
  const first = epochDay(start);
  if (rule.every === 'day') return dailyPeriods(first);
  if (rule.every === 'week') return weeklyPeriods(first, rule.on);
  return monthlyPeriods(start, rule.on);
}

/**
 * The dates a rule yields from `start` (the base publish date) on: `start` itself only when the rule yields it.
 * `count` counts yielded dates before `except` removes any (as RFC 5545's COUNT does before EXDATE); `until` is
 * inclusive. Bounded: a rule that yields more than MAX_OCCURRENCES dates stops at the first one past it.
 */
export function seriesDates(rule: RepeatRule, start: DateKey): SeriesDates {
  const first = epochDay(start);
  const last = rule.until === undefined ? Infinity : epochDay(rule.until);
  const wanted = rule.count ?? Infinity;
  const except = new Set(rule.except);
  const dates: DateKey[] = [];
  const excepted: DateKey[] = [];
  let yielded = 0;
  // every period yields a date at least once a year (a month day such as 31 still falls in seven months a year),
  // so the walk ends at `until`, at `count` or at the cap
  for (const candidates of periods(rule, start)) {
    if ((candidates[0] ?? -Infinity) > last) break;
    for (const day of candidates) {
      if (day < first || day > last) continue;
      if (yielded === wanted) break;
      if (yielded === MAX_OCCURRENCES) return { dates: [], excepted: [], overflow: true };
      yielded++;
      const date = keyOfEpochDay(day);
      (except.has(date) ? excepted : dates).push(date);
    }
    if (yielded === wanted) break;
  }
  return { dates, excepted, overflow: false };
}

/** An occurrence's instant: its date at the base time of day, wall clock in the zone (08:30 stays 08:30 across DST). */
export function occurrenceInstant(date: DateKey, timeOfDay: LocalDateTime, zone: TimeZone): number {
  return zone.toInstant({ ...timeOfDay, ...parseDateKey(date) });
}

export type SeriesProblem = 'repeatUntilBeforePublish' | 'repeatTooMany' | 'repeatEmpty';

/** An instant with its wall-clock time in the workspace zone (a PostTime). */
export interface ZonedTime {
  instant: number;
  local: LocalDateTime;
}

export type SeriesExpansion = { ok: true; occurrences: ZonedTime[]; excepted: DateKey[] } | { ok: false; problem: SeriesProblem };

/** A well-formed rule expanded from a post's time: each occurrence at the base time of day, or why there are none. */
export function expandSeries(rule: RepeatRule, base: ZonedTime, zone: TimeZone): SeriesExpansion {
  const start = dateKeyOf(base.local);
  if (rule.until !== undefined && rule.until < start) return { ok: false, problem: 'repeatUntilBeforePublish' };
  const found = seriesDates(rule, start);
  if (found.overflow) return { ok: false, problem: 'repeatTooMany' };
  if (found.dates.length === 0) return { ok: false, problem: 'repeatEmpty' };
  const occurrences = found.dates.map((date) => {
    const instant = occurrenceInstant(date, base.local, zone);
    return { instant, local: zone.toLocal(instant) };
  });
  return { ok: true, occurrences, excepted: found.excepted };
}
