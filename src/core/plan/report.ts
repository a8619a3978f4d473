import { DEFAULT_PLAN_HORIZON } from '../model/rhythm';
import { rhythmOf, type Config, type GroupConfig } from '../model/config';
import type { ScheduleEntry } from '../model/schedule';
import type { PostStatus, PostType } from '../base/domain';
import { addDaysToKey, type DateKey } from '../time/dates';
import { fillSlots, isOpen } from './slots';

export interface PlanOpenSlot {
  date: DateKey;
  time: string;
  type: PostType | null;
}

export interface PlanPost {
  path: string;
  title: string | null;
  date: DateKey;
  time: string;
  type: PostType;
  /** null when the post's status is not a known one (required-fields reports it). */
  status: PostStatus | null;
  owner: string | null;
}

/** One group's plan for a range of days: what `ccal plan --json` prints per group. */
export interface GroupPlan {
  group: string;
  from: DateKey;
  to: DateKey;
  /** Whether the group plans by a rhythm (top level, its tier or its own). */
  rhythm: boolean;
  openSlots: PlanOpenSlot[];
  posts: PlanPost[];
}

export interface PlanQuery {
  groups: readonly GroupConfig[];
  /** Local days, both included; by default today and each group's horizon (the rhythm's `horizonDays`, else 14). */
  from?: DateKey;
  to?: DateKey;
  owner?: string;
  now: number;
  today: DateKey;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Open slots and the posts due, per group, in the order the groups were given. */
export function groupPlans(config: Config, scheduleOf: (groupId: string) => readonly ScheduleEntry[], query: PlanQuery): GroupPlan[] {
  return query.groups.map((group) => {
    const rhythm = rhythmOf(config, group);
    const from = query.from ?? query.today;
    const to = query.to ?? addDaysToKey(query.today, (rhythm?.horizonDays ?? DEFAULT_PLAN_HORIZON) - 1);
    const entries = scheduleOf(group.id);
    const openSlots = rhythm
      ? fillSlots(group.id, entries, rhythm, config.timezone, from, to)
          .filter((slot) => isOpen(slot, query.now))
          .map((slot) => ({ date: slot.date, time: slot.time, type: slot.type ?? null }))
      : [];
    const posts = entries
      .filter((entry) => entry.time.date >= from && entry.time.date <= to && (query.owner === undefined || entry.post.owner === query.owner))
      .map((entry) => ({
        path: entry.post.path,
        title: entry.post.title ?? null,
        date: entry.time.date,
        time: `${pad(entry.time.local.hour)}:${pad(entry.time.local.minute)}`,
        type: entry.type,
        status: entry.post.status ?? null,
        owner: entry.post.owner ?? null,
      }));
    return { group: group.id, from, to, rhythm: rhythm !== undefined, openSlots, posts };
  });
}
