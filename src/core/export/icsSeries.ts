import type { LocalDateTime } from '../time/publish';
import { parseDateKey, type DateKey } from '../time/dates';
import { WEEKDAYS } from '../time/series';
import type { TimeZone } from '../time/zone';
import type { PlanRow } from './plan';

/** One series in one group as a single VEVENT: its first row is DTSTART, the others are left to the RRULE. */
export interface SeriesEvent {
  start: PlanRow;
  /** The RRULE line and, when dates are left out, the EXDATE line. */
  repeating: string[];
}

export interface IcsPlan {
  /** Per row: the series event it starts, `covered` when a series event stands for it, or `single` for its own VEVENT. */
  roles: Array<SeriesEvent | 'covered' | 'single'>;
}

const FREQ = { day: 'DAILY', week: 'WEEKLY', month: 'MONTHLY' } as const;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function utcStamp(instant: number): string {
  const date = new Date(instant);
  return `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

function localStamp(date: DateKey, time: LocalDateTime): string {
  return `${date.replace(/-/g, '')}T${pad(time.hour)}${pad(time.minute)}${pad(time.second)}`;
}

function sameClock(a: LocalDateTime, b: LocalDateTime): boolean {
  return a.hour === b.hour && a.minute === b.minute && a.second === b.second;
}

/** ISO weekday (1 = Monday) of a date. */
function weekdayOf(date: DateKey): number {
  const { year, month, day } = parseDateKey(date);
  return ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;
}

/**
 * How the rows of series go into an iCalendar file (SPEC §6.2): each series in each group becomes one VEVENT whose
 * RRULE yields exactly the engine's occurrences between its first and last row — UNTIL at the last row's instant,
 * EXDATE for the dates `except` removes and for the occurrences that go out singly. An occurrence goes out singly
 * (in UTC, as any post) where a client could place it elsewhere than the engine: its start or end in an hour the
 * clocks show twice, or its time of day moved off the series' by a skipped hour.
 */
export function planSeries(rows: readonly PlanRow[], zone: TimeZone, namedOnlyBy: (instant: number) => boolean, endOf: (instant: number) => number): IcsPlan {
  const roles: IcsPlan['roles'] = rows.map(() => 'single');
  const bySeries = new Map<string, Array<{ position: number; row: PlanRow }>>();
  rows.forEach((row, position) => {
    if (row.entry.occurrence === undefined || !row.entry.post.series || !row.entry.post.time) return;
    const key = `${row.entry.post.path}\u0000${row.group.id}`;
    const positions = bySeries.get(key);
    if (positions) positions.push({ position, row });
    else bySeries.set(key, [{ position, row }]);
  });
  for (const positions of bySeries.values()) {
    const post = positions[0]?.row.entry.post;
    const series = post?.series;
    const base = post?.time?.local;
    if (!series || !base || !post?.time) continue;
    const inRrule = positions.filter(({ row }) => {
      const time = row.entry.time;
      return sameClock(time.local, base) && namedOnlyBy(time.instant) && namedOnlyBy(endOf(time.instant));
    });
    const start = inRrule[0];
    const last = positions[positions.length - 1]?.row.entry.time;
    if (!start || !last) continue;
    const first = start.row.entry.time;
    const covered = new Set(inRrule.map(({ row }) => row.entry.time.date));
    const yielded = [...series.occurrences.map((occurrence) => occurrence.date), ...series.excepted].filter((date) => date >= first.date && date <= last.date).sort();
    const exdates = yielded.filter((date) => !covered.has(date)).map((date) => localStamp(date, base));
    const rule = series.rule;
    const baseDate = post.time.date;
    const by =
      rule.every === 'week'
        ? `;BYDAY=${(rule.on.length > 0 ? [...new Set(rule.on)].sort() : [weekdayOf(baseDate)]).map((weekday) => (WEEKDAYS[weekday - 1] ?? '').slice(0, 2).toUpperCase()).join(',')}`
        : rule.every === 'month'
          ? `;BYMONTHDAY=${(rule.on.length > 0 ? [...new Set(rule.on)] : [parseDateKey(baseDate).day]).join(',')}`
          : '';
    const lines = [`RRULE:FREQ=${FREQ[rule.every]}${by};UNTIL=${utcStamp(last.instant)}`];
    if (exdates.length > 0) lines.push(`EXDATE;TZID=${zone.name}:${exdates.join(',')}`);
    roles[start.position] = { start: start.row, repeating: lines };
    for (const { position } of inRrule.slice(1)) roles[position] = 'covered';
  }
  return { roles };
}
