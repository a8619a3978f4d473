/** A wall-clock date and time, without a zone. Months are 1-12. */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/** The instant a wall-clock time would be if it were UTC; years 0 to 99 are those years, not 1900 to 1999 as in Date.UTC. */
export function wallClockAsUtc(local: LocalDateTime): number {
  const { year, month, day, hour, minute, second, millisecond } = local;
  const instant = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  if (year >= 100) return instant;
  const date = new Date(instant);
  date.setUTCFullYear(year);
  return date.getTime();
}

export type PublishProblem = 'format' | 'dateOnly' | 'date' | 'time' | 'offset';

export type ParsedPublish =
  | { ok: true; local: LocalDateTime; offsetMinutes: number | undefined; separator: 'T' | ' '; hasSeconds: boolean }
  | { ok: false; problem: PublishProblem };

// YYYY-MM-DD, then T or space and H:mm[:ss[.fff]], then an optional Z / ±hh[:mm] offset.
const PUBLISH_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:([Tt ])(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?)?$/;
const MAX_OFFSET_HOURS = 18;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses a post's `publish` value: local time in the workspace zone, or ISO 8601 with an offset. */
export function parsePublish(raw: string): ParsedPublish {
  const match = PUBLISH_PATTERN.exec(raw.trim());
  if (!match) return { ok: false, problem: 'format' };
  const [, y, mo, d, separator, h, mi, s, fraction, zulu, sign, offsetH, offsetM] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { ok: false, problem: 'date' };
  if (separator === undefined) return { ok: false, problem: 'dateOnly' };
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, problem: 'time' };
  const millisecond = fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000);
  let offsetMinutes: number | undefined;
  if (zulu !== undefined) offsetMinutes = 0;
  else if (sign !== undefined) {
    const hours = Number(offsetH);
    const minutes = offsetM === undefined ? 0 : Number(offsetM);
    if (hours > MAX_OFFSET_HOURS || minutes > 59) return { ok: false, problem: 'offset' };
    offsetMinutes = (sign === '-' ? -1 : 1) * (hours * 60 + minutes);
  }
  return {
    ok: true,
    local: { year, month, day, hour, minute, second, millisecond },
    offsetMinutes,
    separator: separator === ' ' ? ' ' : 'T',
    hasSeconds: s !== undefined,
  };
}
