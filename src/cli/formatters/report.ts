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
  files: FileReport[];
  locale: Locale;
  color: boolean;
  toolVersion: string;
}

export type Formatter = (report: LintReport) => string;

export function countBySeverity(diagnostics: Iterable<Diagnostic>): { errors: number; warnings: number; infos: number } {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === 'error') counts.errors++;
    else if (diagnostic.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}
