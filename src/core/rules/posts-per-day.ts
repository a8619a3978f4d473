import type { ScheduleEntry } from '../model/schedule';
import { slotList } from '../plan/describe';
import { addDaysToKey, daysBetween } from '../time/dates';
import { defineCalendarRule } from './types';

type Options = { min: number; max: number; horizonDays: number };

export const postsPerDayRule = defineCalendarRule<Options>()({
  meta: {
    id: 'posts-per-day',
    defaultSeverity: 'warning',
    description: {
      en: 'Each group gets a steady number of posts a day (default 3 to 8): at least three topic posts a day keep a group alive.',
      'zh-CN': '每个群每天的帖子数保持稳定（默认 3 到 8 条）：每日不少于 3 条话题才能让群保持活跃。',
    },
    options: {
      min: { type: 'number', default: 3, minimum: 0, integer: true, description: { en: 'Fewest posts a day, checked for the days in the horizon.', 'zh-CN': '每天最少帖子数，只检查前瞻期内的日子。' } },
      max: { type: 'number', default: 8, minimum: 0, integer: true, description: { en: 'Most posts a day; each post past it is flagged.', 'zh-CN': '每天最多帖子数，超出的每条都会提示。' } },
      horizonDays: { type: 'number', default: 7, minimum: 0, maximum: 366, integer: true, description: { en: 'How many days from today to check for too few posts.', 'zh-CN': '从今天起检查帖子过少的天数。' } },
    },
    fixable: false,
    messages: {
      tooMany: { en: 'Too many posts to {{group}} on {{date}}: {{count}} (at most {{max}})', 'zh-CN': '{{group}} 在 {{date}} 的帖子过多：{{count}} 条（最多 {{max}} 条）' },
      tooFew: { en: 'Too few posts to {{group}} on {{date}}: {{count}} (at least {{min}})', 'zh-CN': '{{group}} 在 {{date}} 的帖子过少：{{count}} 条（至少 {{min}} 条）' },
      tooFewOpenSlots: {
        en: 'Too few posts to {{group}} on {{date}}: {{count}} (at least {{min}}); open slots {{slots}}',
        'zh-CN': '{{group}} 在 {{date}} 的帖子过少：{{count}} 条（至少 {{min}} 条）；空档 {{slots}}',
      },
    },
  },
  checkGroup(schedule, context) {
    const { min, max, horizonDays } = context.options;
    const byDay = new Map<string, ScheduleEntry[]>();
    for (const entry of schedule.entries) {
      const entries = byDay.get(entry.time.date);
      if (entries) entries.push(entry);
      else byDay.set(entry.time.date, [entry]);
    }
    for (const [date, entries] of byDay) {
      if (entries.length <= max) continue;
      // one data object for the day's findings: a busy calendar has one for most of its posts
      const data = { count: entries.length, group: schedule.group.id, date, max };
      for (const entry of entries.slice(max)) {
        if (entry.post.publishAnchor) context.reportOnPost(entry.post, entry.post.publishAnchor, { messageId: 'tooMany', data });
      }
    }
    if (horizonDays === 0) return;
    const { today } = context.workspace;
    for (const date of daysBetween(today, addDaysToKey(today, horizonDays - 1))) {
      const count = byDay.get(date)?.length ?? 0;
      if (count >= min) continue;
      const data = { count, group: schedule.group.id, date, min };
      // where the group plans by rhythm, say which slots are still to write
      const open = (schedule.openSlots ?? []).filter((slot) => slot.date === date);
      if (open.length === 0) context.reportOnConfig(schedule.group.idSpan, { messageId: 'tooFew', data });
      else context.reportOnConfig(schedule.group.idSpan, { messageId: 'tooFewOpenSlots', data: { ...data, slots: slotList(open, false) } });
    }
  },
});
