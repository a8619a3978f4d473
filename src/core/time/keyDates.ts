import { getSolarDateFromLunar, getSolarTermDate } from 'chinese-days';
import type { Localized } from '../base/domain';
import { addDaysToKey, dateKeyOf, type DateKey } from './dates';

export type KeyDateKind = 'holiday' | 'festival' | 'shopping' | 'custom';

export interface KeyDate {
  date: DateKey;
  name: Localized;
  kind: KeyDateKind;
}

// Festivals of the lunar calendar: [lunar month, lunar day, name, kind]; dates come from chinese-days' table of the
// official lunar calendar (1900–2100).
// The years chinese-days' lunar table and its solar-term formula (20th and 21st century constants) cover; other
// years get no lunar festivals and no 清明 rather than wrong ones.
const LUNAR_YEARS = { first: 1901, last: 2099 };
const LUNAR_FESTIVALS: ReadonlyArray<[number, number, Localized, KeyDateKind]> = [
  [1, 1, { en: 'Spring Festival', 'zh-CN': '春节' }, 'holiday'],
  [1, 15, { en: 'Lantern Festival', 'zh-CN': '元宵节' }, 'festival'],
  [5, 5, { en: 'Dragon Boat Festival', 'zh-CN': '端午节' }, 'holiday'],
  [7, 7, { en: 'Qixi Festival', 'zh-CN': '七夕' }, 'festival'],
  [8, 15, { en: 'Mid-Autumn Festival', 'zh-CN': '中秋节' }, 'holiday'],
  [9, 9, { en: 'Double Ninth Festival', 'zh-CN': '重阳节' }, 'festival'],
];

// Fixed-date public holidays and the shopping festivals brand communities plan around (commercial conventions, not law).
const FIXED_DATES: ReadonlyArray<{ monthDay: string; name: Localized; kind: KeyDateKind }> = [
  { monthDay: '01-01', name: { en: "New Year's Day", 'zh-CN': '元旦' }, kind: 'holiday' },
  { monthDay: '03-08', name: { en: "Women's Day", 'zh-CN': '妇女节' }, kind: 'shopping' },
  { monthDay: '05-01', name: { en: 'Labour Day', 'zh-CN': '劳动节' }, kind: 'holiday' },
  { monthDay: '05-20', name: { en: '520', 'zh-CN': '520' }, kind: 'shopping' },
  { monthDay: '06-01', name: { en: "Children's Day", 'zh-CN': '儿童节' }, kind: 'festival' },
  { monthDay: '06-18', name: { en: '618 shopping festival', 'zh-CN': '618' }, kind: 'shopping' },
  { monthDay: '10-01', name: { en: 'National Day', 'zh-CN': '国庆节' }, kind: 'holiday' },
  { monthDay: '11-11', name: { en: "Singles' Day (Double 11)", 'zh-CN': '双11' }, kind: 'shopping' },
  { monthDay: '12-12', name: { en: 'Double 12', 'zh-CN': '双12' }, kind: 'shopping' },
];

/** The n-th Sunday of a month (Mother's Day, Father's Day). */
function nthSunday(year: number, month: number, n: number): DateKey {
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return dateKeyOf({ year, month, day: 1 + ((7 - firstWeekday) % 7) + (n - 1) * 7 });
}

/**
 * The solar date of a lunar date. chinese-days reads its argument's year, month and day with the machine's local
 * clock and counts days with setDate, so a local Date (not a `YYYY-MM-DD` string, which it reads as UTC) gives the
 * same answer in every time zone.
 */
export function solarOfLunar(year: number, month: number, day: number): DateKey {
  return getSolarDateFromLunar(new Date(year, month - 1, day)).date;
}

const yearCache = new Map<number, KeyDate[]>();

function keyDatesOfYear(year: number): KeyDate[] {
  let dates = yearCache.get(year);
  if (dates) return dates;
  dates = FIXED_DATES.map(({ monthDay, name, kind }) => ({ date: `${String(year).padStart(4, '0')}-${monthDay}`, name, kind }));
  dates.push({ date: nthSunday(year, 5, 2), name: { en: "Mother's Day", 'zh-CN': '母亲节' }, kind: 'festival' });
  dates.push({ date: nthSunday(year, 6, 3), name: { en: "Father's Day", 'zh-CN': '父亲节' }, kind: 'festival' });
  if (year >= LUNAR_YEARS.first && year <= LUNAR_YEARS.last) {
    dates.push({ date: getSolarTermDate(year, 4, 'pure_brightness'), name: { en: 'Qingming Festival', 'zh-CN': '清明节' }, kind: 'holiday' });
    dates.push({ date: addDaysToKey(solarOfLunar(year, 1, 1), -1), name: { en: "Chinese New Year's Eve", 'zh-CN': '除夕' }, kind: 'festival' });
    for (const [month, day, name, kind] of LUNAR_FESTIVALS) dates.push({ date: solarOfLunar(year, month, day), name, kind });
  }
  dates.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  yearCache.set(year, dates);
  return dates;
}

/** Built-in key dates (lunar dates from chinese-days) and the workspace's own, from `first` to `last`. */
export function keyDatesBetween(first: DateKey, last: DateKey, custom: readonly CustomKeyDate[]): KeyDate[] {
  const found: KeyDate[] = [];
  for (let year = Number(first.slice(0, 4)); year <= Number(last.slice(0, 4)); year++) {
    for (const keyDate of keyDatesOfYear(year)) if (keyDate.date >= first && keyDate.date <= last) found.push(keyDate);
  }
  for (const date of custom) {
    if (date.date < first || date.date > last) continue;
    // the workspace's own entry for a day ccal already knows by that name (双11 on 11-11) is that day, not a second one
    const same = found.findIndex((known) => known.date === date.date && (known.name.en === date.name || known.name['zh-CN'] === date.name));
    if (found[same]?.kind === 'custom') continue;
    if (same !== -1) found.splice(same, 1);
    found.push({ date: date.date, name: { en: date.name, 'zh-CN': date.name }, kind: 'custom' });
  }
  return found.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export interface CustomKeyDate {
  date: DateKey;
  name: string;
}
