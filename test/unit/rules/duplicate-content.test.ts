import { duplicateContentRule } from '../../../src/core/rules/duplicate-content';
import { BASE_CONFIG, testRule } from '../../support/ruleTester';
import { numbered, postText } from '../../support/posts';

const BODY = '宝宝6个月后可以开始添加辅食啦！今天分享一道南瓜小米粥，做法简单，营养丰富。准备材料：南瓜50克，小米30克，清水适量。';
const OTHER = '冬天宝宝容易皮肤干燥，洗澡水温控制在38度左右，洗完三分钟内涂上保湿霜，衣物选择纯棉透气的面料。';
const vip = (publish: string, body: string, title = '帖子') => postText({ group: 'mom-vip', publish, type: 'practical', title }, body);

testRule(duplicateContentRule, {
  valid: [
    { name: 'different bodies', posts: numbered(vip('2026-11-01 10:00', BODY), vip('2026-11-05 10:00', OTHER)) },
    { name: 'the same body in different groups', posts: numbered(vip('2026-11-01 10:00', BODY), postText({ group: 'mom-newbie', publish: '2026-11-02 10:00', type: 'practical' }, BODY)) },
    { name: 'the same body more than 30 calendar days apart, however close the times of day', posts: numbered(vip('2026-11-01 23:00', BODY), vip('2026-12-02 08:00', BODY)) },
    {
      name: 'characters beyond U+FFFF are told apart: two unrelated runs from different planes',
      posts: numbered(vip('2026-11-01 10:00', String.fromCodePoint(...Array.from({ length: 20 }, (_, index) => 0x20000 + index))), vip('2026-11-02 10:00', String.fromCodePoint(...Array.from({ length: 20 }, (_, index) => 0x30000 + index)))),
    },
    { name: 'a lighter edit below the threshold', options: { threshold: 0.95 }, posts: numbered(vip('2026-11-01 10:00', BODY), vip('2026-11-02 10:00', `${BODY}大家家里宝宝最爱吃什么？`)) },
    { name: 'empty bodies are not duplicates', posts: numbered(vip('2026-11-01 10:00', ''), vip('2026-11-02 10:00', '')) },
    { name: 'silenced by a comment above the first line', posts: numbered(vip('2026-11-01 10:00', BODY), vip('2026-11-02 10:00', `<!-- ccal-disable-next-line duplicate-content -->\n${BODY}`)) },
  ],
  invalid: [
    {
      name: 'the later repost, on its first body line',
      posts: numbered(vip('2026-11-01 10:00', BODY, '南瓜粥'), vip('2026-11-20 10:00', BODY)),
      errors: [{ file: 'posts/p02.md', messageId: 'duplicate', line: 7, column: 1, data: { percent: '100%', other: '南瓜粥', when: '2026-11-01', group: 'mom-vip' } }],
    },
    {
      name: 'a re-wrapped repost is still a duplicate (white space runs count as one space); the earlier post by time is kept',
      posts: numbered(vip('2026-11-20 10:00', `\n${BODY.replace('。', '。\n\n  ')}`), vip('2026-11-01 10:00', BODY, '原帖')),
      errors: [{ file: 'posts/p01.md', messageId: 'duplicate', line: 8, column: 1, data: { percent: '91%', other: '原帖', when: '2026-11-01', group: 'mom-vip' } }],
    },
    {
      name: 'a leading ccal-disable comment for another rule is not the first line',
      posts: numbered(vip('2026-11-01 10:00', BODY), vip('2026-11-02 10:00', `<!-- ccal-disable quiet-hours -->\n\n${BODY}`)),
      errors: [{ file: 'posts/p02.md', messageId: 'duplicate', line: 9, column: 1 }],
    },
    {
      name: 'a ccal-disable comment over two lines is not the first line either',
      posts: numbered(vip('2026-11-01 10:00', BODY), vip('2026-11-02 10:00', `<!-- ccal-disable\n     quiet-hours -->\n${BODY}`)),
      errors: [{ file: 'posts/p02.md', messageId: 'duplicate', line: 9, column: 1 }],
    },
    {
      name: 'a note to the team above the text is not the first line readers see',
      posts: numbered(vip('2026-11-01 10:00', BODY), vip('2026-11-02 10:00', `<!-- 内部备注：这条来自上周 -->\n${BODY}`)),
      errors: [{ file: 'posts/p02.md', messageId: 'duplicate', line: 8, column: 1 }],
    },
    {
      name: 'a near duplicate above 0.8',
      posts: numbered(vip('2026-11-01 10:00', BODY), vip('2026-11-02 10:00', BODY.replace('南瓜50克', '南瓜60克'))),
      errors: [{ file: 'posts/p02.md', messageId: 'duplicate', line: 7, column: 1 }],
    },
    {
      name: '30 calendar days apart is within the window, whatever the times of day',
      posts: numbered(vip('2026-11-01 08:00', BODY, '原帖'), vip('2026-12-01 23:00', BODY)),
      errors: [{ file: 'posts/p02.md', messageId: 'duplicate', line: 7, column: 1, data: { percent: '100%', other: '原帖', when: '2026-11-01', group: 'mom-vip' } }],
    },
    {
      name: 'a DST change in the window does not count: 30 calendar days in New York',
      config: BASE_CONFIG.replace('timezone: Asia/Shanghai', 'timezone: America/New_York'),
      posts: numbered(vip('2026-10-20 10:00', BODY, '原帖'), vip('2026-11-19 10:00', BODY)),
      errors: [{ file: 'posts/p02.md', messageId: 'duplicate', line: 7, column: 1, data: { percent: '100%', other: '原帖', when: '2026-10-20', group: 'mom-vip' } }],
    },
    {
      name: 'at equal times the path that sorts later',
      posts: { 'posts/b.md': vip('2026-11-01 10:00', BODY, 'B'), 'posts/a.md': vip('2026-11-01 10:00', BODY, 'A') },
      errors: [{ file: 'posts/b.md', messageId: 'duplicate', line: 7, column: 1, data: { percent: '100%', other: 'A', when: '2026-11-01', group: 'mom-vip' } }],
    },
  ],
});
