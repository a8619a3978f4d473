import type { RuleEnvironment } from '../rules/evaluate';
import type { PostSummary } from '../model/schedule';
import { POST_RULES } from '../rules/registry';

/**
 * How long a post's result stays true while the clock moves. Post rules read the clock in two ways:
 * - "today" (personal-info checks birth dates against it, required-fields proposes it in a fix): a cached result is
 *   kept for the day it was computed on, in the workspace zone;
 * - the instant "now" (stale-schedule: the post's last time has passed; unapproved-soon: its next time is within
 *   `hours`): each compares now with the post's own times, or with a time minus `hours`. Between two such instants
 *   neither rule can change its mind, so a result is kept while now stays strictly between the neighbouring ones.
 * The property test (test/unit/cache/property.test.ts) moves the clock across these instants at random and holds a
 * cached run byte for byte to a fresh one; a new post rule that reads `now` differently must extend this list.
 */
export const INSTANT_RULE_IDS = ['stale-schedule', 'unapproved-soon'] as const;

/** Where a result holds: `after < now < until` (null: unbounded). */
export interface ClockWindow {
  after: number | null;
  until: number | null;
}

/** A comparison `now + hours ≥ t` is made in floating point: keep a few milliseconds away from every turning point. */
const MARGIN_MS = 2;

const LOOK_AHEAD_RULE = POST_RULES.find((rule) => rule.meta.id === 'unapproved-soon');

const lookAheadByEnvironment = new WeakMap<RuleEnvironment, number[]>();

/** Every look-ahead (unapproved-soon `hours`, in ms) a post may be checked with: the workspace's and each group's. */
function lookAheads(env: RuleEnvironment): number[] {
  let found = lookAheadByEnvironment.get(env);
  if (found) return found;
  const hours = new Set<number>();
  if (LOOK_AHEAD_RULE) {
    const settings = [env.cascade.forWorkspace(LOOK_AHEAD_RULE), ...(env.config.usable ? env.config.groups.map((group) => env.cascade.forGroup(LOOK_AHEAD_RULE, group)) : [])];
    for (const setting of settings) if (typeof setting.options.hours === 'number') hours.add(setting.options.hours * 3_600_000);
  }
  found = [0, ...hours];
  lookAheadByEnvironment.set(env, found);
  return found;
}

/** The window around `now` in which no rule that reads the instant can judge the post differently. */
export function clockWindow(summary: PostSummary, env: RuleEnvironment): ClockWindow {
  const { now } = env.facts;
  const times = summary.series ? summary.series.occurrences.map((occurrence) => occurrence.instant) : summary.time ? [summary.time.instant] : [];
  let below = -Infinity;
  let above = Infinity;
  for (const time of times) {
    for (const ahead of lookAheads(env)) {
      const turn = time - ahead;
      if (turn <= now) below = Math.max(below, turn);
      else above = Math.min(above, turn);
    }
  }
  const after = below === -Infinity ? null : below + MARGIN_MS;
  const until = above === Infinity ? null : above - MARGIN_MS;
  // at (or a hair from) a turning point the result holds for this very millisecond only: a run with the same --now
  if ((after !== null && now <= after) || (until !== null && now >= until)) return { after: now - 1, until: now + 1 };
  return { after, until };
}

export function inWindow(window: ClockWindow, now: number): boolean {
  return (window.after === null || now > window.after) && (window.until === null || now < window.until);
}
