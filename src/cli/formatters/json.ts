import { diagnosticMessage } from '../../core/session/diagnostics';
import type { Diagnostic } from '../../core/base/domain';
import type { FileReport, Formatter, LintReport } from './report';
import { jsonText } from '../terminalText';

interface EslintFix {
  range: [number, number];
  text: string;
}

function eslintFix(diagnostic: Diagnostic): EslintFix | undefined {
  const edits = diagnostic.fix?.edits;
  const edit = edits?.[0];
  if (!edit || edits.length !== 1) return undefined;
  return { range: [edit.span.start, edit.span.end], text: edit.newText };
}

/** A value as JSON.stringify writes it, acting characters escaped: only values can hold them, never the keys. */
function valueText(value: unknown): string {
  return jsonText(JSON.stringify(value));
}

/** One ESLint message as JSON.stringify writes it (keys in this order, `fix` only when there is one). */
function messageText(diagnostic: Diagnostic, severity: 1 | 2, fix: EslintFix | undefined, report: LintReport): string {
  const { start, end } = diagnostic.range;
  const fixText = fix ? `,"fix":${valueText(fix)}` : '';
  return `{"ruleId":${valueText(diagnostic.ruleId)},"severity":${severity},"message":${valueText(diagnosticMessage(diagnostic, report.locale))},"line":${start.line + 1},"column":${start.character + 1},"endLine":${end.line + 1},"endColumn":${end.character + 1},"messageId":${valueText(diagnostic.messageId)}${fixText}}`;
}

/**
 * A file's result as JSON.stringify would write it, acting characters escaped (jsonText). Written as text, counted in
 * one pass, each value escaped on its own: a workspace's report has a result per file, and building objects to
 * stringify them, then escaping each whole result (a copy of the report), cost a tenth more.
 */
function resultText(file: FileReport, report: LintReport): string {
  const messages: string[] = [];
  const counts = { errors: 0, warnings: 0, fixableErrors: 0, fixableWarnings: 0 };
  for (const diagnostic of file.diagnostics) {
    if (diagnostic.severity === 'info') continue;
    const fix = eslintFix(diagnostic);
    const isError = diagnostic.severity === 'error';
    if (isError) {
      counts.errors++;
      if (fix) counts.fixableErrors++;
    } else {
      counts.warnings++;
      if (fix) counts.fixableWarnings++;
    }
    messages.push(messageText(diagnostic, isError ? 2 : 1, fix, report));
  }
  return `{"filePath":${valueText(file.absolutePath)},"messages":[${messages.join(',')}],"suppressedMessages":[],"errorCount":${counts.errors},"fatalErrorCount":0,"warningCount":${counts.warnings},"fixableErrorCount":${counts.fixableErrors},"fixableWarningCount":${counts.fixableWarnings},"usedDeprecatedRules":[]}`;
}

/**
 * ESLint's JSON shape, so existing tooling reads it; info diagnostics are left out (severity 1 = warning, 2 = error).
 * One file's result at a time: the array's text is what JSON.stringify makes of the whole array, item by item.
 */
export const json: Formatter = function* (report) {
  let separator = '[';
  for (const file of report.files) {
    yield `${separator}${resultText(file, report)}`;
    separator = ',';
  }
  yield separator === '[' ? '[]' : ']';
};
