import type { Config } from '../model/config';
import type { Localized, MessageData, Severity, Span, TextEdit } from '../base/domain';
import type { Post } from '../parse/post';
import type { Anchor, GroupSchedule, PostSummary, ScheduledTime } from '../model/schedule';
import type { DateKey } from '../time/dates';
import type { KeyDate } from '../time/keyDates';
import type { PostTime } from '../time/postTime';
import type { TimeZone } from '../time/zone';
import type { OptionSpecs } from './options';

export interface RuleMeta<O> {
  /** Stable kebab-case id, used in community.yaml, ccal-disable comments and output. */
  id: string;
  /** `post` rules look at one file; `calendar` rules at a group's whole schedule. */
  scope: 'post' | 'calendar';
  defaultSeverity: Severity;
  description: Localized;
  options: OptionSpecs<O>;
  /** Whether the rule offers safe fixes; reporting a fix from a rule that is not fixable is a bug. */
  fixable: boolean;
  /** Message templates with `{{placeholders}}`; fix titles live here too. */
  messages: Readonly<Record<string, Localized>>;
  /**
   * Messages never reported above a severity, whatever the rule's: a note beside a rule's errors (valid-date reads
   * a time the clocks skip rather than refusing it, so saying so is a warning). A lower rule severity still wins.
   */
  severityCaps?: Readonly<Record<string, Severity>>;
  /**
   * Messages never reported below a severity while the rule is on, whatever its setting: a broken reference inside
   * a rule whose own findings are advice (review's unknown person id is an error, as known-group's unknown group is).
   */
  severityFloors?: Readonly<Record<string, Severity>>;
}

export interface FixProposal {
  messageId: string;
  data?: MessageData;
  edits: TextEdit[];
}

export interface ProblemReport {
  messageId: string;
  data?: MessageData;
  span: Span;
  fix?: FixProposal;
  /** The most severe this finding may be reported (a claim in a post that is not an ad); the rule's severity otherwise. */
  maxSeverity?: Severity;
}

/** What every rule may know about the workspace besides its input. */
export interface WorkspaceFacts {
  config: Config;
  timezone: TimeZone;
  /** The current instant ("now"), fixed by --now or CCAL_NOW for reproducible runs. */
  now: number;
  /** Today's date in the workspace time zone. */
  today: DateKey;
  keyDates(first: DateKey, last: DateKey): KeyDate[];
}

export interface PostRuleContext<O> {
  options: Readonly<O>;
  workspace: WorkspaceFacts;
  /**
   * When the post is scheduled: its publish time, if that is a real date-time inside the years valid-date accepts
   * (for each group it names); undefined otherwise, and then no time-based rule looks at it.
   */
  time: PostTime | undefined;
  /** For a series (`repeat`), when each occurrence goes out, in order; undefined for a single post. */
  occurrences: readonly ScheduledTime[] | undefined;
  report(problem: ProblemReport): void;
}

export type CalendarProblem = Omit<ProblemReport, 'span'>;

export interface CalendarRuleContext<O> {
  options: Readonly<O>;
  workspace: WorkspaceFacts;
  reportOnPost(post: PostSummary, anchor: Anchor, problem: CalendarProblem): void;
  /** Reports in community.yaml, usually at the group's id. */
  reportOnConfig(span: Span, problem: CalendarProblem): void;
}

export interface PostRule<O = object> {
  meta: RuleMeta<O> & { scope: 'post' };
  checkPost(post: Post, context: PostRuleContext<O>): void;
}

export interface CalendarRule<O = object> {
  meta: RuleMeta<O> & { scope: 'calendar' };
  checkGroup(schedule: GroupSchedule, context: CalendarRuleContext<O>): void;
}

export type Rule = PostRule<object> | CalendarRule<object>;

export function definePostRule<O extends object = object>(rule: PostRule<O>): PostRule<O> {
  return rule;
}

export function defineCalendarRule<O extends object = object>(rule: CalendarRule<O>): CalendarRule<O> {
  return rule;
}
