import { isAlias, isMap, isScalar, isSeq, Scalar, visit, type Alias, type Document, type Node } from 'yaml';
import type { Span } from '../base/domain';

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

/**
 * At most this many aliases in one document. Resolving is linear and an alias costs one small object (aliased
 * collections are not expanded at all, a scalar alias shares the anchored string), so the bound is not for
 * speed: it caps what aliases can add to a document, as the spec asks, far above any real front matter or
 * community.yaml (yaml's own toJS stops at 100 by default, counting expanded collections too).
 */
export const MAX_ALIASES = 50_000;

type AliasTargets = ReadonlyMap<Alias, Node | undefined>;

/**
 * Each alias with the node it names — the nearest anchor of that name before it in document order, as yaml's
 * Alias.resolve finds it — in one walk of the document. Alias.resolve walks the whole document for every alias:
 * quadratic, 2 s for 3 000 aliases in an 85 KB post. Past MAX_ALIASES the walk stops at the first alias too many.
 */
function aliasTargets(doc: Document): { targets: AliasTargets } | { excess: Alias } {
  const targets = new Map<Alias, Node | undefined>();
  const anchors = new Map<string, Node>();
  let excess: Alias | undefined;
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        if (targets.size === MAX_ALIASES) {
          excess = node;
          return visit.BREAK;
        }
        targets.set(node, anchors.get(node.source));
      } else if (node.anchor) anchors.set(node.anchor, node);
      return undefined;
    },
  });
  return excess ? { excess } : { targets };
}

export type DocumentValue = { ok: true; value: YamlValue } | { ok: false; excessAlias: Span };

/** A parsed document's contents with spans shifted by `base`, or the spot of the alias past MAX_ALIASES. */
export function documentValue(doc: Document, base: number): DocumentValue {
  const aliases = aliasTargets(doc);
  if ('excess' in aliases) return { ok: false, excessAlias: spanOf(aliases.excess, base, base) };
  return { ok: true, value: toYamlValue(doc.contents, base, base, aliases.targets) };
}

/** Copies a node with its span shifted by `base` (the node's document offset inside the file). */
function toYamlValue(node: Node | null | undefined, base: number, fallbackOffset: number, aliases: AliasTargets): YamlValue {
  if (node && isAlias(node)) {
    // Only scalar aliases are followed: copying aliased collections could blow up exponentially ("billion laughs").
    const target = aliases.get(node);
    if (target && isScalar(target)) return { ...toYamlValue(target, 0, 0, aliases), span: spanOf(node, base, fallbackOffset) };
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
    return { kind: 'list', items: node.items.map((item) => toYamlValue(item as Node, base, span.start, aliases)), span };
  }
  if (isMap(node)) {
    const entries: YamlEntry[] = [];
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      if (!key || !isScalar(key) || (typeof key.value !== 'string' && typeof key.value !== 'number')) continue;
      const keySpan = spanOf(key, base, span.start);
      entries.push({ key: String(key.value), keySpan, value: toYamlValue(pair.value as Node | null, base, keySpan.end, aliases) });
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

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/**
 * Where a scalar's text is written, to replace it and keep its style: inside the quotes of a quoted scalar; for a
 * block scalar (`|`, `>-`…), from the first to the last character of its content lines, so the header, the
 * indentation and the line break that ends the block stay (the whole span would take the line break with it and
 * glue the next key to the value); otherwise the whole value. Undefined for a block scalar with no content.
 */
export function scalarTextSpan(value: YamlValue, text: string): Span | undefined {
  if (value.kind !== 'string' || !value.block) return contentSpan(value);
  const headerEnd = text.indexOf('\n', value.span.start);
  let start = headerEnd === -1 ? value.span.end : headerEnd + 1;
  let end = value.span.end;
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return start < end ? { start, end } : undefined;
}
