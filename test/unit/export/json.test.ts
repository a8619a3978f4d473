import * as assert from 'node:assert/strict';
import { planJson } from '../../../src/core/export/json';
import { planRows } from '../../../src/core/export/plan';
import { lintWorkspace } from '../../support/ruleTester';
import { treeWorkspace } from './workspace';

describe('JSON export', () => {
  it('is an array of plain objects with the CSV fields, tags as an array and the instant with its offset', () => {
    const index = treeWorkspace();
    const records = JSON.parse(planJson(planRows(index, { groups: index.env.config.groups }), index.env.config.timezone)) as Array<Record<string, unknown>>;
    assert.equal(records.length, 5);
    assert.deepEqual(records[4], {
      date: '2026-11-30',
      time: '07:00',
      week: '2026-W49',
      group: 'tea',
      group_name: null,
      type: 'interactive',
      status: 'published',
      ugc: true,
      title: '早安',
      path: 'posts/p03.md',
      tags: [],
      datetime: '2026-11-30T07:00:00+08:00',
    });
  });

  it('writes the time in the workspace zone whatever offset the post was written with', () => {
    const post = '---\ntitle: a\ngroup: mom-vip\npublish: 2026-11-23T23:30:00Z\ntype: notice\n---\n';
    const { index } = lintWorkspace({ posts: { 'posts/a.md': post } });
    const [record] = JSON.parse(planJson(planRows(index, { groups: index.env.config.groups }), index.env.config.timezone)) as Array<Record<string, unknown>>;
    assert.deepEqual([record.date, record.time, record.week, record.datetime], ['2026-11-24', '07:30', '2026-W48', '2026-11-24T07:30:00+08:00']);
  });
});
