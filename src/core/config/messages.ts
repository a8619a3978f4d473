import type { Localized } from '../model';

/** Messages for problems in community.yaml itself (reported under the id `config`). */
export const CONFIG_MESSAGES: Readonly<Record<string, Localized>> = {
  yamlError: { en: 'YAML syntax error: {{reason}}', 'zh-CN': 'YAML 语法错误：{{reason}}' },
  notMapping: { en: 'community.yaml must be a mapping of settings', 'zh-CN': 'community.yaml 必须是键值映射' },
  tooManyAliases: { en: 'More than {{max}} aliases (*name): ccal reads at most {{max}} in community.yaml', 'zh-CN': '别名（*name）超过 {{max}} 个：community.yaml 中最多读取 {{max}} 个' },
  unknownKey: { en: 'Unknown setting "{{key}}" (ignored){{hint}}', 'zh-CN': '未知设置“{{key}}”（已忽略）{{hint}}' },
  wrongType: { en: '"{{path}}" must be {{expected}}', 'zh-CN': '“{{path}}”必须是{{expected}}' },
  optionType: { en: '"{{path}}" must be {{expected}}', 'zh-CN': '“{{path}}”必须是{{expected}}' },
  badGlob: { en: 'Posts glob "{{glob}}" is refused: {{reason}}', 'zh-CN': '帖子 glob“{{glob}}”不可用：{{reason}}' },
  optionTooLarge: { en: '"{{path}}" is too large: at most {{max}} characters in all', 'zh-CN': '“{{path}}”过长：全部文字合计最多 {{max}} 个字符' },
  timezoneAbbreviation: {
    en: '"{{zone}}" is not an IANA time zone (an abbreviation can mean several: CST is US Central, China or Cuba): use a name such as Asia/Shanghai',
    'zh-CN': '“{{zone}}”不是 IANA 时区（缩写有歧义：CST 可指美国中部、中国或古巴时间）：请使用如 Asia/Shanghai 的名称',
  },
  unknownTimezone: { en: 'Unknown time zone "{{zone}}" (use an IANA name such as Asia/Shanghai)', 'zh-CN': '未知时区“{{zone}}”（请使用 IANA 名称，如 Asia/Shanghai）' },
  missingGroupId: { en: 'Group has no "id"', 'zh-CN': '群组缺少“id”' },
  badGroupId: { en: 'Group id "{{id}}" must use only a-z, 0-9 and "-"', 'zh-CN': '群组 id“{{id}}”只能包含 a-z、0-9 和“-”' },
  duplicateGroupId: { en: 'Duplicate group id "{{id}}" (first defined on line {{line}})', 'zh-CN': '群组 id“{{id}}”重复（首次定义于第 {{line}} 行）' },
  unknownParent: { en: 'Parent group "{{parent}}" is not defined{{hint}}', 'zh-CN': '上级群组“{{parent}}”未定义{{hint}}' },
  parentCycle: { en: 'Group "{{id}}" is its own ancestor through "parent"', 'zh-CN': '群组“{{id}}”通过 parent 成了自己的上级' },
  unknownTier: { en: 'Unknown tier "{{tier}}" (core, potential or regular)', 'zh-CN': '未知分层“{{tier}}”（core、potential 或 regular）' },
  unknownRule: { en: 'Unknown rule "{{rule}}"{{hint}}', 'zh-CN': '未知规则“{{rule}}”{{hint}}' },
  badSeverity: { en: 'Rule "{{rule}}" setting must be off, info, warning, error or a mapping of options', 'zh-CN': '规则“{{rule}}”的设置必须是 off、info、warning、error 或选项映射' },
  unknownOption: { en: 'Rule "{{rule}}" has no option "{{option}}" (ignored){{hint}}', 'zh-CN': '规则“{{rule}}”没有选项“{{option}}”（已忽略）{{hint}}' },
  missingPersonId: { en: 'Person has no "id"', 'zh-CN': '成员缺少“id”' },
  badPersonId: { en: 'Person id "{{id}}" must use only a-z, 0-9 and "-"', 'zh-CN': '成员 id“{{id}}”只能包含 a-z、0-9 和“-”' },
  duplicatePersonId: { en: 'Duplicate person id "{{id}}" (first defined on line {{line}})', 'zh-CN': '成员 id“{{id}}”重复（首次定义于第 {{line}} 行）' },
  badRole: { en: 'Unknown role "{{role}}" (writer, reviewer or lead){{hint}}', 'zh-CN': '未知角色“{{role}}”（writer、reviewer 或 lead）{{hint}}' },
  badDate: { en: 'Key date "{{date}}" is not a real date (YYYY-MM-DD)', 'zh-CN': '关键日期“{{date}}”不是有效日期（YYYY-MM-DD）' },
  missingDate: { en: 'Key date needs a "date" (YYYY-MM-DD)', 'zh-CN': '关键日期需要“date”（YYYY-MM-DD）' },
  missingDateName: { en: 'Key date needs a "name"', 'zh-CN': '关键日期需要“name”' },
};
