import { formatMessage } from '../core/base/messages';
import type { Locale, Localized, MessageData } from '../core/base/domain';

const CLI_MESSAGES = {
  noConfig: {
    en: 'no community.yaml found in {{dir}} or any parent directory (create one, or pass --config <file>)',
    'zh-CN': '在 {{dir}} 及其上级目录中找不到 community.yaml（请创建一个，或使用 --config <文件>）',
  },
  configUnreadable: { en: 'cannot read {{file}}: {{reason}}', 'zh-CN': '无法读取 {{file}}：{{reason}}' },
  configTooLarge: { en: '{{file}} is larger than {{limit}} MB: not read', 'zh-CN': '{{file}} 超过 {{limit}} MB，未读取' },
  configNotRegular: { en: '{{file}} is not a regular file (a device, FIFO or socket): not read', 'zh-CN': '{{file}} 不是普通文件（设备、命名管道或套接字），未读取' },
  configNotUtf8: { en: '{{file}} is not UTF-8 text', 'zh-CN': '{{file}} 不是 UTF-8 文本' },
  configError: { en: '{{location}}: {{message}}', 'zh-CN': '{{location}}：{{message}}' },
  noSuchPath: { en: 'no such file or directory: {{path}}', 'zh-CN': '文件或目录不存在：{{path}}' },
  badNow: { en: 'invalid --now / CCAL_NOW value "{{value}}": use an ISO date-time such as 2026-11-23T09:00+08:00', 'zh-CN': '--now / CCAL_NOW 的值“{{value}}”无效：请使用 ISO 日期时间，如 2026-11-23T09:00+08:00' },
  badMaxWarnings: { en: '--max-warnings needs a whole number, got "{{value}}"', 'zh-CN': '--max-warnings 需要整数，收到“{{value}}”' },
  badFormat: { en: 'unknown --format "{{value}}" (use {{choices}})', 'zh-CN': '未知的 --format“{{value}}”（可用：{{choices}}）' },
  badOption: { en: '{{reason}} (see ccal --help)', 'zh-CN': '{{reason}}（参见 ccal --help）' },
  unknownCommand: { en: 'unknown command "{{command}}" (see ccal --help)', 'zh-CN': '未知命令“{{command}}”（参见 ccal --help）' },
  badDate: { en: '{{option}} needs a date written YYYY-MM-DD, got "{{value}}"', 'zh-CN': '{{option}} 需要 YYYY-MM-DD 格式的日期，收到“{{value}}”' },
  badRange: { en: '--from {{from}} is after --to {{to}}', 'zh-CN': '--from {{from}} 晚于 --to {{to}}' },
  missingExportFormat: { en: 'export needs --format ({{choices}})', 'zh-CN': 'export 需要 --format（可用：{{choices}}）' },
  unknownGroup: { en: 'unknown group "{{group}}" in --group{{hint}}', 'zh-CN': '--group 中的群组“{{group}}”不存在{{hint}}' },
  didYouMean: { en: ' (did you mean "{{suggestion}}"?)', 'zh-CN': '（是否是“{{suggestion}}”？）' },
  cannotWrite: { en: 'cannot write {{file}}: {{reason}}', 'zh-CN': '无法写入 {{file}}：{{reason}}' },
  noWeeks: { en: 'No weeks to show: the selected groups have no posts in the selected dates.', 'zh-CN': '没有可显示的周：所选群组在所选日期内没有帖子。' },
  noPlan: { en: 'Nothing planned or open: the selected groups have no open slots and no posts in the selected dates.', 'zh-CN': '没有排期也没有空档：所选群组在所选日期内没有空档和帖子。' },
  openSlot: { en: '＋ open slot', 'zh-CN': '＋ 空档' },
  badCacheStrategy: { en: 'unknown --cache-strategy "{{value}}" (use {{choices}})', 'zh-CN': '未知的 --cache-strategy“{{value}}”（可用：{{choices}}）' },
  cacheRefused: {
    en: 'cache file {{file}} is not a regular file or is larger than {{limit}} MB: not read, not written',
    'zh-CN': '缓存文件 {{file}} 不是普通文件或超过 {{limit}} MB：不读取也不写入',
  },
  cacheNotWritten: { en: 'cache file {{file}} not written: {{reason}}', 'zh-CN': '缓存文件 {{file}} 未写入：{{reason}}' },
  tooManyWarnings: { en: 'ccal found too many warnings (maximum: {{max}})', 'zh-CN': 'ccal 发现的警告过多（上限：{{max}}）' },
} satisfies Record<string, Localized>;

