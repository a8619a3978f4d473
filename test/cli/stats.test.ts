import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { WeekStats } from '../../src/core/export/stats';
import { assertOneLineError, ccal } from './run';
import { at } from '../support/defined';

const BASIC = ['--config', 'test/fixtures/basic/community.yaml', '--now', '2026-11-22T09:00'];

describe('ccal stats (built binary)', () => {
  it('prints a table per group and week', () => {
    const run = ccal(['stats', ...BASIC]);
    assert.deepEqual([run.status, run.stderr], [0, '']);
    assert.equal(
      run.stdout,
      [
        'Group     Week      Days         Posts  Ads  Ad %  Practical  Interactive  Emotional  Activity  Notice  UGC  Longest gap (h)  Empty days',
        '--------  --------  -----------  -----  ---  ----  ---------  -----------  ---------  --------  ------  ---  ---------------  ----------',
        'tea-core  2026-W48  11-23~11-29      2    1   50%          1            0          0         0       0    0             10.5           5',
        'tea-new   2026-W48  11-23~11-29      1    0    0%          0            1          0         0       0    0                –           6',
        '',
      ].join('\n'),
    );
  });

  it('speaks Chinese, aligning columns under wide headings', () => {
    const lines = ccal(['stats', ...BASIC, '--locale', 'zh-CN']).stdout.split('\n');
    assert.equal(lines[0], '群组      周        日期         帖子  广告  广告占比  实用  互动  情感  活动  通知  UGC  最长间隔（小时）  无帖天数');
    assert.equal(lines[2], 'tea-core  2026-W48  11-23~11-29     2     1       50%     1     0     0     0     0    0              10.5         5');
  });

  it('prints JSON with --json, for the selected group and weeks', () => {
    const run = ccal(['stats', '--json', ...BASIC, '--group', 'tea-core', '--from', '2026-11-20', '--to', '2026-11-30']);
    assert.equal(run.status, 0);
    const weeks = JSON.parse(run.stdout) as WeekStats[];
    assert.deepEqual(
      weeks.map((week) => [week.group, week.week, week.posts, week.ads, week.adRatio, week.mix.practical, week.longestGapHours, week.emptyDays]),
      [
        ['tea-core', '2026-W47', 0, 0, null, 0, null, 7],
        ['tea-core', '2026-W48', 2, 1, 0.5, 1, 10.5, 5],
        ['tea-core', '2026-W49', 0, 0, null, 0, null, 7],
      ],
    );
  });

  it('lists a century of weeks for thirty groups, and nothing outside the planned years', () => {
    // 158 100 rows: the table's column widths once took Math.max(...rows) and overflowed the stack
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccal-stats-'));
    try {
      const groups = Array.from({ length: 30 }, (_, index) => `g${index}`);
      fs.writeFileSync(path.join(dir, 'community.yaml'), `groups:\n${groups.map((id) => `  - id: ${id}\n`).join('')}`);
      fs.mkdirSync(path.join(dir, 'posts'));
      for (const publish of ['0001-01-01 08:30', '2000-01-03 08:30', '2100-12-30 08:30', '9999-12-31 08:30']) {
        fs.writeFileSync(path.join(dir, 'posts', `${publish.slice(0, 4)}.md`), `---\ntitle: t\ngroups: [${groups.join(', ')}]\npublish: ${publish}\ntype: practical\n---\n`);
      }
      const run = ccal(['stats', '--now', '2026-11-22T09:00', '--from', '0001-01-01'], { cwd: dir });
      assert.deepEqual([run.status, run.stderr], [0, '']);
      const lines = run.stdout.trimEnd().split('\n');
      assert.equal(lines.length, 2 + 30 * 5271);
      assert.match(at(lines, 2), /^g0 +1999-W52 /);
      assert.match(at(lines, -1), /^g29 +2100-W52 /);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says so when there is nothing to show', () => {
    const run = ccal(['stats', ...BASIC, '--from', '2027-01-01']);
    assert.deepEqual([run.status, run.stdout], [0, 'No weeks to show: the selected groups have no posts in the selected dates.\n']);
  });

  it('stops on a broken community.yaml, an unknown group or a bad date with one line and exit 2', () => {
    for (const args of [['--config', 'test/fixtures/broken-config/community.yaml'], [...BASIC, '-g', 'milk'], [...BASIC, '--to', 'soon']]) {
      assertOneLineError(ccal(['stats', ...args]), undefined, args.join(' '));
    }
  });
});
