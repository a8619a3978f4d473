import * as assert from 'node:assert/strict';
import { selectGroups } from '../../../src/core/editor/groupSelection';
import type { WorkspaceIndex } from '../../../src/core/index/workspace';
import { groupWeekStats, weekStats, type WeekStats } from '../../../src/core/export/stats';
import { numbered, postText } from '../../support/posts';
import { lintWorkspace } from '../../support/ruleTester';
import { treeWorkspace } from './workspace';

const EMPTY_MIX = { practical: 0, interactive: 0, emotional: 0, ad: 0, activity: 0, notice: 0 };

function brief(stats: WeekStats[]): string[] {
  return stats.map((week) => `${week.group} ${week.week} ${week.posts}`);
}

function allGroups(index: WorkspaceIndex, ids: string[] = []) {
  const selection = selectGroups(index.env.config, ids);
  assert.ok(selection.ok);
  return selection.groups;
}

describe('weekly stats', () => {
  // ISO week 2026-W53 runs from Monday 28 December 2026 to Sunday 3 January 2027.
  const newYear = lintWorkspace({
    posts: numbered(
      postText({ group: 'mom-vip', publish: '2026-12-27 23:00', type: 'practical' }),
      postText({ group: 'mom-vip', publish: '2026-12-28 08:00', type: 'practical' }),
      postText({ group: 'mom-vip', publish: '2026-12-28 20:00', type: 'interactive' }),
      postText({ groups: ['mom-vip', 'mom-newbie'], publish: '2026-12-31 09:00', type: 'ad' }),
      // 17:30 UTC on new year's eve is 01:30 on 1 January in Shanghai
      postText({ group: 'mom-vip', publish: '2026-12-31T17:30:00Z', type: 'activity', ugc: true }),
      postText({ group: 'mom-vip', publish: '2027-01-03 21:00', type: 'emotional' }),
      postText({ group: 'mom-vip', publish: '2027-01-04 08:00', type: 'practical' }),
    ),
  }).index;

  it('counts a week that crosses the new year, hand-checked', () => {
    assert.deepEqual(weekStats('mom-vip', newYear.scheduleOf('mom-vip'), '2026-W53'), {
      group: 'mom-vip',
      week: '2026-W53',
      from: '2026-12-28',
      to: '2027-01-03',
      posts: 5,
      ads: 1,
      adRatio: 0.2,
      mix: { practical: 1, interactive: 1, emotional: 1, ad: 1, activity: 1, notice: 0 },
      ugc: 1,
      // 28th 08:00 → 20:00 is 12 h; 28th 20:00 → 31st 09:00 is 61 h; 31st 09:00 → 1st 01:30 is 16.5 h; 1st 01:30 → 3rd 21:00 is 67.5 h
      longestGapHours: 67.5,
      // posts on the 28th, 31st, 1st and 3rd: the 29th, 30th and 2nd are empty
      emptyDays: 3,
    });
  });

  it('counts a post to several groups once in each, and a group with one post has no gap', () => {
    assert.deepEqual(weekStats('mom-newbie', newYear.scheduleOf('mom-newbie'), '2026-W53'), {
      group: 'mom-newbie',
      week: '2026-W53',
      from: '2026-12-28',
      to: '2027-01-03',
      posts: 1,
      ads: 1,
      adRatio: 1,
      mix: { ...EMPTY_MIX, ad: 1 },
      ugc: 0,
      longestGapHours: null,
      emptyDays: 6,
    });
  });

  it('reports an empty week as zeros, without a ratio or a gap', () => {
    assert.deepEqual(weekStats('mom-vip', newYear.scheduleOf('mom-vip'), '2027-W10'), {
      group: 'mom-vip',
      week: '2027-W10',
      from: '2027-03-08',
      to: '2027-03-14',
      posts: 0,
      ads: 0,
      adRatio: null,
      mix: EMPTY_MIX,
      ugc: 0,
      longestGapHours: null,
      emptyDays: 7,
    });
  });

  it('gives the numbers ad-ratio works with for the same group and week', () => {
    const { index, diagnostics } = lintWorkspace({
      posts: numbered(
        postText({ group: 'mom-vip', publish: '2026-11-23 08:00', type: 'ad', title: '【广告】a' }),
        postText({ group: 'mom-vip', publish: '2026-11-24 08:00', type: 'ad', title: '【广告】b' }),
        postText({ group: 'mom-vip', publish: '2026-11-25 08:00', type: 'practical' }),
      ),
    });
    const adRatio = diagnostics.find((diagnostic) => diagnostic.ruleId === 'ad-ratio');
    assert.ok(adRatio);
    const week = weekStats('mom-vip', index.scheduleOf('mom-vip'), String(adRatio.data.window));
    assert.deepEqual([week.ads, week.posts], [adRatio.data.ads, adRatio.data.total]);
  });

  it('lists every week from the first to the last post of the selected groups, group by group, empty weeks included', () => {
    assert.deepEqual(brief(groupWeekStats(newYear, { groups: allGroups(newYear) })), [
      'mom-vip 2026-W52 1',
      'mom-vip 2026-W53 5',
      'mom-vip 2027-W01 1',
      'mom-newbie 2026-W52 0',
      'mom-newbie 2026-W53 1',
      'mom-newbie 2027-W01 0',
    ]);
  });

  it('reports whole weeks that overlap --from and --to', () => {
    const stats = groupWeekStats(newYear, { groups: allGroups(newYear, ['mom-vip']), from: '2027-01-02', to: '2027-01-04' });
    assert.deepEqual(brief(stats), ['mom-vip 2026-W53 5', 'mom-vip 2027-W01 1']);
    assert.deepEqual(brief(groupWeekStats(newYear, { groups: allGroups(newYear, ['mom-newbie']), from: '2027-01-04' })), [], 'nothing after the last post');
    assert.deepEqual(brief(groupWeekStats(newYear, { groups: allGroups(newYear, ['mom-newbie']), to: '2026-12-31' })), ['mom-newbie 2026-W53 1']);
  });

  it('selects a group with the groups under it; a parent counts only the posts addressed to it', () => {
    const index = treeWorkspace();
    assert.deepEqual(brief(groupWeekStats(index, { groups: allGroups(index, ['mom']) })), ['mom 2026-W48 1', 'mom-vip 2026-W48 2', 'mom-newbie 2026-W48 1']);
  });

  it('has nothing to report without posts', () => {
    const { index } = lintWorkspace({ posts: {} });
    assert.deepEqual(groupWeekStats(index, { groups: allGroups(index) }), []);
    assert.equal(groupWeekStats(index, { groups: allGroups(index), from: '2026-11-23', to: '2026-11-23' }).length, 2, 'an explicit range shows the empty weeks');
  });
});
