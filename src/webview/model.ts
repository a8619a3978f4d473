import { addDays, dayOf, type DayRange } from '../shared/days';
import type { CalendarGroup, CalendarPost, CalendarSlot, CalendarState, CalendarWeekStats, PostStatusName, PostTypeName } from '../shared/protocol';

export const TYPES: readonly PostTypeName[] = ['practical', 'interactive', 'emotional', 'ad', 'activity', 'notice'];
export const STATUSES: readonly (PostStatusName | 'unknown')[] = ['draft', 'review', 'approved', 'published'];

export interface Filters {
  /** A group id (with its descendants), or '' for all groups. */
  group: string;
  tier: string;
  types: PostTypeName[];
  statuses: string[];
  /** A person id, UNASSIGNED for posts without an owner, or '' for everyone; absent in states saved before it existed. */
  owner?: string;
}

/** The owner filter's value for posts without an owner: not a person id, which is `[a-z0-9-]+`. */
export const UNASSIGNED = ':unassigned';

export const NO_FILTERS: Filters = { group: '', tier: '', types: [...TYPES], statuses: [...STATUSES] };

function ownerMatches(post: CalendarPost, owner: string | undefined): boolean {
  if (!owner) return true;
  return owner === UNASSIGNED ? post.owner === undefined : post.owner === owner;
}

/** The group and every group below it through `parent`. */
export function withDescendants(groups: readonly CalendarGroup[], id: string): Set<string> {
  const selected = new Set([id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const group of groups) {
      if (group.parent && selected.has(group.parent) && !selected.has(group.id)) {
        selected.add(group.id);
        grew = true;
      }
    }
  }
  return selected;
}

/** The groups a filter selects (tree-aware, then by tier). */
export function selectedGroups(state: CalendarState, filters: Filters): Set<string> {
  const base = filters.group ? withDescendants(state.groups, filters.group) : new Set(state.groups.map((group) => group.id));
  return new Set(state.groups.filter((group) => base.has(group.id) && (!filters.tier || group.tier === filters.tier)).map((group) => group.id));
}

export function visiblePosts(state: CalendarState, filters: Filters): CalendarPost[] {
  const groups = selectedGroups(state, filters);
  const types = new Set<string>(filters.types);
  const statuses = new Set(filters.statuses);
  return state.posts.filter(
    (post) => types.has(post.type) && (statuses.has(post.status) || post.status === 'unknown') && ownerMatches(post, filters.owner) && post.groups.some((group) => groups.has(group)),
  );
}

/** Open slots of the selected groups; a typed slot only while its type is shown (a slot of any type always). */
export function visibleSlots(state: CalendarState, filters: Filters): CalendarSlot[] {
  const groups = selectedGroups(state, filters);
  const types = new Set<string>(filters.types);
  return (state.openSlots ?? []).filter((slot) => groups.has(slot.group) && (!slot.type || types.has(slot.type)));
}

export interface WeekSummary {
  week: string;
  posts: number;
  ads: number;
  byType: Record<PostTypeName, number>;
  ugc: number;
}

/**
 * Per ISO week on screen, the engine's numbers (the ones `ccal stats` prints) added up over the selected groups:
 * a post to two selected groups counts in each, as the calendar rules count it.
 */
export function weekSummaries(stats: readonly CalendarWeekStats[], groups: ReadonlySet<string>, weeks: readonly string[]): WeekSummary[] {
  const summaries = new Map(weeks.map((week) => [week, { week, posts: 0, ads: 0, ugc: 0, byType: Object.fromEntries(TYPES.map((type) => [type, 0])) as Record<PostTypeName, number> }]));
  for (const row of stats) {
    const summary = summaries.get(row.week);
    if (!summary || !groups.has(row.group)) continue;
    summary.posts += row.posts;
    summary.ads += row.ads;
    summary.ugc += row.ugc;
    for (const type of TYPES) summary.byType[type] += row.mix[type];
  }
  return [...summaries.values()];
}

/** The ISO weeks a run of days touches, in order: one for each seven days from its first. */
export function weeksOf({ from, to }: DayRange): string[] {
  const weeks: string[] = [];
  for (let day = from; day < to; day = addDays(day, 7)) weeks.push(isoWeekOf(dayOf(day)));
  return weeks;
}

/** ISO week key (`YYYY-Www`) of a UTC-coded calendar day. */
export function isoWeekOf(day: Date): string {
  const date = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
