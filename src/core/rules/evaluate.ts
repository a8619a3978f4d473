import { RuleCascade, type EffectiveSetting } from './cascade';
import type { Config, GroupConfig } from '../model/config';
import type { Diagnostic, Severity, Span } from '../base/domain';
import { htmlComments } from '../parse/comments';
import { isSuppressed } from '../parse/directives';
import { readPost, type Post } from '../parse/post';
import { readableBody } from '../parse/readable';
import { POST_RULES, RULES } from './registry';
import { checkReport, type AnyPostRule, type ProblemReport, type Rule, type WorkspaceFacts } from './types';
import { inPlannedYears, validDateRule } from './valid-date';
import { detached, RangePool, SharedValues, StringPool, type DecodedFile, type SourceText } from '../base/text';
import { dateKeyOf, monthKeyOf, weekKeyOf } from '../time/dates';
import { keyDatesBetween } from '../time/keyDates';
import { postTime, type PostTime } from '../time/postTime';
import type { LocalDateTime } from '../time/publish';
import type { TimeZone } from '../time/zone';
import { FindingLimit } from './findingLimit';
import { expandSeries } from '../time/series';
import type { Anchor, PostSummary, ScheduledTime, SeriesSummary } from '../model/schedule';

/**
 * The least severe finding anyone will see: a run whose output leaves infos (or warnings) out does not compute them,
 * as ESLint's --quiet skips its warning rules; one that shows no findings at all (an export of the plan) runs no rule.
 */
export type ShownFrom = Severity | 'nothing';

/** Everything rules need about the workspace, resolved once per config (and per "now"). */
export interface RuleEnvironment {
  config: Config;
  cascade: RuleCascade;
  facts: WorkspaceFacts;
  /** Whether any group has duplicate-content on and findings are shown, so summaries carry the readable body. */
  wantReadableBody: boolean;
  /** A rule is skipped only where nothing it could report reaches this. */
  shownFrom: ShownFrom;
  /** The names and days posts share, kept once for all the summaries made under this environment. */
  strings: StringPool;
  /** Likewise the ranges of their anchors, and their times by instant. */
  ranges: RangePool;
  times: SharedValues<number, ScheduledTime>;
}

export interface PostResult {
  summary: PostSummary;
  /** Post-rule diagnostics, suppressions applied. */
  diagnostics: Diagnostic[];
}

export function createEnvironment(config: Config, now: number, shownFrom: ShownFrom = 'info'): RuleEnvironment {
  const cascade = new RuleCascade(config, RULES);
  const timezone = config.timezone;
  const facts: WorkspaceFacts = {
    config,
    timezone,
    now,
    today: dateKeyOf(timezone.toLocal(now)),
    keyDates: (first, last) => keyDatesBetween(first, last, config.dates),
  };
  const duplicateRule = RULES.find((rule) => rule.meta.id === 'duplicate-content');
  const wantReadableBody =
    shownFrom !== 'nothing' && duplicateRule !== undefined && config.usable && config.groups.some((group) => cascade.forGroup(duplicateRule, group).severity !== 'off');
  return { config, cascade, facts, wantReadableBody, shownFrom, strings: new StringPool(), ranges: new RangePool(), times: new SharedValues() };
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };
const SHOWN_RANK: Readonly<Record<ShownFrom, number>> = { ...SEVERITY_RANK, nothing: 3 };

/** Whether a rule run at a severity can report anything at `shownFrom` or above: its severity, or a message's floor. */
export function reachesShown(rule: Rule, severity: Severity, shownFrom: ShownFrom): boolean {
  const shown = SHOWN_RANK[shownFrom];
  if (SEVERITY_RANK[severity] >= shown) return true;
  const floors = rule.meta.severityFloors;
  if (floors === undefined) return false;
  for (const floor of Object.values(floors)) if (floor !== undefined && SEVERITY_RANK[floor] >= shown) return true;
  return false;
}

type DiagnosticIdentity = Pick<Diagnostic, 'file' | 'ruleId' | 'span' | 'messageId' | 'data'>;

/** What makes two diagnostics the same finding: everything but the severity, the range (it follows the span) and the fix. */
export function diagnosticKey(diagnostic: DiagnosticIdentity): string {
  let key = `${diagnostic.file}\u0000${diagnostic.ruleId}\u0000${diagnostic.span.start}\u0000${diagnostic.span.end}\u0000${diagnostic.messageId}`;
  // the data's names and values in order (a Localized value by its two texts): JSON.stringify cost more than the rules
  // on a workspace with a hundred thousand findings
  for (const name in diagnostic.data) {
    const value = diagnostic.data[name];
    key += typeof value === 'object' ? `\u0001${name}\u0002${value.en}\u0002${value['zh-CN']}` : `\u0001${name}\u0002${value}`;
  }
  return key;
}

/**
 * A report's severity: the rule's setting, lowered to the message's cap and to the report's own cap, or raised to the
 * message's floor, when the rule declares them.
 */
