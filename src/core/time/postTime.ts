import { formatLocal, formatOffset } from './dates';
import { wallClockAsUtc, type LocalDateTime, type ParsedPublish } from './publish';
import type { TimeZone } from './zone';

/** What this module reads of a post's `publish` field (parse's PublishField has it): the parsed value only. */
export interface ParsedPublishField {
  parsed: ParsedPublish;
}

export interface PostTime {
  instant: number;
  /**
   * Wall-clock time in the workspace zone, whatever offset the value was written with; a time the clocks skip
   * is the time it is read as (02:30 on the day New York springs forward is 03:30).
   */
  local: LocalDateTime;
}

/** When a post goes out; undefined when its `publish` value is not a real date-time. */
export function postTime(publish: ParsedPublishField | undefined, zone: TimeZone): PostTime | undefined {
  if (!publish?.parsed.ok) return undefined;
  const { local, offsetMinutes } = publish.parsed;
  const instant = offsetMinutes === undefined ? zone.toInstant(local) : wallClockAsUtc(local) - offsetMinutes * 60_000;
  return { instant, local: zone.toLocal(instant) };
}

/** Writes an instant back in the style of the original value: same separator, seconds and offset convention. */
export function formatLikePublish(publish: ParsedPublishField, instant: number, zone: TimeZone): string {
  if (!publish.parsed.ok) return '';
  const { separator, hasSeconds, offsetMinutes } = publish.parsed;
  if (offsetMinutes === undefined) return formatLocal(zone.toLocal(instant), separator, hasSeconds);
  const shifted = new Date(instant + offsetMinutes * 60_000);
  const local: LocalDateTime = {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    millisecond: 0,
  };
  return `${formatLocal(local, separator, hasSeconds)}${formatOffset(offsetMinutes)}`;
}