export type CliMessageId = keyof typeof CLI_MESSAGES;

export function cliMessage(id: CliMessageId, data: MessageData, locale: Locale): string {
  return formatMessage(CLI_MESSAGES[id], data, locale);
}

export const HELP: Localized = {
  en: `ccal — lint, export and summarise a Community Calendar workspace

Usage:
  ccal lint [paths...] [options]       check posts and community.yaml against the rules
  ccal export --format <f> [options]   write the plan as iCalendar, CSV or JSON
  ccal stats [options]                 per group and ISO week: posts, ads, mix, UGC, gaps
  ccal plan [options]                  per group and day: open rhythm slots and the posts due
  ccal --help | --version

Lint options:
  -f, --format <name>      stylish (default), json, sarif or github
      --max-warnings <n>   exit 1 when there are more than n warnings
  -q, --quiet              report errors only
      --cache              re-check only the files changed since the last --cache run
      --cache-location <p> the cache file (default: .ccalcache in the current directory;
                           a directory: .ccalcache in it)
      --cache-strategy <s> how a file counts as unchanged: metadata (size and mtime,
                           default) or content (a hash of the text)

Export, stats and plan options:
  -f, --format <name>      export: ics, csv or json (required)
  -o, --output <file>      export: write to a file instead of stdout
      --json               stats, plan: machine-readable JSON instead of a table
      --owner <id>         plan: only the posts of this owner
      --from <date>        first day, YYYY-MM-DD in the workspace time zone (stats: whole weeks;
                           plan: default today, --to default the end of the rhythm's horizon)
      --to <date>          last day, included
  -g, --group <id>         only this group and the groups under it (repeatable)

Options of every command:
  -c, --config <file>      community.yaml to use (default: found from the path or cwd, walking up)
      --now <date-time>    fix "now" for reproducible runs (also CCAL_NOW), e.g. 2026-11-23T09:00
      --locale <tag>       en or zh-CN (default: from LANG)

Exit status: 0 clean (or only warnings within --max-warnings), 1 problems found,
2 usage or configuration error.
Rules and options: https://github.com/community-calendar/community-calendar/tree/main/docs/rules
Export and stats: https://github.com/community-calendar/community-calendar/blob/main/docs/export.md
Plan: https://github.com/community-calendar/community-calendar/blob/main/docs/plan.md`,
  'zh-CN': `ccal —— 检查、导出和汇总社群内容日历工作区

用法：
  ccal lint [路径...] [选项]          按规则检查帖子和 community.yaml
  ccal export --format <格式> [选项]  把排期导出为 iCalendar、CSV 或 JSON
  ccal stats [选项]                   按群组和 ISO 周统计：帖子、广告、配比、UGC、间隔
  ccal plan [选项]                    按群组和日期列出节奏空档和待发帖子
  ccal --help | --version

检查选项：
  -f, --format <名称>      stylish（默认）、json、sarif 或 github
      --max-warnings <n>   警告超过 n 条时以 1 退出
  -q, --quiet              只报告错误
      --cache              只重新检查自上次 --cache 运行以来改动过的文件
      --cache-location <p> 缓存文件（默认：当前目录下的 .ccalcache；
                           给出目录时为其中的 .ccalcache）
      --cache-strategy <s> 如何判断文件未改动：metadata（大小和修改时间，
                           默认）或 content（文本的哈希）

导出、统计与计划选项：
  -f, --format <名称>      export：ics、csv 或 json（必填）
  -o, --output <文件>      export：写入文件而不是标准输出
      --json               stats、plan：输出 JSON 而不是表格
      --owner <id>         plan：只看该负责人的帖子
      --from <日期>        起始日，工作区时区的 YYYY-MM-DD（stats 按整周统计；
                           plan：默认今天，--to 默认节奏前瞻期的最后一天）
      --to <日期>          结束日（含）
  -g, --group <id>         只看该群组及其下级群组（可重复）

通用选项：
  -c, --config <文件>      使用的 community.yaml（默认：从路径或当前目录向上查找）
      --now <日期时间>     固定“当前时间”以便复现（也可用 CCAL_NOW），如 2026-11-23T09:00
      --locale <标签>      en 或 zh-CN（默认取自 LANG）

退出码：0 无问题（或警告数未超过 --max-warnings），1 发现问题，2 用法或配置错误。
规则与选项：https://github.com/community-calendar/community-calendar/tree/main/docs/rules
导出与统计：https://github.com/community-calendar/community-calendar/blob/main/docs/export.md
计划：https://github.com/community-calendar/community-calendar/blob/main/docs/plan.md`,
};
