import type { GroupConfig } from './config';
import type { PostStatus, PostType, Range, Span } from '../base/domain';
import type { Suppressions } from '../parse/directives';
import type { DateKey, MonthKey, WeekKey } from '../time/dates';
import type { LocalDateTime } from '../time/publish';
import type { RepeatRule } from '../time/series';
import type { DuplicateIndex } from '../match/duplicates';

/** One slot of a group's rhythm on one day. */
export interface PlanSlot {
  groupId: string;
  /** The day the slot belongs to (a post on the neighbouring day may fill it). */
  date: DateKey;
  week: WeekKey;
  /** Wall-clock time `HH:MM` the slot falls at: the rhythm's time, moved forward past an hour the clocks skip. */
  time: string;
  instant: number;
  type?: PostType;
  /** Path of the post that fills it. */
  filledBy?: string;
}

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
  /** The base `publish` time; for a series, its occurrences are in `series`. */
  time?: ScheduledTime;
  /** Present when `repeat` is well formed and expands: the post goes out at each occurrence instead of once. */
  series?: SeriesSummary;
  publishAnchor?: Anchor;
  type?: PostType;
  typeAnchor?: Anchor;
  status?: PostStatus;
  ugc: boolean;
  title?: string;
  tags: string[];
  /** Person ids under `owner` and `reviewer`, known or not. */
  owner?: string;
  reviewer?: string;
  /** The first line of the body, where duplicate-content reports. */
  bodyAnchor?: Anchor;
  /** The body as readers see it (HTML comments blanked), only while the workspace has duplicate-content on. */
  readableBody?: string;
  suppressions: Suppressions;
}

export interface SeriesSummary {
  rule: RepeatRule;
  /** In calendar order; at least one. */
  occurrences: ScheduledTime[];
  /** Dates the rule yields that `except` removes, ascending. */
  excepted: DateKey[];
}

/** A post as one group's calendar sees it: it has a real publish time and a known type. */
export interface ScheduleEntry {
  post: PostSummary;
  time: ScheduledTime;
  type: PostType;
  /** For an occurrence of a series: its place in `post.series.occurrences`. */
  occurrence?: number;
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

/** How messages name a post; an occurrence of a series with its date, as the file alone does not say which. */
export function entryLabel(entry: ScheduleEntry): string {
  const label = entry.post.title ?? entry.post.path;
  return entry.occurrence === undefined ? label : `${label} (${entry.time.date})`;
}
