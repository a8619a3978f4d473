import type { GroupConfig } from '../model/config';
import type { ScheduleEntry } from '../model/schedule';
import type { WorkspaceIndex } from '../index/workspace';
import { POST_TYPES, type PostType } from '../base/domain';
import { validDateRule } from '../rules/valid-date';
import { addDaysToKey, mondayOfWeek, weekKeyOf, weekStartOf, type DateKey, type WeekKey } from '../time/dates';

const HOUR = 3_600_000;
const DAYS_PER_WEEK = 7;

/** One group's numbers for one ISO week (Monday to Sunday in the workspace zone). */
export interface WeekStats {
  group: string;
  week: WeekKey;
  /** The week's Monday and Sunday. */
  from: DateKey;
  to: DateKey;
  posts: number;
  ads: number;
  /** ads / posts, as ad-ratio computes it; null for a week without posts. */
  adRatio: number | null;
  /** Posts per type, every type present. */
  mix: Record<PostType, number>;
  /** Posts with `ugc: true`. */
  ugc: number;
  /** Longest time between two consecutive posts of the week, in hours to two decimals; null below two posts. */
  longestGapHours: number | null;
  /** Days of the week with no post. */
  emptyDays: number;
}

/** Index of the first entry on or after `date`: entries are in calendar order, so their local dates never go back. */
function firstOnOrAfter(entries: readonly ScheduleEntry[], date: DateKey): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    // middle is below high, which is at most entries.length
    if (entries[middle]!.time.date < date) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The numbers of one group's week, from that group's schedule (`index.scheduleOf(group)`): a post to several
 * groups counts once in each, as the calendar rules count it. `ccal stats` and the calendar's weekly summary row
 * both come from here, so they agree.
 */
export function weekStats(groupId: string, schedule: readonly ScheduleEntry[], week: WeekKey): WeekStats {
  return statsOfWeek(groupId, schedule, weekDays(week, mondayOfWeek(week)));
}

/** An ISO week's key, Monday, Sunday and the Monday after. */
interface WeekDays {
  week: WeekKey;
  from: DateKey;
  to: DateKey;
  next: DateKey;
}

function weekDays(week: WeekKey, monday: DateKey): WeekDays {
  return { week, from: monday, to: addDaysToKey(monday, DAYS_PER_WEEK - 1), next: addDaysToKey(monday, DAYS_PER_WEEK) };
}

function statsOfWeek(groupId: string, schedule: readonly ScheduleEntry[], { week, from, to, next }: WeekDays): WeekStats {
  const entries = schedule.slice(firstOnOrAfter(schedule, from), firstOnOrAfter(schedule, next));
  const mix = Object.fromEntries(POST_TYPES.map((type) => [type, 0])) as Record<PostType, number>;
  let ugc = 0;
  let longestGap = -1;
  const days = new Set<DateKey>();
  entries.forEach((entry, position) => {
    mix[entry.type]++;
    if (entry.post.ugc) ugc++;
    days.add(entry.time.date);
    const previous = entries[position - 1];
    if (previous) longestGap = Math.max(longestGap, entry.time.instant - previous.time.instant);
  });
  return {
    group: groupId,
    week,
    from,
    to,
    posts: entries.length,
    ads: mix.ad,
    adRatio: entries.length === 0 ? null : mix.ad / entries.length,
    mix,
    ugc,
    longestGapHours: longestGap < 0 ? null : Math.round((longestGap / HOUR) * 100) / 100,
    emptyDays: DAYS_PER_WEEK - days.size,
  };
}

export interface StatsFilter {
  /** The groups to report, from selectGroups. */
  groups: readonly GroupConfig[];
  /** Weeks that overlap these local days are reported, whole; without them, the weeks from the first to the last post. */
  from?: DateKey;
  to?: DateKey;
}

/**
 * The days stats covers: as given, with an open end taken from the selected groups' first or last post, and never
 * beyond the years valid-date lets those groups plan in (no post can be there, and `--from 0001-01-01` would be
 * half a million empty weeks per group).
 */
function statsRange(index: WorkspaceIndex, filter: StatsFilter): { from: DateKey; to: DateKey } | undefined {
  if (filter.groups.length === 0) return undefined;
  const dates = filter.groups
    .flatMap((group) => {
      const schedule = index.scheduleOf(group.id);
      const first = schedule[0];
      const last = schedule[schedule.length - 1];
      return first && last ? [first.time.date, last.time.date] : [];
    })
    .sort();
  const years = filter.groups.map((group) => index.env.cascade.forGroup(validDateRule, group).options);
  const first = `${Math.min(...years.map((options) => options.minYear as number))}-01-01`;
  const last = `${Math.max(...years.map((options) => options.maxYear as number))}-12-31`;
  const from = filter.from ?? dates[0] ?? filter.to;
  const to = filter.to ?? dates[dates.length - 1] ?? filter.from;
  if (from === undefined || to === undefined) return undefined;
  const range = { from: from < first ? first : from, to: to > last ? last : to };
  return range.from <= range.to ? range : undefined;
}

/** Each selected group's weeks in the range, empty weeks included (a silent week is worth seeing), group by group. */
export function groupWeekStats(index: WorkspaceIndex, filter: StatsFilter): WeekStats[] {
  const range = statsRange(index, filter);
  if (!range) return [];
  // the weeks' days once for all groups: a plan over many years has thousands of weeks
  const weeks: WeekDays[] = [];
  for (let monday = weekStartOf(range.from); monday <= range.to; ) {
    const week = weekDays(weekKeyOf(monday), monday);
    weeks.push(week);
    monday = week.next;
  }
  return filter.groups.flatMap((group) => weeks.map((week) => statsOfWeek(group.id, index.scheduleOf(group.id), week)));
}
