import type { GroupRecord, PairRecord } from './calendarRecords';
import type { EncodedDiagnostic, EncodedSummary } from './codec';
import { isRunRecord, type RunRecord } from './runRecord';
import type { CacheStrategy } from './stamp';

/** Bumped whenever the layout below changes: an older file is then read as empty. */
const CACHE_VERSION = 5;
const CACHE_FORMAT = 'ccal-cache';

/** What a cache file must have been written for to be read: the engine and the strategy (see PostCacheOptions). */
interface CacheKind {
  engine: string;
  strategy: CacheStrategy;
}

/** The first line of a cache file: read alone, so a cache of another version or workspace is dropped unparsed. */
export interface CacheHeader {
  format: typeof CACHE_FORMAT;
  version: number;
  engine: string;
  strategy: CacheStrategy;
  settings: string;
  /**
   * The length of the lines after this one (run, meta, entries), then of the readable bodies after them: a file cut
   * short is not read.
   */
  length: number;
  bodies: number;
}

/**
 * stamp, day, clock window, summary, diagnostics (see clock.ts for the day and the window), and 1 when the kept
 * near-duplicate pairs were found with the post at this stamp (0 otherwise: its pairs are looked for again).
 */
export type CacheEntry = [number, number, string, number | null, number | null, EncodedSummary, EncodedDiagnostic[], 0 | 1];

/**
 * The second line is the last one-shot run's record (RunRecord), or 0: read alone, so that a run it answers for
 * parses nothing else. The third: the string table and the calendar phase — each group's diagnostics (see
 * calendarRecords.ts) and the near-duplicate pairs. One line per entry follows (`[path, ...CacheEntry]`), so that an
 * entry unchanged since it was read is written again as the line it was read from; then the readable bodies.
 */
export interface CacheMeta {
  strings: string[];
  groups: Array<[string, ...GroupRecord]>;
  pairs: PairRecord[];
}

function isHeader(value: unknown, kind: CacheKind): value is CacheHeader {
  const header = value as Partial<CacheHeader> | null;
  return (
    typeof header === 'object' &&
    header !== null &&
    header.format === CACHE_FORMAT &&
    header.version === CACHE_VERSION &&
    header.engine === kind.engine &&
    header.strategy === kind.strategy &&
    typeof header.settings === 'string' &&
    typeof header.length === 'number' &&
    typeof header.bodies === 'number'
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A cache file's header and the text after it, when the header is one of this version, engine and strategy. */
export function readHeader(text: string, kind: CacheKind): { header: CacheHeader; body: string } | undefined {
  const lineEnd = text.indexOf('\n');
  const header = lineEnd === -1 ? undefined : parseJson(text.slice(0, lineEnd));
  return isHeader(header, kind) ? { header, body: text.slice(lineEnd + 1) } : undefined;
}

/** The run line: its record, when it has a record's shape. */
export function readRun(line: string): RunRecord | undefined {
  const record = parseJson(line);
  return isRunRecord(record) ? record : undefined;
}

/** The meta line, when it has the shape of CacheMeta's arrays and a string table of strings. */
export function readMeta(line: string): CacheMeta | undefined {
  const body = parseJson(line) as Partial<CacheMeta> | undefined;
  if (typeof body !== 'object' || body === null || !Array.isArray(body.strings) || !Array.isArray(body.groups) || !Array.isArray(body.pairs)) return undefined;
  if (!body.strings.every((text) => typeof text === 'string')) return undefined;
  return body as CacheMeta;
}

/** An entry line's path and entry, when it has an entry's length. */
export function readEntry(line: string): [string, CacheEntry] | undefined {
  const row = parseJson(line);
  if (!Array.isArray(row) || row.length !== 9 || typeof row[0] !== 'string') return undefined;
  return [row[0], row.slice(1) as CacheEntry];
}

/** A cache file's text: the header line, then the run, meta and entry lines, then the readable bodies. */
export function cacheFileText(kind: CacheKind, settings: string, lines: readonly string[], bodies: { parts: readonly string[]; length: number }): string {
  const text = lines.join('\n');
  const header: CacheHeader = { format: CACHE_FORMAT, version: CACHE_VERSION, engine: kind.engine, strategy: kind.strategy, settings, length: text.length, bodies: bodies.length };
  return `${JSON.stringify(header)}\n${text}${bodies.parts.join('')}`;
}
