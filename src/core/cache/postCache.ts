import { evaluatePost, type PostResult, type RuleEnvironment } from '../rules/evaluate';
import type { DecodedFile } from '../base/text';
import type { Diagnostic } from '../base/domain';
import type { SlotWindow } from '../plan/slots';
import { decodeGroupRecord, encodeGroupRecord, isGroupRecord, isPairRecord, sortedPairs, type GroupRecord, type PairRecord } from './calendarRecords';
import { clockWindow, inWindow } from './clock';
import { decodeResult, encodeDiagnostics, encodeSummary, StringTable, withBodyRef } from './codec';
import { contentStamp, hash53, NumberHash, type CacheStrategy, type FileStamp } from './stamp';
import { cacheFileText, readEntry, readHeader, readMeta, readRun, type CacheEntry, type CacheHeader, type CacheMeta } from './fileLayout';
import { decodeRunRecord, encodeRunRecord, listingFingerprint, narrowWindow, type RunListing, type RunRecord, type RunWindow } from './runRecord';
import { settingsFingerprint } from './settingsFingerprint';

/** The most a cache file may hold; a larger one is ignored, and not written. */
export const MAX_CACHE_BYTES = 256 * 1_048_576;

export interface PostCacheOptions {
  strategy: CacheStrategy;
  /** What besides the workspace changes results: ccal's version (a host may add its build's own stamp). */
  engine: string;
  /**
   * Size-and-mtime stamps of files modified from this instant on are not kept: a file system keeps mtimes in ticks
   * (up to 2 s), so a file written again within the tick of the read would look unchanged.
   */
  settledBefore?: number;
}

/**
 * What each post yielded the last time, keyed by path and stamp, for one strategy and one engine, kept under one
 * settings fingerprint (community.yaml, its word lists, ccal and its rules): the session asks it before reading a post
 * and tells it what it evaluated. Read from and written to one text; a text that is corrupt, of another version,
 * engine or strategy reads as an empty cache, never as an error.
 */
export class PostCache {
  private entries = new Map<string, CacheEntry>();
  private groups = new Map<string, GroupRecord>();
  private pairs: PairRecord[] = [];
  private table = new StringTable();
  /** The readable bodies of the file read, which its entries refer to (BodyRef). */
  private bodies = '';
  /** The line each entry was read from, while the entry stays as it was read. */
  private readonly rows = new Map<string, string>();
  private settings: string | undefined;
  /** The body of the file read, until the settings are known to match. */
  private unparsed: { header: CacheHeader; body: string } | undefined;
  /** The body of a file of these settings, its entries parsed when first needed: a run the record answers needs none. */
  private pending: { header: CacheHeader; body: string } | undefined;
  /** The last one-shot run's record, while nothing it was made from has changed. */
  private run: RunRecord | undefined;
  private env: RuleEnvironment | undefined;
  private changed = false;
  /** Lookups of posts and of groups' calendar results answered and missed since the cache was read, for tests and benchmarks. */
  readonly counts = { hits: 0, misses: 0, groupHits: 0, groupMisses: 0, runHits: 0 };

  private constructor(readonly options: PostCacheOptions) {}

  static empty(options: PostCacheOptions): PostCache {
    return new PostCache(options);
  }

  /** A cache from a file's text; anything unusable (undefined: no file) gives an empty one. */
  static read(text: string | undefined, options: PostCacheOptions): PostCache {
    const cache = new PostCache(options);
    if (text === undefined) return cache;
    const file = readHeader(text, options);
    if (file) cache.unparsed = file;
    else cache.changed = true;
    return cache;
  }

  /** Whether entries were added, replaced or dropped since the cache was read (so it is worth writing). */
  get dirty(): boolean {
    return this.changed;
  }

  /** The cache was written as it is now: it is not dirty until it changes again. */
  markWritten(): void {
    this.changed = false;
  }

  get size(): number {
    this.materialize();
    return this.entries.size;
  }

