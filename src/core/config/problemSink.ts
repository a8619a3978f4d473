import type { WordListRef } from '../compliance/wordList';
import type { MessageData, Span } from '../base/domain';
import type { YamlEntry, YamlValue } from '../parse/yamlValue';
import type { ExpectedValue } from './messages';
import type { ConfigProblem } from '../model/config';

/** What the part readers (people, groups and tiers, rule settings, dates) need from the community.yaml reader: its problem list and its readers. */
export interface ConfigProblemSink {
  /** community.yaml's path: the files rule options name are resolved from its folder. */
  readonly path: string;
  error(messageId: string, data: MessageData, span: Span): void;
  warning(messageId: string, data: MessageData, span: Span): void;
  report(problem: ConfigProblem): void;
  /** A list file a rule option names, for the host to read after loading. */
  addWordListRef(ref: WordListRef): void;
  wrongType(path: string, expected: ExpectedValue, value: YamlValue): void;
  readItemId(item: YamlValue, path: string, messages: { missing: string; bad: string }): { id: string; idSpan: Span; entries: YamlEntry[] } | undefined;
  unknownKey(entry: YamlEntry, known: readonly string[]): void;
  readString(value: YamlValue, path: string): string | undefined;
  readEnum<T extends string>(value: YamlValue, path: string, values: readonly T[], expected: ExpectedValue): T | undefined;
  /** The 1-based line a span starts on. */
  lineOf(span: Span): number;
}
