import officialSchedule from 'chinese-days/dist/chinese-days.json';
import type { Localized } from '../base/domain';
import type { DateKey } from './dates';

/** A day of the State Council's holiday schedule: a day off, or a 调休 make-up working day (often a weekend day). */
export interface OfficialDay {
  date: DateKey;
  /** The holiday it belongs to. */
  name: Localized;
  off: boolean;
}

// chinese-days' data names a day "English,中文,length"; ours are the names used elsewhere in ccal.
const HOLIDAY_NAMES: Readonly<Record<string, Localized>> = {
  元旦: { en: "New Year's Day", 'zh-CN': '元旦' },
  春节: { en: 'Spring Festival', 'zh-CN': '春节' },
  清明: { en: 'Qingming Festival', 'zh-CN': '清明节' },
  劳动节: { en: 'Labour Day', 'zh-CN': '劳动节' },
  端午: { en: 'Dragon Boat Festival', 'zh-CN': '端午节' },
  中秋: { en: 'Mid-Autumn Festival', 'zh-CN': '中秋节' },
  国庆节: { en: 'National Day', 'zh-CN': '国庆节' },
};

function nameOf(label: string): Localized {
  // chinese-days labels are "English,中文"
  const [en = label, zh = en] = label.split(',');
  return HOLIDAY_NAMES[zh] ?? { en, 'zh-CN': zh };
}

/**
 * The published schedule by year, read once from chinese-days' data (plain `YYYY-MM-DD` keys). Its functions are
 * not used: they read dates through the machine's time zone and are a day off west of Greenwich.
 */
const scheduleByYear = new Map<number, OfficialDay[]>();
for (const [days, off] of [[officialSchedule.holidays, true], [officialSchedule.workdays, false]] as const) {
  for (const [date, label] of Object.entries(days as Readonly<Record<string, string>>)) {
    const year = Number(date.slice(0, 4));
    const list = scheduleByYear.get(year) ?? [];
    list.push({ date, name: nameOf(label), off });
    scheduleByYear.set(year, list);
  }
}

/** Whether the State Council schedule of a year is in the data (published each November for the next year). */
export function hasOfficialSchedule(year: number): boolean {
  return scheduleByYear.has(year);
}

/**
 * The official days off and make-up working days from `first` to `last`, with the workspace's `holidays` on top:
 * an entry for a day the schedule has replaces it, others are added. A 调休 Sunday is a working day, and groups
 * expect posts on it as on any weekday.
 */
export function officialDaysBetween(first: DateKey, last: DateKey, custom: readonly CustomHoliday[]): OfficialDay[] {
  const days = new Map<DateKey, OfficialDay>();
  for (let year = Number(first.slice(0, 4)); year <= Number(last.slice(0, 4)); year++) {
    for (const day of scheduleByYear.get(year) ?? []) if (day.date >= first && day.date <= last) days.set(day.date, day);
  }
  for (const day of custom) if (day.date >= first && day.date <= last) days.set(day.date, { date: day.date, name: { en: day.name, 'zh-CN': day.name }, off: day.off });
  return [...days.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** A `holidays` entry: a day off (`off: true`) or a make-up working day that adds to or corrects the official schedule. */
export interface CustomHoliday {
  date: DateKey;
  name: string;
  off: boolean;
}
