import type { Config, GroupConfig } from '../model/config';
import type { Diagnostic } from '../base/domain';
import { horizonSlots, isOpen, slotWindow } from '../plan/slots';
import { DuplicateIndex, type BodyReader, type DuplicateSearch } from '../match/duplicates';
import type { GramSignature } from '../match/shingles';
import type { PostResult, RuleEnvironment } from '../rules/evaluate';
import type { CalendarMemo } from './memo';
import { entriesOf, fingerprintsByFile, knownGroups, memberPaths, toCandidate, withEntries } from './entries';
import { CalendarFindings } from './calendarFindings';
import { evaluateCalendarRules } from './calendarRules';
import { duplicateSearchOf, findDuplicates, findDuplicatesFromSignatures, type PlacedPosts } from './duplicateLoad';
import { compareEntries, type GroupSchedule, type PlanSlot, type PostSummary, type ScheduleEntry } from '../model/schedule';

export const CONFIG_RULE_ID = 'config';

/**
 * Orders diagnostics as readers expect: by position, then rule. The sort is stable, so diagnostics of one rule
 * at one spot keep the order they were produced in (groups in community.yaml order, dates ascending).
 */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/** community.yaml's own problems as diagnostics on it, in the order the config found them. */
export function configDiagnostics(config: Config): Diagnostic[] {
  return config.problems.map((problem) => ({
    file: config.path,
    ruleId: CONFIG_RULE_ID,
    severity: problem.severity,
    messageId: problem.messageId,
    data: problem.data,
    span: problem.span,
    range: config.source.rangeOf(problem.span),
  }));
}

/**
 * The workspace as the rules see it: every post's summary and post-rule diagnostics, each group's schedule,
 * and the calendar diagnostics per group. Updating one post re-evaluates only the groups it was or is in.
 */
export class WorkspaceIndex {
  private readonly posts = new Map<string, PostResult>();
  private readonly entriesByGroup = new Map<string, ScheduleEntry[]>();
  private readonly slotsByGroup = new Map<string, PlanSlot[]>();
  private readonly calendar = new CalendarFindings();
  private readonly duplicates = new DuplicateIndex();
  private readonly duplicateSearch: DuplicateSearch | undefined;
  private readonly configDiagnostics: Diagnostic[];
  /** Problems of the word list files community.yaml names, by path: each list is a file of results, as it is. */
  private readonly listDiagnostics = new Map<string, Diagnostic[]>();

  constructor(readonly env: RuleEnvironment) {
    const { config } = env;
    this.configDiagnostics = configDiagnostics(config);
    for (const list of config.wordLists.values()) {
      this.listDiagnostics.set(
        list.path,
        list.problems.map((problem) => ({ file: list.path, ruleId: CONFIG_RULE_ID, ...problem, range: list.source.rangeOf(problem.span) })),
      );
    }
    this.duplicateSearch = env.wantReadableBody ? duplicateSearchOf(env) : undefined;
  }

  get configPath(): string {
    return this.env.config.path;
  }

  /**
   * Loads many posts at once and evaluates every group once: the fast path for a full lint. With a memo (the lint
   * cache), a group whose posts and clock window are the ones it kept is not evaluated again, and only the posts
   * changed since it kept the near-duplicate pairs are compared.
   */
  load(results: Iterable<PostResult>, memo?: CalendarMemo): void {
    const bodies = new Map<string, string>();
    this.place(results, (summary) => {
      if (summary.readableBody !== undefined) bodies.set(summary.path, summary.readableBody);
    });
    if (this.duplicateSearch) findDuplicates(this.duplicates, this.duplicateSearch, this.placed(), bodies, memo);
    this.evaluateGroups(memo);
  }

  /**
   * Loads many posts whose readable bodies were let go once their signatures were taken, as a one-shot check does:
   * `readBodies` reads again the few that duplicate-content must compare exactly. The results are load's; the index
   * then takes no post updates. The signatures are let go (the map emptied) once the pairs are found.
   */
  async loadWithSignatures(results: Iterable<PostResult>, signatures: Map<string, GramSignature>, readBodies: BodyReader): Promise<void> {
    this.place(results, () => undefined);
    if (this.duplicateSearch) await findDuplicatesFromSignatures(this.duplicates, this.duplicateSearch, this.placed(), signatures, readBodies);
    // the pairs are found: the calendar rules run without the signatures, a tenth of what a post holds
    signatures.clear();
    this.evaluateGroups(undefined);
  }

  /** Puts the posts in their groups' schedules, in calendar order; each readable body goes to `takeBody` and off its summary. */
  private place(results: Iterable<PostResult>, takeBody: (summary: PostSummary) => void): void {
    for (const result of results) {
      this.posts.set(result.summary.path, result);
      takeBody(result.summary);
      result.summary.readableBody = undefined;
      for (const group of knownGroups(this.env.config, result.summary)) this.entriesFor(group.id).push(...entriesOf(result.summary));
    }
    for (const entries of this.entriesByGroup.values()) entries.sort(compareEntries);
  }

  /** The posts and schedules placed so far, for finding their near-duplicate pairs. */
  private placed(): PlacedPosts {
    return { config: this.env.config, posts: this.posts, entriesByGroup: this.entriesByGroup };
  }

