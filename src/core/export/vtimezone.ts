import { wallClockAsUtc } from '../time/publish';
import type { TimeZone } from '../time/zone';

const MINUTE = 60_000;
const DAY = 86_400_000;

interface OffsetChange {
  instant: number;
  /** Minutes east of UTC before and after. */
  from: number;
  to: number;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** `+0800`, `-0430`, `-004430`: the UTC-OFFSET form of RFC 5545 §3.3.14 (seconds for the odd offsets of the 1970s). */
function utcOffset(minutes: number): string {
  const seconds = Math.round(Math.abs(minutes) * 60);
  const rest = seconds % 60;
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(seconds / 3600))}${pad(Math.floor(seconds / 60) % 60)}${rest === 0 ? '' : pad(rest)}`;
}

/** The wall-clock time an instant shows at an offset, as an iCalendar local DATE-TIME. */
function wallClock(instant: number, offsetMinutes: number): string {
  const shifted = new Date(instant + offsetMinutes * MINUTE);
  return `${pad(shifted.getUTCFullYear(), 4)}${pad(shifted.getUTCMonth() + 1)}${pad(shifted.getUTCDate())}T${pad(shifted.getUTCHours())}${pad(shifted.getUTCMinutes())}${pad(shifted.getUTCSeconds())}`;
}

/** Every change of the zone's offset in [start, end), found day by day and pinned to the minute. */
function offsetChanges(zone: TimeZone, start: number, end: number): OffsetChange[] {
  const changes: OffsetChange[] = [];
  let before = zone.offsetAt(start);
  for (let day = start + DAY; day <= end; day += DAY) {
    const after = zone.offsetAt(day);
    if (after === before) continue;
    let low = day - DAY;
    let high = day;
    while (high - low > MINUTE) {
      const middle = low + Math.floor((high - low) / MINUTE / 2) * MINUTE;
      if (zone.offsetAt(middle) === before) low = middle;
      else high = middle;
    }
    changes.push({ instant: high, from: before, to: after });
    before = after;
  }
  return changes;
}

function observance(kind: 'STANDARD' | 'DAYLIGHT', onset: string, from: number, to: number): string[] {
  return [`BEGIN:${kind}`, `DTSTART:${onset}`, `TZOFFSETFROM:${utcOffset(from)}`, `TZOFFSETTO:${utcOffset(to)}`, `END:${kind}`];
}

function startOfYear(year: number): number {
  return wallClockAsUtc({ year, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0 });
}

/** Runs of consecutive years, as [first, last] pairs. */
function yearBlocks(years: Iterable<number>): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  for (const year of [...new Set(years)].sort((a, b) => a - b)) {
    const last = blocks[blocks.length - 1];
    if (last && last[1] === year - 1) last[1] = year;
    else blocks.push([year, year]);
  }
  return blocks;
}

/**
 * A VTIMEZONE for the workspace zone that covers the given (UTC) years, built from the platform's time zone data:
 * for each run of consecutive years, one observance for the offset at its start, then one per change (a larger
 * offset is DAYLIGHT). Each change is written as a single onset rather than an RRULE, which is exact whatever the
 * zone's history and what every client reads. Only years that hold events are covered: finding the changes costs a
 * look at each day, and a plan with a post in 2000 and one in 2100 needs two years, not a century.
 * Asia/Shanghai, with no DST since 1991, gets a single STANDARD observance per run.
 */
export function vtimezone(zone: TimeZone, years: Iterable<number>): string {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone.name}`];
  for (const [first, last] of yearBlocks(years)) {
    const start = startOfYear(first);
    const changes = offsetChanges(zone, start, startOfYear(last + 1));
    const initial = zone.offsetAt(start);
    const firstChange = changes[0];
    const initialKind = firstChange && firstChange.to < firstChange.from ? 'DAYLIGHT' : 'STANDARD';
    lines.push(...observance(initialKind, wallClock(start, initial), initial, initial));
    for (const change of changes) lines.push(...observance(change.to > change.from ? 'DAYLIGHT' : 'STANDARD', wallClock(change.instant, change.from), change.from, change.to));
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}
