import { minGapRule } from '../../../src/core/rules/min-gap';
import { testRule } from '../../support/ruleTester';
import { numbered, postText } from '../../support/posts';

const vip = (publish: string, title = '帖子') => postText({ group: 'mom-vip', publish, type: 'practical', title });

testRule(minGapRule, {
  valid: [
    { name: 'exactly 30 minutes apart', posts: numbered(vip('2026-11-23 10:00'), vip('2026-11-23 10:30')) },
    { name: 'close in time but different groups', posts: numbered(vip('2026-11-23 10:00'), postText({ group: 'mom-newbie', publish: '2026-11-23 10:05', type: 'practical' })) },
    { name: 'a smaller minimum', options: { minutes: 10 }, posts: numbered(vip('2026-11-23 10:00'), vip('2026-11-23 10:10')) },
    { name: 'an invalid publish is not scheduled', posts: numbered(vip('2026-11-23 10:00'), vip('2026-11-23 25:00')) },
  ],
  invalid: [
    {
      name: 'the later post, on its publish value',
      posts: numbered(vip('2026-11-23 10:00', '早安'), vip('2026-11-23 10:29:59')),
      errors: [{ file: 'posts/p02.md', messageId: 'tooClose', line: 4, column: 10, endColumn: 29, data: { gap: 29, other: '早安', group: 'mom-vip', minutes: 30 } }],
    },
    {
      name: 'the earlier file written later is not the one flagged: order is by time',
      posts: numbered(vip('2026-11-23 10:20'), vip('2026-11-23 10:00')),
      errors: [{ file: 'posts/p01.md', messageId: 'tooClose', line: 4, column: 10, data: { gap: 20, other: '帖子', group: 'mom-vip', minutes: 30 } }],
    },
    {
      name: 'at equal times, the path that sorts later',
      posts: { 'posts/b.md': vip('2026-11-23 10:00', 'B'), 'posts/a.md': vip('2026-11-23 10:00', 'A') },
      errors: [{ file: 'posts/b.md', messageId: 'tooClose', line: 4, column: 10, data: { gap: 0, other: 'A', group: 'mom-vip', minutes: 30 } }],
    },
    {
      name: 'a chain: each post too close to the one before',
      posts: numbered(vip('2026-11-23 10:00'), vip('2026-11-23 10:20'), vip('2026-11-23 10:40')),
      errors: [
        { file: 'posts/p02.md', messageId: 'tooClose', line: 4, column: 10 },
        { file: 'posts/p03.md', messageId: 'tooClose', line: 4, column: 10 },
      ],
    },
    {
      name: 'offsets are compared as instants (02:10Z is 10:10 in Shanghai)',
      posts: numbered(vip('2026-11-23 10:00'), vip('2026-11-23T02:10:00Z')),
      errors: [{ file: 'posts/p02.md', messageId: 'tooClose', line: 4, column: 10, data: { gap: 10, other: '帖子', group: 'mom-vip', minutes: 30 } }],
    },
    {
      name: 'across midnight',
      posts: numbered(vip('2026-11-23 23:50'), vip('2026-11-24 00:05')),
      errors: [{ file: 'posts/p02.md', messageId: 'tooClose', line: 4, column: 10 }],
    },
    {
      name: 'a multi-group post is compared within each of its groups',
      posts: numbered(vip('2026-11-23 10:00'), postText({ group: 'mom-newbie', publish: '2026-11-23 10:10', type: 'practical' }), postText({ groups: ['mom-vip', 'mom-newbie'], publish: '2026-11-23 10:15', type: 'notice' })),
      errors: [
        { file: 'posts/p03.md', messageId: 'tooClose', line: 4, column: 10, data: { gap: 15, other: '帖子', group: 'mom-vip', minutes: 30 } },
        { file: 'posts/p03.md', messageId: 'tooClose', line: 4, column: 10, data: { gap: 5, other: '帖子', group: 'mom-newbie', minutes: 30 } },
      ],
    },
  ],
});
