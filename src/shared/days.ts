/** Calendar days as `YYYY-MM-DD` keys (wall-clock days of the workspace zone, coded as UTC), for host and webview. */

const DAY_MS = 86_400_000;

export function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/** `YYYY-MM-DD` of a UTC-coded calendar day. */
export function dayKey(date: Date): string {
  return `${date.getUTCFullYear()}-${twoDigits(date.getUTCMonth() + 1)}-${twoDigits(date.getUTCDate())}`;
}

/** The UTC-coded calendar day of a `YYYY-MM-DD` key. */
export function dayOf(key: string): Date {
  return new Date(`${key}T00:00:00Z`);
}

export function addDays(key: string, days: number): string {
  return dayKey(new Date(dayOf(key).getTime() + days * DAY_MS));
}

export function daysBetween(from: string, to: string): number {
  return Math.round((dayOf(to).getTime() - dayOf(from).getTime()) / DAY_MS);
}

/** The days from `from` up to, not including, `to`. */
export interface DayRange {
  from: string;
  to: string;
}

export function firstOfMonth(key: string): string {
  return `${key.slice(0, 7)}-01`;
}

/** The days of a month view of the month of `key`: six ISO weeks from the Monday on or before the first. */
export function monthGrid(key: string): DayRange {
  const first = firstOfMonth(key);
  const from = addDays(first, -((dayOf(first).getUTCDay() + 6) % 7));
  return { from, to: addDays(from, 42) };
}

export function covers(outer: DayRange, inner: DayRange): boolean {
  return outer.from <= inner.from && inner.to <= outer.to;
}
