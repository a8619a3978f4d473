import { diagnosticMessage } from '../../core/session/diagnostics';
import { countBySeverity, joinedLines, type Formatter, type LintReport } from './report';
import { terminalLine } from '../terminalText';

const ANSI = { reset: '\u001b[0m', bold: '\u001b[1m', dim: '\u001b[2m', underline: '\u001b[4m', red: '\u001b[31m', yellow: '\u001b[33m', cyan: '\u001b[36m' };

const LABELS = {
  en: { error: 'error', warning: 'warning', info: 'info', problems: (total: number, e: number, w: number, i: number) => `${total} problem${total === 1 ? '' : 's'} (${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}, ${i} info)` },
  'zh-CN': { error: '错误', warning: '警告', info: '提示', problems: (total: number, e: number, w: number, i: number) => `${total} 个问题（${e} 个错误，${w} 个警告，${i} 个提示）` },
};

/** ESLint-style human output: problems grouped by file, a summary line; colours only on a terminal. */
export const stylish: Formatter = (report) => joinedLines(stylishLines(report));

function* stylishLines(report: LintReport): Generator<string> {
  const paint = (code: string, text: string) => (report.color ? `${code}${text}${ANSI.reset}` : text);
  const labels = LABELS[report.locale];
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const file of report.files) {
    if (file.diagnostics.length === 0) continue;
    const { errors, warnings, infos } = countBySeverity(file.diagnostics);
    counts.errors += errors;
    counts.warnings += warnings;
    counts.infos += infos;
    yield '';
    yield paint(ANSI.underline, terminalLine(file.displayPath));
    const rows = file.diagnostics.map((diagnostic) => ({
      position: `${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}`,
      severity: diagnostic.severity,
      message: terminalLine(diagnosticMessage(diagnostic, report.locale)),
      ruleId: diagnostic.ruleId,
    }));
    const positionWidth = Math.max(...rows.map((row) => row.position.length));
    const severityWidth = Math.max(...rows.map((row) => labels[row.severity].length));
    for (const row of rows) {
      const colour = row.severity === 'error' ? ANSI.red : row.severity === 'warning' ? ANSI.yellow : ANSI.cyan;
      yield `  ${paint(ANSI.dim, row.position.padEnd(positionWidth))}  ${paint(colour, labels[row.severity].padEnd(severityWidth))}  ${row.message}  ${paint(ANSI.dim, row.ruleId)}`;
    }
  }
  const { errors, warnings, infos } = counts;
  const total = errors + warnings + infos;
  if (total > 0) {
    const colour = errors > 0 ? ANSI.red : warnings > 0 ? ANSI.yellow : ANSI.cyan;
    yield '';
    yield paint(ANSI.bold + colour, `✖ ${labels.problems(total, errors, warnings, infos)}`);
    yield '';
  }
}
