import { entryLabel, type ScheduleEntry } from '../index/schedule';
import { dayDifference } from '../time/dates';
import { defineCalendarRule } from './types';

type Options = { threshold: number; days: number };

export const duplicateContentRule = defineCalendarRule<Options>()({
  meta: {
    id: 'duplicate-content',
    defaultSeverity: 'warning',
    description: {
      en: 'A group does not get nearly the same body twice within a month: members mute groups that repeat themselves.',
      'zh-CN': '同一群一个月内不重复发送几乎相同的正文：内容重复会让成员屏蔽群消息。',
    },
    options: {
      threshold: { type: 'number', default: 0.8, minimum: 0.5, maximum: 1, description: { en: 'Character 3-gram Jaccard similarity from which two bodies count as duplicates.', 'zh-CN': '两段正文视为重复的字符 3-gram Jaccard 相似度下限。' } },
      days: { type: 'number', default: 30, minimum: 0, maximum: 366, description: { en: 'How many days apart two duplicates are still flagged.', 'zh-CN': '相隔多少天以内的重复会被提示。' } },
    },
    fixable: false,
    messages: {
      duplicate: {
        en: 'Body is {{percent}} the same as "{{other}}" ({{when}}) in {{group}}',
        'zh-CN': '正文与 {{group}} 中的“{{other}}”（{{when}}）相似度 {{percent}}',
      },
    },
  },
  checkGroup(schedule, context) {
    const { threshold, days } = context.options;
    // a series has a position per occurrence, ascending; a file is never its own duplicate (partners are other files)
    const positions = new Map<string, number[]>();
    schedule.entries.forEach((entry, index) => {
      const list = positions.get(entry.post.path);
      if (list) list.push(index);
      else positions.set(entry.post.path, [index]);
    });
    schedule.entries.forEach((entry, index) => {
      const partners = schedule.duplicates.partnersOf(entry.post.path);
      if (!partners || !entry.post.bodyAnchor) return;
      // the most similar earlier post; among equals, the most recent one (independent of discovery order)
      let closest: { entry: ScheduleEntry; similarity: number; position: number } | undefined;
      for (const [path, similarity] of partners) {
        // only the later post of a pair is flagged; `entries` is in calendar order, so earlier means a smaller index,
        // and of a series the latest occurrence before this entry is the nearest
        const position = latestBefore(positions.get(path), index);
        if (position === undefined || similarity < threshold) continue;
        const other = schedule.entries[position];
        // calendar days in the workspace zone, as every window is: a DST change or the time of day does not matter
        if (dayDifference(other.time.date, entry.time.date) > days) continue;
        if (!closest || similarity > closest.similarity || (similarity === closest.similarity && position > closest.position)) closest = { entry: other, similarity, position };
      }
      if (!closest) return;
      context.reportOnPost(entry.post, entry.post.bodyAnchor, {
        messageId: 'duplicate',
        data: { percent: `${Math.floor(closest.similarity * 100)}%`, other: entryLabel(closest.entry), when: closest.entry.time.date, group: schedule.group.id },
      });
    });
  },
});

/** The largest position below `index`, if any (positions ascending). */
function latestBefore(positions: readonly number[] | undefined, index: number): number | undefined {
  if (!positions) return undefined;
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (positions[middle] < index) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? undefined : positions[low - 1];
}
