import { addDays, getISOWeek, getISOWeekYear, startOfISOWeek } from 'date-fns';
import { daysInMonth, type LocalDateTime } from './publish';

/** A calendar day as `YYYY-MM-DD`; ISO weeks as `YYYY-Www`; months as `YYYY-MM`. */
export type DateKey = string;
export type WeekKey = string;
export type MonthKey = string;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

export function dateKeyOf(local: Pick<LocalDateTime, 'year' | 'month' | 'day'>): DateKey {
  return `${pad(local.year, 4)}-${pad(local.month)}-${pad(local.day)}`;
}

export function parseDateKey(date: DateKey): Pick<LocalDateTime, 'year' | 'month' | 'day'> {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Whether a text is a real calendar day written `YYYY-MM-DD`. */
export function isDateKey(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const { year, month, day } = parseDateKey(text);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function monthKeyOf(date: DateKey): MonthKey {
  return date.slice(0, 7);
}

// Civil dates as local-noon Date objects: date-fns reads local fields, and noon never crosses a day on a DST jump.
function toNoon(date: DateKey): Date {
  const { year, month, day } = parseDateKey(date);
  const noon = new Date(year, month - 1, day, 12);
  // the Date constructor reads years 0 to 99 as 1900 to 1999
  if (year < 100) noon.setFullYear(year);
  return noon;
}

function fromDate(date: Date): DateKey {
  return dateKeyOf({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() });
}

const weekKeys = new Map<DateKey, WeekKey>();

export function weekKeyOf(date: DateKey): WeekKey {
  let key = weekKeys.get(date);
  if (key === undefined) {
    const noon = toNoon(date);
    key = `${getISOWeekYear(noon)}-W${pad(getISOWeek(noon))}`;
    weekKeys.set(date, key);
  }
  return key;
}

export function addDaysToKey(date: DateKey, days: number): DateKey {
  return fromDate(addDays(toNoon(date), days));
}

/** Monday of the ISO week that holds `date`. */
export function weekStartOf(date: DateKey): DateKey {
  return fromDate(startOfISOWeek(toNoon(date)));
}

/** Monday of an ISO week given as `YYYY-Www`: week 1 is the one that holds 4 January. */
export function mondayOfWeek(week: WeekKey): DateKey {
  return addDaysToKey(weekStartOf(`${week.slice(0, 4)}-01-04`), (Number(week.slice(6)) - 1) * 7);
}

/** How many calendar days `last` is after `first` (negative when before). */
export function dayDifference(first: DateKey, last: DateKey): number {
  const a = parseDateKey(first);
  const b = parseDateKey(last);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/** Every day from `first` to `last`, both included. */
export function daysBetween(first: DateKey, last: DateKey): DateKey[] {
  const days: DateKey[] = [];
  for (let day = first; day <= last; day = addDaysToKey(day, 1)) days.push(day);
  return days;
}

export function secondsOfDay(local: Pick<LocalDateTime, 'hour' | 'minute' | 'second'>): number {
  return local.hour * 3600 + local.minute * 60 + local.second;
}

export function formatLocal(local: LocalDateTime, separator: 'T' | ' ', withSeconds: boolean): string {
  const time = `${pad(local.hour)}:${pad(local.minute)}${withSeconds ? `:${pad(local.second)}` : ''}`;
  return `${dateKeyOf(local)}${separator}${time}`;
}

export function formatOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'Z';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}
