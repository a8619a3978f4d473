import { contentMixRule } from '../../../src/core/rules/content-mix';
import { BASE_CONFIG, testRule } from '../../support/ruleTester';
import { numbered, postText } from '../../support/posts';

const many = (type: string, count: number, day = '2026-11-23') => Array.from({ length: count }, (_, index) => postText({ group: 'mom-vip', publish: `${day} ${String(7 + index).padStart(2, '0')}:00`, type }));
const healthyWeek = [...many('practical', 5), ...many('interactive', 7, '2026-11-24'), ...many('emotional', 1, '2026-11-25')];

// Friday 2026-11-20 09:00: the rhythm's horizon runs to Thursday 2026-11-26
const RHYTHM = `${BASE_CONFIG}rhythm:\n  slots:\n    - { time: "09:30", type: practical }\n    - { time: "19:00" }\n    - { time: "21:00", type: ad }\n  horizonDays: 7\n`;

testRule(contentMixRule, {
  valid: [
    { name: 'a week with 5 practical, 7 interactive and 1 emotional posts', posts: numbered(...healthyWeek) },
    { name: 'weeks without posts are not checked', posts: {} },
    { name: 'lowered minimums', options: { min: { practical: 1, interactive: 0, emotional: 0 } }, posts: numbered(...many('practical', 1)) },
  ],
  invalid: [
    {
      name: 'a short week, at the group id, listing what is missing',
      posts: numbered(...many('practical', 3), ...many('ad', 2, '2026-11-24')),
      errors: [{ file: 'community.yaml', messageId: 'short', line: 3, column: 9, data: { group: 'mom-vip', week: '2026-W48', missing: { en: 'practical 3/5, interactive 0/7, emotional 0/1', 'zh-CN': '实用 3/5、互动 0/7、情感 0/1' } }, severity: 'info' }],
    },
    {
      name: 'minimums merge key by key with the defaults',
      options: { min: { interactive: 0, emotional: 0 } },
      posts: numbered(...many('practical', 4)),
      errors: [{ file: 'community.yaml', messageId: 'short', line: 3, column: 9, data: { group: 'mom-vip', week: '2026-W48', missing: { en: 'practical 4/5', 'zh-CN': '实用 4/5' } } }],
    },
    {
      name: 'each week on its own',
      posts: numbered(...healthyWeek, ...many('practical', 5, '2026-11-30')),
      errors: [{ file: 'community.yaml', messageId: 'short', line: 3, column: 9, data: { group: 'mom-vip', week: '2026-W49', missing: { en: 'interactive 0/7, emotional 0/1', 'zh-CN': '互动 0/7、情感 0/1' } } }],
    },
    {
      name: 'a short week of a group with a rhythm names the week\'s open slots a missing type could fill',
      now: '2026-11-20T09:00',
      config: RHYTHM,
      options: { min: { practical: 1, interactive: 1, emotional: 0 } },
      posts: { 'posts/a.md': postText({ group: 'mom-vip', publish: '2026-11-20 19:10', type: 'emotional' }) },
      errors: [
        {
          file: 'community.yaml',
          messageId: 'shortOpenSlots',
          line: 3,
          column: 9,
          message: 'mom-vip in 2026-W47 is short of practical 0/1, interactive 0/1; open slots 11-20 09:30 practical, 11-21 09:30 practical, 11-21 19:00, 11-22 09:30 practical, 11-22 19:00',
        },
      ],
    },
  ],
});
