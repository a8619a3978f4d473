import { adRatioRule } from '../../../src/core/rules/ad-ratio';
import { BASE_CONFIG, testRule } from '../../support/ruleTester';
import { numbered, postText } from '../../support/posts';

const vip = (publish: string, type: string) => postText({ group: 'mom-vip', publish, type });
// Monday 2026-11-23 to Sunday 2026-11-29 is ISO week 2026-W48.
const weekOfFive = (ads: number) => Array.from({ length: 5 }, (_, index) => vip(`2026-11-2${3 + index} 10:00`, index < ads ? 'ad' : 'practical'));

testRule(adRatioRule, {
  valid: [
    { name: '1 ad in 5 posts is exactly 20 %, not above', posts: numbered(...weekOfFive(1)) },
    {
      name: 'two ads on Sunday and Monday fall in different weeks, 1 of 5 each',
      posts: numbered(...weekOfFive(1), ...['2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21'].map((day) => vip(`${day} 10:00`, 'practical')), vip('2026-11-22 23:59', 'ad')),
    },
    {
      name: 'ads in different groups are counted apart',
      posts: numbered(...weekOfFive(1), ...weekOfFive(1).map((text) => text.replace('group: mom-vip', 'group: mom-newbie'))),
    },
    { name: 'a group override raises the limit', config: BASE_CONFIG.replace('    members: 480\n', '    members: 480\n    rules: { ad-ratio: { max: 0.5 } }\n'), posts: numbered(...weekOfFive(2)) },
    { name: 'turned off for a tier', config: `${BASE_CONFIG}tiers:\n  core: { rules: { ad-ratio: off } }\n`, posts: numbered(...weekOfFive(3)) },
    { name: 'posts without a valid publish or type are not counted', posts: numbered(vip('2026-11-23 10:00', 'ad'), vip('2026-11-31 10:00', 'ad'), vip('2026-11-23 11:00', 'advert'), ...weekOfFive(0)) },
  ],
  invalid: [
    {
      name: 'every ad of a week above 20 %, on its type value',
      posts: numbered(...weekOfFive(2)),
      errors: [
        { file: 'posts/p01.md', messageId: 'tooMany', line: 5, column: 7, endColumn: 9, data: { ads: 2, total: 5, percent: '40%', group: 'mom-vip', window: '2026-W48', max: '20%' } },
        { file: 'posts/p02.md', messageId: 'tooMany', line: 5, column: 7 },
      ],
    },
    {
      name: 'an ISO week that crosses the new year (2026-W53 runs to Sunday 2027-01-03)',
      posts: numbered(vip('2026-12-28 10:00', 'ad'), vip('2027-01-03 20:00', 'ad'), vip('2027-01-01 10:00', 'practical'), vip('2027-01-04 10:00', 'practical'), vip('2027-01-04 11:00', 'practical'), vip('2027-01-04 12:00', 'practical')),
      errors: [
        { file: 'posts/p01.md', messageId: 'tooMany', line: 5, column: 7, data: { ads: 2, total: 3, percent: '66.7%', group: 'mom-vip', window: '2026-W53', max: '20%' } },
        { file: 'posts/p02.md', messageId: 'tooMany', line: 5, column: 7 },
      ],
    },
    {
      name: 'Sunday 23:59 and Monday 00:00 are different weeks; a +00:00 offset is placed by its local time',
      // 2026-11-29T16:30+00:00 is Monday 00:30 in Shanghai, so it joins the Monday ad's week.
      posts: numbered(vip('2026-11-29 23:59', 'ad'), vip('2026-11-30 00:00', 'ad'), vip('2026-11-29T16:30:00+00:00', 'ad'), vip('2026-11-30 09:00', 'practical'), vip('2026-11-28 09:00', 'practical'), vip('2026-11-27 09:00', 'practical'), vip('2026-11-26 09:00', 'practical'), vip('2026-11-25 09:00', 'practical')),
      errors: [
        { file: 'posts/p02.md', messageId: 'tooMany', line: 5, column: 7, data: { ads: 2, total: 3, percent: '66.7%', group: 'mom-vip', window: '2026-W49', max: '20%' } },
        { file: 'posts/p03.md', messageId: 'tooMany', line: 5, column: 7 },
      ],
    },
    {
      name: 'a daily window',
      options: { window: 'day', max: 0.5 },
      posts: numbered(vip('2026-11-23 10:00', 'ad'), vip('2026-11-23 12:00', 'ad'), vip('2026-11-23 14:00', 'practical'), vip('2026-11-24 10:00', 'ad'), vip('2026-11-24 12:00', 'practical')),
      errors: [
        { file: 'posts/p01.md', messageId: 'tooMany', line: 5, column: 7, data: { ads: 2, total: 3, percent: '66.7%', group: 'mom-vip', window: '2026-11-23', max: '50%' } },
        { file: 'posts/p02.md', messageId: 'tooMany', line: 5, column: 7 },
      ],
    },
    {
      name: 'a monthly window',
      options: { window: 'month' },
      posts: numbered(vip('2026-11-02 10:00', 'ad'), vip('2026-11-30 12:00', 'practical'), vip('2026-12-01 10:00', 'practical')),
      errors: [{ file: 'posts/p01.md', messageId: 'tooMany', line: 5, column: 7, data: { ads: 1, total: 2, percent: '50%', group: 'mom-vip', window: '2026-11', max: '20%' } }],
    },
    {
      name: 'a post to two groups counts in each and is reported for each group above the limit',
      posts: numbered(postText({ groups: ['mom-vip', 'mom-newbie'], publish: '2026-11-23 10:00', type: 'ad' }), vip('2026-11-24 10:00', 'practical'), postText({ group: 'mom-newbie', publish: '2026-11-24 10:00', type: 'practical' })),
      errors: [
        { file: 'posts/p01.md', messageId: 'tooMany', line: 5, column: 7, data: { ads: 1, total: 2, percent: '50%', group: 'mom-vip', window: '2026-W48', max: '20%' } },
        { file: 'posts/p01.md', messageId: 'tooMany', line: 5, column: 7, data: { ads: 1, total: 2, percent: '50%', group: 'mom-newbie', window: '2026-W48', max: '20%' } },
      ],
    },
    {
      name: 'an unknown group in the list does not stop the known one counting',
      posts: numbered(postText({ groups: ['mom-vip', 'nope'], publish: '2026-11-23 10:00', type: 'ad' })),
      errors: [{ file: 'posts/p01.md', messageId: 'tooMany', line: 5, column: 7, data: { ads: 1, total: 1, percent: '100%', group: 'mom-vip', window: '2026-W48', max: '20%' } }],
    },
  ],
});
