import * as assert from 'node:assert/strict';
import { loadConfig } from '../../../src/core/config/load';
import { diagnosticMessage } from '../../../src/core/session/diagnostics';
import { createEnvironment, evaluatePost } from '../../../src/core/rules/evaluate';
import { WorkspaceIndex } from '../../../src/core/index/workspace';
import type { Severity } from '../../../src/core/base/domain';
import type { ShownFrom } from '../../../src/core/rules/evaluate';
import { postText } from '../../support/posts';
import { seededRandom } from '../../support/random';
import { at, defined } from '../../support/defined';

// Rules at every severity, a group that raises zh-typography to a warning, a calendar rule at info, and review at
// info: its unknown person id is an error whatever the setting (a floor), so a run that hides infos must still run it.
const CONFIG = `timezone: Asia/Shanghai
people:
  - { id: linxiao, roles: [lead, reviewer] }
  - { id: susu, roles: [writer] }
rules:
  review: info
  min-gap: info
  quiet-hours: warning
  banned-words: { severity: error }
groups:
  - id: mom-vip
    platform: wecom
    tier: core
    members: 480
    admins: [小李]
    rules:
      zh-typography: warning
  - id: mom-newbie
    platform: wechat
    tier: regular
    members: 300
    admins: [小张]
`;

const BODIES = ['宝宝6个月后可以添加辅食,今天分享南瓜粥!!!', '最佳的保湿方法：洗澡水温38度。', '今晚8点群内直播，欢迎提问。', '联系电话 13812345678，VIP群专享。'];

function randomWorkspace(seed: number): Map<string, string> {
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => at(items, Math.floor(next() * items.length));
  const posts = new Map<string, string>();
  for (let index = 0; index < 30; index++) {
    const group = pick([{ group: 'mom-vip' }, { group: 'mom-newbie' }, { groups: ['mom-vip', 'mom-newbie'] }]);
    const hour = String(Math.floor(next() * 24)).padStart(2, '0');
    const people = next() < 0.3 ? `\nowner: ${pick(['susu', 'nobody'])}\nreviewer: ${pick(['linxiao', 'susu', 'ghost'])}` : '';
    const text = postText({ ...group, publish: `2026-11-${20 + Math.floor(next() * 8)} ${hour}:00`, type: pick(['practical', 'ad', 'interactive']), status: pick(['draft', 'approved']) }, pick(BODIES) + pick(BODIES));
    posts.set(`posts/p${index}.md`, text.replace('\n---\n', `${people}\n---\n`));
  }
  return posts;
}

function loaded(posts: ReadonlyMap<string, string>, shownFrom: ShownFrom): WorkspaceIndex {
  const env = createEnvironment(loadConfig('community.yaml', CONFIG), Date.parse('2026-11-20T01:00:00Z'), shownFrom);
  const index = new WorkspaceIndex(env);
  index.load([...posts].map(([path, text]) => evaluatePost(path, text, env)));
  return index;
}

function report(posts: ReadonlyMap<string, string>, shownFrom: Severity, filterFrom: Severity): string[] {
  const rank = { info: 0, warning: 1, error: 2 };
  const index = loaded(posts, shownFrom);
  return index
    .files()
    .sort()
    .flatMap((file) => index.diagnosticsFor(file).filter((d) => rank[d.severity] >= rank[filterFrom]))
    .map((d) => `${d.file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.ruleId} ${d.severity} ${diagnosticMessage(d, 'en')}`);
}

describe('a run that hides the less severe findings', () => {
  for (const shownFrom of ['warning', 'error'] as const) {
    for (const seed of [1, 2, 3]) {
      it(`reports exactly what a full run shows from ${shownFrom} up (seed ${seed})`, () => {
        const posts = randomWorkspace(seed);
        const full = report(posts, 'info', shownFrom);
        assert.ok(full.length > 0);
        assert.deepEqual(report(posts, shownFrom, shownFrom), full);
      });
    }
  }

  it('runs no rule when nothing is shown (an export of the plan), and places every post as a full run does', () => {
    const posts = randomWorkspace(4);
    const silent = loaded(posts, 'nothing');
    const full = loaded(posts, 'info');
    assert.ok(full.files().some((file) => full.diagnosticsFor(file).some((d) => d.severity === 'error')), 'the full run finds errors');
    assert.deepEqual(silent.files().flatMap((file) => silent.diagnosticsFor(file)), []);
    assert.deepEqual([...silent.summaries()], [...full.summaries()]);
  });

  it('still runs an info rule whose message has an error floor', () => {
    const posts = new Map([['posts/a.md', postText({ group: 'mom-vip', publish: '2026-11-25 10:00', type: 'practical' }).replace('\n---\n', '\nowner: nobody\n---\n')]]);
    const errors = report(posts, 'error', 'error');
    assert.ok(errors.some((line) => line.includes(' review error ')), errors.join('\n'));
  });

  it('skips what nobody sees: zh-typography at info finds nothing in a run from warnings up', () => {
    const posts = new Map([['posts/a.md', postText({ group: 'mom-newbie', publish: '2026-11-25 10:00', type: 'practical' }, '宝宝6个月后可以添加辅食')]]);
    const env = createEnvironment(loadConfig('community.yaml', CONFIG), Date.parse('2026-11-20T01:00:00Z'), 'warning');
    const all = createEnvironment(loadConfig('community.yaml', CONFIG), Date.parse('2026-11-20T01:00:00Z'));
    const path = 'posts/a.md';
    const text = defined(posts.get(path), 'the post');
    assert.ok(evaluatePost(path, text, all).diagnostics.some((d) => d.ruleId === 'zh-typography'));
    assert.ok(!evaluatePost(path, text, env).diagnostics.some((d) => d.ruleId === 'zh-typography'));
  });
});
