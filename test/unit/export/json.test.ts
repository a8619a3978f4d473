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
      series: null,
    });
  });

  it('escapes every control character, C1 and U+2028 included, and reads back exact', () => {
    const post = '---\ntitle: "A\\0B\\e]0;x\\aC\\ND\\LE\\x7fF"\ngroup: mom-vip\npublish: 2026-11-23 08:30\ntype: notice\n---\n';
    const { index } = lintWorkspace({ posts: { 'posts/a.md': post } });
    const json = planJson(planRows(index, { groups: index.env.config.groups }), index.env.config.timezone);
    assert.ok(json.includes('"title": "A\\u0000B\\u001b]0;x\\u0007C\\u0085D\\u2028E\\u007fF"'));
    // eslint-disable-next-line no-control-regex -- control characters are what this looks for
    assert.doesNotMatch(json, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
    assert.equal((JSON.parse(json) as Array<{ title: string }>)[0]?.title, 'A\u0000B\u001b]0;x\u0007C\u0085D\u2028E\u007fF');
  });

  it('writes the time in the workspace zone whatever offset the post was written with', () => {
    const post = '---\ntitle: a\ngroup: mom-vip\npublish: 2026-11-23T23:30:00Z\ntype: notice\n---\n';
    const { index } = lintWorkspace({ posts: { 'posts/a.md': post } });
    const [record] = JSON.parse(planJson(planRows(index, { groups: index.env.config.groups }), index.env.config.timezone)) as Array<Record<string, unknown>>;
    assert.ok(record);
    assert.deepEqual([record.date, record.time, record.week, record.datetime], ['2026-11-24', '07:30', '2026-W48', '2026-11-24T07:30:00+08:00']);
  });
});
