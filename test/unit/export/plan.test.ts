import * as assert from 'node:assert/strict';
import { planRecord, planRows, type PlanFilter } from '../../../src/core/export/plan';
import { selectGroups } from '../../../src/core/editor/groupSelection';
import type { WorkspaceIndex } from '../../../src/core/index/workspace';
import { treeWorkspace } from './workspace';

function groupsOf(index: WorkspaceIndex, ids: string[]): PlanFilter['groups'] {
  const selection = selectGroups(index.env.config, ids);
  assert.ok(selection.ok);
  return selection.groups;
}

function brief(index: WorkspaceIndex, filter: Partial<PlanFilter> & { ids?: string[] } = {}): string[] {
  const rows = planRows(index, { groups: groupsOf(index, filter.ids ?? []), from: filter.from, to: filter.to });
  return rows.map((row) => `${row.entry.time.date} ${row.group.id} ${row.entry.post.path}`);
}

describe('export rows', () => {
  const index = treeWorkspace();

  it('has one row per post and known group, in calendar order, leaving out posts without a valid time or group', () => {
    assert.deepEqual(brief(index), [
      '2026-11-23 mom-vip posts/p02.md',
      '2026-11-23 mom-newbie posts/p02.md',
      '2026-11-24 mom-vip posts/p01.md',
      '2026-11-29 mom posts/p04.md',
      '2026-11-30 tea posts/p03.md',
    ]);
  });

  it('keeps local days from --from to --to, both included', () => {
    assert.deepEqual(brief(index, { from: '2026-11-24', to: '2026-11-29' }), ['2026-11-24 mom-vip posts/p01.md', '2026-11-29 mom posts/p04.md']);
    assert.deepEqual(brief(index, { from: '2026-11-30' }), ['2026-11-30 tea posts/p03.md']);
    assert.deepEqual(brief(index, { to: '2026-11-23' }), ['2026-11-23 mom-vip posts/p02.md', '2026-11-23 mom-newbie posts/p02.md']);
  });

  it('selects a group with every group under it', () => {
    assert.deepEqual(brief(index, { ids: ['mom'] }), ['2026-11-23 mom-vip posts/p02.md', '2026-11-23 mom-newbie posts/p02.md', '2026-11-24 mom-vip posts/p01.md', '2026-11-29 mom posts/p04.md']);
    assert.deepEqual(brief(index, { ids: ['mom-newbie', 'tea'] }), ['2026-11-23 mom-newbie posts/p02.md', '2026-11-30 tea posts/p03.md']);
  });

  it('reports an unknown group id with the closest known one', () => {
    assert.deepEqual(selectGroups(index.env.config, ['mom-vp']), { ok: false, unknownGroup: 'mom-vp', suggestion: 'mom-vip' });
    assert.deepEqual(selectGroups(index.env.config, ['zzz']), { ok: false, unknownGroup: 'zzz', suggestion: undefined });
  });

  it('flattens a row into the fields CSV and JSON share', () => {
    const [first] = planRows(index, { groups: groupsOf(index, ['mom-newbie']) });
    assert.ok(first);
    assert.deepEqual(planRecord(first, index.env.config.timezone), {
      date: '2026-11-23',
      time: '08:30',
      week: '2026-W48',
      group: 'mom-newbie',
      group_name: '新手妈妈群',
      type: 'ad',
      status: 'draft',
      ugc: false,
      title: '冬季特惠【广告】',
      path: 'posts/p02.md',
      tags: [],
      datetime: '2026-11-23T08:30:00+08:00',
      series: null,
    });
  });
});
