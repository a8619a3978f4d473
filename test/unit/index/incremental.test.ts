import * as assert from 'node:assert/strict';
import { loadConfig } from '../../../src/core/config/load';
import { diagnosticMessage } from '../../../src/core/diagnostics';
import { createEnvironment, evaluatePost, type RuleEnvironment } from '../../../src/core/index/evaluate';
import { WorkspaceIndex } from '../../../src/core/index/workspace';
import { nowAt } from '../../support/now';
import { BASE_CONFIG } from '../../support/ruleTester';
import { postText } from '../../support/posts';
import { seededRandom } from '../../support/random';

const BODIES = [
  '宝宝6个月后可以开始添加辅食啦！今天分享一道南瓜小米粥，做法简单，营养丰富。',
  '冬天宝宝容易皮肤干燥，洗澡水温控制在38度左右，洗完三分钟内涂上保湿霜。',
  '今晚8点群内直播，儿科医生在线答疑，欢迎提前把问题发在群里。',
];

function randomPost(next: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const day = 20 + Math.floor(next() * 10);
  const hour = Math.floor(next() * 24);
  const minute = pick([0, 10, 15, 30, 45]);
  const groupChoice = pick([{ group: 'mom-vip' }, { group: 'mom-newbie' }, { groups: ['mom-vip', 'mom-newbie'] }, { group: 'mom-vpi' }]);
  const publish = next() < 0.05 ? '2026-11-31 10:00' : `2026-11-${day} ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  return postText({ ...groupChoice, publish, type: pick(['practical', 'interactive', 'emotional', 'ad', 'activity', 'notice']), ugc: next() < 0.2 }, `${pick(BODIES)}${next() < 0.5 ? '' : pick(BODIES)}`);
}

function snapshot(index: WorkspaceIndex): string[] {
  return index
    .files()
    .sort()
    .flatMap((file) => index.diagnosticsFor(file).map((d) => `${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.ruleId} ${d.severity} ${diagnosticMessage(d, 'en')}`));
}

function fullIndex(env: RuleEnvironment, posts: ReadonlyMap<string, string>): WorkspaceIndex {
  const index = new WorkspaceIndex(env);
  index.load([...posts].map(([path, text]) => evaluatePost(path, text, env)));
  return index;
}

describe('workspace index, incremental updates', () => {
  const config = loadConfig('community.yaml', BASE_CONFIG);
  const env = createEnvironment(config, nowAt('2026-11-22T09:00', config.timezone));

  for (const seed of [1, 2, 3, 4, 5]) {
    it(`matches a full rebuild after every one of 60 random edits (seed ${seed})`, () => {
      const next = seededRandom(seed);
      const posts = new Map<string, string>();
      for (let index = 0; index < 25; index++) posts.set(`posts/p${index}.md`, randomPost(next));
      const incremental = fullIndex(env, posts);
      for (let step = 0; step < 60; step++) {
        const path = `posts/p${Math.floor(next() * 30)}.md`;
        const roll = next();
        let changed: Set<string>;
        const before = snapshot(incremental);
        if (roll < 0.15 && posts.has(path)) {
          posts.delete(path);
          changed = incremental.removePost(path);
        } else {
          const text = roll < 0.25 ? '---\ntitle: [broken\n---\n' : randomPost(next);
          posts.set(path, text);
          changed = incremental.updatePost(evaluatePost(path, text, env));
        }
        const after = snapshot(incremental);
        assert.deepEqual(after, snapshot(fullIndex(env, posts)), `step ${step}: ${path}`);
        // every file whose diagnostics changed is in the change set the extension will refresh
        const differing = new Set([...before, ...after].filter((line) => !before.includes(line) || !after.includes(line)).map((line) => line.slice(0, line.indexOf(':'))));
        for (const file of differing) assert.ok(changed.has(file), `step ${step}: ${file} changed but was not reported`);
        // and nothing else but the edited file: republishing unchanged files is what makes a keystroke slow
        for (const file of changed) assert.ok(file === path || differing.has(file), `step ${step}: ${file} was reported but did not change`);
      }
    });
  }
});