export function reportSeverity(rule: Rule, messageId: string, setting: Severity, reportCap?: Severity): Severity {
  let severity = setting;
  for (const cap of [rule.meta.severityCaps?.[messageId], reportCap]) if (cap !== undefined && SEVERITY_RANK[cap] < SEVERITY_RANK[severity]) severity = cap;
  const floor = rule.meta.severityFloors?.[messageId];
  return floor !== undefined && SEVERITY_RANK[floor] > SEVERITY_RANK[severity] ? floor : severity;
}

/** Adds a diagnostic unless an equal one is there; equal ones keep the higher severity. True when it is a new finding. */
export function addUnique(diagnostics: Map<string, Diagnostic>, diagnostic: Diagnostic): boolean {
  const key = diagnosticKey(diagnostic);
  const existing = diagnostics.get(key);
  if (!existing || SEVERITY_RANK[diagnostic.severity] > SEVERITY_RANK[existing.severity]) diagnostics.set(key, diagnostic);
  return existing === undefined;
}

/**
 * The distinct settings a post rule runs with for a post: one per distinct setting among the post's known
 * groups (so a group's override applies to posts for that group), or the workspace setting when none is known.
 */
function settingsFor(rule: AnyPostRule, groups: readonly GroupConfig[], cascade: RuleCascade): EffectiveSetting[] {
  const [only] = groups;
  if (only === undefined) return [cascade.forWorkspace(rule)];
  if (groups.length === 1) return [cascade.forGroup(rule, only)];
  const distinct = new Map<string, EffectiveSetting>();
  for (const group of groups) {
    const setting = cascade.forGroup(rule, group);
    distinct.set(setting.key, setting);
  }
  return [...distinct.values()];
}

function anchor(source: SourceText, span: Span, ranges: RangePool): Anchor {
  return { span, range: ranges.get(source.rangeOf(span)) };
}

/**
 * The first line of the body readers see: white space and HTML comments alone on their line (ccal-disable switches,
 * notes to the team) do not count. The span runs from the first character that counts to the end of its line,
 * trailing blanks left out.
 */
function firstBodyLine(post: Post): Span | undefined {
  const text = post.source.text;
  let start = skipWhile(text, post.frontMatter.bodyStart, isSpace);
  // each comment is passed once, so the walk is linear whatever the body holds
  while (text.startsWith('<!--', start)) {
    const comment = htmlComments(text, start).next();
    if (comment.done) break;
    const after = skipWhile(text, comment.value.end, (char) => isSpace(char) && !LINE_BREAKS.includes(char));
    if (after < text.length && !LINE_BREAKS.includes(text.charAt(after))) break;
    start = skipWhile(text, after, isSpace);
  }
  if (start >= text.length) return undefined;
  const end = lineEnd(text, start);
  return { start, end: start + text.slice(start, end).trimEnd().length };
}

/** Where the line at `from` ends: at its `\n` or `\r`, or the text's end. */
function lineEnd(text: string, from: number): number {
  // a char-code loop: the first line of an article can be a paragraph of thousands of characters
  let at = from;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code === 0x0a || code === 0x0d) break;
    at++;
  }
  return at;
}

/** What ends a line for `$` in a multiline regex. */
const LINE_BREAKS = '\n\r\u2028\u2029';

function isSpace(char: string): boolean {
  return /\s/.test(char);
}

function skipWhile(text: string, from: number, test: (char: string) => boolean): number {
  let at = from;
  while (at < text.length && test(text.charAt(at))) at++;
  return at;
}

/**
 * A post's time when it is scheduled: a real date-time inside the years of every valid-date setting it is checked
 * with, whatever their severity (the years bound the calendar, not only the messages). A post flagged for its year
 * is left out like a post without a real time.
 */
function scheduledTime(post: Post, groups: readonly GroupConfig[], cascade: RuleCascade, zone: TimeZone): PostTime | undefined {
  const time = postTime(post.publish, zone);
  if (!time) return undefined;
  for (const setting of settingsFor(validDateRule, groups, cascade)) if (!inPlannedYears(time.local.year, setting.options)) return undefined;
  return time;
}

/**
 * Posts at one instant share its ScheduledTime: many go out at the same minute. Only when the wall-clock time is the
 * same too (a time the clocks skip names the instant of another).
 */
function scheduled(time: PostTime, env: RuleEnvironment): ScheduledTime {
  const make = (): ScheduledTime => {
    const date = env.strings.get(dateKeyOf(time.local));
    return { instant: time.instant, local: time.local, date, week: env.strings.get(weekKeyOf(date)), month: env.strings.get(monthKeyOf(date)) };
  };
  const shared = env.times.get(time.instant, make);
  return sameLocal(shared.local, time.local) ? shared : make();
}

function sameLocal(a: LocalDateTime, b: LocalDateTime): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute && a.second === b.second && a.millisecond === b.millisecond;
}

/**
 * A scheduled post's occurrences when its `repeat` is well formed and expands (valid-date reports it otherwise, and
 * the post then goes out once, at `publish`). Occurrences outside the planned years are left out, as posts are.
 */
