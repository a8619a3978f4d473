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

/** `+0800`, `-0430`: the UTC-OFFSET form of RFC 5545 §3.3.14. */
function utcOffset(minutes: number): string {
  const absolute = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(absolute / 60))}${pad(absolute % 60)}`;
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

/**
 * A VTIMEZONE for the workspace zone that covers the whole years from `first` to `last`, built from the platform's
 * time zone data: one observance for the offset at the start, then one per change (a larger offset is DAYLIGHT).
 * Each change is written as a single onset rather than an RRULE, which is exact whatever the zone's history and
 * what every client reads. Asia/Shanghai, with no DST since 1991, gets a single STANDARD observance.
 */
export function vtimezone(zone: TimeZone, first: number, last: number): string {
  const start = Date.UTC(new Date(first).getUTCFullYear(), 0, 1);
  const end = Date.UTC(new Date(last).getUTCFullYear() + 1, 0, 1);
  const changes = offsetChanges(zone, start, end);
  const initial = zone.offsetAt(start);
  const initialKind = changes.length > 0 && changes[0].to < changes[0].from ? 'DAYLIGHT' : 'STANDARD';
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone.name}`, ...observance(initialKind, wallClock(start, initial), initial, initial)];
  for (const change of changes) lines.push(...observance(change.to > change.from ? 'DAYLIGHT' : 'STANDARD', wallClock(change.instant, change.from), change.from, change.to));
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}
