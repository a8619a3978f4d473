import { PLATFORMS } from '../model';
import { defineCalendarRule } from './types';

type Options = { maxMembersPerAdmin: number; platformLimits: Readonly<Record<string, number>> };

/** Members per admin as the message shows it: to one decimal, rounded down, so a share just above the limit never reads as the limit (15 001 / 3 → 5 000.3). */
function perAdminShown(members: number, admins: number): number {
  return Math.floor((members / admins) * 10) / 10;
}

export const adminCapacityRule = defineCalendarRule<Options>()({
  meta: {
    id: 'admin-capacity',
    defaultSeverity: 'warning',
    description: {
      en: 'Each admin looks after at most 5 000 members, and no group is larger than its platform allows.',
      'zh-CN': '每位管理员最多负责 5000 名成员，且群人数不超过平台上限。',
    },
    options: {
      maxMembersPerAdmin: { type: 'number', default: 5000, minimum: 1, description: { en: 'Most members one admin can look after.', 'zh-CN': '每位管理员最多负责的成员数。' } },
      platformLimits: {
        type: 'numberMap',
        keys: PLATFORMS,
        minimum: 1,
        default: { wechat: 500, wecom: 500, qq: 2000, dingtalk: 3000, feishu: 5000, telegram: 200000 },
        description: {
          en: 'Largest group each platform allows; settings merge with these defaults platform by platform (check your plan; discord and other have no limit).',
          'zh-CN': '各平台的群人数上限；设置会与默认值按平台逐项合并（以实际套餐为准；discord 与 other 默认不限）。',
        },
      },
    },
    fixable: false,
    messages: {
      perAdmin: { en: '{{group}}: {{perAdmin}} members per admin ({{members}} members, admins listed: {{admins}}), above {{max}}', 'zh-CN': '{{group}}：每位管理员负责 {{perAdmin}} 名成员（共 {{members}} 名成员、{{admins}} 位管理员），超过 {{max}}' },
      noAdmins: { en: '{{group}} has {{members}} members and no admins', 'zh-CN': '{{group}} 有 {{members}} 名成员，却没有管理员' },
      platformLimit: { en: '{{group}} has {{members}} members, above the {{platform}} group limit of {{limit}}', 'zh-CN': '{{group}} 有 {{members}} 名成员，超过 {{platform}} 群上限 {{limit}}' },
    },
  },
  checkGroup(schedule, context) {
    const { group } = schedule;
    if (group.members === undefined || !group.membersSpan) return;
    const { maxMembersPerAdmin, platformLimits } = context.options;
    const admins = group.admins.length;
    // without an `admins` entry there is nothing to divide by; an empty list is a group nobody looks after
    if (group.adminsSpan !== undefined && admins === 0 && group.members > 0) {
      context.reportOnConfig(group.membersSpan, { messageId: 'noAdmins', data: { group: group.id, members: group.members } });
    } else if (admins > 0 && group.members / admins > maxMembersPerAdmin) {
      context.reportOnConfig(group.membersSpan, {
        messageId: 'perAdmin',
        data: { group: group.id, members: group.members, admins, perAdmin: perAdminShown(group.members, admins), max: maxMembersPerAdmin },
      });
    }
    const limit = group.platform ? platformLimits[group.platform] : undefined;
    if (limit !== undefined && group.members > limit) {
      context.reportOnConfig(group.membersSpan, { messageId: 'platformLimit', data: { group: group.id, members: group.members, platform: group.platform ?? '', limit } });
    }
  },
});