  /** Evaluates every group, or takes its diagnostics from the memo when its posts and clock window are the ones it kept. */
  private evaluateGroups(memo: CalendarMemo | undefined): void {
    for (const group of this.env.config.groups) {
      const members = memberPaths(this.scheduleOf(group.id));
      const known = memo?.groupDiagnostics(group.id, members);
      if (known) {
        this.calendar.setGroup(group.id, known);
        continue;
      }
      const diagnostics = this.evaluateGroup(group);
      memo?.keepGroupDiagnostics(group.id, members, diagnostics, slotWindow(this.slotsOf(group.id), this.env.facts.now));
    }
  }

  /** Replaces one post (or adds it); returns the files whose diagnostics may have changed. */
  updatePost(result: PostResult): Set<string> {
    const path = result.summary.path;
    const changed = this.detach(path);
    this.posts.set(path, result);
    const body = result.summary.readableBody;
    result.summary.readableBody = undefined;
    const groups = knownGroups(this.env.config, result.summary);
    const added = entriesOf(result.summary);
    for (const group of groups) {
      this.entriesByGroup.set(group.id, withEntries(this.entriesFor(group.id), added));
      changed.groups.add(group.id);
    }
    if (this.duplicateSearch && added.length > 0) {
      const candidates = groups.flatMap((group) => this.entriesFor(group.id).map(toCandidate));
      this.duplicates.update(path, body, added.map(toCandidate), candidates, this.duplicateSearch);
    }
    return this.reevaluate(changed.groups, new Set([path]));
  }

  removePost(path: string): Set<string> {
    const changed = this.detach(path);
    return this.reevaluate(changed.groups, new Set([path]));
  }

  hasPost(path: string): boolean {
    return this.posts.has(path);
  }

  *summaries(): IterableIterator<PostSummary> {
    for (const result of this.posts.values()) yield result.summary;
  }

  summaryOf(path: string): PostSummary | undefined {
    return this.posts.get(path)?.summary;
  }

  /** Posts of a group in calendar order (valid publish time and type only). */
  scheduleOf(groupId: string): readonly ScheduleEntry[] {
    return this.entriesByGroup.get(groupId) ?? [];
  }

  /** A group's rhythm slots in its plan horizon, filled or not, in time order (made with its calendar rules, or when first asked). */
  slotsOf(groupId: string): readonly PlanSlot[] {
    let slots = this.slotsByGroup.get(groupId);
    const group = this.env.config.groupsById.get(groupId);
    if (!slots && group) this.slotsByGroup.set(groupId, (slots = horizonSlots(this.env.config, group, this.scheduleOf(groupId), this.env.facts.today)));
    return slots ?? [];
  }

  /** A group's open slots: unfilled, in its plan horizon, not yet past. */
  openSlotsOf(groupId: string): PlanSlot[] {
    return this.slotsOf(groupId).filter((slot) => isOpen(slot, this.env.facts.now));
  }

  /** Every file with results: all posts, community.yaml and the word lists it names. */
  files(): string[] {
    return [this.configPath, ...this.listDiagnostics.keys(), ...this.posts.keys()];
  }

  diagnosticsFor(path: string): Diagnostic[] {
    const own = path === this.configPath ? this.configDiagnostics : this.posts.get(path)?.diagnostics ?? this.listDiagnostics.get(path) ?? [];
    // groups in community.yaml order, whatever order they were last re-evaluated in
    const fromGroups = this.calendar.ofFile(path, this.env.config.groups);
    if (!fromGroups) return [...own].sort(compareDiagnostics);
    return [...own, ...fromGroups].sort(compareDiagnostics);
  }

  private entriesFor(groupId: string): ScheduleEntry[] {
    let entries = this.entriesByGroup.get(groupId);
    if (!entries) this.entriesByGroup.set(groupId, (entries = []));
    return entries;
  }

  /** Takes a post out of the schedules and the duplicate pairs; returns the groups it was in. */
  private detach(path: string): { groups: Set<string> } {
    const groups = new Set<string>();
    const previous = this.posts.get(path);
    if (!previous) return { groups };
    for (const group of knownGroups(this.env.config, previous.summary)) {
      const entries = this.entriesFor(group.id);
      // a series has an entry per occurrence: one pass keeps the others in place
      let kept = 0;
      for (const entry of entries) if (entry.post.path !== path) entries[kept++] = entry;
      entries.length = kept;
      groups.add(group.id);
    }
    this.duplicates.remove(path);
    this.posts.delete(path);
    return { groups };
  }

  /**
   * Re-runs the calendar rules of the groups and adds to `changed` the files whose calendar diagnostics differ:
   * an edit that leaves a group's findings as they were republishes nothing but the edited file.
   */
  private reevaluate(groupIds: Set<string>, changed: Set<string>): Set<string> {
    for (const id of groupIds) {
      const group = this.env.config.groupsById.get(id);
      if (!group) continue;
      const before = fingerprintsByFile(this.calendar.ofGroup(id) ?? []);
      const after = fingerprintsByFile(this.evaluateGroup(group));
      for (const [file, fingerprint] of before) if (after.get(file) !== fingerprint) changed.add(file);
      for (const file of after.keys()) if (!before.has(file)) changed.add(file);
    }
    return changed;
  }

  private evaluateGroup(group: GroupConfig): Diagnostic[] {
    const { config, facts } = this.env;
    const entries = this.entriesByGroup.get(group.id) ?? [];
    this.slotsByGroup.set(group.id, horizonSlots(config, group, entries, facts.today));
    const schedule: GroupSchedule = { group, entries, duplicates: this.duplicates, openSlots: this.openSlotsOf(group.id) };
    const diagnostics = evaluateCalendarRules(this.env, schedule);
    this.calendar.setGroup(group.id, diagnostics);
    return diagnostics;
  }
}
