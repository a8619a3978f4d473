import { getHolidaysInRange, getDayDetail, getLunarFestivals, getSolarTermDate } from 'chinese-days';
import type { CustomKeyDate } from '../config/types';
import type { Localized } from '../model';
import { dateKeyOf, type DateKey } from './dates';

export type KeyDateKind = 'holiday' | 'festival' | 'shopping' | 'custom';

export interface KeyDate {
  date: DateKey;
  name: Localized;
  kind: KeyDateKind;
}

// Lunar festivals as chinese-days names them, with the names we show.
const LUNAR_FESTIVALS: Readonly<Record<string, { name: Localized; kind: KeyDateKind }>> = {
  除夕: { name: { en: "Chinese New Year's Eve", 'zh-CN': '除夕' }, kind: 'festival' },
  春节: { name: { en: 'Spring Festival', 'zh-CN': '春节' }, kind: 'holiday' },
  元宵节: { name: { en: 'Lantern Festival', 'zh-CN': '元宵节' }, kind: 'festival' },
  端午节: { name: { en: 'Dragon Boat Festival', 'zh-CN': '端午节' }, kind: 'holiday' },
  乞巧节: { name: { en: 'Qixi Festival', 'zh-CN': '七夕' }, kind: 'festival' },
  中秋节: { name: { en: 'Mid-Autumn Festival', 'zh-CN': '中秋节' }, kind: 'holiday' },
  重阳节: { name: { en: 'Double Ninth Festival', 'zh-CN': '重阳节' }, kind: 'festival' },
};

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

const yearCache = new Map<number, KeyDate[]>();

function keyDatesOfYear(year: number): KeyDate[] {
  let dates = yearCache.get(year);
  if (dates) return dates;
  dates = FIXED_DATES.map(({ monthDay, name, kind }) => ({ date: `${year}-${monthDay}`, name, kind }));
  dates.push({ date: getSolarTermDate(year, 4, 'pure_brightness'), name: { en: 'Qingming Festival', 'zh-CN': '清明节' }, kind: 'holiday' });
  dates.push({ date: nthSunday(year, 5, 2), name: { en: "Mother's Day", 'zh-CN': '母亲节' }, kind: 'festival' });
  dates.push({ date: nthSunday(year, 6, 3), name: { en: "Father's Day", 'zh-CN': '父亲节' }, kind: 'festival' });
  for (const festival of getLunarFestivals(`${year}-01-01`, `${year}-12-31`)) {
    for (const lunarName of festival.name) {
      const known = LUNAR_FESTIVALS[lunarName];
      if (known) dates.push({ date: festival.date, name: known.name, kind: known.kind });
    }
  }
  dates.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  yearCache.set(year, dates);
  return dates;
}

/** Built-in key dates (from the chinese-days calendar data) and the workspace's own, from `first` to `last`. */
export function keyDatesBetween(first: DateKey, last: DateKey, custom: readonly CustomKeyDate[]): KeyDate[] {
  const found: KeyDate[] = [];
  for (let year = Number(first.slice(0, 4)); year <= Number(last.slice(0, 4)); year++) {
    for (const keyDate of keyDatesOfYear(year)) if (keyDate.date >= first && keyDate.date <= last) found.push(keyDate);
  }
  for (const date of custom) if (date.date >= first && date.date <= last) found.push({ date: date.date, name: { en: date.name, 'zh-CN': date.name }, kind: 'custom' });
  return found.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export interface DayOff {
  date: DateKey;
  name: Localized;
}

/** Official public-holiday days off (调休 included), where the State Council schedule is published. */
export function daysOffBetween(first: DateKey, last: DateKey): DayOff[] {
  return getHolidaysInRange(first, last, false).map((date) => {
    const [english, chinese] = getDayDetail(date).name.split(',');
    return { date, name: { en: english, 'zh-CN': chinese ?? english } };
  });
}
