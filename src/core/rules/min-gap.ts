import { entryLabel } from '../index/schedule';
import { defineCalendarRule } from './types';

type Options = { minutes: number };

export const minGapRule = defineCalendarRule<Options>()({
  meta: {
    id: 'min-gap',
    defaultSeverity: 'warning',
    description: {
      en: 'Posts to the same group are at least some minutes apart (default 30), so each gets read.',
      'zh-CN': '同一群内两条帖子至少间隔若干分钟（默认 30 分钟），让每条都有人看。',
    },
    options: {
      minutes: { type: 'number', default: 30, minimum: 0, description: { en: 'Smallest gap between two posts to one group, in minutes.', 'zh-CN': '同一群两条帖子的最小间隔（分钟）。' } },
    },
    fixable: false,
    messages: {
      tooClose: {
        en: 'Only {{gap}} min after "{{other}}" in {{group}} (at least {{minutes}} min apart)',
        'zh-CN': '与 {{group}} 中的“{{other}}”仅相隔 {{gap}} 分钟（至少应间隔 {{minutes}} 分钟）',
      },
      tooCloseOccurrence: {
        en: 'On {{date}}: only {{gap}} min after "{{other}}" in {{group}} (at least {{minutes}} min apart)',
        'zh-CN': '{{date}} 这一次：与 {{group}} 中的“{{other}}”仅相隔 {{gap}} 分钟（至少应间隔 {{minutes}} 分钟）',
      },
    },
  },
  checkGroup(schedule, context) {
    const minimumMs = context.options.minutes * 60_000;
    const entries = schedule.entries;
    for (let index = 1; index < entries.length; index++) {
      const previous = entries[index - 1];
      const entry = entries[index];
      const gapMs = entry.time.instant - previous.time.instant;
      if (gapMs >= minimumMs || !entry.post.publishAnchor) continue;
      const data = { gap: Math.floor(gapMs / 60_000), other: entryLabel(previous), group: schedule.group.id, minutes: context.options.minutes };
      // a series' occurrences share one publish line: the message says which occurrence it is about
      if (entry.occurrence === undefined) context.reportOnPost(entry.post, entry.post.publishAnchor, { messageId: 'tooClose', data });
      else context.reportOnPost(entry.post, entry.post.publishAnchor, { messageId: 'tooCloseOccurrence', data: { ...data, date: entry.time.date } });
    }
  },
});
