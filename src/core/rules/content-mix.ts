import { POST_TYPE_NAMES, POST_TYPES, type Locale, type PostType } from '../model';
import { slotList } from '../plan/describe';
import { defineCalendarRule } from './types';

type Options = { min: Readonly<Record<string, number>> };

export const contentMixRule = defineCalendarRule<Options>()({
  meta: {
    id: 'content-mix',
    defaultSeverity: 'info',
    description: {
      en: 'Each week a group gets enough practical, interactive and emotional posts (the field\'s daily mix is 3 practical + 2 interactive + 1 emotional).',
      'zh-CN': '每周每个群有足够的实用、互动和情感内容（行业经验：每日 3 条实用 + 2 条互动 + 1 条情感）。',
    },
    options: {
      min: {
        type: 'numberMap',
        keys: POST_TYPES,
        minimum: 0,
        default: { practical: 5, interactive: 7, emotional: 1 },
        description: { en: 'Fewest posts of each type per ISO week.', 'zh-CN': '每个 ISO 周各类型的最少帖子数。' },
      },
    },
    fixable: false,
    messages: {
      short: { en: '{{group}} in {{week}} is short of {{missing}}', 'zh-CN': '{{group}} 在 {{week}} 缺少：{{missing}}' },
      shortOpenSlots: { en: '{{group}} in {{week}} is short of {{missing}}; open slots {{slots}}', 'zh-CN': '{{group}} 在 {{week}} 缺少：{{missing}}；空档 {{slots}}' },
    },
  },
  checkGroup(schedule, context) {
    const weeks = new Map<string, Map<PostType, number>>();
    for (const entry of schedule.entries) {
      let counts = weeks.get(entry.time.week);
      if (!counts) weeks.set(entry.time.week, (counts = new Map()));
      counts.set(entry.type, (counts.get(entry.type) ?? 0) + 1);
    }
    const minimums = POST_TYPES.flatMap((type) => (context.options.min[type] ? [[type, context.options.min[type]] as const] : []));
    for (const [week, counts] of weeks) {
      const short = minimums.filter(([type, min]) => (counts.get(type) ?? 0) < min);
      if (short.length === 0) continue;
      // in the reader's language: "practical 2/5, interactive 1/7", "实用 2/5、互动 1/7"
      const listed = (locale: Locale, separator: string) => short.map(([type, min]) => `${POST_TYPE_NAMES[type][locale]} ${counts.get(type) ?? 0}/${min}`).join(separator);
      const data = { group: schedule.group.id, week, missing: { en: listed('en', ', '), 'zh-CN': listed('zh-CN', '、') } };
      // the week's open slots that a post of a missing type could fill
      const shortTypes = new Set<PostType>(short.map(([type]) => type));
      const open = (schedule.openSlots ?? []).filter((slot) => slot.week === week && (slot.type === undefined || shortTypes.has(slot.type)));
      if (open.length === 0) context.reportOnConfig(schedule.group.idSpan, { messageId: 'short', data });
      // `types` (the short types' ids) lets the editor's code action find the same slots again
      else context.reportOnConfig(schedule.group.idSpan, { messageId: 'shortOpenSlots', data: { ...data, slots: slotList(open, true), types: [...shortTypes].join(',') } });
    }
  },
});