function scheduledSeries(post: Post, time: PostTime, groups: readonly GroupConfig[], env: RuleEnvironment): SeriesSummary | undefined {
  const { cascade, config } = env;
  const zone = config.timezone;
  const rule = post.repeat?.rule;
  if (!rule) return undefined;
  const expansion = expandSeries(rule, time, zone);
  if (!expansion.ok) return undefined;
  const settings = settingsFor(validDateRule, groups, cascade);
  const occurrences = expansion.occurrences.filter((occurrence) => settings.every((setting) => inPlannedYears(occurrence.local.year, setting.options))).map((occurrence) => scheduled(occurrence, env));
  return occurrences.length === 0 ? undefined : { rule, occurrences, excepted: expansion.excepted };
}

/**
 * The summary stays in memory for every post: its strings are copies, so the post's text can go (see `detached`), and
 * the names posts share are one copy for all (env.strings).
 */
function summarize(post: Post, env: RuleEnvironment, time: PostTime | undefined, series: SeriesSummary | undefined): PostSummary {
  const { source } = post;
  const { strings } = env;
  const typeValue = post.fields?.get('type')?.value;
  const bodyLine = firstBodyLine(post);
  const summary: PostSummary = {
    path: post.path,
    groupIds: post.groupRefs.map((ref) => strings.get(ref.id)),
    ugc: post.ugc,
    tags: post.tags.map((tag) => strings.get(tag)),
    suppressions: post.suppressions,
  };
  if (time) summary.time = scheduled(time, env);
  if (series) summary.series = series;
  if (post.publish) summary.publishAnchor = anchor(source, post.publish.value.span, env.ranges);
  if (post.type) summary.type = post.type;
  if (typeValue) summary.typeAnchor = anchor(source, typeValue.span, env.ranges);
  if (post.status) summary.status = post.status;
  if (post.title !== undefined) summary.title = strings.get(post.title);
  if (post.owner) summary.owner = strings.get(post.owner.id);
  if (post.reviewer) summary.reviewer = strings.get(post.reviewer.id);
  if (bodyLine) summary.bodyAnchor = anchor(source, bodyLine, env.ranges);
  if (env.wantReadableBody && bodyLine) summary.readableBody = detached(readableBody(source.text, post.frontMatter.bodyStart));
  return summary;
}

/** A post's readable body exactly as its summary carries it (duplicate-content's text), read again from its content. */
export function readableBodyOf(path: string, content: string | DecodedFile): string | undefined {
  const post = readPost(path, content);
  return firstBodyLine(post) ? readableBody(post.source.text, post.frontMatter.bodyStart) : undefined;
}

/** Reads one post and runs every post rule on it: pure, so it runs the same in the CLI, a worker or the extension. */
export function evaluatePost(path: string, content: string | DecodedFile, env: RuleEnvironment): PostResult {
  const post = readPost(path, content);
  const { config, cascade, facts } = env;
  const groups = config.usable ? post.groupRefs.flatMap((ref) => config.groupsById.get(ref.id) ?? []) : [];
  const time = scheduledTime(post, groups, cascade, config.timezone);
  const series = time && scheduledSeries(post, time, groups, env);
  const found = new Map<string, Diagnostic>();
  // a run that shows nothing (export, stats, plan) needs only the summary
  for (const rule of env.shownFrom === 'nothing' ? [] : POST_RULES) {
    const ruleId = rule.meta.id;
    const settings = settingsFor(rule, groups, cascade);
    // all runs or none: with runs at several severities, which findings the limit keeps depends on every run
    if (!settings.some((setting) => setting.severity !== 'off' && reachesShown(rule, setting.severity, env.shownFrom))) continue;
    const limit = new FindingLimit();
    let laterRun = false;
    for (const setting of settings) {
      if (setting.severity === 'off') continue;
      const severity = setting.severity;
      // past the limit a finding is only counted, unless an earlier setting's run kept the same one
      const mayBeKept = laterRun;
      laterRun = true;
      let leftOut = 0;
      rule.checkPost(post, {
        options: setting.options,
        workspace: facts,
        time,
        occurrences: series?.occurrences,
        report: (problem: ProblemReport) => {
          checkReport(rule.meta, problem);
          if (isSuppressed(post.suppressions, ruleId, post.source.lineOf(problem.span.start))) return;
          const data = problem.data ?? {};
          if (limit.full && !(mayBeKept && found.has(diagnosticKey({ file: path, ruleId, span: problem.span, messageId: problem.messageId, data })))) {
            leftOut++;
            return;
          }
          const diagnostic: Diagnostic = {
            file: path,
            ruleId,
            severity: reportSeverity(rule, problem.messageId, severity, problem.maxSeverity),
            messageId: problem.messageId,
            data,
            span: problem.span,
            range: post.source.rangeOf(problem.span),
            ...(problem.fix ? { fix: { messageId: problem.fix.messageId, data: problem.fix.data ?? {}, edits: problem.fix.edits } } : {}),
          };
          if (addUnique(found, diagnostic)) limit.keep(diagnostic);
        },
      });
      limit.leaveOut(leftOut, severity);
    }
    const summary = limit.summary();
    if (summary) addUnique(found, summary);
  }
  return { summary: summarize(post, env, time, series), diagnostics: [...found.values()] };
}
