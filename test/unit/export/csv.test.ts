import * as assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS, planCsv } from '../../../src/core/export/csv';
import { planRows } from '../../../src/core/export/plan';
import { numbered, postText } from '../../support/posts';
import { lintWorkspace } from '../../support/ruleTester';
import { treeWorkspace } from './workspace';

describe('CSV export', () => {
  it('starts with a UTF-8 BOM and the header, and ends every line with CRLF', () => {
    const index = treeWorkspace();
    const csv = planCsv(planRows(index, { groups: index.env.config.groups }), index.env.config.timezone);
    assert.ok(csv.startsWith('\ufeffdate,time,week,group,group_name,type,status,ugc,title,path,tags,series\r\n'));
    assert.equal(CSV_COLUMNS.length, 12);
    assert.ok(csv.endsWith('\r\n'));
    assert.equal(csv.split('\r\n').length, 1 + 5 + 1, 'header, five rows, nothing after the last CRLF');
    assert.ok(!/[^\r]\n/.test(csv), 'no bare LF');
    assert.equal(csv.split('\r\n')[1], '2026-11-23,08:30,2026-W48,mom-vip,母婴VIP服务群,ad,draft,false,冬季特惠【广告】,posts/p02.md,,');
    assert.equal(csv.split('\r\n')[4], '2026-11-29,23:59,2026-W48,mom,母婴品牌,notice,draft,false,帖子,posts/p04.md,,');
  });

  it('quotes fields with commas, quotes or line breaks (RFC 4180) and joins tags', () => {
    const title = '"南瓜粥", 第2期; C:\\食谱';
    const text = postText({ group: 'mom-vip', publish: '2026-11-23 08:30', type: 'practical', title: `'${title.replace(/'/g, "''")}'` }).replace('---\n正文', 'tags: [辅食, "6-12月"]\n---\n正文');
    const multiline = '---\ntitle: "第一行\\n第二行"\ngroup: mom-vip\npublish: 2026-11-23 09:30\ntype: notice\n---\n';
    const { index } = lintWorkspace({ posts: { ...numbered(text), 'posts/p02.md': multiline } });
    const lines = planCsv(planRows(index, { groups: index.env.config.groups }), index.env.config.timezone).split('\r\n');
    assert.equal(lines[1], '2026-11-23,08:30,2026-W48,mom-vip,母婴VIP服务群,practical,draft,false,"""南瓜粥"", 第2期; C:\\食谱",posts/p01.md,辅食; 6-12月,');
    assert.equal(lines[2], '2026-11-23,09:30,2026-W48,mom-vip,母婴VIP服务群,notice,draft,false,"第一行\n第二行",posts/p02.md,,');
  });

  it('keeps control characters exact, in quoted fields', () => {
    const post = '---\ntitle: "A\\0B\\e]0;x\\aC\\ND\\LE"\ngroup: mom-vip\npublish: 2026-11-23 08:30\ntype: notice\n---\n';
    const { index } = lintWorkspace({ posts: { 'posts/a.md': post } });
    const csv = planCsv(planRows(index, { groups: index.env.config.groups }), index.env.config.timezone);
    const title = 'A\u0000B\u001b]0;x\u0007C\u0085D\u2028E';
    assert.ok(csv.includes(`,"${title}",`));
    const [, row] = parse(csv.slice(1)) as string[][];
    assert.ok(row);
    assert.equal(row[8], title);
  });

  it('keeps titles and tags that look like formulas from running in a spreadsheet', () => {
    const text = postText({ group: 'mom-vip', publish: '2026-11-23 08:30', type: 'practical', title: `'=HYPERLINK("http://x","点我")'` }).replace('---\n正文', 'tags: ["+1", "@所有人", "-5%", 辅食]\n---\n正文');
    const { index } = lintWorkspace({ posts: numbered(text) });
    const line = planCsv(planRows(index, { groups: index.env.config.groups }), index.env.config.timezone).split('\r\n')[1];
    assert.equal(line, `2026-11-23,08:30,2026-W48,mom-vip,母婴VIP服务群,practical,draft,false,"'=HYPERLINK(""http://x"",""点我"")",posts/p01.md,'+1; @所有人; -5%; 辅食,`);
  });

  it('is only the header when nothing is selected', () => {
    const index = treeWorkspace();
    assert.equal(planCsv([], index.env.config.timezone), `\ufeff${CSV_COLUMNS.join(',')}\r\n`);
  });
});
