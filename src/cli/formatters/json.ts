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

function fileResult(file: FileReport, report: LintReport) {
  const shown = file.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info');
  const messages = shown.map((diagnostic) => {
    const fix = eslintFix(diagnostic);
    return {
      ruleId: diagnostic.ruleId,
      severity: diagnostic.severity === 'error' ? 2 : 1,
      message: diagnosticMessage(diagnostic, report.locale),
      line: diagnostic.range.start.line + 1,
      column: diagnostic.range.start.character + 1,
      endLine: diagnostic.range.end.line + 1,
      endColumn: diagnostic.range.end.character + 1,
      messageId: diagnostic.messageId,
      ...(fix ? { fix } : {}),
    };
  });
  const errorCount = messages.filter((message) => message.severity === 2).length;
  const warningCount = messages.length - errorCount;
  return {
    filePath: file.absolutePath,
    messages,
    suppressedMessages: [],
    errorCount,
    fatalErrorCount: 0,
    warningCount,
    fixableErrorCount: messages.filter((message) => message.severity === 2 && message.fix).length,
    fixableWarningCount: messages.filter((message) => message.severity === 1 && message.fix).length,
    usedDeprecatedRules: [],
  };
}

/**
 * ESLint's JSON shape, so existing tooling reads it; info diagnostics are left out (severity 1 = warning, 2 = error).
 * One file's result at a time: the array's text is what JSON.stringify makes of the whole array, item by item.
 */
export const json: Formatter = function* (report) {
  let separator = '[';
  for (const file of report.files) {
    yield `${separator}${jsonText(JSON.stringify(fileResult(file, report)))}`;
    separator = ',';
  }
  yield separator === '[' ? '[]' : ']';
};
