import { dateKeyOf } from '../time/dates';
import { postTime } from '../time/postTime';
import { wallClockAsUtc, type LocalDateTime } from '../time/publish';
import { MAX_OCCURRENCES, expandSeries } from '../time/series';
import type { Post } from '../parse/post';
import { definePostRule, type MessageIdOf, type PostRuleContext } from './types';

type Options = { minYear: number; maxYear: number };

/**
 * The years a workspace may plan in. Zone data is only reliable from 1970 on, and a plan is walked day by day or
 * week by week in places (a VTIMEZONE, `ccal stats`, the calendar's weeks): with years from 0001 to 9999 those
 * walks took minutes and gigabytes. Posts outside the years are not scheduled, like posts without a real time.
 */
export const PLANNING_YEARS = { min: 1970, max: 2200 } as const;

/** Whether a local date is inside the years of a valid-date setting. */
export function inPlannedYears(year: number, options: Readonly<Record<string, unknown>>): boolean {
  return year >= (options.minYear as number) && year <= (options.maxYear as number);
}

function clockText(local: LocalDateTime, withSeconds: boolean): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(local.hour)}:${pad(local.minute)}${withSeconds ? `:${pad(local.second)}` : ''}`;
}

export const validDateRule = definePostRule<Options>()({
  meta: {
    id: 'valid-date',
    defaultSeverity: 'error',
    description: {
      en: '`publish` is a real date and time: YYYY-MM-DD HH:mm in the workspace time zone, or ISO 8601 with an offset.',
      'zh-CN': '`publish` 是真实存在的日期时间：工作区时区的 YYYY-MM-DD HH:mm，或带时区偏移的 ISO 8601。',
    },
    options: {
      minYear: {
        type: 'number',
        default: 2000,
        minimum: PLANNING_YEARS.min,
        maximum: PLANNING_YEARS.max,
        integer: true,
        description: { en: 'Earliest year a post may be published in.', 'zh-CN': '帖子发布时间最早的年份。' },
      },
      maxYear: {
        type: 'number',
        default: 2100,
        minimum: PLANNING_YEARS.min,
        maximum: PLANNING_YEARS.max,
        integer: true,
        description: { en: 'Latest year a post may be published in.', 'zh-CN': '帖子发布时间最晚的年份。' },
      },
    },
    fixable: false,
    messages: {
      format: { en: '"{{value}}" is not a date-time: write YYYY-MM-DD HH:mm (e.g. 2026-11-23 08:30)', 'zh-CN': '“{{value}}”不是日期时间：请写成 YYYY-MM-DD HH:mm（如 2026-11-23 08:30）' },
      dateOnly: { en: '"{{value}}" has no time of day: add one, e.g. "{{value}} 09:00"', 'zh-CN': '“{{value}}”缺少具体时间：请补上，如“{{value}} 09:00”' },
      date: { en: '"{{value}}" is not a real calendar date', 'zh-CN': '“{{value}}”不是真实存在的日期' },
      time: { en: '"{{value}}" is not a real time of day (00:00 to 23:59)', 'zh-CN': '“{{value}}”不是有效的时刻（00:00 到 23:59）' },
      offset: { en: '"{{value}}" has an impossible UTC offset', 'zh-CN': '“{{value}}”的时区偏移无效' },
      year: {
        en: '"{{value}}" is outside the years the plan covers ({{minYear}} to {{maxYear}}, valid-date\'s minYear and maxYear)',
        'zh-CN': '“{{value}}”不在排期覆盖的年份内（{{minYear}} 到 {{maxYear}}，见 valid-date 的 minYear 和 maxYear）',
      },
      skippedTime: {
        en: '"{{value}}" does not exist in {{zone}} (clocks go from {{from}} to {{to}}); it is read as {{readAs}}',
        'zh-CN': '“{{value}}”在 {{zone}} 并不存在（时钟从 {{from}} 直接跳到 {{to}}），按 {{readAs}} 计',
      },
      repeatNotMapping: { en: '`repeat` is a mapping: every, on, until or count, except', 'zh-CN': '`repeat` 应是映射：every、on、until 或 count、except' },
      repeatUnknownKey: { en: '"{{key}}" is not a `repeat` key (known: {{keys}})', 'zh-CN': '“{{key}}”不是 `repeat` 的键（可用：{{keys}}）' },
      repeatNoEvery: { en: '`repeat` needs `every`: day, week or month', 'zh-CN': '`repeat` 需要 `every`：day、week 或 month' },
      repeatEvery: { en: '"{{value}}" is not a repeat interval: write day, week or month', 'zh-CN': '“{{value}}”不是重复周期：请写 day、week 或 month' },
      repeatOnForDay: { en: '`on` is for every: week (weekdays) or every: month (month days); a daily series runs every day', 'zh-CN': '`on` 只用于 every: week（星期几）或 every: month（每月几号）；每日系列每天都发' },
      repeatOnEmpty: { en: '`on` names no day: list weekdays (mon … sun) or month days (1 to 31, -1 = last), or leave it out', 'zh-CN': '`on` 没有写任何一天：请列出星期（mon … sun）或日期（1 到 31，-1 为月末），或删去它' },
      repeatWeekday: { en: '"{{value}}" is not a weekday: write mon, tue, wed, thu, fri, sat or sun', 'zh-CN': '“{{value}}”不是星期：请写 mon、tue、wed、thu、fri、sat 或 sun' },
      repeatMonthDay: { en: '"{{value}}" is not a day of the month: write 1 to 31, or -1 for the last day', 'zh-CN': '“{{value}}”不是每月的日期：请写 1 到 31，或用 -1 表示月末' },
      repeatNoEnd: { en: '`repeat` needs an end: `until: YYYY-MM-DD` or `count: N`', 'zh-CN': '`repeat` 需要结束条件：`until: YYYY-MM-DD` 或 `count: N`' },
      repeatBothEnds: { en: '`repeat` takes `until` or `count`, not both', 'zh-CN': '`repeat` 只能写 `until` 或 `count` 其中之一' },
      repeatUntil: { en: '"{{value}}" is not a date: write `until` as YYYY-MM-DD', 'zh-CN': '“{{value}}”不是日期：`until` 请写成 YYYY-MM-DD' },
      repeatCount: { en: '"{{value}}" is not a count: write a whole number from 1 to {{max}}', 'zh-CN': '“{{value}}”不是次数：请写 1 到 {{max}} 的整数' },
      repeatExcept: { en: '"{{value}}" is not a date: write `except` dates as YYYY-MM-DD', 'zh-CN': '“{{value}}”不是日期：`except` 的日期请写成 YYYY-MM-DD' },
      repeatUntilBeforePublish: { en: '`until` {{until}} is before the first publish date {{publish}}', 'zh-CN': '`until` {{until}} 早于首次发布日期 {{publish}}' },
      repeatTooMany: { en: '`repeat` yields more than {{max}} occurrences: end it sooner with `until` or `count`', 'zh-CN': '`repeat` 展开超过 {{max}} 次：请用 `until` 或 `count` 提前结束' },
      repeatEmpty: { en: '`repeat` yields no occurrence from {{publish}} on (the rule meets no date, or `except` removes every one)', 'zh-CN': '`repeat` 从 {{publish}} 起没有任何一次（规则不落在任何日期上，或 `except` 去掉了全部）' },
    },
    // the post is still scheduled, at the time clients read it as too: worth a look, not an error
    severityCaps: { skippedTime: 'warning' },
  },
  checkPost(post, context) {
    checkPublish(post, context);
    checkRepeat(post, context);
  },
});

/** `repeat`'s own problems, then (with a real publish time) what its expansion from that time runs into. */
function checkRepeat(post: Post, context: PostRuleContext<Options, MessageIdOf<typeof validDateRule>>): void {
  const repeat = post.repeat;
  if (!repeat) return;
  for (const problem of repeat.problems) context.report(problem);
  const time = context.time;
  if (!repeat.rule || !time) return;
  const expansion = expandSeries(repeat.rule, time, context.workspace.timezone);
  if (expansion.ok) return;
  const publish = dateKeyOf(time.local);
  const span = expansion.problem === 'repeatUntilBeforePublish' && repeat.untilSpan ? repeat.untilSpan : repeat.entry.keySpan;
  context.report({ messageId: expansion.problem, data: { until: repeat.rule.until ?? '', publish, max: MAX_OCCURRENCES }, span });
}

function checkPublish(post: Post, context: PostRuleContext<Options, MessageIdOf<typeof validDateRule>>): void {
  const publish = post.publish;
  if (!publish || publish.raw.trim() === '') return;
  const value = publish.raw.trim();
  const parsed = publish.parsed;
  if (!parsed.ok) {
    context.report({ messageId: parsed.problem, data: { value }, span: publish.value.span });
    return;
  }
  const { timezone } = context.workspace;
  const { minYear, maxYear } = context.options;
  // a scheduled post is inside every group's years; otherwise the year where it is planned, whatever its offset
  const time = context.time ?? postTime(publish, timezone);
  if (!time || !inPlannedYears(time.local.year, context.options)) {
    context.report({ messageId: 'year', data: { value, minYear, maxYear }, span: publish.value.span });
    return;
  }
  // a local time reads as itself unless the clocks skip it
  if (parsed.offsetMinutes !== undefined || wallClockAsUtc(time.local) === wallClockAsUtc(parsed.local)) return;
  const skipped = timezone.skipped(parsed.local);
  if (!skipped) return;
  // times of day, with the date where it is not the one written (Samoa skipped all of 2011-12-30)
  const written = dateKeyOf(parsed.local);
  const clock = (local: LocalDateTime, withSeconds: boolean) => `${dateKeyOf(local) === written ? '' : `${dateKeyOf(local)} `}${clockText(local, withSeconds)}`;
  context.report({
    messageId: 'skippedTime',
    data: { value, zone: timezone.name, from: clock(skipped.from, false), to: clock(skipped.to, false), readAs: clock(timezone.toLocal(skipped.instant), parsed.hasSeconds) },
    span: publish.value.span,
  });
}
