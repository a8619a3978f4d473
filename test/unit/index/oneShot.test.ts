import * as assert from 'node:assert/strict';
import { loadConfig } from '../../../src/core/config/load';
import { diagnosticMessage } from '../../../src/core/session/diagnostics';
import { createEnvironment, evaluatePost, readableBodyOf } from '../../../src/core/rules/evaluate';
import { WorkspaceIndex } from '../../../src/core/index/workspace';
import { gramSignature, type GramSignature } from '../../../src/core/match/shingles';
import { nowAt } from '../../support/now';
import { BASE_CONFIG } from '../../support/ruleTester';
import { postText } from '../../support/posts';

const BODY = '宝宝6个月后可以开始添加辅食啦！今天分享一道南瓜小米粥，做法简单，营养丰富。';

function report(index: WorkspaceIndex): string[] {
  return index
    .files()
    .sort()
    .flatMap((file) => index.diagnosticsFor(file).map((d) => `${file}:${d.range.start.line + 1} ${d.ruleId} ${diagnosticMessage(d, 'en')}`));
}

describe('workspace index of a one-shot check', () => {
  it('finds the duplicates load finds from signatures and the bodies read again, then lets the signatures go', async () => {
    const posts = new Map([
      ['posts/a.md', postText({ group: 'mom-vip', publish: '2026-11-24 10:00', type: 'practical' }, BODY)],
      ['posts/b.md', postText({ group: 'mom-vip', publish: '2026-11-26 10:00', type: 'practical' }, `${BODY}欢迎提问。`)],
      ['posts/c.md', postText({ group: 'mom-vip', publish: '2026-11-27 10:00', type: 'interactive' }, '今晚8点群内直播，儿科医生在线答疑，欢迎提前把问题发在群里。')],
    ]);
    const config = loadConfig('community.yaml', BASE_CONFIG);
    const env = createEnvironment(config, nowAt('2026-11-23T09:00', config.timezone));
    const full = new WorkspaceIndex(env);
    full.load([...posts].map(([path, text]) => evaluatePost(path, text, env)));

    const signatures = new Map<string, GramSignature>();
    const results = [...posts].map(([path, text]) => {
      const result = evaluatePost(path, text, env);
      signatures.set(path, gramSignature(result.summary.readableBody ?? ''));
      result.summary.readableBody = undefined;
      return result;
    });
    const read: string[] = [];
    const oneShot = new WorkspaceIndex(env);
    await oneShot.loadWithSignatures(results, signatures, async (paths) => {
      read.push(...paths);
      return new Map(paths.map((path) => [path, readableBodyOf(path, posts.get(path) ?? '') ?? '']));
    });
    assert.ok(report(full).some((line) => line.includes('duplicate-content')));
    assert.deepEqual(report(oneShot), report(full));
    assert.deepEqual(read.sort(), ['posts/a.md', 'posts/b.md']);
    assert.equal(signatures.size, 0, 'the signatures are let go once the pairs are found');
  });

  it('shares one range among the anchors of posts with the same layout, and one time among posts at the same instant', () => {
    const config = loadConfig('community.yaml', BASE_CONFIG);
    const env = createEnvironment(config, nowAt('2026-11-23T09:00', config.timezone));
    const a = evaluatePost('posts/a.md', postText({ group: 'mom-vip', publish: '2026-11-24 10:00', type: 'practical' }, BODY), env).summary;
    const b = evaluatePost('posts/b.md', postText({ group: 'mom-vip', publish: '2026-11-25 11:30', type: 'practical' }, BODY), env).summary;
    const c = evaluatePost('posts/c.md', postText({ group: 'mom-vip', title: '长一些的标题', publish: '2026-11-25 11:30', type: 'practical' }, BODY), env).summary;
    assert.equal(a.publishAnchor?.range, b.publishAnchor?.range);
    assert.equal(a.bodyAnchor?.range, b.bodyAnchor?.range);
    assert.deepEqual(c.publishAnchor?.range, a.publishAnchor?.range);
    assert.notEqual(c.publishAnchor?.span.start, a.publishAnchor?.span.start, 'the spans are each post\'s own');
    assert.equal(b.time, c.time, 'posts at one instant share its time');
    assert.notEqual(a.time, b.time);
    assert.equal(b.time?.date, '2026-11-25');
    assert.equal(a.time?.week, '2026-W48');
  });
});
