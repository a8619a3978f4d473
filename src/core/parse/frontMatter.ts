import { parseDocument } from 'yaml';
import type { MessageData, Span } from '../base/domain';
import { readFlatMapping } from './flatMapping';
import { isTooDeep, YAML_OPTIONS } from './yamlDocument';
import { documentValue, MAX_ALIASES, type YamlEntry } from './yamlValue';

export type FrontMatterProblemId =
  | 'missing'
  | 'unterminated'
  | 'yamlError'
  | 'tooDeep'
  | 'empty'
  | 'notMapping'
  | 'tooManyAliases'
  | 'binary'
  | 'utf16'
  | 'unreadable'
  | 'notUtf8'
  | 'notRegular'
  | 'tooLarge'
  | 'linkOutside'
  | 'linkBroken'
  | 'unsafeName'
  | 'folderUnreadable';

export interface FrontMatterProblem {
  messageId: FrontMatterProblemId;
  data: MessageData;
  span: Span;
}

export interface FrontMatter {
  /** Top-level keys in source order; only present when the front matter is a YAML mapping. */
  fields?: Map<string, YamlEntry>;
  problems: FrontMatterProblem[];
  /** The opening `---` line, where file-level diagnostics about the front matter sit. */
  openFence: Span;
  /** The YAML text between the fences. */
  yamlSpan?: Span;
  bodyStart: number;
}

const MAX_REPORTED_YAML_ERRORS = 5;

interface Fences {
  openEnd: number;
  yamlStart: number;
  yamlEnd?: number;
  bodyStart?: number;
}

/** Finds `---` on the first line and the next `---` or `...` line; trailing blanks allowed, CRLF tolerated. */
function findFences(text: string): Fences | undefined {
  const firstBreak = text.indexOf('\n');
  const firstLine = firstBreak === -1 ? text : text.slice(0, firstBreak);
  if (firstLine.trimEnd() !== '---') return undefined;
  const yamlStart = firstBreak === -1 ? text.length : firstBreak + 1;
  const openEnd = 3;
  let lineStart = yamlStart;
  while (lineStart < text.length) {
    const lineBreak = text.indexOf('\n', lineStart);
    const lineEnd = lineBreak === -1 ? text.length : lineBreak;
    const first = text.charCodeAt(lineStart);
    if (first === 0x2d /* - */ || first === 0x2e /* . */) {
      const line = text.slice(lineStart, lineEnd).trimEnd();
      if (line === '---' || line === '...') {
        return { openEnd, yamlStart, yamlEnd: lineStart, bodyStart: lineBreak === -1 ? text.length : lineBreak + 1 };
      }
    }
    lineStart = lineEnd + 1;
  }
  return { openEnd, yamlStart };
}

export function parseFrontMatter(text: string): FrontMatter {
  const fences = findFences(text);
  if (!fences) {
    const firstLineEnd = text.indexOf('\n');
    const end = firstLineEnd === -1 ? text.length : firstLineEnd;
    return { problems: [{ messageId: 'missing', data: {}, span: { start: 0, end: text.slice(0, end).trimEnd().length } }], openFence: { start: 0, end: 0 }, bodyStart: 0 };
  }
  const openFence = { start: 0, end: fences.openEnd };
  if (fences.yamlEnd === undefined || fences.bodyStart === undefined) {
    return { problems: [{ messageId: 'unterminated', data: {}, span: openFence }], openFence, bodyStart: text.length };
  }
  const yamlSpan = { start: fences.yamlStart, end: fences.yamlEnd };
  const bodyStart = fences.bodyStart;
  const yamlText = text.slice(yamlSpan.start, yamlSpan.end);
  if (isTooDeep(yamlText)) return { problems: [{ messageId: 'tooDeep', data: {}, span: openFence }], openFence, yamlSpan, bodyStart };
  const flat = readFlatMapping(yamlText, yamlSpan.start);
  if (flat) return { fields: new Map(flat.map((entry) => [entry.key, entry])), problems: [], openFence, yamlSpan, bodyStart };
  const doc = parseDocument(yamlText, YAML_OPTIONS);
  if (doc.errors.length > 0) {
    const problems = doc.errors.slice(0, MAX_REPORTED_YAML_ERRORS).map((error): FrontMatterProblem => {
      const start = yamlSpan.start + Math.min(error.pos[0], yamlText.length);
      const end = yamlSpan.start + Math.min(Math.max(error.pos[1], error.pos[0]), yamlText.length);
      return { messageId: 'yamlError', data: { reason: firstLine(error.message) }, span: { start, end: Math.max(end, start) } };
    });
    return { problems, openFence, yamlSpan, bodyStart };
  }
  if (doc.contents === null || yamlText.trim() === '') {
    return { problems: [{ messageId: 'empty', data: {}, span: openFence }], openFence, yamlSpan, bodyStart };
  }
  const read = documentValue(doc, yamlSpan.start);
  if (!read.ok) return { problems: [{ messageId: 'tooManyAliases', data: { max: MAX_ALIASES }, span: read.excessAlias }], openFence, yamlSpan, bodyStart };
  const root = read.value;
  if (root.kind !== 'map') return { problems: [{ messageId: 'notMapping', data: { kind: root.kind }, span: root.span }], openFence, yamlSpan, bodyStart };
  return { fields: new Map(root.entries.map((entry) => [entry.key, entry])), problems: [], openFence, yamlSpan, bodyStart };
}

function firstLine(message: string): string {
  const line = message.split('\n', 1)[0] ?? '';
  return line.replace(/ at line \d+, column \d+:?$/, '');
}
