import { tzOffset } from '@date-fns/tz';
import { wallClockAsUtc, type LocalDateTime } from './publish';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** A wall-clock time that the clocks skip: they jump from `from` to `to`, and the time is read `to − from` later. */
export interface SkippedTime {
  /** The wall-clock times just before and after the jump. */
  from: LocalDateTime;
  to: LocalDateTime;
  /** The instant the time is read as. */
  instant: number;
}

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

  /**
   * Every instant a wall-clock time names here, earlier first: one for most times, two for a time the clocks show
   * twice (the hour repeated when daylight saving time ends), none for a time they skip.
   */
  readings(local: LocalDateTime): number[] {
    const wall = wallClockAsUtc(local);
    const [before, after] = this.offsetsAround(wall);
    const readings: number[] = [];
    for (const offset of before > after ? [before, after] : before < after ? [after, before] : [before]) {
      if (this.offsetAt(wall - offset * MINUTE) === offset) readings.push(wall - offset * MINUTE);
    }
    return readings;
  }

  /**
   * The instant of a wall-clock time here, read as RFC 5545 (§3.3.5) and Temporal's "compatible" disambiguation
   * read it: a time the clocks show twice is the earlier of the two; a time they skip (the hour lost when daylight
   * saving time starts) is read with the offset before the jump, which moves it forward by the length of the gap
   * (02:30 → 03:30 in New York).
   */
  toInstant(local: LocalDateTime): number {
    const wall = wallClockAsUtc(local);
    const [before, after] = this.offsetsAround(wall);
    // nearly every time: one offset all around, one reading
    if (before === after) return wall - before * MINUTE;
    const [first] = this.readings(local);
    return first ?? wall - before * MINUTE;
  }

  /** The offsets a day before and a day after a wall-clock time (read as UTC). */
  private offsetsAround(wall: number): [number, number] {
    // no zone changes offset twice within two days (in the tz data from 1900 to 2100 the closest two changes are
    // about a week apart: Brazil in October 2000, Gaza around Ramadan)
    return [this.offsetAt(wall - DAY), this.offsetAt(wall + DAY)];
  }

  /** The jump around a wall-clock time the clocks skip here, or undefined for a time that exists. */
  skipped(local: LocalDateTime): SkippedTime | undefined {
    if (this.readings(local).length > 0) return undefined;
    const wall = wallClockAsUtc(local);
    const [before, after] = this.offsetsAround(wall);
    // the jump lies between the two readings; pinned to the minute, as zone data has it
    const minute = Math.floor(wall / MINUTE) * MINUTE;
    let low = minute - after * MINUTE;
    let high = minute - before * MINUTE;
    while (high - low > MINUTE) {
      const middle = low + Math.floor((high - low) / MINUTE / 2) * MINUTE;
      if (this.offsetAt(middle) === before) low = middle;
      else high = middle;
    }
    return { from: this.wallClock(high, before), to: this.wallClock(high, after), instant: wall - before * MINUTE };
  }

  toLocal(instant: number): LocalDateTime {
    return this.wallClock(instant, this.offsetAt(instant));
  }

  private wallClock(instant: number, offsetMinutes: number): LocalDateTime {
    const shifted = new Date(instant + offsetMinutes * MINUTE);
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
