import { postsPerDayRule } from '../../../src/core/rules/posts-per-day';
import { BASE_CONFIG, testRule } from '../../support/ruleTester';
import { numbered, postText } from '../../support/posts';

const vip = (publish: string) => postText({ group: 'mom-vip', publish, type: 'practical' });
const hours = (day: string, count: number) => Array.from({ length: count }, (_, index) => vip(`${day} ${String(8 + index).padStart(2, '0')}:00`));
// NOW is Friday 2026-11-20 09:00 in Shanghai.
const NOW = '2026-11-20T09:00';
const RHYTHM = `${BASE_CONFIG}rhythm:\n  slots:\n    - { time: "08:30", type: practical }\n    - { time: "12:30", type: interactive }\n    - { time: "20:00", type: emotional, days: [mon, tue, wed, thu, fri] }\n`;

testRule(postsPerDayRule, {
  valid: [
    { name: 'eight posts on a day is the maximum, not above it', options: { horizonDays: 0 }, posts: numbered(...hours('2026-11-25', 8)) },
    { name: 'thin days outside the horizon are not flagged', now: NOW, options: { horizonDays: 1 }, posts: numbered(...hours('2026-11-20', 3), ...hours('2026-11-22', 1), postText({ group: 'mom-newbie', publish: '2026-11-20 10:00', type: 'ad' }), postText({ group: 'mom-newbie', publish: '2026-11-20 11:00', type: 'ad' }), postText({ group: 'mom-newbie', publish: '2026-11-20 12:00', type: 'ad' })) },
  ],
  invalid: [
    {
      name: 'too many: each post past the max, on its publish value, in time order',
      options: { horizonDays: 0 },
      posts: numbered(...hours('2026-11-25', 10)),
      errors: [
        { file: 'posts/p09.md', messageId: 'tooMany', line: 4, column: 10, data: { count: 10, group: 'mom-vip', date: '2026-11-25', max: 8 } },
        { file: 'posts/p10.md', messageId: 'tooMany', line: 4, column: 10 },
      ],
    },
    {
      name: 'too few: each thin day of the horizon, at the group id in community.yaml',
      now: NOW,
      options: { horizonDays: 2 },
      posts: numbered(...hours('2026-11-20', 2), ...hours('2026-11-21', 3), ...hours('2026-11-22', 1)),
      errors: [
        { file: 'community.yaml', messageId: 'tooFew', line: 3, column: 9, endColumn: 16, data: { count: 2, group: 'mom-vip', date: '2026-11-20', min: 3 } },
        { file: 'community.yaml', messageId: 'tooFew', line: 9, column: 9, data: { count: 0, group: 'mom-newbie', date: '2026-11-20', min: 3 } },
        { file: 'community.yaml', messageId: 'tooFew', line: 9, column: 9, data: { count: 0, group: 'mom-newbie', date: '2026-11-21', min: 3 } },
      ],
    },
    {
      name: 'days are local days: 23:59 and 00:00 fall apart; a UTC time counts on its Shanghai day',
      options: { horizonDays: 0, max: 1 },
      posts: numbered(vip('2026-11-25 23:59'), vip('2026-11-26 00:00'), vip('2026-11-25T16:30:00Z')),
      errors: [{ file: 'posts/p03.md', messageId: 'tooMany', line: 4, column: 10, data: { count: 2, group: 'mom-vip', date: '2026-11-26', max: 1 } }],
    },
    {
      name: 'too few, where the group has a rhythm: the open slots of that day (not the filled, not the past)',
      now: NOW,
      config: RHYTHM,
      options: { horizonDays: 2 },
      posts: numbered(postText({ group: 'mom-vip', publish: '2026-11-20 12:10', type: 'interactive' })),
      errors: [
        { file: 'community.yaml', messageId: 'tooFewOpenSlots', line: 3, column: 9, message: 'Too few posts to mom-vip on 2026-11-20: 1 (at least 3); open slots 20:00 emotional' },
        { file: 'community.yaml', messageId: 'tooFewOpenSlots', line: 3, column: 9, data: { count: 0, group: 'mom-vip', date: '2026-11-21', min: 3, slots: { en: '08:30 practical, 12:30 interactive', 'zh-CN': '08:30 实用、12:30 互动' } } },
        { file: 'community.yaml', messageId: 'tooFewOpenSlots', line: 9, column: 9, message: 'Too few posts to mom-newbie on 2026-11-20: 0 (at least 3); open slots 12:30 interactive, 20:00 emotional' },
        { file: 'community.yaml', messageId: 'tooFewOpenSlots', line: 9, column: 9, message: 'Too few posts to mom-newbie on 2026-11-21: 0 (at least 3); open slots 08:30 practical, 12:30 interactive' },
      ],
    },
  ],
});
