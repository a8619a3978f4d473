import type { Diagnostic, Locale } from '../../core/base/domain';

export interface FileReport {
  absolutePath: string;
  /** Relative to the workspace root, forward slashes. */
  relativePath: string;
  /** Relative to the working directory, for people reading the terminal. */
  displayPath: string;
  diagnostics: Diagnostic[];
}

export interface LintReport {
  root: string;
  /** In path order, made one at a time as a formatter reads them: a formatter reads each once, and every one. */
  files: Iterable<FileReport>;
  locale: Locale;
  color: boolean;
  toolVersion: string;
}

/**
 * The report's text in pieces, in order, to be written as they come: the text of a hundred thousand files is never
 * one string (nor every file's report objects at once).
 */
export type Formatter = (report: LintReport) => Iterable<string>;

/** The lines with a line break between each two, as lines.join('\n') would have them, one line at a time. */
export function* joinedLines(lines: Iterable<string>): Generator<string> {
  let first = true;
  for (const line of lines) {
    yield first ? line : `\n${line}`;
    first = false;
  }
}

export function countBySeverity(diagnostics: Iterable<Diagnostic>): { errors: number; warnings: number; infos: number } {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === 'error') counts.errors++;
    else if (diagnostic.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}