  /** The environment the next lookups and stores are for: entries made under other settings are dropped. */
  useEnvironment(env: RuleEnvironment): void {
    this.env = env;
    const settings = settingsFingerprint(env, this.options.engine);
    if (this.unparsed) {
      const { header, body } = this.unparsed;
      this.unparsed = undefined;
      // a file of other settings, or a damaged one, is rewritten
      if (header.settings !== settings || !this.open(body, header)) this.changed = true;
    }
    if (this.settings !== settings) {
      if (this.entries.size > 0 || this.groups.size > 0 || this.pending) this.changed = true;
      this.pending = undefined;
      this.run = undefined;
      this.entries.clear();
      this.rows.clear();
      this.groups.clear();
      this.pairs = [];
      this.settings = settings;
    }
  }

  /** The last one-shot run's diagnostics by file, when this run's listing and stamps, settings and clock are that run's. */
  runResults(listing: RunListing, stamps: ReadonlyArray<FileStamp | undefined>): Map<string, Diagnostic[]> | undefined {
    const record = this.run;
    if (!record) return undefined;
    try {
      const results = decodeRunRecord(record, listingFingerprint(listing, (_path, position) => stamps[position]), this.environment.facts);
      if (results) this.counts.runHits++;
      return results;
    } catch {
      // a damaged record: the run is made in full, and recorded anew
      this.run = undefined;
      return undefined;
    }
  }

  /**
   * Records what a one-shot run reported, for `runResults`: only when every listed post is kept at its stamp and today,
   * and every group's calendar results are kept for today, so that the record holds exactly while they all do.
   */
  keepRunResults(listing: RunListing, groupIds: readonly string[], files: ReadonlyArray<[string, readonly Diagnostic[]]>): void {
    this.materialize();
    this.run = undefined;
    const { facts } = this.environment;
    const window: RunWindow = { after: null, until: null, through: null };
    const fingerprint = listingFingerprint(listing, (path) => {
      const entry = this.entries.get(path);
      if (!entry || entry[2] !== facts.today) return undefined;
      narrowWindow(window, entry[3], entry[4], null);
      return [entry[0], entry[1]];
    });
    if (fingerprint === undefined) return;
    for (const id of groupIds) {
      const record = this.groups.get(id);
      if (!record || record[1] !== facts.today) return;
      narrowWindow(window, record[2], null, record[3]);
    }
    this.run = encodeRunRecord(fingerprint, facts, window, files);
    this.changed = true;
  }

  /** The result stored for a file with this stamp, when it still holds today and now; undefined otherwise. */
  lookup(path: string, stamp: FileStamp): PostResult | undefined {
    this.materialize();
    const entry = this.entries.get(path);
    const { facts } = this.environment;
    if (!entry || entry[0] !== stamp[0] || entry[1] !== stamp[1] || entry[2] !== facts.today || !inWindow({ after: entry[3], until: entry[4] }, facts.now)) {
      this.counts.misses++;
      return undefined;
    }
    try {
      const result = decodeResult(path, entry[5], entry[6], this.table, this.bodies);
      this.counts.hits++;
      return result;
    } catch {
      // a well-formed file with a damaged entry: that post is evaluated again
      this.forget(path);
      this.counts.misses++;
      return undefined;
    }
  }

  /**
   * A post just read: answered from the cache by its content (content strategy), or checked and kept under its
   * stamp (`metadata`: the one taken before reading it). A file that could not be read is checked, not kept.
   */
  checkRead(path: string, content: string | DecodedFile, metadata: FileStamp | undefined): PostResult {
    const byContent = this.options.strategy === 'content';
    const stamp = byContent ? contentStamp(content) : metadata;
    const cached = byContent && stamp ? this.lookup(path, stamp) : undefined;
    if (cached) return cached;
    const result = evaluatePost(path, content, this.environment);
    if (stamp && (typeof content === 'string' || content.kind !== 'unreadable')) this.store(path, stamp, result);
    // an entry of what the file was before is no longer what the session holds: the calendar records must not count it
    else this.forget(path);
    return result;
  }

