import * as assert from 'node:assert/strict';
import { loadConfig } from '../../../src/core/config/load';
import { diagnosticMessage } from '../../../src/core/diagnostics';
import { createEnvironment, evaluatePost } from '../../../src/core/index/evaluate';
import { WorkspaceIndex } from '../../../src/core/index/workspace';
import { nowAt } from '../../support/now';
import { BASE_CONFIG, DEFAULT_NOW, lintWorkspace } from '../../support/ruleTester';

/** A post to mom-vip; `repeat` is YAML lines indented under `repeat:`. */
function text(publish: string, type: string, repeat?: string, body = '正文'): string {
  return `---\ntitle: t-${publish}\ngroup: mom-vip\npublish: ${publish}\ntype: ${type}\n${repeat === undefined ? '' : `repeat:\n${repeat}`}---\n${body}\n`;
}

function messages(posts: Record<string, string>, ruleId: string, options = ''): string[] {
  const config = options === '' ? BASE_CONFIG : `${BASE_CONFIG}rules:\n${options}`;
  return lintWorkspace({ config, posts }).diagnostics.filter((d) => d.ruleId === ruleId).map((d) => `${d.file}:${d.range.start.line + 1} ${diagnosticMessage(d, 'en')}`);
}

const DAILY_FOUR = '  every: day\n  count: 4\n';

describe('series in the workspace index', () => {
  it('a series yields one schedule entry per occurrence, at the base time of day', () => {
    const { index } = lintWorkspace({ posts: { 'posts/s.md': text('2026-12-01 08:30', 'practical', '  every: week\n  on: [tue, thu]\n  count: 3\n  except: [2026-12-03]\n') } });
    assert.deepEqual(
      index.scheduleOf('mom-vip').map((entry) => `${entry.time.date} ${entry.time.local.hour}:${entry.time.local.minute} #${entry.occurrence}`),
      ['2026-12-01 8:30 #0', '2026-12-08 8:30 #1'],
    );
  });

  it('a repeat with an error leaves the post once, at publish', () => {
    const { index } = lintWorkspace({ posts: { 'posts/s.md': text('2026-12-01 08:30', 'practical', '  every: week\n') } });
    assert.deepEqual(index.scheduleOf('mom-vip').map((entry) => [entry.time.date, entry.occurrence]), [['2026-12-01', undefined]]);
  });

  it('posts-per-day counts each occurrence', () => {
    const posts = { 'posts/s.md': text('2026-12-01 08:00', 'practical', DAILY_FOUR), 'posts/a.md': text('2026-12-02 09:00', 'practical'), 'posts/b.md': text('2026-12-02 10:00', 'practical') };
    assert.deepEqual(messages(posts, 'posts-per-day', '  posts-per-day: { max: 2, horizonDays: 0 }\n'), ['posts/b.md:4 Too many posts to mom-vip on 2026-12-02: 3 (at most 2)']);
  });

  it('ad-ratio counts each occurrence of an ad series in its week', () => {
    const posts = { 'posts/ad.md': text('2026-12-01 12:00', 'ad', '  every: day\n  count: 2\n', '【广告】好物'), 'posts/a.md': text('2026-12-01 09:00', 'practical'), 'posts/b.md': text('2026-12-02 09:00', 'practical') };
    assert.deepEqual(messages(posts, 'ad-ratio'), ['posts/ad.md:5 Ads are 2 of 4 posts (50%) in mom-vip for 2026-W49, above 20%']);
  });

  it('content-mix counts occurrences toward the week\'s types', () => {
    const daily = (type: string, time: string, count: number) => text(`2026-11-30 ${time}`, type, `  every: day\n  count: ${count}\n`);
    const posts = { 'posts/p.md': daily('practical', '08:00', 5), 'posts/i.md': daily('interactive', '12:00', 7), 'posts/e.md': daily('emotional', '20:00', 1) };
    assert.deepEqual(messages(posts, 'content-mix'), []);
    assert.equal(messages({ ...posts, 'posts/i.md': daily('interactive', '12:00', 6) }, 'content-mix').length, 1);
  });

  it('min-gap names the occurrence that is too close, and the other side\'s date when it is an occurrence', () => {
    const posts = { 'posts/s.md': text('2026-12-01 08:30', 'practical', DAILY_FOUR), 'posts/a.md': text('2026-12-03 08:40', 'practical') };
    assert.deepEqual(messages(posts, 'min-gap'), ['posts/a.md:4 Only 10 min after "t-2026-12-01 08:30 (2026-12-03)" in mom-vip (at least 30 min apart)']);
    const later = { 'posts/s.md': text('2026-12-01 08:30', 'practical', DAILY_FOUR), 'posts/a.md': text('2026-12-03 08:20', 'practical') };
    assert.deepEqual(messages(later, 'min-gap'), ['posts/s.md:4 On 2026-12-03: only 10 min after "t-2026-12-03 08:20" in mom-vip (at least 30 min apart)']);
  });

  it('duplicate-content never compares a series with itself, but with other files', () => {
    const body = '今晚8点群内直播，儿科医生在线答疑，欢迎提前把问题发在群里。';
    assert.deepEqual(messages({ 'posts/s.md': text('2026-12-01 08:30', 'practical', DAILY_FOUR, body) }, 'duplicate-content'), []);
    const posts = { 'posts/s.md': text('2026-12-01 08:30', 'practical', DAILY_FOUR, body), 'posts/a.md': text('2026-11-20 08:30', 'practical', undefined, body) };
    assert.deepEqual(messages(posts, 'duplicate-content'), ['posts/s.md:10 Body is 100% the same as "t-2026-11-20 08:30" (2026-11-20) in mom-vip']);
  });

  it('post rules check the file once', () => {
    const posts = { 'posts/s.md': text('2026-12-01 23:30', 'practical', DAILY_FOUR) };
    assert.deepEqual(messages(posts, 'quiet-hours').length, 1);
  });

  it('editing a series replaces its entries; removing it removes them all', () => {
    const config = loadConfig('community.yaml', BASE_CONFIG);
    const env = createEnvironment(config, nowAt(DEFAULT_NOW, config.timezone));
    const index = new WorkspaceIndex(env);
    index.load([evaluatePost('posts/a.md', text('2026-12-02 09:00', 'practical'), env), evaluatePost('posts/s.md', text('2026-12-01 08:30', 'practical', DAILY_FOUR), env)]);
    const dates = () => index.scheduleOf('mom-vip').map((entry) => `${entry.time.date} ${entry.post.path}`);
    assert.equal(dates().length, 5);
    index.updatePost(evaluatePost('posts/s.md', text('2026-12-01 08:30', 'practical', '  every: day\n  count: 12\n'), env));
    assert.equal(dates().length, 13);
    assert.deepEqual(dates().slice(0, 3), ['2026-12-01 posts/s.md', '2026-12-02 posts/s.md', '2026-12-02 posts/a.md']);
    const fresh = new WorkspaceIndex(env);
    fresh.load([evaluatePost('posts/a.md', text('2026-12-02 09:00', 'practical'), env), evaluatePost('posts/s.md', text('2026-12-01 08:30', 'practical', '  every: day\n  count: 12\n'), env)]);
    assert.deepEqual(dates(), fresh.scheduleOf('mom-vip').map((entry) => `${entry.time.date} ${entry.post.path}`));
    index.removePost('posts/s.md');
    assert.deepEqual(dates(), ['2026-12-02 posts/a.md']);
  });
});
