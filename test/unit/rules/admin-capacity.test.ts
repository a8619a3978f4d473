import { adminCapacityRule } from '../../../src/core/rules/admin-capacity';
import { testRule } from '../../support/ruleTester';

const group = (platform: string, members: number, admins: string) => `groups:\n  - id: big\n    platform: ${platform}\n    members: ${members}\n${admins}`;

testRule(adminCapacityRule, {
  valid: [
    { name: 'a WeChat group of 500 with one admin', config: group('wechat', 500, '    admins: [小李]\n'), posts: {} },
    { name: 'a Telegram group of 10 000 with two admins', config: group('telegram', 10000, '    admins: [a, b]\n'), posts: {} },
    { name: 'no admins entry: nothing to divide by', config: group('other', 9000, ''), posts: {} },
    { name: 'a raised platform limit', config: group('wechat', 800, '    admins: [a]\n'), options: { platformLimits: { wechat: 1000 } }, posts: {} },
  ],
  invalid: [
    {
      name: 'above the WeChat limit of 500, at the members value',
      config: group('wechat', 520, '    admins: [小李]\n'),
      posts: {},
      errors: [{ file: 'community.yaml', messageId: 'platformLimit', line: 4, column: 14, endColumn: 17, data: { group: 'big', members: 520, platform: 'wechat', limit: 500 } }],
    },
    {
      name: 'just above 5 000 members per admin, shown to one decimal rather than as the limit',
      config: group('other', 15001, '    admins: [a, b, c]\n'),
      posts: {},
      errors: [{ file: 'community.yaml', messageId: 'perAdmin', line: 4, column: 14, data: { group: 'big', members: 15001, admins: 3, perAdmin: 5000.3, max: 5000 } }],
    },
    {
      name: 'more than 5 000 members per admin',
      config: group('other', 12000, '    admins: [a, b]\n'),
      posts: {},
      errors: [{ file: 'community.yaml', messageId: 'perAdmin', line: 4, column: 14, data: { group: 'big', members: 12000, admins: 2, perAdmin: 6000, max: 5000 } }],
    },
    {
      name: 'members but an empty admins list',
      config: group('qq', 300, '    admins: []\n'),
      posts: {},
      errors: [{ file: 'community.yaml', messageId: 'noAdmins', line: 4, column: 14 }],
    },
    {
      name: 'both limits at once',
      config: group('wecom', 6000, '    admins: [a]\n'),
      posts: {},
      errors: [
        { file: 'community.yaml', messageId: 'perAdmin', line: 4, column: 14 },
        { file: 'community.yaml', messageId: 'platformLimit', line: 4, column: 14 },
      ],
    },
  ],
});
