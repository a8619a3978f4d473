import { diagnosticMessage } from '../../core/session/diagnostics';
import type { Formatter } from './report';
import { terminalLine } from '../terminalText';

// Workflow command escaping: https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
function escapeData(text: string): string {
  return terminalLine(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions annotations (`::error file=…,line=…::message`), one a line; info diagnostics are left out. */
export const github: Formatter = function* (report) {
  for (const file of report.files) {
    for (const diagnostic of file.diagnostics) {
      if (diagnostic.severity === 'info') continue;
      const { start, end } = diagnostic.range;
      const properties = [
        `file=${escapeProperty(file.displayPath)}`,
        `line=${start.line + 1}`,
        `col=${start.character + 1}`,
        `endLine=${end.line + 1}`,
        `endColumn=${end.character + 1}`,
        `title=${escapeProperty(diagnostic.ruleId)}`,
      ];
      yield `::${diagnostic.severity} ${properties.join(',')}::${escapeData(diagnosticMessage(diagnostic, report.locale))}\n`;
    }
  }
};
