import type { Config } from '../config/types';
import { addDaysToKey, type DateKey } from '../time/dates';
import { hasOfficialSchedule } from '../time/officialDays';
import { defineCalendarRule } from './types';

/** Years from `first` to `last` with neither an official schedule in the data nor any of the workspace's `holidays`. */
function yearsWithoutSchedule(first: DateKey, last: DateKey, config: Config): number[] {
  const years: number[] = [];
  for (let year = Number(first.slice(0, 4)); year <= Number(last.slice(0, 4)); year++) {
    if (!hasOfficialSchedule(year) && !config.holidays.some((day) => day.date.startsWith(`${year}-`))) years.push(year);
  }
  return years;
}

type Options = { horizonDays: number; leadDays: number };

export const holidayPlanRule = defineCalendarRule<Options>()({
  meta: {
    id: 'holiday-plan',
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
      noOfficialSchedule: {
        en: 'The official holiday schedule of {{year}} is not in ccal\'s data yet (the State Council publishes it around November): its days off and 调休 working days are unknown; add them under holidays in community.yaml',
        'zh-CN': 'ccal 尚未收录 {{year}} 年的法定节假日安排（国务院一般在前一年 11 月前后发布）：该年的放假日和调休上班日未知，可在 community.yaml 的 holidays 中补充',
      },
    },
    severityCaps: { noOfficialSchedule: 'info' },
  },
  checkGroup(schedule, context) {
    if (schedule.group.tier !== 'core' || context.options.horizonDays === 0) return;
    const { today, config } = context.workspace;
    const last = addDaysToKey(today, context.options.horizonDays - 1);
    // said once for the workspace: by its first core group, at `dates` or at the top of community.yaml
    if (schedule.group === config.groups.find((group) => group.tier === 'core')) {
      for (const year of yearsWithoutSchedule(today, last, config)) context.reportOnConfig(config.datesSpan ?? { start: 0, end: 0 }, { messageId: 'noOfficialSchedule', data: { year } });
    }
    const activityDates = schedule.entries.filter((entry) => entry.type === 'activity').map((entry) => entry.time.date);
    for (const keyDate of context.workspace.keyDates(today, last)) {
      const earliest = addDaysToKey(keyDate.date, -context.options.leadDays);
      if (activityDates.some((date) => date >= earliest && date <= keyDate.date)) continue;
      context.reportOnConfig(schedule.group.idSpan, { messageId: 'unplanned', data: { group: schedule.group.id, name: keyDate.name, date: keyDate.date } });
    }
  },
});
