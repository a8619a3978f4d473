import type { Span } from '../base/domain';
import type { SourceText } from '../base/text';
import { directiveOf, htmlComments } from './comments';

const ALL_RULES = '*';
const YAML_DIRECTIVE = /^[ \t]*#[ \t]*ccal-disable(-next-line)?\b(.*)$/gm;

/**
 * Inline switches that turn rules off inside one file, as plain data so it can cross a worker boundary.
 * - `<!-- ccal-disable a, b -->` in the body (or `# ccal-disable a, b` in the front matter) turns the rules off
 *   from that line to the end of the file, and for the whole front matter, whose diagnostics are about the post.
 * - `<!-- ccal-disable-next-line a -->` (or `# ccal-disable-next-line a`) turns them off for the next line.
 * Without rule ids, every rule is turned off; a word that is no rule id (`Personal_Info`) turns nothing off.
 */
export interface Suppressions {
  /** Rule id (or `*`) → first line from which it is off. */
  fromLine: Record<string, number>;
  /** Line → rule ids (or `*`) off on that line. */
  onLine: Record<number, string[]>;
  /** Last line of the front matter (-1 when there is none). */
  frontMatterEndLine: number;
}

export const NO_SUPPRESSIONS: Suppressions = { fromLine: {}, onLine: {}, frontMatterEndLine: -1 };

export function parseSuppressions(source: SourceText, yamlSpan: Span | undefined, bodyStart: number): Suppressions {
  const text = source.text;
  if (!text.includes('ccal-disable')) return NO_SUPPRESSIONS;
  const suppressions: Suppressions = { fromLine: {}, onLine: {}, frontMatterEndLine: yamlSpan ? source.lineOf(yamlSpan.end) : -1 };
  if (yamlSpan) {
    const yamlText = text.slice(yamlSpan.start, yamlSpan.end);
    for (const match of yamlText.matchAll(YAML_DIRECTIVE)) {
      addDirective(suppressions, source.lineOf(yamlSpan.start + (match.index ?? 0)), match[1] !== undefined, match[2] ?? '');
    }
  }
  for (const comment of htmlComments(text, bodyStart)) {
    const directive = directiveOf(text, comment);
    // a comment may span lines: "next line" is the one after the comment ends
    if (directive) addDirective(suppressions, source.lineOf(directive.nextLine ? comment.end : comment.start), directive.nextLine, directive.ruleList);
  }
  return suppressions;
}

function addDirective(suppressions: Suppressions, line: number, nextLine: boolean, ruleList: string): void {
  // every word names a rule (ids read case-insensitively); a misspelt one turns nothing off, never everything
  const ids = ruleList
    .split(/[\s,]+/)
    .filter((id) => id !== '')
    .map((id) => id.toLowerCase());
  if (ids.length === 0) ids.push(ALL_RULES);
  if (nextLine) {
    const target = line + 1;
    suppressions.onLine[target] = [...(suppressions.onLine[target] ?? []), ...ids];
    return;
  }
  for (const id of ids) {
    const previous = suppressions.fromLine[id];
    if (previous === undefined || line < previous) suppressions.fromLine[id] = line;
  }
}

export function isSuppressed(suppressions: Suppressions, ruleId: string, line: number): boolean {
  for (const id of [ruleId, ALL_RULES]) {
    const from = suppressions.fromLine[id];
    if (from !== undefined && (line >= from || line <= suppressions.frontMatterEndLine)) return true;
  }
  const onThisLine = suppressions.onLine[line];
  return onThisLine !== undefined && (onThisLine.includes(ruleId) || onThisLine.includes(ALL_RULES));
}
