import { formatMessage } from '../core/messages';
import type { Locale, Localized, MessageData } from '../core/model';

const CLI_MESSAGES = {
  noConfig: {
    en: 'no community.yaml found in {{dir}} or any parent directory (create one, or pass --config <file>)',
    'zh-CN': '在 {{dir}} 及其上级目录中找不到 community.yaml（请创建一个，或使用 --config <文件>）',
  },
  configUnreadable: { en: 'cannot read {{file}}: {{reason}}', 'zh-CN': '无法读取 {{file}}：{{reason}}' },
  configNotUtf8: { en: '{{file}} is not UTF-8 text', 'zh-CN': '{{file}} 不是 UTF-8 文本' },
  configError: { en: '{{location}}: {{message}}', 'zh-CN': '{{location}}：{{message}}' },
  configErrorCount: { en: '{{file}} has {{count}} error(s); fix it and run again', 'zh-CN': '{{file}} 有 {{count}} 个错误；请修正后重试' },
  noSuchPath: { en: 'no such file or directory: {{path}}', 'zh-CN': '文件或目录不存在：{{path}}' },
  outsideWorkspace: { en: '{{path}} is outside the workspace of {{config}}', 'zh-CN': '{{path}} 不在 {{config}} 所在的工作区内' },
  badNow: { en: 'invalid --now / CCAL_NOW value "{{value}}": use an ISO date-time such as 2026-11-23T09:00+08:00', 'zh-CN': '--now / CCAL_NOW 的值“{{value}}”无效：请使用 ISO 日期时间，如 2026-11-23T09:00+08:00' },
  badMaxWarnings: { en: '--max-warnings needs a whole number, got "{{value}}"', 'zh-CN': '--max-warnings 需要整数，收到“{{value}}”' },
  badFormat: { en: 'unknown --format "{{value}}" (use {{choices}})', 'zh-CN': '未知的 --format“{{value}}”（可用：{{choices}}）' },
  badOption: { en: '{{reason}} (see ccal --help)', 'zh-CN': '{{reason}}（参见 ccal --help）' },
  unknownCommand: { en: 'unknown command "{{command}}" (see ccal --help)', 'zh-CN': '未知命令“{{command}}”（参见 ccal --help）' },
  tooManyWarnings: { en: 'ccal found too many warnings (maximum: {{max}})', 'zh-CN': 'ccal 发现的警告过多（上限：{{max}}）' },
} satisfies Record<string, Localized>;

export type CliMessageId = keyof typeof CLI_MESSAGES;

export function cliMessage(id: CliMessageId, data: MessageData, locale: Locale): string {
  return formatMessage(CLI_MESSAGES[id], data, locale);
}

export const HELP: Localized = {
  en: `ccal — lint, export and summarise a Community Calendar workspace

Usage:
  ccal lint [paths...] [options]   check posts and community.yaml against the rules
  ccal --help | --version

Lint options:
  -f, --format <name>      stylish (default), json, sarif or github
  -c, --config <file>      community.yaml to use (default: found from the path or cwd, walking up)
      --now <date-time>    fix "now" for reproducible runs (also CCAL_NOW), e.g. 2026-11-23T09:00
      --max-warnings <n>   exit 1 when there are more than n warnings
  -q, --quiet              report errors only
      --locale <tag>       en or zh-CN (default: from LANG)

Exit status: 0 clean (or only warnings within --max-warnings), 1 problems found,
2 usage or configuration error.
Rules and options: https://github.com/community-calendar/community-calendar/tree/main/docs/rules`,
  'zh-CN': `ccal —— 检查、导出和汇总社群内容日历工作区

用法：
  ccal lint [路径...] [选项]    按规则检查帖子和 community.yaml
  ccal --help | --version

检查选项：
  -f, --format <名称>      stylish（默认）、json、sarif 或 github
  -c, --config <文件>      使用的 community.yaml（默认：从路径或当前目录向上查找）
      --now <日期时间>     固定“当前时间”以便复现（也可用 CCAL_NOW），如 2026-11-23T09:00
      --max-warnings <n>   警告超过 n 条时以 1 退出
  -q, --quiet              只报告错误
      --locale <标签>      en 或 zh-CN（默认取自 LANG）

退出码：0 无问题（或警告数未超过 --max-warnings），1 发现问题，2 用法或配置错误。
规则与选项：https://github.com/community-calendar/community-calendar/tree/main/docs/rules`,
};
