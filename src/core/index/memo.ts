import type { Diagnostic } from '../base/domain';
import type { SlotWindow } from '../plan/slots';

/** A near-duplicate pair: two posts' paths and their similarity. */
export type DuplicatePair = readonly [string, string, number];

/**
 * What earlier runs learnt of the calendar phase (the lint cache): the index asks it before evaluating a group or
 * comparing bodies, and tells it what it found. Its answers must be what the index would compute now: it keys them
 * by the posts' files (paths and stamps), the settings and the clock, which the index does not know.
 */
export interface CalendarMemo {
  /** A group's calendar diagnostics for these member posts (paths in calendar order), when known and valid now. */
  groupDiagnostics(groupId: string, members: readonly string[]): Diagnostic[] | undefined;
  /** Keeps what a group's calendar rules found, for today and while now stays in `window` (the open slots' window). */
  keepGroupDiagnostics(groupId: string, members: readonly string[], diagnostics: readonly Diagnostic[], window: SlotWindow): void;
  /**
   * Of the posts with these bodies, those whose files are unchanged since their pairs were kept, and every pair
   * between two of them; undefined when nothing is known.
   */
  duplicatePairs(paths: readonly string[]): { unchanged: ReadonlySet<string>; pairs: readonly DuplicatePair[] } | undefined;
  /** Keeps every pair among the posts with these bodies. */
  keepDuplicatePairs(paths: readonly string[], pairs: readonly DuplicatePair[]): void;
}