  /** Keeps what a post yielded; call it before the index loads the result (it takes the readable body off). */
  store(path: string, stamp: FileStamp, result: PostResult): void {
    this.materialize();
    const { settledBefore } = this.options;
    if (this.options.strategy === 'metadata' && settledBefore !== undefined && stamp[1] >= settledBefore) {
      this.forget(path);
      return;
    }
    const window = clockWindow(result.summary, this.environment);
    // the same file checked again (the clock moved on): its pairs, which do not depend on the clock, still hold
    const previous = this.entries.get(path);
    const paired = previous && previous[0] === stamp[0] && previous[1] === stamp[1] ? previous[7] : 0;
    this.rows.delete(path);
    this.entries.set(path, [stamp[0], stamp[1], this.environment.facts.today, window.after, window.until, encodeSummary(result.summary), encodeDiagnostics(result.diagnostics, this.table), paired]);
    this.touch();
  }

  /** CalendarMemo: a group's diagnostics kept for these members at their current stamps, today and now. */
  groupDiagnostics(groupId: string, members: readonly string[]): Diagnostic[] | undefined {
    this.materialize();
    const record = this.groups.get(groupId);
    const fingerprint = record && this.membersFingerprint(members);
    let diagnostics: Diagnostic[] | undefined;
    try {
      if (record && fingerprint !== undefined) diagnostics = decodeGroupRecord(record, fingerprint, this.environment.facts, this.table);
    } catch {
      // a damaged record: the group is evaluated again, and kept anew
    }
    if (diagnostics) this.counts.groupHits++;
    else this.counts.groupMisses++;
    return diagnostics;
  }

  /** CalendarMemo: kept only when every member is kept at the stamp of what the session checked. */
  keepGroupDiagnostics(groupId: string, members: readonly string[], diagnostics: readonly Diagnostic[], window: SlotWindow): void {
    this.materialize();
    const fingerprint = this.membersFingerprint(members);
    if (fingerprint === undefined) {
      if (this.groups.delete(groupId)) this.touch();
      return;
    }
    this.groups.set(groupId, encodeGroupRecord(fingerprint, this.environment.facts, window, diagnostics, this.table));
    this.touch();
  }

  /** CalendarMemo: the posts at the stamps the pairs were found with, and the pairs among them. */
  duplicatePairs(paths: readonly string[]): { unchanged: ReadonlySet<string>; pairs: readonly PairRecord[] } {
    this.materialize();
    const unchanged = new Set(paths.filter((path) => this.entries.get(path)?.[7] === 1));
    return { unchanged, pairs: this.pairs.filter(([a, b]) => unchanged.has(a) && unchanged.has(b)) };
  }

  /** CalendarMemo: every pair among these posts; each kept post is marked as paired at its stamp. */
  keepDuplicatePairs(paths: readonly string[], pairs: ReadonlyArray<readonly [string, string, number]>): void {
    this.materialize();
    const withBody = new Set(paths);
    for (const [path, entry] of this.entries) {
      const paired = withBody.has(path) ? 1 : 0;
      if (entry[7] !== paired) {
        entry[7] = paired;
        this.rows.delete(path);
        this.touch();
      }
    }
    const sorted = sortedPairs(pairs);
    if (JSON.stringify(sorted) !== JSON.stringify(this.pairs)) this.touch();
    this.pairs = sorted;
  }

  /** The members' paths and stamps in one hash; undefined when one of them is not kept (its result is not the file's). */
  private membersFingerprint(members: readonly string[]): string | undefined {
    const hash = new NumberHash();
    hash.add(members.length);
    for (const path of members) {
      const entry = this.entries.get(path);
      if (!entry) return undefined;
      hash.add(hash53(path));
      hash.add(entry[0]);
      hash.add(entry[1]);
    }
    return hash.digest();
  }

