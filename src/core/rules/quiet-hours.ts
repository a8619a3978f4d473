import { addDaysToKey, dateKeyOf, parseDateKey, secondsOfDay } from '../time/dates';
import { publishEdit } from '../parse/publishEdit';
import { minutesOfTime } from './options';
import { definePostRule } from './types';

type Options = { from: string; to: string };

/** Whether a time of day (seconds) falls in [from, to), a window that may wrap midnight. */
export function inQuietWindow(seconds: number, fromMinutes: number, toMinutes: number): boolean {
  const from = fromMinutes * 60;
  const to = toMinutes * 60;
  if (from === to) return false;
  return from < to ? seconds >= from && seconds < to : seconds >= from || seconds < to;
}

export const quietHoursRule = definePostRule<Options>()({
  meta: {
    id: 'quiet-hours',
    defaultSeverity: 'warning',
    description: {
      en: 'Posts do not go out in the quiet hours (default 22:00 to 07:00 local time), when few members read them.',
      'zh-CN': '不在免打扰时段（默认当地时间 22:00 至 07:00）发布，此时阅读者很少。',
    },
    options: {
      from: { type: 'time', default: '22:00', description: { en: 'Start of the quiet window (included).', 'zh-CN': '免打扰开始时间（含）。' } },
      to: { type: 'time', default: '07:00', description: { en: 'End of the quiet window (excluded); may be earlier than `from` to wrap midnight.', 'zh-CN': '免打扰结束时间（不含）；早于 from 时跨越午夜。' } },
    },
    fixable: true,
    messages: {
      quiet: { en: 'Publishes at {{time}}, inside quiet hours {{from}}–{{to}}', 'zh-CN': '发布时间 {{time}} 处于免打扰时段 {{from}}–{{to}}' },
      move: { en: 'Move to {{value}}', 'zh-CN': '改到 {{value}}' },
    },
  },
  checkPost(post, context) {
    const { timezone } = context.workspace;
    const { time } = context;
    if (!time || !post.publish) return;
    const { from, to } = context.options;
    const fromMinutes = minutesOfTime(from);
    const toMinutes = minutesOfTime(to);
    const seconds = secondsOfDay(time.local);
    if (!inQuietWindow(seconds, fromMinutes, toMinutes)) return;
    // The next allowed slot is the end of the window: later today, or tomorrow when the window wraps past midnight.
    const today = dateKeyOf(time.local);
    const slotDay = fromMinutes > toMinutes && seconds >= fromMinutes * 60 ? addDaysToKey(today, 1) : today;
    const slot = timezone.toInstant({ ...parseDateKey(slotDay), hour: Math.floor(toMinutes / 60), minute: toMinutes % 60, second: 0, millisecond: 0 });
    const move = publishEdit(post, slot, timezone);
    const hhmm = `${String(time.local.hour).padStart(2, '0')}:${String(time.local.minute).padStart(2, '0')}`;
    context.report({
      messageId: 'quiet',
      data: { time: hhmm, from, to },
      span: post.publish.value.span,
      fix: move.ok ? { messageId: 'move', data: { value: move.value }, edits: [move.edit] } : undefined,
    });
  },
});
