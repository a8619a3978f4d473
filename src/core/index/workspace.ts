import type { Config, GroupConfig } from '../model/config';
import type { Diagnostic, Span } from '../base/domain';
import { isSuppressed } from '../parse/directives';
import { horizonSlots, isOpen, slotWindow } from '../plan/slots';
import { CALENDAR_RULES } from '../rules/registry';
import { checkReport, type CalendarProblem } from '../rules/types';
import { DuplicateIndex, type BodyReader, type DuplicateCandidate, type DuplicateSearch } from '../match/duplicates';
import type { GramSignature } from '../match/shingles';
import { addUnique, reachesShown, reportSeverity, type PostResult, type RuleEnvironment } from '../rules/evaluate';
import { FindingLimit } from '../rules/findingLimit';
import type { CalendarMemo } from './memo';
import { fingerprintsByFile, memberPaths, toCandidate, withEntries } from './entries';
import { compareEntries, type Anchor, type GroupSchedule, type PlanSlot, type PostSummary, type ScheduleEntry } from '../model/schedule';

export const CONFIG_RULE_ID = 'config';

/**
 * Up to this share of changed bodies, a load compares just those with their neighbours (known pairs kept); past it,
 * comparing every neighbouring pair once costs less. Either way the pairs are the same.
 */
