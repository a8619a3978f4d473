import type { Config } from '../model/config';
import type { ScheduleEntry } from '../model/schedule';
import { CALENDAR_RULES } from '../rules/registry';
import type { PostResult, RuleEnvironment } from '../rules/evaluate';
import type { BodyReader, DuplicateCandidate, DuplicateIndex, DuplicateSearch } from '../match/duplicates';
import type { GramSignature } from '../match/shingles';
import type { CalendarMemo } from './memo';
import { entriesOf, knownGroups, toCandidate } from './entries';

/**
 * Up to this share of changed bodies, a load compares just those with their neighbours (known pairs kept); past it,
 * comparing every neighbouring pair once costs less. Either way the pairs are the same.
 */
const MOSTLY_UNCHANGED = 0.25;

/** The posts a load placed in their groups' schedules, as finding their near-duplicate pairs reads them. */
export interface PlacedPosts {
  config: Config;
  posts: ReadonlyMap<string, PostResult>;
  entriesByGroup: ReadonlyMap<string, readonly ScheduleEntry[]>;
}

/** The widest search any group's duplicate-content setting asks for. */
export function duplicateSearchOf(env: RuleEnvironment): DuplicateSearch {
  const rule = CALENDAR_RULES.find((candidate) => candidate.meta.id === 'duplicate-content');
  let threshold = 1;
  let windowMs = 0;
  for (const group of env.config.groups) {
    if (!rule) break;
    const setting = env.cascade.forGroup(rule, group);
    if (setting.severity === 'off') continue;
    threshold = Math.min(threshold, setting.options.threshold as number);
    // the rule counts calendar days; instants of posts `days` days apart differ by up to a day more (times of day),
    // and a zone's offset change adds at most another
    windowMs = Math.max(windowMs, ((setting.options.days as number) + 2) * 86_400_000);
  }
  return { threshold, windowMs };
}

/** Per group, its scheduled posts that have a body to compare. */
function duplicateGroups(placed: PlacedPosts, bodies: ReadonlyMap<string, unknown>): DuplicateCandidate[][] {
  return [...placed.entriesByGroup.values()].map((entries) => entries.filter((entry) => bodies.has(entry.post.path)).map(toCandidate));
}

/**
 * The near-duplicate pairs of all bodies: from the memo's pairs among unchanged posts plus a comparison of each changed
 * one (what `update` does for an edit), or, when much changed, by comparing everything again. Both give the same pairs.
 */
export function findDuplicates(duplicates: DuplicateIndex, search: DuplicateSearch, placed: PlacedPosts, bodies: ReadonlyMap<string, string>, memo: CalendarMemo | undefined): void {
  const paths = [...bodies.keys()];
  const known = memo?.duplicatePairs(paths);
  const changed = known ? paths.filter((path) => !known.unchanged.has(path)) : paths;
  if (known && changed.length <= paths.length * MOSTLY_UNCHANGED) {
    duplicates.restore(bodies, known.pairs);
    for (const path of changed) {
      const summary = placed.posts.get(path)?.summary;
      if (!summary) continue;
      const candidates = knownGroups(placed.config, summary).flatMap((group) => (placed.entriesByGroup.get(group.id) ?? []).map(toCandidate));
      duplicates.update(path, bodies.get(path), entriesOf(summary).map(toCandidate), candidates, search);
    }
  } else {
    duplicates.rebuild(bodies, duplicateGroups(placed, bodies), search);
  }
  memo?.keepDuplicatePairs(paths, duplicates.allPairs());
}

/** The near-duplicate pairs of posts whose bodies were let go once their signatures were taken (see DuplicateIndex.rebuildFromSignatures). */
export async function findDuplicatesFromSignatures(duplicates: DuplicateIndex, search: DuplicateSearch, placed: PlacedPosts, signatures: ReadonlyMap<string, GramSignature>, readBodies: BodyReader): Promise<void> {
  await duplicates.rebuildFromSignatures(signatures, duplicateGroups(placed, signatures), search, readBodies);
}
