// The domain model shared by the engine, the CLI and the extension. Plain data only.

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
export const SEVERITIES: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];

export type Locale = 'en' | 'zh-CN';
/** A text in every language the product speaks. */
export type Localized = Record<Locale, string>;

export const PLATFORMS = ['wechat', 'wecom', 'qq', 'dingtalk', 'feishu', 'telegram', 'discord', 'other'] as const;
export type Platform = (typeof PLATFORMS)[number];
export const TIERS = ['core', 'potential', 'regular'] as const;
export type Tier = (typeof TIERS)[number];
export const STAGES = ['launch', 'growth', 'mature', 'optimise'] as const;
export type Stage = (typeof STAGES)[number];
export const POST_TYPES = ['practical', 'interactive', 'emotional', 'ad', 'activity', 'notice'] as const;
export type PostType = (typeof POST_TYPES)[number];
/** What the types are called in messages and views; the Chinese are the field's own words (实用 + 互动 + 情感). */
export const POST_TYPE_NAMES: Readonly<Record<PostType, Localized>> = {
  practical: { en: 'practical', 'zh-CN': '实用' },
  interactive: { en: 'interactive', 'zh-CN': '互动' },
  emotional: { en: 'emotional', 'zh-CN': '情感' },
  ad: { en: 'ad', 'zh-CN': '广告' },
  activity: { en: 'activity', 'zh-CN': '活动' },
  notice: { en: 'notice', 'zh-CN': '通知' },
};
/** What a person does in the team: writers draft, reviewers and leads approve (SPEC §6.3). */
export const PERSON_ROLES = ['writer', 'reviewer', 'lead'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];
export const POST_STATUSES = ['draft', 'review', 'approved', 'published'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

/** Zero-based line and UTF-16 character, as in VS Code and LSP. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Half-open span of UTF-16 offsets into a file's text (BOM removed). */
export interface Span {
  start: number;
  end: number;
}

export interface TextEdit {
  span: Span;
  newText: string;
}

/** Values for a message's `{{placeholders}}`; a Localized value is shown in the reader's language. */
export type MessageData = Readonly<Record<string, string | number | Localized>>;

/** A safe edit a rule offers for its diagnostic; `messageId` names the quick fix title in the rule's messages. */
export interface Fix {
  messageId: string;
  data: MessageData;
  edits: TextEdit[];
}

export interface Diagnostic {
  /** Workspace-relative path with forward slashes (`community.yaml`, `posts/2026-11/a.md`). */
  file: string;
  ruleId: string;
  severity: Severity;
  messageId: string;
  data: MessageData;
  span: Span;
  range: Range;
  fix?: Fix;
}
