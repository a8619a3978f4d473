import { isAlias, isMap, isScalar, isSeq, Scalar, type Document, type Node } from 'yaml';
import type { Span } from '../model';

/**
 * A light, position-carrying copy of a YAML value: what rules need, without keeping the yaml Document
 * (and its node graph) alive for every post in a large workspace.
 */
export type YamlValue =
  | { kind: 'string'; value: string; span: Span; quoted: boolean; block: boolean }
  | { kind: 'number'; value: number; span: Span }
  | { kind: 'boolean'; value: boolean; span: Span }
  | { kind: 'null'; span: Span }
  | { kind: 'list'; items: YamlValue[]; span: Span }
  | { kind: 'map'; entries: YamlEntry[]; span: Span }
  | { kind: 'other'; span: Span };

export interface YamlEntry {
  key: string;
  keySpan: Span;
  value: YamlValue;
}

/** Copies a node with its span shifted by `base` (the node's document offset inside the file). */
export function toYamlValue(node: Node | null | undefined, base: number, fallbackOffset: number, doc?: Document): YamlValue {
  if (node && isAlias(node) && doc) {
    // Only scalar aliases are followed: copying aliased collections could blow up exponentially ("billion laughs").
    const target = node.resolve(doc);
    if (target && isScalar(target)) return { ...toYamlValue(target, 0, 0), span: spanOf(node, base, fallbackOffset) };
    return { kind: 'other', span: spanOf(node, base, fallbackOffset) };
  }
  const span = spanOf(node, base, fallbackOffset);
  if (!node) return { kind: 'null', span };
  if (isScalar(node)) {
    const value = node.value;
    if (value === null || value === undefined) return { kind: 'null', span };
    if (typeof value === 'string') {
      const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
      const block = node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED;
      return { kind: 'string', value, span, quoted, block };
    }
    if (typeof value === 'number') return { kind: 'number', value, span };
    if (typeof value === 'boolean') return { kind: 'boolean', value, span };
    return { kind: 'other', span };
  }
  if (isSeq(node)) {
    return { kind: 'list', items: node.items.map((item) => toYamlValue(item as Node, base, span.start, doc)), span };
  }
  if (isMap(node)) {
    const entries: YamlEntry[] = [];
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      if (!key || !isScalar(key) || (typeof key.value !== 'string' && typeof key.value !== 'number')) continue;
      const keySpan = spanOf(key, base, span.start);
      entries.push({ key: String(key.value), keySpan, value: toYamlValue(pair.value as Node | null, base, keySpan.end, doc) });
    }
    return { kind: 'map', entries, span };
  }
  return { kind: 'other', span };
}

function spanOf(node: Node | null | undefined, base: number, fallbackOffset: number): Span {
  const range = node?.range;
  if (!range) return { start: fallbackOffset, end: fallbackOffset };
  return { start: base + range[0], end: base + range[1] };
}

/** The span of a string's characters inside its quotes; for plain scalars, the whole value. */
export function contentSpan(value: YamlValue): Span {
  if (value.kind === 'string' && value.quoted && value.span.end - value.span.start >= 2) {
    return { start: value.span.start + 1, end: value.span.end - 1 };
  }
  return value.span;
}
