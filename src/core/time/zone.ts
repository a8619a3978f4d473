import { tzOffset } from '@date-fns/tz';
import type { LocalDateTime } from './publish';

const MINUTE = 60_000;
// Zone offsets change at most a few times a year and always on a quarter hour: cache per quarter hour.
const OFFSET_BUCKET = 15 * MINUTE;

/** An IANA time zone with cached offsets, to turn wall-clock times into instants and back quickly. */
export class TimeZone {
  private readonly offsets = new Map<number, number>();

  private constructor(readonly name: string) {}

  /** Returns undefined for a name the platform's time zone database does not know. */
  static named(name: string): TimeZone | undefined {
    return Number.isNaN(tzOffset(name, new Date(0))) ? undefined : new TimeZone(name);
  }

  /** Minutes east of UTC at an instant. */
  offsetAt(instant: number): number {
    const bucket = Math.floor(instant / OFFSET_BUCKET);
    let offset = this.offsets.get(bucket);
    if (offset === undefined) {
      offset = tzOffset(this.name, new Date(bucket * OFFSET_BUCKET));
      this.offsets.set(bucket, offset);
    }
    return offset;
  }

  /** The instant of a wall-clock time here; times skipped by a DST jump resolve to the later offset. */
  toInstant(local: LocalDateTime): number {
    const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second, local.millisecond);
    const firstGuess = asUtc - this.offsetAt(asUtc) * MINUTE;
    const settled = asUtc - this.offsetAt(firstGuess) * MINUTE;
    return settled;
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
