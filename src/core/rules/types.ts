import type { Config } from '../config/types';
import type { Localized, MessageData, Severity, Span, TextEdit } from '../model';
import type { Post } from '../parse/post';
import type { Anchor, GroupSchedule, PostSummary, ScheduledTime } from '../index/schedule';
import type { DateKey } from '../time/dates';
import type { KeyDate } from '../time/keyDates';
import type { PostTime } from '../time/postTime';
import type { TimeZone } from '../time/zone';
import type { OptionSpecs } from './options';

export interface RuleMeta<O, M extends string = string> {
  /** Stable kebab-case id, used in community.yaml, ccal-disable comments and output. */
  id: string;
  /** `post` rules look at one file; `calendar` rules at a group's whole schedule. Set by the define helper. */
  scope: 'post' | 'calendar';
  defaultSeverity: Severity;
  description: Localized;
  options: OptionSpecs<O>;
  /** Whether the rule offers safe fixes; reporting a fix from a rule that is not fixable is a bug. */
  fixable: boolean;
  /** Message templates with `{{placeholders}}`; fix titles live here too. Their keys are the only ids the rule reports. */
  messages: Readonly<Record<M, Localized>>;
  /**
   * Messages never reported above a severity, whatever the rule's: a note beside a rule's errors (valid-date reads
   * a time the clocks skip rather than refusing it, so saying so is a warning). A lower rule severity still wins.
   */
  severityCaps?: Readonly<Partial<Record<M, Severity>>>;
  /**
   * Messages never reported below a severity while the rule is on, whatever its setting: a broken reference inside
   * a rule whose own findings are advice (review's unknown person id is an error, as known-group's unknown group is).
   */
  severityFloors?: Readonly<Partial<Record<M, Severity>>>;
}

export interface FixProposal<M extends string = string> {
  messageId: M;
  data?: MessageData;
  edits: TextEdit[];
}

export interface ProblemReport<M extends string = string> {
  messageId: M;
  data?: MessageData;
  span: Span;
  fix?: FixProposal<M>;
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

export interface PostRuleContext<O, M extends string> {
  options: Readonly<O>;
  workspace: WorkspaceFacts;
  /**
   * When the post is scheduled: its publish time, if that is a real date-time inside the years valid-date accepts
   * (for each group it names); undefined otherwise, and then no time-based rule looks at it.
   */
  time: PostTime | undefined;
  /** For a series (`repeat`), when each occurrence goes out, in order; undefined for a single post. */
  occurrences: readonly ScheduledTime[] | undefined;
  report: (problem: ProblemReport<M>) => void;
}

/** The message ids of a rule, for the functions a rule file splits its check into. */
export type MessageIdOf<R extends { meta: { messages: object } }> = keyof R['meta']['messages'] & string;

export type CalendarProblem<M extends string = string> = Omit<ProblemReport<M>, 'span'>;

export interface CalendarRuleContext<O, M extends string> {
  options: Readonly<O>;
  workspace: WorkspaceFacts;
  reportOnPost: (post: PostSummary, anchor: Anchor, problem: CalendarProblem<M>) => void;
  /** Reports in community.yaml, usually at the group's id. */
  reportOnConfig: (span: Span, problem: CalendarProblem<M>) => void;
}

/** A post rule that reports only the ids `M` of its own messages (the report functions are properties, so checked strictly). */
export interface PostRule<O, M extends string> {
  meta: RuleMeta<O, M> & { scope: 'post' };
  checkPost(post: Post, context: PostRuleContext<O, M>): void;
}

export interface CalendarRule<O, M extends string> {
  meta: RuleMeta<O, M> & { scope: 'calendar' };
  checkGroup(schedule: GroupSchedule, context: CalendarRuleContext<O, M>): void;
}

/**
 * Any post rule, as the registry and the engine hold rules side by side. Every typed rule fits: the engine's context
 * accepts every id (checkReport checks them at run time), and a check that takes a context for `never` ids is one
 * that any rule's check can stand for, whatever ids its own context names.
 */
export type AnyPostRule = { meta: RuleMeta<object> & { scope: 'post' } } & Pick<PostRule<object, never>, 'checkPost'>;
/** Any calendar rule, as AnyPostRule is any post rule. */
export type AnyCalendarRule = { meta: RuleMeta<object> & { scope: 'calendar' } } & Pick<CalendarRule<object, never>, 'checkGroup'>;
export type Rule = AnyPostRule | AnyCalendarRule;

/**
 * Throws on a report the rule's types refuse but that got through (an id built from data, a cast): an id or a fix
 * title that is not one of the rule's messages, or a fix from a rule that is not fixable. Each is a bug in the rule,
 * not a problem of the workspace.
 */
export function checkReport(meta: RuleMeta<object>, problem: CalendarProblem): void {
  if (!Object.hasOwn(meta.messages, problem.messageId)) throw new Error(`rule ${meta.id} reported "${problem.messageId}", which is not one of its messages`);
  if (!problem.fix) return;
  if (!meta.fixable) throw new Error(`rule ${meta.id} reported a fix but is not fixable`);
  if (!Object.hasOwn(meta.messages, problem.fix.messageId)) throw new Error(`rule ${meta.id} titled a fix "${problem.fix.messageId}", which is not one of its messages`);
}

/**
 * What a rule file writes: the meta without its scope (the define helper sets it), messages with literal keys (keys
 * typed `string` would let any id through) and caps and floors that name only those messages.
 */
type RuleDefinitionMeta<O, M extends string> = Omit<RuleMeta<O, M>, 'scope' | 'severityCaps' | 'severityFloors'> & {
  severityCaps?: Readonly<Partial<Record<NoInfer<M>, Severity>>>;
  severityFloors?: Readonly<Partial<Record<NoInfer<M>, Severity>>>;
} & (string extends M ? { messages: never } : unknown);

function withScope<O, M extends string, S extends RuleMeta<O, M>['scope']>(meta: RuleDefinitionMeta<O, M>, scope: S): RuleMeta<O, M> & { scope: S } {
  for (const id of Object.keys({ ...meta.severityCaps, ...meta.severityFloors })) {
    if (!Object.hasOwn(meta.messages, id)) throw new Error(`rule ${meta.id} caps or floors "${id}", which is not one of its messages`);
  }
  return { ...meta, scope };
}

/**
 * A post rule whose reports, fix titles, caps and floors name only its own messages. TypeScript infers all of a
 * call's type parameters or none, so the options type goes to the first call and the message ids are inferred from
 * `meta.messages` in the second: `definePostRule<Options>()({ meta, checkPost })`.
 */
export function definePostRule<O extends object = object>() {
  return <M extends string>(rule: { meta: RuleDefinitionMeta<O, M>; checkPost(post: Post, context: PostRuleContext<O, M>): void }): PostRule<O, M> => ({
    meta: withScope(rule.meta, 'post'),
    checkPost: rule.checkPost,
  });
}

/** A calendar rule, typed as definePostRule types a post rule. */
export function defineCalendarRule<O extends object = object>() {
  return <M extends string>(rule: { meta: RuleDefinitionMeta<O, M>; checkGroup(schedule: GroupSchedule, context: CalendarRuleContext<O, M>): void }): CalendarRule<O, M> => ({
    meta: withScope(rule.meta, 'calendar'),
    checkGroup: rule.checkGroup,
  });
}
