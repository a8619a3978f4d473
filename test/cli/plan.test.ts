import * as assert from 'node:assert/strict';
import type { GroupPlan } from '../../src/core/plan/report';
import { assertOneLineError, ccal } from './run';

// Friday 2026-11-20 10:00: today's 08:30 slot has passed
const RHYTHM = ['--config', 'test/fixtures/rhythm/community.yaml', '--now', '2026-11-20T10:00'];

describe('ccal plan (built binary)', () => {
  it('lists each group\'s open slots and the posts due, from today to its horizon', () => {
    const run = ccal(['plan', ...RHYTHM]);
    assert.deepEqual([run.status, run.stderr], [0, '']);
    assert.equal(
      run.stdout,
      [
        'Group     Date        Time   Type         Status  Owner   Post',
        '--------  ----------  -----  -----------  ------  ------  ------------------',
        'tea-core  2026-11-20  12:15  interactive  review  xiaoli  绿茶冲泡小技巧',
        'tea-core  2026-11-20  20:00  emotional    –       –       ＋ open slot',
        'tea-core  2026-11-21  08:30  practical    –       –       ＋ open slot',
        'tea-core  2026-11-21  12:30  interactive  –       –       ＋ open slot',
        'tea-core  2026-11-21  19:20  emotional    draft   –       茶园故事\\u001b[31m',
        'tea-new   2026-11-20  19:00  –            –       –       ＋ open slot',
        'tea-new   2026-11-21  19:20  emotional    draft   –       茶园故事\\u001b[31m',
        'tea-new   2026-11-22  19:00  –            –       –       ＋ open slot',
        '',
      ].join('\n'),
    );
  });

  it('prints JSON with --json, for the selected group, range and owner', () => {
    const run = ccal(['plan', '--json', ...RHYTHM, '--group', 'tea-core', '--from', '2026-11-20', '--to', '2026-11-23', '--owner', 'xiaoli']);
    assert.equal(run.status, 0);
    const { now, timezone, groups } = JSON.parse(run.stdout) as { now: string; timezone: string; groups: GroupPlan[] };
    assert.deepEqual([now, timezone], ['2026-11-20T02:00:00.000Z', 'Asia/Shanghai']);
    assert.deepEqual(groups, [
      {
        group: 'tea-core',
        from: '2026-11-20',
        to: '2026-11-23',
        rhythm: true,
        openSlots: [
          { date: '2026-11-20', time: '20:00', type: 'emotional' },
          { date: '2026-11-21', time: '08:30', type: 'practical' },
          { date: '2026-11-21', time: '12:30', type: 'interactive' },
          { date: '2026-11-22', time: '08:30', type: 'practical' },
          { date: '2026-11-22', time: '12:30', type: 'interactive' },
          { date: '2026-11-23', time: '08:30', type: 'practical' },
          { date: '2026-11-23', time: '12:30', type: 'interactive' },
          { date: '2026-11-23', time: '20:00', type: 'emotional' },
        ],
        posts: [{ path: 'posts/2026-11-20-green-tea.md', title: '绿茶冲泡小技巧', date: '2026-11-20', time: '12:15', type: 'interactive', status: 'review', owner: 'xiaoli' }],
      },
    ]);
  });

  it('speaks Chinese', () => {
    const lines = ccal(['plan', ...RHYTHM, '--locale', 'zh-CN', '--group', 'tea-new']).stdout.split('\n');
    assert.equal(lines[0], '群组     日期        时间   类型  状态   负责人  帖子');
    assert.equal(lines[2], 'tea-new  2026-11-20  19:00  –     –      –       ＋ 空档');
  });

  it('says so when nothing is planned or open', () => {
    const run = ccal(['plan', ...RHYTHM, '--group', 'tea-archive']);
    assert.deepEqual([run.status, run.stdout], [0, 'Nothing planned or open: the selected groups have no open slots and no posts in the selected dates.\n']);
  });

  it('exits 2 with one line on a usage error', () => {
    assertOneLineError(ccal(['plan', ...RHYTHM, '--from', '2026-11-31']), /^ccal: --from needs a date written YYYY-MM-DD, got "2026-11-31"$/m);
    assertOneLineError(ccal(['plan', ...RHYTHM, '--group', 'tea-cor']), /^ccal: unknown group "tea-cor" in --group \(did you mean "tea-core"\?\)$/m);
  });

  it('names plan in --help', () => {
    assert.match(ccal(['--help']).stdout, /ccal plan \[options\] {18}per group and day: open rhythm slots and the posts due/);
  });
});
