import type { Diagnostic } from '../base/domain';
import { decodeDiagnostics, encodeDiagnostics, StringTable, type EncodedDiagnostic } from './codec';
import { hash53 } from './stamp';
import { isSafeWorkspacePath } from '../base/workspacePath';

/** Bumped whenever the layout below changes: an older snapshot is then not restored. */
const SNAPSHOT_VERSION = 1;
const SNAPSHOT_FORMAT = 'ccal-problems';
/** The most a snapshot may hold: errors and warnings only, a few hundred KB for ten thousand posts. */
export const MAX_SNAPSHOT_BYTES = 32 * 1_048_576;

interface SnapshotFile {
  format: typeof SNAPSHOT_FORMAT;
  version: number;
  engine: string;
  /** A hash of community.yaml's text: a snapshot taken under another config is not restored. */
  config: string;
  strings: string[];
  files: Array<[string, EncodedDiagnostic[]]>;
}

function configHash(configText: string): string {
  return `${hash53(configText).toString(36)}.${hash53(configText, 1).toString(36)}`;
}

function isSnapshot(value: unknown): value is SnapshotFile {
  const file = value as Partial<SnapshotFile> | null;
  return typeof file === 'object' && file !== null && file.format === SNAPSHOT_FORMAT && file.version === SNAPSHOT_VERSION && Array.isArray(file.strings) && Array.isArray(file.files);
}

const isCount = (value: unknown): boolean => Number.isSafeInteger(value) && (value as number) >= 0;

/** A diagnostic as serializeProblems writes it: string numbers, data, then span and range as counts. */
function isEncoded(value: unknown, strings: number): boolean {
  if (!Array.isArray(value) || value.length !== 10) return false;
  const [ruleId, severity, messageId, data, ...positions] = value as unknown[];
  const isString = (number: unknown) => isCount(number) && (number as number) < strings;
  return isString(ruleId) && isString(severity) && isString(messageId) && typeof data === 'object' && data !== null && !Array.isArray(data) && positions.every(isCount);
}

function isEntry(value: unknown, strings: number): value is [string, EncodedDiagnostic[]] {
  if (!Array.isArray(value) || value.length !== 2) return false;
  const [path, diagnostics] = value as unknown[];
  return typeof path === 'string' && isSafeWorkspacePath(path) && Array.isArray(diagnostics) && diagnostics.every((diagnostic) => isEncoded(diagnostic, strings));
}

/**
 * The errors and warnings a community's files showed, as a text an editor keeps between sessions: on reopen it shows
 * them at once, before its check of the workspace confirms or corrects them (infos are left out: they are most of a
 * workspace's diagnostics and can wait for the check).
 */
export function serializeProblems(engine: string, configText: string, files: Iterable<[string, readonly Diagnostic[]]>): string {
  const table = new StringTable();
  const entries: Array<[string, EncodedDiagnostic[]]> = [];
  for (const [path, diagnostics] of files) {
    const shown = diagnostics.filter((diagnostic) => diagnostic.severity !== 'info');
    // a fix is offered by the check that follows: the snapshot only shows
    if (shown.length > 0) entries.push([path, encodeDiagnostics(shown.map(({ fix: _fix, ...rest }) => rest), table)]);
  }
  const file: SnapshotFile = { format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, engine, config: configHash(configText), strings: table.strings, files: entries };
  return JSON.stringify(file);
}

/**
 * The files and diagnostics of a snapshot taken by this engine under this config text; undefined for anything else
 * (absent, corrupt, too large, another version, engine or config): such a snapshot is never an error, only not shown.
 */
export function readProblems(text: string | undefined, engine: string, configText: string): Map<string, Diagnostic[]> | undefined {
  if (text === undefined || text.length * 2 > MAX_SNAPSHOT_BYTES) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isSnapshot(parsed) || parsed.engine !== engine || parsed.config !== configHash(configText)) return undefined;
  const { strings, files } = parsed;
  if (!strings.every((text) => typeof text === 'string') || !files.every((entry) => isEntry(entry, strings.length))) return undefined;
  const table = new StringTable(strings);
  return new Map(files.map(([path, encoded]) => [path, decodeDiagnostics(path, encoded, table)]));
}
