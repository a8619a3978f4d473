import { minutesOfTime } from '../rules/options';
import { RULES_BY_ID } from '../rules/registry';
import { inQuietWindow } from '../rules/quiet-hours';
import type { Rule } from '../rules/types';
import type { PostType } from '../base/domain';
import type { RuleEnvironment } from '../rules/evaluate';
import type { WorkspaceIndex } from '../index/workspace';
import { dateKeyOf, formatLocal, secondsOfDay } from '../time/dates';
import type { LocalDateTime } from '../time/publish';

const SLOT_MINUTES = 30;
const SEARCH_DAYS = 14;

/**
 * The first half-hour slot from `from` on that the calendar rules would accept for every one of the groups:
 * outside its quiet hours, at least its min-gap from its other posts, and on a day not already full.
 */
export function nextFreeSlot(env: RuleEnvironment, index: WorkspaceIndex, groupIds: readonly string[], from: number): LocalDateTime {
  const { config, cascade } = env;
  const { timezone } = env.facts;
  const groups = groupIds.flatMap((id) => config.groupsById.get(id) ?? []);
  const setting = (id: string, group: (typeof groups)[number]) => cascade.forGroup(RULES_BY_ID.get(id) as Rule, group);
  const step = SLOT_MINUTES * 60_000;
  const first = Math.ceil(from / step) * step;
  for (let instant = first; instant < first + SEARCH_DAYS * 86_400_000; instant += step) {
    const local = timezone.toLocal(instant);
    const day = dateKeyOf(local);
    const fits = groups.every((group) => {
      const quiet = setting('quiet-hours', group);
      if (quiet.severity !== 'off' && inQuietWindow(secondsOfDay(local), minutesOfTime(quiet.options.from as string), minutesOfTime(quiet.options.to as string))) return false;
      const schedule = index.scheduleOf(group.id);
      const gap = setting('min-gap', group);
      const gapMs = gap.severity === 'off' ? 0 : (gap.options.minutes as number) * 60_000;
      if (schedule.some((entry) => Math.abs(entry.time.instant - instant) < gapMs)) return false;
      const perDay = setting('posts-per-day', group);
      return perDay.severity === 'off' || schedule.filter((entry) => entry.time.date === day).length < (perDay.options.max as number);
    });
    if (fits) return local;
  }
  return timezone.toLocal(first);
}

/** `YYYY-MM-DD HH:mm`, the way posts write their publish time. */
export function publishText(local: LocalDateTime): string {
  return formatLocal(local, ' ', false);
}

/** The body a new post of each type starts from. */
const BODY_TEMPLATES: Readonly<Record<PostType, string>> = {
  practical: '## 要点\n\n1. \n2. \n3. \n\n小贴士：\n',
  interactive: '今天的话题：\n\n欢迎在群里留言分享你的想法～\n',
  emotional: '\n\n晚安，明天见。\n',
  ad: '【广告】\n\n',
  activity: '活动时间：\n活动规则：\n参与方式：\n',
  notice: '各位群友：\n\n',
};

export function newPostText(fields: { title: string; groups: readonly string[]; publish: string; type: PostType; ugc?: boolean; owner?: string }): string {
  const groupLine = fields.groups.length === 1 ? `group: ${fields.groups[0]}` : `groups: [${fields.groups.join(', ')}]`;
  const title = /^[\w\u4e00-\u9fff（）【】，、：！？·—…-][^#:]*$/u.test(fields.title) ? fields.title : JSON.stringify(fields.title);
  const lines = ['---', `title: ${title}`, groupLine, `publish: ${fields.publish}`, `type: ${fields.type}`, 'status: draft'];
  if (fields.ugc) lines.push('ugc: true');
  if (fields.owner) lines.push(`owner: ${fields.owner}`);
  lines.push('---', BODY_TEMPLATES[fields.type]);
  return lines.join('\n');
}
