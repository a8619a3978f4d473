import type { MessageData, Severity, Span } from '../base/domain';
import { SourceText, textOf, type DecodedFile } from '../base/text';
import { isSafeWorkspacePath } from '../base/workspacePath';
import type { ListedTerm } from './bannedTermSet';

/** The largest word list file any host reads. */
export const MAX_WORD_LIST_BYTES = 1_048_576;
/** A term longer than this is a mistake (a pasted paragraph), not a word. */
const MAX_TERM_LENGTH = 200;

export interface WordListProblem {
  severity: Severity;
  /** A message id from the configuration messages. */
  messageId: string;
  data: MessageData;
  span: Span;
}

/** A team's word list file, read: its terms and the problems of its lines, at their spots. */
export interface WordList {
  /** Workspace-relative path. */
  path: string;
  source: SourceText;
  terms: ListedTerm[];
  problems: WordListProblem[];
}

/** Where community.yaml names a list file: the resolved workspace-relative path and the spot of the name. */
export interface WordListRef {
  path: string;
  span: Span;
}

/**
 * A list path as written in community.yaml (relative to its folder) as a workspace-relative path, or undefined when it
 * would leave the workspace folder or is not a safe name (absolute, `..` above the root, backslashes, a drive).
 */
export function resolveListPath(configPath: string, written: string): string | undefined {
  if (written.startsWith('/') || written.includes('\\')) return undefined;
  const segments = configPath.split('/').slice(0, -1);
  for (const segment of written.split('/')) {
    if (segment === '.' || segment === '') continue;
    if (segment === '..') {
      if (segments.length === 0) return undefined;
      segments.pop();
    } else segments.push(segment);
  }
  const path = segments.join('/');
  return isSafeWorkspacePath(path) ? path : undefined;
}

/** A comment starts at `#` at the start of a line or after white space, so `C#` is a term and `# why` a reason. */
const COMMENT = /(^|\s)#/;

/**
 * Reads a list file: one term a line, `term => suggestion  # reason`; blank lines and `#` comment lines are skipped.
 * A line that is not a term (an empty term or suggestion, two arrows, a term past 200 characters) is a problem at that
 * line and is left out; a term listed twice is a warning at the second.
 */
export function parseWordList(path: string, text: string): WordList {
  const source = new SourceText(text);
  const terms: ListedTerm[] = [];
  const problems: WordListProblem[] = [];
  const seen = new Map<string, number>();
  let lineStart = 0;
  for (let lineIndex = 0; lineStart <= text.length; lineIndex++) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const raw = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const comment = COMMENT.exec(raw);
    const content = comment ? raw.slice(0, comment.index) : raw;
    const span = { start: lineStart + (raw.length - raw.trimStart().length), end: lineStart + content.trimEnd().length };
    const parts = content.split('=>').map((part) => part.trim());
    const [term = '', suggestion] = parts;
    const problem = (messageId: string, data: MessageData = {}) => problems.push({ severity: 'error', messageId, data, span });
    if (content.trim() === '') {
      // blank or only a comment
    } else if (parts.length > 2) problem('listTwoArrows');
    else if (term === '') problem('listEmptyTerm');
    else if (suggestion === '') problem('listEmptySuggestion', { term });
    else if (term.length > MAX_TERM_LENGTH) problem('listTermTooLong', { max: MAX_TERM_LENGTH });
    else {
      const key = term.toLowerCase();
      const first = seen.get(key);
      if (first !== undefined) problems.push({ severity: 'warning', messageId: 'listDuplicate', data: { term, line: first + 1 }, span });
      else {
        seen.set(key, lineIndex);
        terms.push({ term, list: path, ...(suggestion === undefined ? {} : { suggestion }) });
      }
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return { path, source, terms, problems };
}

/** What a host returned for a list file, as a list or the reason it cannot be one (a config problem at each reference). */
export function readWordList(path: string, content: string | DecodedFile | undefined): WordList | { messageId: string; data: MessageData } {
  if (content === undefined) return { messageId: 'listMissing', data: { path } };
  const text = textOf(content);
  if (text === undefined) return { messageId: 'listUnreadable', data: { path } };
  return parseWordList(path, text);
}
