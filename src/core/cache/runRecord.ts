import type { Diagnostic } from '../base/domain';
import type { SkipReason } from '../base/text';
import { inSlotWindow } from '../plan/slots';
import type { WorkspaceFacts } from '../rules/types';
import { inWindow } from './clock';
import { decodeDiagnostics, encodeDiagnostics, StringTable, type EncodedDiagnostic } from './codec';
import { hash53, NumberHash, type FileStamp } from './stamp';

/**
 * What a whole one-shot run reported (ccal lint --cache): the fingerprint of its listing (every post's path and stamp,
 * every skipped path and why), the day, the clock window every post's and every group's results held in (posts:
 * after < now < until; groups' open slots: after < now ≤ through), and each file with diagnostics, in a string table of
 * its own. A run of the same listing, settings and day, now in that window, reports the same: it need not read the
 * entries, place the posts or ask the groups.
 */
export type RunRecord = [string, string, number | null, number | null, number | null, string[], Array<[string, EncodedDiagnostic[]]>];

/** A listing as a session has it: the posts (with the stamps just taken) and the paths it must not read. */
export interface RunListing {
  paths: readonly string[];
  skipped: ReadonlyArray<{ path: string; reason: SkipReason }>;
}

/** The listing's fingerprint, with each post's stamp from `stampOf`; undefined when a post has none. */
export function listingFingerprint({ paths, skipped }: RunListing, stampOf: (path: string, position: number) => FileStamp | undefined): string | undefined {
  const hash = new NumberHash();
  hash.add(paths.length);
  for (let position = 0; position < paths.length; position++) {
    const path = paths[position] as string;
    const stamp = stampOf(path, position);
    if (!stamp) return undefined;
    hash.add(hash53(path));
    hash.add(stamp[0]);
    hash.add(stamp[1]);
  }
  hash.add(skipped.length);
  for (const { path, reason } of skipped) {
    hash.add(hash53(path));
    // the reason is what the skipped file's diagnostic says (a size, a system code)
    hash.add(hash53(JSON.stringify(reason)));
  }
  return hash.digest();
}

/** The intersection of the windows a run's results hold in (see RunRecord). */
export interface RunWindow {
  after: number | null;
  until: number | null;
  through: number | null;
}

export function narrowWindow(window: RunWindow, after: number | null, until: number | null, through: number | null): void {
  if (after !== null) window.after = window.after === null ? after : Math.max(window.after, after);
  if (until !== null) window.until = window.until === null ? until : Math.min(window.until, until);
  if (through !== null) window.through = window.through === null ? through : Math.min(window.through, through);
}

export function encodeRunRecord(fingerprint: string, facts: WorkspaceFacts, window: RunWindow, files: ReadonlyArray<[string, readonly Diagnostic[]]>): RunRecord {
  const table = new StringTable();
  const encoded: Array<[string, EncodedDiagnostic[]]> = [];
  for (const [file, diagnostics] of files) if (diagnostics.length > 0) encoded.push([file, encodeDiagnostics(diagnostics, table)]);
  return [fingerprint, facts.today, window.after, window.until, window.through, table.strings, encoded];
}

/** The run's diagnostics by file (files without any left out), when it was this listing, today and a window holding now. */
export function decodeRunRecord(record: RunRecord, fingerprint: string | undefined, facts: WorkspaceFacts): Map<string, Diagnostic[]> | undefined {
  const [kept, day, after, until, through, strings, files] = record;
  if (kept !== fingerprint || day !== facts.today || !inWindow({ after, until }, facts.now) || !inSlotWindow({ after, through }, facts.now)) return undefined;
  const table = new StringTable(strings);
  return new Map(files.map(([file, encoded]) => [file, decodeDiagnostics(file, encoded, table)]));
}

export function isRunRecord(value: unknown): value is RunRecord {
  const isBound = (bound: unknown) => bound === null || typeof bound === 'number';
  return (
    Array.isArray(value) &&
    value.length === 7 &&
    typeof value[0] === 'string' &&
    typeof value[1] === 'string' &&
    isBound(value[2]) &&
    isBound(value[3]) &&
    isBound(value[4]) &&
    Array.isArray(value[5]) &&
    value[5].every((text) => typeof text === 'string') &&
    Array.isArray(value[6]) &&
    value[6].every((row) => Array.isArray(row) && row.length === 2 && typeof row[0] === 'string' && Array.isArray(row[1]))
  );
}