  forget(path: string): void {
    this.materialize();
    this.rows.delete(path);
    if (this.entries.delete(path)) this.touch();
  }

  /** Drops the entries of files that are gone (deleted, renamed: a new path is a new file). */
  retainOnly(paths: ReadonlySet<string>): void {
    this.materialize();
    for (const path of this.entries.keys()) if (!paths.has(path)) this.forget(path);
  }

  /** The cache as a file's text: a header line, then the entries. */
  serialize(): string {
    this.materialize();
    // the bodies of the file read stay first, where the entries read with them point, so those entries are written as
    // the lines they were read from; once most of those bodies are gone (replaced, deleted) everything is laid out anew
    let stillUsed = 0;
    for (const entry of this.entries.values()) {
      const body = entry[5][14];
      if (body !== null && typeof body !== 'string') stillUsed += body[1];
    }
    const keep = stillUsed * 2 >= this.bodies.length;
    const bodies = keep ? { parts: [this.bodies], length: this.bodies.length } : { parts: [], length: 0 };
    const meta: CacheMeta = { strings: this.table.strings, groups: [...this.groups].map(([id, record]) => [id, ...record]), pairs: this.pairs };
    const lines = [JSON.stringify(this.run ?? 0), JSON.stringify(meta)];
    for (const [path, entry] of this.entries) {
      const row = keep ? this.rows.get(path) : undefined;
      lines.push(row ?? JSON.stringify([path, entry[0], entry[1], entry[2], entry[3], entry[4], withBodyRef(entry[5], this.bodies, bodies, keep), entry[6], entry[7]]));
    }
    return cacheFileText(this.options, this.settings ?? '', lines, bodies);
  }

  /** What the record was made from changed: the cache is to be written, without the record. */
  private touch(): void {
    this.changed = true;
    this.run = undefined;
  }

  /**
   * A file of these settings: its run record read now, its entries when first needed (`materialize`). False when its
   * lengths do not add up, or it has no run line.
   */
  private open(body: string, header: CacheHeader): boolean {
    const runEnd = body.indexOf('\n');
    if (body.length !== header.length + header.bodies || runEnd === -1 || runEnd > header.length) return false;
    this.run = readRun(body.slice(0, runEnd));
    this.pending = { header, body };
    this.settings = header.settings;
    return true;
  }

  /** The entries of the file read, parsed; a damaged file is dropped and written anew. */
  private materialize(): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    if (!this.load(pending.body, pending.header)) {
      this.changed = true;
      this.run = undefined;
    }
  }

  private get environment(): RuleEnvironment {
    if (!this.env) throw new Error('the post cache is used before useEnvironment');
    return this.env;
  }

  /** The entries of a file whose header matched (after the run line); a body that does not have the shape is ignored. */
  private load(text: string, header: CacheHeader): boolean {
    const lines = text.slice(0, header.length).split('\n');
    const body = readMeta(lines[1] ?? '');
    if (!body) return false;
    this.table = new StringTable(body.strings);
    this.bodies = text.slice(header.length);
    for (let index = 2; index < lines.length; index++) {
      const line = lines[index] ?? '';
      const row = readEntry(line);
      if (!row) continue;
      this.entries.set(row[0], row[1]);
      this.rows.set(row[0], line);
    }
    for (const row of body.groups) {
      if (!Array.isArray(row) || typeof row[0] !== 'string') continue;
      const [id, ...record] = row;
      if (isGroupRecord(record)) this.groups.set(id, record);
    }
    if (body.pairs.every(isPairRecord)) this.pairs = body.pairs;
    // a damaged pair list is dropped whole, and every post's pairs looked for again: a pair left out would be missed
    else {
      for (const entry of this.entries.values()) entry[7] = 0;
      this.rows.clear();
    }
    return true;
  }
}
