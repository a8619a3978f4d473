import type { GroupConfig } from '../model/config';
import { compareEntries, type ScheduleEntry } from '../model/schedule';
import type { WorkspaceIndex } from '../index/workspace';
import type { PostStatus, PostType } from '../base/domain';
import { formatLocal, formatOffset, type DateKey, type WeekKey } from '../time/dates';
import type { TimeZone } from '../time/zone';

export interface PlanFilter {
  /** The groups to export, from selectGroups. */
  groups: readonly GroupConfig[];
  /** First and last local day (`YYYY-MM-DD`, workspace zone), both included; open when absent. */
  from?: DateKey;
  to?: DateKey;
}

/** One post going out to one group: the unit of every export format (a post to two groups is two rows). */
export interface PlanRow {
  group: GroupConfig;
  entry: ScheduleEntry;
}

/**
 * The plan's rows: the entries the calendar rules see (valid publish time and type, once per known group), in
 * calendar order — by instant, then path, then the group's place in community.yaml — so output is stable.
 */
export function planRows(index: WorkspaceIndex, filter: PlanFilter): PlanRow[] {
  const rows: PlanRow[] = [];
  for (const group of filter.groups) {
    for (const entry of index.scheduleOf(group.id)) {
      const date = entry.time.date;
      if ((filter.from === undefined || date >= filter.from) && (filter.to === undefined || date <= filter.to)) rows.push({ group, entry });
    }
  }
  const order = new Map(filter.groups.map((group, position) => [group.id, position]));
  return rows.sort((a, b) => compareEntries(a.entry, b.entry) || (order.get(a.group.id) ?? 0) - (order.get(b.group.id) ?? 0));
}

/** A row as flat fields, shared by the CSV columns and the JSON objects. */
export interface PlanRecord {
  date: DateKey;
  /** Local `HH:mm`. */
  time: string;
  week: WeekKey;
  group: string;
  group_name: string | null;
  type: PostType;
  status: PostStatus;
  ugc: boolean;
  title: string | null;
  path: string;
  tags: string[];
  /** ISO 8601 with the workspace zone's offset at that instant, e.g. `2026-11-23T08:30:00+08:00`. */
  datetime: string;
  /** For an occurrence of a series (SPEC §6.2): how often it repeats (`day`, `week`, `month`); null for a single post. */
  series: string | null;
}

/** A post without `status` is a draft (SPEC §1.2). */
export function statusOf(row: PlanRow): PostStatus {
  return row.entry.post.status ?? 'draft';
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

export function planRecord(row: PlanRow, zone: TimeZone): PlanRecord {
  const { post, time, type } = row.entry;
  const local = time.local;
  return {
    date: time.date,
    time: `${twoDigits(local.hour)}:${twoDigits(local.minute)}`,
    week: time.week,
    group: row.group.id,
    group_name: row.group.name ?? null,
    type,
    status: statusOf(row),
    ugc: post.ugc,
    title: post.title ?? null,
    path: post.path,
    tags: [...post.tags],
    datetime: `${formatLocal(local, 'T', true)}${formatOffset(zone.offsetAt(time.instant))}`,
    series: post.series && row.entry.occurrence !== undefined ? post.series.rule.every : null,
  };
}
