import type { Diagnostic } from '../base/domain';
import { inSlotWindow, type SlotWindow } from '../plan/slots';
import type { WorkspaceFacts } from '../rules/types';
import { decodeDiagnostics, encodeDiagnostics, type EncodedDiagnostic, type StringTable } from './codec';

/**
 * A group's calendar diagnostics as the cache keeps them: the fingerprint of its member posts (paths and stamps), the
 * day and the open slots' window they were computed in, and each diagnostic with its file. Calendar rules read the
 * clock only through today's date (horizons, key dates, slots) and the open slots (`instant ≥ now`); the property test
 * (test/unit/cache/calendarProperty.test.ts) moves the clock across days and slot instants to hold this to a fresh run.
 */
export type GroupRecord = [string, string, number | null, number | null, Array<[string, EncodedDiagnostic]>];

/** A near-duplicate pair: two paths (the first sorts earlier) and their similarity. */
export type PairRecord = [string, string, number];

export function encodeGroupRecord(fingerprint: string, facts: WorkspaceFacts, window: SlotWindow, diagnostics: readonly Diagnostic[], table: StringTable): GroupRecord {
  const encoded = encodeDiagnostics(diagnostics, table);
  return [fingerprint, facts.today, window.after, window.through, diagnostics.map((diagnostic, index) => [diagnostic.file, encoded[index] as EncodedDiagnostic])];
}

/** The record's diagnostics, when it was made for these members, today and a window holding now; else undefined. */
export function decodeGroupRecord(record: GroupRecord, fingerprint: string, facts: WorkspaceFacts, table: StringTable): Diagnostic[] | undefined {
  const [kept, day, after, through, diagnostics] = record;
  if (kept !== fingerprint || day !== facts.today || !inSlotWindow({ after, through }, facts.now)) return undefined;
  return diagnostics.flatMap(([file, encoded]) => decodeDiagnostics(file, [encoded], table));
}

export function isGroupRecord(value: unknown): value is GroupRecord {
  return Array.isArray(value) && value.length === 5 && typeof value[0] === 'string' && typeof value[1] === 'string' && Array.isArray(value[4]);
}

export function isPairRecord(value: unknown): value is PairRecord {
  return Array.isArray(value) && value.length === 3 && typeof value[0] === 'string' && typeof value[1] === 'string' && typeof value[2] === 'number';
}

/** The pairs in one order, whatever order they were found in. */
export function sortedPairs(pairs: ReadonlyArray<readonly [string, string, number]>): PairRecord[] {
  return pairs.map(([a, b, similarity]): PairRecord => (a < b ? [a, b, similarity] : [b, a, similarity])).sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0));
}
