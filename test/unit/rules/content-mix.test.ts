import { contentMixRule } from '../../../src/core/rules/content-mix';
import { testRule } from '../../support/ruleTester';
import { numbered, postText } from '../../support/posts';

const many = (type: string, count: number, day = '2026-11-23') => Array.from({ length: count }, (_, index) => postText({ group: 'mom-vip', publish: `${day} ${String(7 + index).padStart(2, '0')}:00`, type }));
const healthyWeek = [...many('practical', 5), ...many('interactive', 7, '2026-11-24'), ...many('emotional', 1, '2026-11-25')];

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
  ],
});
