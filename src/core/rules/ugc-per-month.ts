import { addDaysToKey, daysBetween, monthKeyOf } from '../time/dates';
import { defineCalendarRule } from './types';

type Options = { min: number; horizonDays: number };

export const ugcPerMonthRule = defineCalendarRule<Options>()({
  meta: {
    id: 'ugc-per-month',
    defaultSeverity: 'info',
    description: {
      en: 'Each group runs at least some user-generated-content activities a month (default 2).',
      'zh-CN': '每个群每月至少发起若干次 UGC（用户生成内容）活动（默认 2 次）。',
    },
    options: {
      min: { type: 'number', default: 2, minimum: 0, integer: true, description: { en: 'Fewest posts with `ugc: true` a month.', 'zh-CN': '每月 `ugc: true` 帖子的最少数量。' } },
      horizonDays: { type: 'number', default: 7, minimum: 0, maximum: 366, integer: true, description: { en: 'Months touching this many days from today are checked even without posts.', 'zh-CN': '从今天起这么多天所涉及的月份，即使没有帖子也会检查。' } },
    },
    fixable: false,
    messages: {
      few: { en: 'Too few UGC activities in {{group}} in {{month}}: {{count}} (at least {{min}})', 'zh-CN': '{{group}} 在 {{month}} 的 UGC 活动过少：{{count}} 次（至少 {{min}} 次）' },
    },
  },
  checkGroup(schedule, context) {
    const { min, horizonDays } = context.options;
    const counts = new Map<string, number>();
    for (const entry of schedule.entries) counts.set(entry.time.month, (counts.get(entry.time.month) ?? 0) + (entry.post.ugc ? 1 : 0));
    const { today } = context.workspace;
    if (horizonDays > 0) {
      for (const date of daysBetween(today, addDaysToKey(today, horizonDays - 1))) if (!counts.has(monthKeyOf(date))) counts.set(monthKeyOf(date), 0);
    }
    for (const [month, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (count < min) context.reportOnConfig(schedule.group.idSpan, { messageId: 'few', data: { group: schedule.group.id, count, month, min } });
    }
  },
});
