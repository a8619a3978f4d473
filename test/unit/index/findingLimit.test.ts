import * as assert from 'node:assert/strict';
import { diagnosticMessage } from '../../../src/core/session/diagnostics';
import { MAX_FINDINGS } from '../../../src/core/rules/findingLimit';
import type { Diagnostic } from '../../../src/core/base/domain';
import { BASE_CONFIG, lintWorkspace } from '../../support/ruleTester';
import { at } from '../../support/defined';

const FRONT_MATTER = '---\ntitle: 辅食教程\ngroup: mom-vip\npublish: 2026-11-23 08:30\ntype: practical\n---\n';

function of(diagnostics: Diagnostic[], ruleId: string): Diagnostic[] {
  return diagnostics.filter((diagnostic) => diagnostic.ruleId === ruleId);
}

describe('findings per rule and file', () => {
  it(`keeps the first ${MAX_FINDINGS} and closes the list with how many more there are, at the last one kept`, () => {
    const { diagnostics } = lintWorkspace({ posts: { 'posts/a.md': `${FRONT_MATTER}${'最佳\n'.repeat(250)}` } });
    const banned = of(diagnostics, 'banned-words');
    assert.equal(banned.length, MAX_FINDINGS + 1);
    const more = banned[banned.length - 1];
    assert.ok(more);
    assert.deepEqual(
      { messageId: more.messageId, line: more.range.start.line + 1, column: more.range.start.character + 1, severity: more.severity },
      { messageId: 'moreFindings', line: 7 + MAX_FINDINGS - 1, column: 1, severity: 'error' },
    );
    assert.equal(diagnosticMessage(more, 'en'), '…and 150 more banned-words findings in this file (at most 100 are listed per rule and file)');
    assert.equal(diagnosticMessage(more, 'zh-CN'), '……本文件另有 150 处 banned-words 问题未列出（每条规则在每个文件最多列出 100 处）');
    assert.equal(at(banned, MAX_FINDINGS - 1).range.start.line, more.range.start.line, 'the 100th finding is the last listed');
  });

  it('counts each rule on its own, and does not count what ccal-disable silences', () => {
    const body = `${'13812345678 最佳\n'.repeat(120)}<!-- ccal-disable personal-info -->\n${'13812345678\n'.repeat(500)}`;
    const { diagnostics } = lintWorkspace({ posts: { 'posts/a.md': `${FRONT_MATTER}${body}` } });
    assert.deepEqual(of(diagnostics, 'personal-info').at(-1)?.data, { count: 20, rule: 'personal-info', max: MAX_FINDINGS });
    assert.deepEqual(of(diagnostics, 'banned-words').at(-1)?.data, { count: 20, rule: 'banned-words', max: MAX_FINDINGS });
  });

  it('leaves nothing out and adds nothing at the limit itself', () => {
    const { diagnostics } = lintWorkspace({ posts: { 'posts/a.md': `${FRONT_MATTER}${'最佳\n'.repeat(MAX_FINDINGS)}` } });
    assert.equal(of(diagnostics, 'banned-words').length, MAX_FINDINGS);
    assert.ok(of(diagnostics, 'banned-words').every((diagnostic) => diagnostic.messageId !== 'moreFindings'));
  });

  it('with several settings of a rule for one post, keeps the distinct findings and counts the most any setting left out', () => {
    const config = `${BASE_CONFIG.replace('    admins: [小张]\n', '    admins: [小张]\n    rules:\n      banned-words: { words: [秒杀] }\n')}`;
    const post = FRONT_MATTER.replace('group: mom-vip', 'groups: [mom-vip, mom-newbie]');
    const { diagnostics } = lintWorkspace({ config, posts: { 'posts/a.md': `${post}${'最佳\n'.repeat(150)}${'秒杀\n'.repeat(30)}` } });
    const banned = of(diagnostics, 'banned-words');
    assert.equal(banned.length, MAX_FINDINGS + 1);
    // mom-newbie's setting finds 180 (150 最佳 and 30 秒杀), mom-vip's the 150 最佳: the larger count left out wins
    assert.deepEqual(banned.at(-1)?.data, { count: 80, rule: 'banned-words', max: MAX_FINDINGS });
  });

  it('bounds calendar rules per rule, group and file, in community.yaml too', () => {
    const { diagnostics } = lintWorkspace({ options: { horizonDays: 366 }, posts: {} }, 'posts-per-day');
    const perDay = of(diagnostics, 'posts-per-day');
    // two groups, 366 days each: 100 listed for each, and one closing diagnostic each at its group's id
    assert.equal(perDay.length, 2 * (MAX_FINDINGS + 1));
    assert.deepEqual(
      perDay.filter((diagnostic) => diagnostic.messageId === 'moreFindings').map((diagnostic) => [diagnostic.range.start.line + 1, diagnostic.data.count]),
      [[3, 266], [9, 266]],
    );
  });

  it('reads a 9 MB post with 700 000 findings without building them all', function () {
    // before the limit: 770 000 diagnostics, 3.5 s and about 2 GB in `ccal lint`; now about half a second
    this.timeout(20_000);
    const line = '联系 13812345678 或 最佳 13912345678 国家级\n';
    const { diagnostics } = lintWorkspace({ posts: { 'posts/a.md': `${FRONT_MATTER}${line.repeat(180_000)}` } });
    assert.deepEqual(of(diagnostics, 'personal-info').at(-1)?.data, { count: 360_000 - MAX_FINDINGS, rule: 'personal-info', max: MAX_FINDINGS });
    assert.deepEqual(of(diagnostics, 'banned-words').at(-1)?.data, { count: 360_000 - MAX_FINDINGS, rule: 'banned-words', max: MAX_FINDINGS });
  });
});
