import type { PostType } from '../base/domain';

/** Days from today in which unfilled slots are open, when a rhythm does not say. */
export const DEFAULT_PLAN_HORIZON = 14;

/** One time of day a group's posts usually go out. */
export interface RhythmSlot {
  /** Wall-clock time in the workspace zone, `HH:MM`. */
  time: string;
  minuteOfDay: number;
  /** Only posts of this type fill the slot; any post does when undefined. */
  type?: PostType;
  /** Weekdays the slot exists on (0 = Monday); every day when undefined. */
  days?: ReadonlySet<number>;
}

export interface Rhythm {
  slots: readonly RhythmSlot[];
  /** Minutes either side of a slot within which a post fills it, both ends included. */
  window: number;
  /** Days from today, today included, in which unfilled slots are open. */
  horizonDays: number;
}
