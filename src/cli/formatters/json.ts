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

/** The rest of a result without messages, as JSON.stringify writes it: most files of a workspace have nothing to say. */
const CLEAN_RESULT_TAIL = ',"messages":[],"suppressedMessages":[],"errorCount":0,"fatalErrorCount":0,"warningCount":0,"fixableErrorCount":0,"fixableWarningCount":0,"usedDeprecatedRules":[]}';

/** A file's result as JSON.stringify writes it, acting characters escaped (jsonText); a file without messages written directly. */
function resultText(file: FileReport, report: LintReport): string {
  const shown = file.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info');
  if (shown.length === 0) return `{"filePath":${jsonText(JSON.stringify(file.absolutePath))}${CLEAN_RESULT_TAIL}`;
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
  return jsonText(JSON.stringify({
    filePath: file.absolutePath,
    messages,
    suppressedMessages: [],
    errorCount,
    fatalErrorCount: 0,
    warningCount,
    fixableErrorCount: messages.filter((message) => message.severity === 2 && message.fix).length,
    fixableWarningCount: messages.filter((message) => message.severity === 1 && message.fix).length,
    usedDeprecatedRules: [],
  }));
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
