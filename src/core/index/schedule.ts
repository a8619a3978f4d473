import type { GroupConfig } from '../config/types';
import type { PostStatus, PostType, Range, Span } from '../model';
import type { Suppressions } from '../parse/directives';
import type { DateKey, MonthKey, WeekKey } from '../time/dates';
import type { LocalDateTime } from '../time/publish';
import type { PlanSlot } from '../plan/slots';
import type { DuplicateIndex } from './duplicates';

/** A place in a post where a calendar diagnostic can sit, with its range precomputed. */
export interface Anchor {
  span: Span;
  range: Range;
}

export interface ScheduledTime {
  instant: number;
  local: LocalDateTime;
  date: DateKey;
  week: WeekKey;
  month: MonthKey;
}

/**
 * What the calendar needs to know about one post: small, plain data (it crosses worker boundaries and
 * stays in memory for every post of a workspace), computed once per edit of the post.
 */
export interface PostSummary {
  path: string;
  /** Group ids the post names, known or not. */
  groupIds: string[];
  time?: ScheduledTime;
  publishAnchor?: Anchor;
  type?: PostType;
  typeAnchor?: Anchor;
  status?: PostStatus;
  ugc: boolean;
  title?: string;
  /** Person id from front matter `owner`, when it is a string. */
  owner?: string;
  tags: string[];
  /** The first line of the body, where duplicate-content reports. */
  bodyAnchor?: Anchor;
  /** The body as readers see it (HTML comments blanked), only while the workspace has duplicate-content on. */
  readableBody?: string;
  suppressions: Suppressions;
}

/** A post as one group's calendar sees it: it has a real publish time and a known type. */
export interface ScheduleEntry {
  post: PostSummary;
  time: ScheduledTime;
  type: PostType;
}

export interface GroupSchedule {
  group: GroupConfig;
  /** Sorted by publish instant, then path. */
  entries: readonly ScheduleEntry[];
  duplicates: DuplicateIndex;
  /** Open slots of the group's rhythm in its plan horizon, in time order (none without a rhythm). */
  openSlots?: readonly PlanSlot[];
}

/** Calendar order: by instant, then by path (plain code-unit comparison), so ties are stable everywhere. */
export function compareEntries(a: ScheduleEntry, b: ScheduleEntry): number {
  if (a.time.instant !== b.time.instant) return a.time.instant - b.time.instant;
  return a.post.path < b.post.path ? -1 : a.post.path > b.post.path ? 1 : 0;
}

export function entryLabel(entry: ScheduleEntry): string {
  return entry.post.title ?? entry.post.path;
}
