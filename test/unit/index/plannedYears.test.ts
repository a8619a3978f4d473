import * as assert from 'node:assert/strict';
import { planIcs } from '../../../src/core/export/ics';
import { planRows } from '../../../src/core/export/plan';
import { groupWeekStats } from '../../../src/core/export/stats';
import { parseIcs } from '../../support/icalendar';
import { postText } from '../../support/posts';
import { BASE_CONFIG, lintWorkspace } from '../../support/ruleTester';
import { at } from '../../support/defined';

// 23:30 is in the quiet hours and long past: a scheduled post there would get quiet-hours and stale-schedule too
const HOSTILE = {
  'posts/ancient.md': postText({ group: 'mom-vip', publish: '0001-01-01 23:30', type: 'practical' }),
  'posts/far.md': postText({ group: 'mom-vip', publish: '9999-12-31 23:30', type: 'practical' }),
  'posts/now.md': postText({ group: 'mom-vip', publish: '2026-11-23 08:30', type: 'practical' }),
};

describe('the years a workspace plans in', () => {
  it('leave posts outside them off the calendar, the exports, stats and every time-based rule, with a valid-date error', function () {
    // before, the two posts made the VTIMEZONE span 10 000 years (37 s, 350 MB) and stats walk 520 000 weeks
    this.timeout(10_000);
    const config = BASE_CONFIG.replace('Asia/Shanghai', 'America/New_York');
    const { index, diagnostics } = lintWorkspace({ config, posts: HOSTILE });
    assert.deepEqual(index.scheduleOf('mom-vip').map((entry) => entry.post.path), ['posts/now.md']);
    const rows = planRows(index, { groups: index.env.config.groups });
    assert.deepEqual(parseIcs(planIcs(rows, { zone: index.env.config.timezone, now: 0 })).events.map((event) => event.x['X-CCAL-PATH']), ['posts/now.md']);
    assert.deepEqual([...new Set(groupWeekStats(index, { groups: index.env.config.groups }).map((week) => week.week))], ['2026-W48']);
    const byPost = (path: string) => diagnostics.filter((diagnostic) => diagnostic.file === path).map((diagnostic) => `${diagnostic.ruleId}:${diagnostic.messageId}`);
    assert.deepEqual(byPost('posts/ancient.md'), ['valid-date:year']);
    assert.deepEqual(byPost('posts/far.md'), ['valid-date:year']);
  });

  it('still keep such posts off the calendar when valid-date is off', () => {
    const { index, diagnostics } = lintWorkspace({ options: 'off', posts: HOSTILE }, 'valid-date');
    assert.deepEqual(index.scheduleOf('mom-vip').map((entry) => entry.post.path), ['posts/now.md']);
    assert.ok(!diagnostics.some((diagnostic) => diagnostic.file !== 'posts/now.md' && diagnostic.file !== 'community.yaml'));
  });

  it('must hold a post for every group it names', () => {
    const config = `${BASE_CONFIG}    rules:\n      valid-date: { maxYear: 2200 }\n`;
    const posts = {
      'posts/both.md': postText({ groups: ['mom-vip', 'mom-newbie'], publish: '2150-01-01 08:30', type: 'practical' }),
      'posts/newbie.md': postText({ group: 'mom-newbie', publish: '2150-01-01 09:30', type: 'practical' }),
    };
    const { index } = lintWorkspace({ config, posts });
    assert.deepEqual(index.scheduleOf('mom-newbie').map((entry) => entry.post.path), ['posts/newbie.md']);
    assert.deepEqual(index.scheduleOf('mom-vip'), []);
  });

  it('bound the weeks stats lists, whatever range is asked for', function () {
    this.timeout(10_000);
    const { index } = lintWorkspace({ posts: HOSTILE });
    const weeks = groupWeekStats(index, { groups: index.env.config.groups.slice(0, 1), from: '0001-01-01', to: '9999-12-31' });
    assert.deepEqual([weeks.length, at(weeks, 0).week, at(weeks, -1).week], [5271, '1999-W52', '2100-W52']);
  });

  it('are not walked to by a key date or a "now" far away', function () {
    this.timeout(10_000);
    const config = `${BASE_CONFIG}dates:\n  - { date: 9999-12-31, name: 末日 }\n  - { date: 0001-01-01, name: 元年 }\n`;
    const keyDates = (now?: string) => lintWorkspace({ config, posts: HOSTILE, now }).diagnostics.filter((diagnostic) => diagnostic.ruleId === 'holiday-plan' && diagnostic.messageId === 'unplanned').map((diagnostic) => diagnostic.data.date);
    assert.ok(!keyDates().some((date) => date === '9999-12-31' || date === '0001-01-01'));
    // year 1's New Year's Day and the team's own date, written with four digits like every other date
    assert.deepEqual(keyDates('0001-01-01T09:00'), ['0001-01-01', '0001-01-01']);
    keyDates('9999-12-31T09:00');
  });
});
