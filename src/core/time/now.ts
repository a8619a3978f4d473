import { parsePublish, wallClockAsUtc } from './publish';
import type { TimeZone } from './zone';

/** "Now" as a run was told it, or why the value says no instant. */
export type ResolvedNow = { ok: true; now: number } | { ok: false; value: string };

/**
 * "Now" from a `--now` / `CCAL_NOW` value: an ISO date-time, local in the workspace zone unless it carries an offset,
 * or a date (its midnight); no value means the clock.
 */
export function resolveNow(value: string | undefined, zone: TimeZone, clock: number): ResolvedNow {
  if (value === undefined || value.trim() === '') return { ok: true, now: clock };
  const parsed = parsePublish(value);
  if (parsed.ok) {
    const { local, offsetMinutes } = parsed;
    return { ok: true, now: offsetMinutes === undefined ? zone.toInstant(local) : wallClockAsUtc(local) - offsetMinutes * 60_000 };
  }
  if (parsed.problem === 'dateOnly') {
    const [year, month, day] = value.trim().split('-').map(Number);
    return { ok: true, now: zone.toInstant({ year, month, day, hour: 0, minute: 0, second: 0, millisecond: 0 }) };
  }
  return { ok: false, value };
}
