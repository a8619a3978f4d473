import { tzOffset } from '@date-fns/tz';
import type { LocalDateTime } from './publish';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** An IANA time zone with cached offsets, to turn wall-clock times into instants and back quickly. */
export class TimeZone {
  // Per UTC day: the offset when it holds for the whole day, or null when the zone changes offset that day.
  private readonly dayOffsets = new Map<number, number | null>();

  private constructor(readonly name: string) {}

  /** Returns undefined for a name the platform's time zone database does not know. */
  static named(name: string): TimeZone | undefined {
    return Number.isNaN(tzOffset(name, new Date(0))) ? undefined : new TimeZone(name);
  }

  /** Minutes east of UTC at an instant. */
  offsetAt(instant: number): number {
    const day = Math.floor(instant / DAY);
    let offset = this.dayOffsets.get(day);
    if (offset === undefined) {
      // zones change offset at most once or twice a year: a day whose two ends agree has one offset throughout
      const start = tzOffset(this.name, new Date(day * DAY));
      offset = start === tzOffset(this.name, new Date((day + 1) * DAY - 1)) ? start : null;
      this.dayOffsets.set(day, offset);
    }
    return offset ?? tzOffset(this.name, new Date(instant));
  }

  /** The instant of a wall-clock time here; times skipped by a DST jump resolve to the later offset. */
  toInstant(local: LocalDateTime): number {
    const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second, local.millisecond);
    const firstGuess = asUtc - this.offsetAt(asUtc) * MINUTE;
    return asUtc - this.offsetAt(firstGuess) * MINUTE;
  }

  toLocal(instant: number): LocalDateTime {
    const shifted = new Date(instant + this.offsetAt(instant) * MINUTE);
    return {
      year: shifted.getUTCFullYear(),
      month: shifted.getUTCMonth() + 1,
      day: shifted.getUTCDate(),
      hour: shifted.getUTCHours(),
      minute: shifted.getUTCMinutes(),
      second: shifted.getUTCSeconds(),
      millisecond: shifted.getUTCMilliseconds(),
    };
  }
}
