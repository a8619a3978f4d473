import { pathToFileURL } from 'node:url';
import { diagnosticMessage } from '../../core/session/diagnostics';
import type { Severity } from '../../core/base/domain';
import { docsUrl, RULES } from '../../core/rules/registry';
import { CONFIG_RULE_ID } from '../../core/index/workspace';
import type { Formatter } from './report';
import { jsonText } from '../terminalText';

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', info: 'note' };
const SRCROOT = 'SRCROOT';

/** SARIF 2.1.0 for code-scanning: every rule in the driver, results with regions relative to the workspace root. */
export const sarif: Formatter = (report) => {
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
  const results = report.files.flatMap((file) =>
    file.diagnostics.map((diagnostic) => ({
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
    })),
  );
  const rootUri = pathToFileURL(report.root).href;
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'ccal', fullName: 'Community Calendar', version: report.toolVersion, informationUri: 'https://github.com/community-calendar/community-calendar', rules } },
        originalUriBaseIds: { [SRCROOT]: { uri: rootUri.endsWith('/') ? rootUri : `${rootUri}/` } },
        results,
      },
    ],
  };
  return jsonText(JSON.stringify(log, null, 2));
};
