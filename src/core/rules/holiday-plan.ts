import { addDaysToKey } from '../time/dates';
import { defineCalendarRule } from './types';

type Options = { horizonDays: number; leadDays: number };

export const holidayPlanRule = defineCalendarRule<Options>({
  meta: {
    id: 'holiday-plan',
    scope: 'calendar',
    defaultSeverity: 'info',
    description: {
      en: 'Core groups have an activity planned for each coming key date: public holidays, shopping festivals and the workspace\'s own dates.',
      'zh-CN': '核心群为即将到来的每个关键日期（法定节假日、购物节及自定义日期）安排活动。',
    },
    options: {
      horizonDays: { type: 'number', default: 7, minimum: 0, maximum: 366, integer: true, description: { en: 'How many days ahead (today included) to look for key dates.', 'zh-CN': '向前查看关键日期的天数（含今天）。' } },
      leadDays: { type: 'number', default: 7, minimum: 0, maximum: 366, integer: true, description: { en: 'An activity up to this many days before the key date counts for it.', 'zh-CN': '关键日期前多少天内的活动也算作为其准备。' } },
    },
    fixable: false,
    messages: {
      unplanned: { en: 'No activity planned in {{group}} for {{name}} ({{date}})', 'zh-CN': '{{group}} 尚未为 {{name}}（{{date}}）安排活动' },
    },
  },
  checkGroup(schedule, context) {
    if (schedule.group.tier !== 'core' || context.options.horizonDays === 0) return;
    const { today } = context.workspace;
    const activityDates = schedule.entries.filter((entry) => entry.type === 'activity').map((entry) => entry.time.date);
    for (const keyDate of context.workspace.keyDates(today, addDaysToKey(today, context.options.horizonDays - 1))) {
      const earliest = addDaysToKey(keyDate.date, -context.options.leadDays);
      if (activityDates.some((date) => date >= earliest && date <= keyDate.date)) continue;
      context.reportOnConfig(schedule.group.idSpan, { messageId: 'unplanned', data: { group: schedule.group.id, name: keyDate.name, date: keyDate.date } });
    }
  },
});
