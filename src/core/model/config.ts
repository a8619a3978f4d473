import type { WordList, WordListRef } from '../compliance/wordList';
import type { GlobSet } from '../base/globMatch';
import type { MessageData, PersonRole, Platform, Severity, SeveritySetting, Span, Stage, Tier } from '../base/domain';
import type { Rhythm } from './rhythm';
import type { SourceText } from '../base/text';
import type { CustomKeyDate } from '../time/keyDates';
import type { CustomHoliday } from '../time/officialDays';
import type { TimeZone } from '../time/zone';

/** A rule option's value after validation against its spec. */
export type OptionValue = number | boolean | string | readonly string[] | Readonly<Record<string, number>> | Readonly<Record<string, string>>;

/** One rule's setting at one level of the cascade (rules, a tier, a group), already validated. */
export interface RuleSetting {
  severity?: SeveritySetting;
  options: Readonly<Record<string, OptionValue>>;
}
export type RuleSettings = ReadonlyMap<string, RuleSetting>;

export interface GroupConfig {
  id: string;
  /** The id's value in community.yaml: where group-level calendar diagnostics sit. */
  idSpan: Span;
  name?: string;
  platform?: Platform;
  tier?: Tier;
  stage?: Stage;
  members?: number;
  membersSpan?: Span;
  admins: string[];
  adminsSpan?: Span;
  parent?: string;
  parentSpan?: Span;
  rules: RuleSettings;
  /** The group's own `rhythm`; `rhythmOf` resolves the one that applies. */
  rhythm?: Rhythm;
}

/** A member of the team from `people`, named by posts' `owner` and `reviewer`. */
export interface PersonConfig {
  id: string;
  idSpan: Span;
  name?: string;
  roles: PersonRole[];
}

export interface ConfigProblem {
  severity: Severity;
  messageId: string;
  data: MessageData;
  span: Span;
}

export interface Config {
  /** Workspace-relative path of the file, normally `community.yaml`. */
  path: string;
  source: SourceText;
  timezone: TimeZone;
  /** The `posts` globs as written; only the valid ones (an invalid one is a problem at its spot). */
  postGlobs: string[];
  /** Which workspace-relative paths are posts, compiled from `postGlobs`. */
  postSelection: GlobSet;
  /** Post files larger than this are skipped, stated (`maxPostSizeMB`). */
  maxPostBytes: number;
  groups: GroupConfig[];
  groupsById: ReadonlyMap<string, GroupConfig>;
  tierRules: ReadonlyMap<Tier, RuleSettings>;
  /** The team from `people`; empty when the file has none, and then the review rule stays silent. */
  people: PersonConfig[];
  peopleById: ReadonlyMap<string, PersonConfig>;
  rules: RuleSettings;
  /** Top-level and per-tier `rhythm`; the nearest level replaces the ones below it whole. */
  rhythm?: Rhythm;
  tierRhythms: ReadonlyMap<Tier, Rhythm>;
  dates: CustomKeyDate[];
  /** Where `dates` is written, if it is. */
  datesSpan?: Span;
  holidays: CustomHoliday[];
  problems: ConfigProblem[];
  /** Where options name workspace files (banned-words `lists`), resolved; each must be read and attached (wordLists.ts). */
  wordListRefs: WordListRef[];
  /** The list files read, by workspace-relative path. */
  wordLists: Map<string, WordList>;
  /** False when the file could not be read as a mapping at all: group-based rules then stay silent. */
  usable: boolean;
}

export const DEFAULT_TIMEZONE = 'Asia/Shanghai';
export const DEFAULT_POST_GLOBS = ['posts/**/*.md'];
export const DEFAULT_MAX_POST_MB = 10;
/** Even a workspace's own setting cannot make ccal read posts larger than this. */
export const MAX_POST_MB_CEILING = 100;

/** The rhythm a group plans by: its own, else its tier's, else the top-level one (the nearer level replaces, never merges). */
export function rhythmOf(config: Config, group: GroupConfig): Rhythm | undefined {
  return group.rhythm ?? (group.tier ? config.tierRhythms.get(group.tier) : undefined) ?? config.rhythm;
}
