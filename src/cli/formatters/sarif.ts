import { pathToFileURL } from 'node:url';
import { diagnosticMessage } from '../../core/session/diagnostics';
import type { Severity } from '../../core/base/domain';
import { docsUrl, RULES } from '../../core/rules/registry';
import { CONFIG_RULE_ID } from '../../core/index/workspace';
import type { Formatter } from './report';
import { jsonText } from '../terminalText';

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', info: 'note' };
const SRCROOT = 'SRCROOT';

/** Stands in for the results in the log's text, which are then written one at a time in its place. */
const RESULTS_PLACE = 'ccal:results';

/**
 * SARIF 2.1.0 for code-scanning: every rule in the driver, results with regions relative to the workspace root. The
 * text is JSON.stringify(log, null, 2)'s, written a file's results at a time.
 */
export const sarif: Formatter = function* (report) {
  const rules = [
    ...RULES.map((rule) => ({
      id: rule.meta.id,
      name: rule.meta.id,
      shortDescription: { text: rule.meta.description[report.locale] },
      helpUri: docsUrl(rule.meta.id),
      defaultConfiguration: { level: LEVEL[rule.meta.defaultSeverity] },
    })),
    { id: CONFIG_RULE_ID, name: CONFIG_RULE_ID, shortDescription: { text: report.locale === 'zh-CN' ? 'community.yaml 配置问题' : 'Problems in community.yaml itself' }, defaultConfiguration: { level: 'error' as const } },
  ];
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const rootUri = pathToFileURL(report.root).href;
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'ccal', fullName: 'Community Calendar', version: report.toolVersion, informationUri: 'https://github.com/community-calendar/community-calendar', rules } },
        originalUriBaseIds: { [SRCROOT]: { uri: rootUri.endsWith('/') ? rootUri : `${rootUri}/` } },
        results: RESULTS_PLACE,
      },
    ],
  };
  const text = JSON.stringify(log, null, 2);
  const place = text.indexOf(JSON.stringify(RESULTS_PLACE));
  // the results array's items sit one level below the line of "results", its closing bracket on that line's level
  const indent = ' '.repeat(place - text.lastIndexOf('\n', place) - 1 - '"results": '.length);
  const itemIndent = `${indent}  `;
  yield jsonText(text.slice(0, place));
  let separator = '[';
  for (const file of report.files) {
    for (const diagnostic of file.diagnostics) {
      const result = {
        ruleId: diagnostic.ruleId,
        ruleIndex: ruleIndex.get(diagnostic.ruleId) ?? 0,
        level: LEVEL[diagnostic.severity],
        message: { text: diagnosticMessage(diagnostic, report.locale) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: encodeURI(file.relativePath), uriBaseId: SRCROOT },
              region: {
                startLine: diagnostic.range.start.line + 1,
                startColumn: diagnostic.range.start.character + 1,
                endLine: diagnostic.range.end.line + 1,
                endColumn: diagnostic.range.end.character + 1,
              },
            },
          },
        ],
      };
      // JSON text has no line break inside a string, so every line break is the layout's
      yield jsonText(`${separator}\n${itemIndent}${JSON.stringify(result, null, 2).replace(/\n/g, `\n${itemIndent}`)}`);
      separator = ',';
    }
  }
  yield separator === '[' ? '[]' : `\n${indent}]`;
  yield jsonText(text.slice(place + JSON.stringify(RESULTS_PLACE).length));
};
