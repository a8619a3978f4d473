import { holidayPlanRule } from '../../../src/core/rules/holiday-plan';
import { BASE_CONFIG, testRule } from '../../support/ruleTester';
import { numbered, postText } from '../../support/posts';

// From 2026-12-06 the default 7-day horizon (to 2026-12-12) holds one built-in key date: 双12 on 2026-12-12.
const NOW = '2026-12-06T09:00';
const activity = (group: string, publish: string) => postText({ group, publish, type: 'activity' });

testRule(holidayPlanRule, {
  valid: [
    { name: 'an activity within the lead days before the key date', now: NOW, posts: numbered(activity('mom-vip', '2026-12-06 10:00')) },
    { name: 'an activity on the day', now: NOW, posts: numbered(activity('mom-vip', '2026-12-12 20:00')) },
    { name: 'non-core groups are not checked', now: NOW, config: BASE_CONFIG.replace('tier: core', 'tier: potential'), posts: {} },
    { name: 'a horizon that ends before the key date', now: NOW, options: { horizonDays: 6 }, posts: {} },
    { name: 'a key date 8 days ahead is past the default 7-day horizon, the one posts-per-day plans in', now: '2026-12-04T09:00', posts: {} },
    {
      name: 'no note for a year the workspace gives holidays for',
      now: '2026-12-20T09:00',
      config: `${BASE_CONFIG}holidays:\n  - { date: 2027-01-01, name: 元旦 }\n`,
      options: { horizonDays: 14 },
      posts: numbered(activity('mom-vip', '2026-12-30 10:00')),
    },
  ],
  invalid: [
    {
      name: 'no activity for 双12 in the core group, at its id',
      now: NOW,
      posts: numbered(postText({ group: 'mom-vip', publish: '2026-12-12 10:00', type: 'ad' })),
      errors: [{ file: 'community.yaml', messageId: 'unplanned', line: 3, column: 9, data: { group: 'mom-vip', name: { en: 'Double 12', 'zh-CN': '双12' }, date: '2026-12-12' } }],
    },
    {
      name: 'an activity too long before the key date does not count',
      now: NOW,
      posts: numbered(activity('mom-vip', '2026-12-04 10:00')),
      errors: [{ file: 'community.yaml', messageId: 'unplanned', line: 3, column: 9 }],
    },
    {
      name: 'the workspace\'s own key dates count too',
      now: '2026-11-22T09:00',
      config: `${BASE_CONFIG}dates:\n  - { date: 2026-11-28, name: 会员日 }\n`,
      posts: numbered(activity('mom-vip', '2026-12-12 10:00')),
      errors: [{ file: 'community.yaml', messageId: 'unplanned', line: 3, column: 9, data: { group: 'mom-vip', name: { en: '会员日', 'zh-CN': '会员日' }, date: '2026-11-28' } }],
    },
    {
      name: 'a key date of the workspace that ccal knows by the same name is reported once, by the workspace\'s name',
      now: NOW,
      config: `${BASE_CONFIG}dates:\n  - { date: 2026-12-12, name: 双12 }\n  - { date: 2026-12-12, name: 双12 }\n`,
      posts: {},
      errors: [{ file: 'community.yaml', messageId: 'unplanned', line: 3, column: 9, data: { group: 'mom-vip', name: { en: '双12', 'zh-CN': '双12' }, date: '2026-12-12' } }],
    },
    {
      name: 'a longer horizon gives a month\'s notice',
      now: '2026-11-20T09:00',
      options: { horizonDays: 30 },
      posts: {},
      errors: [{ file: 'community.yaml', messageId: 'unplanned', line: 3, column: 9, data: { group: 'mom-vip', name: { en: 'Double 12', 'zh-CN': '双12' }, date: '2026-12-12' } }],
    },
    {
      name: 'fixed public holidays count (元旦 2027-01-01)',
      now: '2026-12-20T09:00',
      options: { horizonDays: 14 },
      posts: {},
      errors: [
        { file: 'community.yaml', messageId: 'noOfficialSchedule', line: 1, column: 1, data: { year: 2027 } },
        { file: 'community.yaml', messageId: 'unplanned', line: 3, column: 9, data: { group: 'mom-vip', name: { en: "New Year's Day", 'zh-CN': '元旦' }, date: '2027-01-01' } },
      ],
    },
    {
      name: 'a horizon reaching a year without an official schedule says so once, at dates, as info whatever the severity',
      now: '2026-12-20T09:00',
      config: `${BASE_CONFIG}  - { id: mom-core2, name: 核心二群, platform: wecom, tier: core, members: 100, admins: [小李] }\ndates:\n  - { date: 2027-01-05, name: 会员日 }\n`,
      options: { severity: 'warning', horizonDays: 14 },
      posts: numbered(activity('mom-vip', '2026-12-30 10:00'), activity('mom-core2', '2026-12-30 10:00')),
      errors: [{ file: 'community.yaml', messageId: 'noOfficialSchedule', line: 16, column: 1, data: { year: 2027 }, severity: 'info', message: "The official holiday schedule of 2027 is not in ccal's data yet (the State Council publishes it around November): its days off and 调休 working days are unknown; add them under holidays in community.yaml" }],
    },
  ],
});
