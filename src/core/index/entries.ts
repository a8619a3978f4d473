import type { Diagnostic } from '../base/domain';
import type { DuplicateCandidate } from '../match/duplicates';
import type { Config, GroupConfig } from '../model/config';
import { compareEntries, type PostSummary, type ScheduleEntry } from '../model/schedule';

/** The groups of a post that community.yaml defines (none when it is unusable). */
export function knownGroups(config: Config, summary: PostSummary): GroupConfig[] {
  const known: GroupConfig[] = [];
  if (!config.usable) return known;
  // a loop, not flatMap: every load asks this of every post
  for (const id of summary.groupIds) {
    const group = config.groupsById.get(id);
    if (group) known.push(group);
  }
  return known;
}

/** One entry per occurrence for a series, so every calendar rule counts each; one for any other scheduled post. */
export function entriesOf(summary: PostSummary): ScheduleEntry[] {
  const { time, type, series } = summary;
  if (!time || !type) return [];
  if (!series) return [{ post: summary, time, type }];
  return series.occurrences.map((occurrence, position) => ({ post: summary, time: occurrence, type, occurrence: position }));
}

/** A group's posts, once each (a series has an entry per occurrence), in calendar order. */
export function memberPaths(entries: readonly ScheduleEntry[]): string[] {
  const seen = new Set<string>();
  for (const entry of entries) seen.add(entry.post.path);
  return [...seen];
}

export function toCandidate(entry: ScheduleEntry): DuplicateCandidate {
  return { path: entry.post.path, instant: entry.time.instant };
}

/**
 * The entries with `added` (sorted) put in their places: a few by insertion, many (a series) by one merge, so a
 * series of a thousand occurrences costs one pass over the group, not a thousand.
 */
export function withEntries(entries: ScheduleEntry[], added: readonly ScheduleEntry[]): ScheduleEntry[] {
  if (added.length <= 8) {
    for (const entry of added) entries.splice(insertionPoint(entries, entry), 0, entry);
    return entries;
  }
  const merged: ScheduleEntry[] = [];
  let at = 0;
  for (const entry of added) {
    for (let next = entries[at]; next && compareEntries(next, entry) < 0; next = entries[++at]) merged.push(next);
    merged.push(entry);
  }
  merged.push(...entries.slice(at));
  return merged;
}

function insertionPoint(entries: readonly ScheduleEntry[], entry: ScheduleEntry): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    // middle is below high, which is at most entries.length
    if (compareEntries(entries[middle]!, entry) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Per file, everything a published diagnostic shows, so two evaluations can be compared cheaply. */
export function fingerprintsByFile(diagnostics: readonly Diagnostic[]): Map<string, string> {
  const keys = new Map<string, string[]>();
  for (const diagnostic of diagnostics) {
    const { start, end } = diagnostic.range;
    const key = `${diagnostic.ruleId}\u0000${diagnostic.severity}\u0000${diagnostic.messageId}\u0000${JSON.stringify(diagnostic.data)}\u0000${start.line}:${start.character}-${end.line}:${end.character}`;
    const list = keys.get(diagnostic.file);
    if (list) list.push(key);
    else keys.set(diagnostic.file, [key]);
  }
  return new Map([...keys].map(([file, list]) => [file, list.sort().join('\u0001')]));
}
