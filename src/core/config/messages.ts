import { PLATFORMS, STAGES, TIERS, type Localized } from '../base/domain';
import { MAX_POST_MB_CEILING } from '../model/config';

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
  listUnsafe: { en: 'Word list "{{path}}" is refused: it must be a file inside the workspace folder, relative to community.yaml', 'zh-CN': '词表“{{path}}”不可用：必须是工作区文件夹内、相对 community.yaml 的文件' },
  listMissing: { en: 'Word list "{{path}}" does not exist', 'zh-CN': '词表“{{path}}”不存在' },
  listUnreadable: { en: 'Word list "{{path}}" is not a readable UTF-8 text file of at most 1 MB', 'zh-CN': '词表“{{path}}”不是可读取的 UTF-8 文本文件（最大 1 MB）' },
  listTwoArrows: { en: 'A word list line is "term => suggestion  # reason", with one "=>" (line ignored)', 'zh-CN': '词表每行格式为“词 => 建议  # 原因”，只能有一个“=>”（此行已忽略）' },
  listEmptyTerm: { en: 'No term before "=>" (line ignored)', 'zh-CN': '“=>”前没有词（此行已忽略）' },
  listEmptySuggestion: { en: 'No suggestion after "=>" for "{{term}}" (line ignored): write the suggestion or drop the arrow', 'zh-CN': '“{{term}}”的“=>”后没有建议（此行已忽略）：请写出建议或删去箭头' },
  listTermTooLong: { en: 'A term longer than {{max}} characters (line ignored)', 'zh-CN': '词长超过 {{max}} 个字符（此行已忽略）' },
  listDuplicate: { en: '"{{term}}" is already listed on line {{line}} (this line ignored)', 'zh-CN': '“{{term}}”已在第 {{line}} 行列出（此行已忽略）' },
  missingDateName: { en: 'Key date needs a "name"', 'zh-CN': '关键日期需要“name”' },
  rhythmRange: { en: '"{{path}}" must be a whole number from {{min}} to {{max}}', 'zh-CN': '“{{path}}”必须是 {{min}} 到 {{max}} 之间的整数' },
  rhythmNoSlots: { en: '"{{path}}" needs "slots" (a list of { time, type?, days? })', 'zh-CN': '“{{path}}”需要“slots”（{ time, type?, days? } 的列表）' },
  rhythmTooManySlots: { en: '"{{path}}" has more than {{max}} slots (the rest are ignored)', 'zh-CN': '“{{path}}”的时段超过 {{max}} 个（其余已忽略）' },
  rhythmBadTime: { en: '"{{path}}" must be a time of day "HH:MM" (00:00 to 23:59)', 'zh-CN': '“{{path}}”必须是“HH:MM”格式的时刻（00:00 到 23:59）' },
  rhythmUnknownType: { en: '"{{path}}" is not a post type{{hint}}', 'zh-CN': '“{{path}}”不是帖子类型{{hint}}' },
  rhythmBadDay: { en: '"{{path}}" has a day that is not a weekday{{hint}}', 'zh-CN': '“{{path}}”中有无效的星期{{hint}}' },
  rhythmDuplicateSlot: { en: 'Duplicate slot {{time}}: same time, type and a common day as {{first}}', 'zh-CN': '重复的时段 {{time}}：与 {{first}} 的时刻、类型相同且有共同的星期' },
};

/** What a setting of the wrong type must be, in the wrongType message. */
export const EXPECTED = {
  string: { en: 'a string', 'zh-CN': '字符串' },
  strings: { en: 'a string or a list of strings', 'zh-CN': '字符串或字符串列表' },
  stringList: { en: 'a list of strings', 'zh-CN': '字符串列表' },
  list: { en: 'a list', 'zh-CN': '列表' },
  mapping: { en: 'a mapping', 'zh-CN': '映射' },
  boolean: { en: 'true or false', 'zh-CN': 'true 或 false' },
  count: { en: 'a whole number ≥ 0', 'zh-CN': '非负整数' },
  platform: { en: `one of ${PLATFORMS.join(', ')}`, 'zh-CN': `${PLATFORMS.join('、')} 之一` },
  tier: { en: `one of ${TIERS.join(', ')}`, 'zh-CN': `${TIERS.join('、')} 之一` },
  stage: { en: `one of ${STAGES.join(', ')}`, 'zh-CN': `${STAGES.join('、')} 之一` },
  postSize: { en: `a number of megabytes above 0, at most ${MAX_POST_MB_CEILING}`, 'zh-CN': `大于 0 且不超过 ${MAX_POST_MB_CEILING} 的兆字节数` },
};
export type ExpectedValue = keyof typeof EXPECTED;

/** The hint after a name that is not known: " (did you mean …?)" when a close one is, else nothing. */
export function didYouMean(suggestion: string | undefined): Localized | '' {
  return suggestion === undefined ? '' : { en: ` (did you mean "${suggestion}"?)`, 'zh-CN': `（是否是“${suggestion}”？）` };
}
