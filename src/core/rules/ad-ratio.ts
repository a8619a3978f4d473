import type { ScheduleEntry } from '../index/schedule';
import { defineCalendarRule } from './types';

type Options = { max: number; window: string };

/** 0.125 → "12.5%": one decimal, so a share just over the limit never reads as equal to it. */
function formatPercent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

const WINDOW_KEY: Readonly<Record<string, (entry: ScheduleEntry) => string>> = {
  day: (entry) => entry.time.date,
  week: (entry) => entry.time.week,
  month: (entry) => entry.time.month,
};

export const adRatioRule = defineCalendarRule<Options>()({
  meta: {
    id: 'ad-ratio',
    defaultSeverity: 'error',
    description: {
      en: 'Ads stay at or below a share of a group\'s posts (default 20 % per ISO week): 68 % of members quit groups over too many ads.',
      'zh-CN': '广告占群内帖子的比例不超过上限（默认每个 ISO 周 20%）：68% 的用户因广告太多而退群。',
    },
    options: {
      max: { type: 'number', default: 0.2, minimum: 0, maximum: 1, description: { en: 'Highest allowed share of ads (0 to 1).', 'zh-CN': '广告占比上限（0 到 1）。' } },
      window: { type: 'enum', values: ['day', 'week', 'month'], default: 'week', description: { en: 'Window the share is counted in: day, ISO week or month.', 'zh-CN': '统计窗口：day（天）、week（ISO 周）或 month（月）。' } },
    },
    fixable: false,
    messages: {
      tooMany: {
        en: 'Ads are {{ads}} of {{total}} posts ({{percent}}) in {{group}} for {{window}}, above {{max}}',
        'zh-CN': '{{group}} 在 {{window}} 的广告为 {{total}} 条中的 {{ads}} 条（{{percent}}），超过 {{max}}',
      },
    },
  },
  checkGroup(schedule, context) {
    const windowKey = WINDOW_KEY[context.options.window] ?? WINDOW_KEY.week;
    const windows = new Map<string, ScheduleEntry[]>();
    for (const entry of schedule.entries) {
      const key = windowKey(entry);
      const entries = windows.get(key);
      if (entries) entries.push(entry);
      else windows.set(key, [entry]);
    }
    const max = context.options.max;
    for (const [window, entries] of windows) {
      const ads = entries.filter((entry) => entry.type === 'ad');
      if (ads.length / entries.length <= max) continue;
      const data = {
        ads: ads.length,
        total: entries.length,
        percent: formatPercent(ads.length / entries.length),
        group: schedule.group.id,
        window,
        max: formatPercent(max),
      };
      for (const ad of ads) if (ad.post.typeAnchor) context.reportOnPost(ad.post, ad.post.typeAnchor, { messageId: 'tooMany', data });
    }
  },
});
