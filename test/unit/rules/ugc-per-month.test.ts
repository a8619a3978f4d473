import { ugcPerMonthRule } from '../../../src/core/rules/ugc-per-month';
import { testRule } from '../../support/ruleTester';
import { numbered, postText } from '../../support/posts';

const ugc = (group: string, publish: string, isUgc = true) => postText({ group, publish, type: 'activity', ugc: isUgc });
const NOW = '2026-11-20T09:00';

testRule(ugcPerMonthRule, {
  valid: [
    { name: 'two UGC activities in each group this month', now: NOW, posts: numbered(ugc('mom-vip', '2026-11-03 10:00'), ugc('mom-vip', '2026-11-18 10:00'), ugc('mom-newbie', '2026-11-05 10:00'), ugc('mom-newbie', '2026-11-06 10:00')) },
  ],
  invalid: [
    {
      name: 'a month in the horizon without posts, and a month with too few',
      now: NOW,
      posts: numbered(ugc('mom-vip', '2026-11-03 10:00'), ugc('mom-vip', '2026-11-18 10:00'), ugc('mom-vip', '2026-12-05 10:00'), ugc('mom-vip', '2026-12-06 10:00', false)),
      errors: [
        { file: 'community.yaml', messageId: 'few', line: 3, column: 9, data: { group: 'mom-vip', count: 1, month: '2026-12', min: 2 }, severity: 'info' },
        { file: 'community.yaml', messageId: 'few', line: 9, column: 9, data: { group: 'mom-newbie', count: 0, month: '2026-11', min: 2 } },
      ],
    },
    {
      name: 'a horizon reaching into next month checks it too',
      now: '2026-11-28T09:00',
      options: { horizonDays: 7 },
      posts: numbered(ugc('mom-vip', '2026-11-03 10:00'), ugc('mom-vip', '2026-11-18 10:00'), ugc('mom-newbie', '2026-11-05 10:00'), ugc('mom-newbie', '2026-11-06 10:00')),
      errors: [
        { file: 'community.yaml', messageId: 'few', line: 3, column: 9, data: { group: 'mom-vip', count: 0, month: '2026-12', min: 2 } },
        { file: 'community.yaml', messageId: 'few', line: 9, column: 9, data: { group: 'mom-newbie', count: 0, month: '2026-12', min: 2 } },
      ],
    },
  ],
});