const MOSTLY_UNCHANGED = 0.25;

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
  private readonly calendarByGroup = new Map<string, Diagnostic[]>();
  private readonly slotsByGroup = new Map<string, PlanSlot[]>();
  /**
   * Per file, its calendar diagnostics by group, in arrays of their exact size: most of a hundred thousand posts are in
   * one group, and a Map or a pushed-to array a file weighed more than the diagnostics.
   */
  private readonly calendarByFile = new Map<string, readonly GroupFindings[]>();
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
    this.duplicateSearch = env.wantReadableBody ? this.searchSettings() : undefined;
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
    if (this.duplicateSearch) this.findDuplicates(bodies, this.duplicateSearch, memo);
    this.evaluateGroups(memo);
  }

  /**
   * Loads many posts whose readable bodies were let go once their signatures were taken, as a one-shot check does:
   * `readBodies` reads again the few that duplicate-content must compare exactly. The results are load's; the index
   * then takes no post updates. The signatures are let go (the map emptied) once the pairs are found.
   */
  async loadWithSignatures(results: Iterable<PostResult>, signatures: Map<string, GramSignature>, readBodies: BodyReader): Promise<void> {
    this.place(results, () => undefined);
    if (this.duplicateSearch) await this.duplicates.rebuildFromSignatures(signatures, this.duplicateGroups(signatures), this.duplicateSearch, readBodies);
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
      for (const group of this.knownGroups(result.summary)) this.entriesFor(group.id).push(...this.entriesOf(result.summary));
    }
    for (const entries of this.entriesByGroup.values()) entries.sort(compareEntries);
  }

  /** Per group, its scheduled posts that have a body to compare. */
  private duplicateGroups(bodies: ReadonlyMap<string, unknown>): DuplicateCandidate[][] {
    return [...this.entriesByGroup.values()].map((entries) => entries.filter((entry) => bodies.has(entry.post.path)).map(toCandidate));
  }

  /** Evaluates every group, or takes its diagnostics from the memo when its posts and clock window are the ones it kept. */
  private evaluateGroups(memo: CalendarMemo | undefined): void {
    for (const group of this.env.config.groups) {
      const members = memberPaths(this.scheduleOf(group.id));
      const known = memo?.groupDiagnostics(group.id, members);
      if (known) {
        this.setGroupDiagnostics(group.id, known);
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
    const groups = this.knownGroups(result.summary);
    const added = this.entriesOf(result.summary);
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
    const calendar = this.calendarByFile.get(path);
    if (!calendar) return [...own].sort(compareDiagnostics);
    // groups in community.yaml order, whatever order they were last re-evaluated in
    const fromGroups = this.env.config.groups.flatMap((group) => calendar.find((findings) => findings.groupId === group.id)?.diagnostics ?? []);
    return [...own, ...fromGroups].sort(compareDiagnostics);
  }

  private searchSettings(): DuplicateSearch {
    const rule = CALENDAR_RULES.find((candidate) => candidate.meta.id === 'duplicate-content');
    let threshold = 1;
    let windowMs = 0;
    for (const group of this.env.config.groups) {
      if (!rule) break;
      const setting = this.env.cascade.forGroup(rule, group);
      if (setting.severity === 'off') continue;
      threshold = Math.min(threshold, setting.options.threshold as number);
      // the rule counts calendar days; instants of posts `days` days apart differ by up to a day more (times of day),
      // and a zone's offset change adds at most another
      windowMs = Math.max(windowMs, ((setting.options.days as number) + 2) * 86_400_000);
    }
    return { threshold, windowMs };
  }

  /**
   * The near-duplicate pairs of all bodies: from the memo's pairs among unchanged posts plus a comparison of each changed
   * one (what `update` does for an edit), or, when much changed, by comparing everything again. Both give the same pairs.
   */
  private findDuplicates(bodies: ReadonlyMap<string, string>, search: DuplicateSearch, memo: CalendarMemo | undefined): void {
    const paths = [...bodies.keys()];
    const known = memo?.duplicatePairs(paths);
    const changed = known ? paths.filter((path) => !known.unchanged.has(path)) : paths;
    if (known && changed.length <= paths.length * MOSTLY_UNCHANGED) {
      this.duplicates.restore(bodies, known.pairs);
      for (const path of changed) {
        const summary = this.posts.get(path)?.summary;
        if (!summary) continue;
        const candidates = this.knownGroups(summary).flatMap((group) => this.scheduleOf(group.id).map(toCandidate));
        this.duplicates.update(path, bodies.get(path), this.entriesOf(summary).map(toCandidate), candidates, search);
      }
    } else {
      const groups = [...this.entriesByGroup.values()].map((entries) => entries.filter((entry) => bodies.has(entry.post.path)).map(toCandidate));
      this.duplicates.rebuild(bodies, groups, search);
    }
    memo?.keepDuplicatePairs(paths, this.duplicates.allPairs());
  }

  private knownGroups(summary: PostSummary): GroupConfig[] {
    const known: GroupConfig[] = [];
    if (!this.env.config.usable) return known;
    // a loop, not flatMap: every load asks this of every post
    for (const id of summary.groupIds) {
      const group = this.env.config.groupsById.get(id);
      if (group) known.push(group);
    }
    return known;
  }

  /** One entry per occurrence for a series, so every calendar rule counts each; one for any other scheduled post. */
  private entriesOf(summary: PostSummary): ScheduleEntry[] {
    const { time, type, series } = summary;
    if (!time || !type) return [];
    if (!series) return [{ post: summary, time, type }];
    return series.occurrences.map((occurrence, position) => ({ post: summary, time: occurrence, type, occurrence: position }));
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
    for (const group of this.knownGroups(previous.summary)) {
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
      const before = fingerprintsByFile(this.calendarByGroup.get(id) ?? []);
      const after = fingerprintsByFile(this.evaluateGroup(group));
      for (const [file, fingerprint] of before) if (after.get(file) !== fingerprint) changed.add(file);
      for (const file of after.keys()) if (!before.has(file)) changed.add(file);
    }
    return changed;
  }

  private evaluateGroup(group: GroupConfig): Diagnostic[] {
    const { config, cascade, facts } = this.env;
    const entries = this.entriesByGroup.get(group.id) ?? [];
    this.slotsByGroup.set(group.id, horizonSlots(config, group, entries, facts.today));
    const schedule: GroupSchedule = { group, entries, duplicates: this.duplicates, openSlots: this.openSlotsOf(group.id) };
    const diagnostics: Diagnostic[] = [];
    for (const rule of CALENDAR_RULES) {
      const setting = cascade.forGroup(rule, group);
      if (setting.severity === 'off' || !reachesShown(rule, setting.severity, this.env.shownFrom)) continue;
      // a finding's key names its rule, so findings of different rules never merge: the keys of one rule's run are
      // let go after it, and die young instead of filling the old generation for the whole group
      const found = new Map<string, Diagnostic>();
      const severity = setting.severity;
      // per file: at most MAX_FINDINGS kept, the rest counted
      const limits = new Map<string, { limit: FindingLimit; leftOut: number }>();
      const add = (file: string, span: Span, range: () => Anchor['range'], problem: CalendarProblem): void => {
        checkReport(rule.meta, problem);
        let counted = limits.get(file);
        if (!counted) limits.set(file, (counted = { limit: new FindingLimit(), leftOut: 0 }));
        if (counted.limit.full) {
          counted.leftOut++;
          return;
        }
        const diagnostic: Diagnostic = { file, ruleId: rule.meta.id, severity: reportSeverity(rule, problem.messageId, severity), messageId: problem.messageId, data: problem.data ?? {}, span, range: range() };
        if (addUnique(found, diagnostic)) counted.limit.keep(diagnostic);
      };
      rule.checkGroup(schedule, {
        options: setting.options,
        workspace: facts,
        reportOnPost: (post, anchor, problem) => {
          if (!isSuppressed(post.suppressions, rule.meta.id, anchor.range.start.line)) add(post.path, anchor.span, () => anchor.range, problem);
        },
        reportOnConfig: (span, problem) => add(config.path, span, () => config.source.rangeOf(span), problem),
      });
      for (const { limit, leftOut } of limits.values()) {
        limit.leaveOut(leftOut, severity);
        const summary = limit.summary();
        if (summary) addUnique(found, summary);
      }
      for (const diagnostic of found.values()) diagnostics.push(diagnostic);
    }
    this.setGroupDiagnostics(group.id, diagnostics);
    return diagnostics;
  }

  private setGroupDiagnostics(groupId: string, diagnostics: Diagnostic[]): void {
    for (const diagnostic of this.calendarByGroup.get(groupId) ?? []) this.forgetFindings(diagnostic.file, groupId);
    this.calendarByGroup.set(groupId, diagnostics);
    const byFile = new Map<string, Diagnostic[]>();
    for (const diagnostic of diagnostics) {
      const list = byFile.get(diagnostic.file);
      if (list) list.push(diagnostic);
      else byFile.set(diagnostic.file, [diagnostic]);
    }
    for (const [file, list] of byFile) {
      // slice: a pushed-to array keeps room for more
      const findings: GroupFindings = { groupId, diagnostics: list.length === 1 ? list : list.slice() };
      const others = this.calendarByFile.get(file);
      this.calendarByFile.set(file, others ? [...others, findings] : [findings]);
    }
  }

  /** Takes a group's calendar diagnostics off a file; a file left without any leaves the map. */
  private forgetFindings(file: string, groupId: string): void {
    const byGroup = this.calendarByFile.get(file);
    if (!byGroup?.some((findings) => findings.groupId === groupId)) return;
    const kept = byGroup.filter((findings) => findings.groupId !== groupId);
    if (kept.length > 0) this.calendarByFile.set(file, kept);
    else this.calendarByFile.delete(file);
  }
}

interface GroupFindings {
  groupId: string;
  diagnostics: readonly Diagnostic[];
}
