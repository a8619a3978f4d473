import type { Span } from '../base/domain';
import type { YamlValue } from '../parse/yamlValue';
import type { ConfigProblemSink } from './problemSink';

/**
 * Reads a list of entries that each have an `id` (`groups`, `people`): a bad entry is a problem at its spot and left
 * out, a duplicate id is reported at its spot (with the first one's line) and the first is kept.
 */
export function readIdentifiedList<T extends { id: string; idSpan: Span }>(
  key: string,
  value: YamlValue,
  sink: ConfigProblemSink,
  readEntry: (item: YamlValue, index: number) => T | undefined,
  duplicateMessageId: string,
): T[] {
  if (value.kind === 'null') return [];
  if (value.kind !== 'list') {
    sink.wrongType(key, 'list', value);
    return [];
  }
  const entries: T[] = [];
  const firstSeen = new Map<string, Span>();
  value.items.forEach((item, index) => {
    const entry = readEntry(item, index);
    if (!entry) return;
    const previous = firstSeen.get(entry.id);
    if (previous) {
      sink.error(duplicateMessageId, { id: entry.id, line: sink.lineOf(previous) }, entry.idSpan);
      return;
    }
    firstSeen.set(entry.id, entry.idSpan);
    entries.push(entry);
  });
  return entries;
}
