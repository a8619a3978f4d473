import * as assert from 'node:assert/strict';
import { PostCache, type PostCacheOptions } from '../../../src/core/cache/postCache';
import { WorkspaceSession } from '../../../src/core/session/session';
import { MemoryHost, resultsReport, sessionReport } from '../../support/memoryHost';
import { postText } from '../../support/posts';
import { BASE_CONFIG } from '../../support/ruleTester';

const NOW = Date.parse('2026-11-20T01:00:00Z');
const HOUR = 3_600_000;
const OLD = NOW - 24 * HOUR;
const OPTIONS: PostCacheOptions = { strategy: 'metadata', engine: '1.0.0' };

function workspace(): MemoryHost {
  const host = new MemoryHost();
  host.write('community.yaml', BASE_CONFIG, OLD);
  host.write('posts/a.md', postText({ group: 'mom-vip', publish: '2026-11-23 23:00', type: 'practical' }), OLD);
  host.write('posts/b.md', postText({ group: 'mom-vip', publish: '2026-11-19 08:00', type: 'ad', status: 'draft' }, '最佳选择'), OLD);
  host.write('posts/c.md', postText({ group: 'mom-newbie', publish: '2026-11-20 10:00', type: 'interactive', status: 'review' }), OLD);
  return host;
}

/** Loads the workspace with a cache read from `text`; returns the session, the cache and the posts read. */
async function run(host: MemoryHost, text: string | undefined, options: PostCacheOptions = OPTIONS) {
  host.reads.length = 0;
  const cache = PostCache.read(text, options);
  const session = new WorkspaceSession(host, 'community.yaml', () => NOW, { cache });
  await session.load();
  return { session, cache, postsRead: host.reads.filter((path) => path.startsWith('posts/')) };
}

describe('lint cache', () => {
  it('by size and mtime: a second run reads no unchanged post nor evaluates any group, and after an edit only the edited post and its group', async () => {
    const host = workspace();
    const first = await run(host, undefined);
    assert.deepEqual(first.postsRead, ['posts/a.md', 'posts/b.md', 'posts/c.md']);
    const second = await run(host, first.cache.serialize());
    assert.deepEqual(second.postsRead, []);
    assert.deepEqual(second.cache.counts, { hits: 3, misses: 0, groupHits: 2, groupMisses: 0, runHits: 0 });
    assert.equal(second.cache.dirty, false, 'nothing to write');
    assert.equal(sessionReport(second.session), sessionReport(first.session));
    host.write('posts/b.md', postText({ group: 'mom-vip', publish: '2026-11-19 08:00', type: 'ad', status: 'published' }, '【广告】好选择'), NOW);
    const third = await run(host, second.cache.serialize());
    assert.deepEqual(third.postsRead, ['posts/b.md']);
    assert.deepEqual(third.cache.counts, { hits: 2, misses: 1, groupHits: 1, groupMisses: 1, runHits: 0 }, 'mom-newbie kept, mom-vip evaluated again');
  });

  it('results only: a run with nothing changed is taken whole from the record of the last; an edit, a turn of the clock or a new day voids it', async () => {
    const host = workspace();
    const resultsRun = async (text: string | undefined, now = NOW) => {
      host.reads.length = 0;
      const cache = PostCache.read(text, OPTIONS);
      const session = new WorkspaceSession(host, 'community.yaml', () => now, { cache, keepContents: false, resultsOnly: true });
      await session.load();
      return { session, cache, postsRead: host.reads.filter((path) => path.startsWith('posts/')) };
    };
    const fresh = async (now = NOW) => {
      const session = new WorkspaceSession(host, 'community.yaml', () => now);
      await session.load();
      return resultsReport(session);
    };
    const first = await resultsRun(undefined);
    assert.throws(() => first.session.index, /keeps only results/);
    assert.throws(() => new WorkspaceSession(host, 'community.yaml', () => NOW, { resultsOnly: true }), /one-shot session/);
    const second = await resultsRun(first.cache.serialize());
    assert.deepEqual(second.cache.counts, { hits: 0, misses: 0, groupHits: 0, groupMisses: 0, runHits: 1 }, 'no entry looked up, no group asked');
    assert.deepEqual(second.postsRead, []);
    assert.equal(second.cache.dirty, false, 'nothing to write');
    assert.equal(resultsReport(second.session), await fresh());
    // the same size, another mtime: only the mtime tells this edit
    const sameSize = postText({ group: 'mom-vip', publish: '2026-11-19 08:00', type: 'ad', status: 'draft' }, '好的选择');
    assert.equal(Buffer.byteLength(sameSize), Buffer.byteLength(host.files.get('posts/b.md')?.text ?? ''));
    host.write('posts/b.md', sameSize, NOW - HOUR);
    const touched = await resultsRun(second.cache.serialize());
    assert.deepEqual([touched.cache.counts.runHits, touched.postsRead], [0, ['posts/b.md']]);
    assert.equal(resultsReport(touched.session), await fresh());
    assert.notEqual(resultsReport(touched.session), resultsReport(second.session), 'the edit changed what is reported');
    // another size, the same mtime (a file system of coarse ticks): only the size tells this one
    host.write('posts/b.md', postText({ group: 'mom-vip', publish: '2026-11-19 08:00', type: 'ad', status: 'draft' }, '最佳'), NOW - HOUR);
    const resized = await resultsRun(touched.cache.serialize());
    assert.deepEqual([resized.cache.counts.runHits, resized.postsRead], [0, ['posts/b.md']]);
    assert.equal(resultsReport(resized.session), await fresh());
    host.write('posts/b.md', postText({ group: 'mom-vip', publish: '2026-11-19 08:00', type: 'ad', status: 'published' }, '【广告】好选择'), NOW);
    const edited = await resultsRun(resized.cache.serialize());
    assert.deepEqual([edited.cache.counts.runHits, edited.postsRead], [0, ['posts/b.md']]);
    assert.equal(resultsReport(edited.session), await fresh());
    const recorded = edited.cache.serialize();
    assert.equal((await resultsRun(recorded)).cache.counts.runHits, 1, 'recorded anew');
    // c is to be published at 10:00 in Shanghai, 02:00Z: past it, stale-schedule may judge it differently
    for (const now of [NOW + 2 * HOUR, NOW + 24 * HOUR]) {
      const moved = await resultsRun(recorded, now);
      assert.equal(moved.cache.counts.runHits, 0, new Date(now).toISOString());
      assert.equal(resultsReport(moved.session), await fresh(now));
    }
    assert.equal((await resultsRun(recorded, NOW + 60_000)).cache.counts.runHits, 1, 'a minute later nothing turned');
  });

  it('results only: a record of another listing or day, or of the wrong shape, is not used', async () => {
    const host = workspace();
    const resultsRun = async (text: string | undefined) => {
      const cache = PostCache.read(text, OPTIONS);
      const session = new WorkspaceSession(host, 'community.yaml', () => NOW, { cache, keepContents: false, resultsOnly: true });
      await session.load();
      return { session, cache };
    };
    const first = await resultsRun(undefined);
    const text = first.cache.serialize();
    const runLine = text.split('\n')[1] ?? '';
    assert.ok(runLine.startsWith('["'), 'a record was written');
    const damaged = [runLine.replace('["', '{"'), runLine.replace(/^\["[^"]/, '["@'), runLine.replace('"2026-11-20"', '"2026-11-21"')];
    for (const line of damaged) {
      assert.equal(line.length, runLine.length);
      const { session, cache } = await resultsRun(text.replace(runLine, line));
      assert.equal(cache.counts.runHits, 0, line.slice(0, 40));
      assert.equal(resultsReport(session), resultsReport(first.session));
    }
  });

  it('reads the texts of the posts the cache answered for only when asked, after the results stand', async () => {
    const host = workspace();
    const first = await run(host, undefined);
    const { session } = await run(host, first.cache.serialize());
    assert.equal(session.textOf('posts/a.md'), undefined);
    await session.readUnreadPosts();
    assert.equal(session.textOf('posts/a.md'), host.files.get('posts/a.md')?.text);
  });

  it('by content: reads every post but checks only the changed ones again', async () => {
    const host = workspace();
    const options: PostCacheOptions = { strategy: 'content', engine: '1.0.0' };
    const first = await run(host, undefined, options);
    // a touch changes the mtime, not the content
    host.write('posts/a.md', host.files.get('posts/a.md')?.text ?? '', NOW);
    const second = await run(host, first.cache.serialize(), options);
    assert.equal(second.postsRead.length, 3);
    assert.deepEqual(second.cache.counts, { hits: 3, misses: 0, groupHits: 2, groupMisses: 0, runHits: 0 });
  });

  it('drops deleted files; a renamed file is a new path', async () => {
    const host = workspace();
    const first = await run(host, undefined);
    host.files.delete('posts/a.md');
    const moved = host.files.get('posts/c.md');
    host.files.delete('posts/c.md');
    if (moved) host.files.set('posts/d.md', moved);
    const second = await run(host, first.cache.serialize());
    assert.deepEqual(second.postsRead, ['posts/d.md']);
    assert.equal(second.cache.size, 2);
    assert.deepEqual(second.session.index.files().sort(), ['community.yaml', 'posts/b.md', 'posts/d.md']);
  });

  it('ignores a corrupt, truncated, foreign or older cache, never throwing, and marks it to be rewritten', async () => {
    const host = workspace();
    const good = (await run(host, undefined)).cache.serialize();
    const [header, body] = good.split('\n');
    assert.ok(header !== undefined && body !== undefined);
    const damaged = [
      '',
      'not json at all',
      good.slice(0, good.length - 10),
      `${header}\n${body.replace('posts/b.md', 'posts/bb.md')}`,
      good.replace(/"version":(\d+)/, (_, version: string) => `"version":${Number(version) - 1}`),
      good.replace('"format":"ccal-cache"', '"format":"eslintcache"'),
      `${header}\n{"strings":"nope","entries":[]}`,
      '\u0000\u0001binary\n\u00ff',
    ];
    for (const text of damaged) {
      const { cache, postsRead } = await run(host, text);
      assert.equal(postsRead.length, 3, JSON.stringify(text.slice(0, 40)));
      assert.equal(cache.dirty, true, JSON.stringify(text.slice(0, 40)));
    }
    for (const options of [{ ...OPTIONS, engine: '1.0.1' }, { ...OPTIONS, strategy: 'content' as const }]) {
      assert.equal((await run(host, good, options)).cache.counts.hits, 0, JSON.stringify(options));
    }
  });

  it('keeps readable bodies after the entries, as text; a body cut off the end makes its post be checked again', async () => {
    const host = workspace();
    const first = await run(host, undefined);
    const good = first.cache.serialize();
    const lineEnd = good.indexOf('\n');
    const { length } = JSON.parse(good.slice(0, lineEnd)) as { length: number };
    assert.ok(!good.slice(lineEnd + 1, lineEnd + 1 + length).includes('最佳选择') && good.slice(lineEnd + 1 + length).includes('最佳选择'), 'bodies after the JSON');
    const cut = good.replace(/"bodies":(\d+)/, (_, bodies: string) => `"bodies":${Number(bodies) - 1}`).slice(0, -1);
    const second = await run(host, cut);
    assert.deepEqual(second.postsRead, ['posts/c.md'], 'the last body written is cut short');
    assert.equal(sessionReport(second.session), sessionReport(first.session));
  });

  it('writes the entries it read as it read them, and lays the file out anew once most bodies it read are gone', async () => {
    const host = workspace();
    const first = await run(host, undefined);
    const text = first.cache.serialize();
    const second = await run(host, text);
    assert.equal(second.cache.serialize(), text, 'read and written again unchanged');
    host.write('posts/b.md', postText({ group: 'mom-vip', publish: '2026-11-19 08:00', type: 'ad', status: 'published' }, '【广告】新的正文'), NOW);
    const third = await run(host, text);
    const rewritten = third.cache.serialize();
    const lines = (cacheText: string) => cacheText.split('\n').filter((line) => line.startsWith('["posts/'));
    assert.deepEqual(lines(rewritten).filter((line) => !line.startsWith('["posts/b.md"')), lines(text).filter((line) => !line.startsWith('["posts/b.md"')));
    assert.ok(rewritten.endsWith('【广告】新的正文\n'), 'the new body after the bodies read');
    assert.deepEqual((await run(host, rewritten)).postsRead, [], 'the edited post is written as it is now');
    for (const path of ['posts/a.md', 'posts/c.md']) host.write(path, `${host.files.get(path)?.text ?? ''}新的一行\n`, NOW);
    const fourth = await run(host, rewritten);
    const compacted = fourth.cache.serialize();
    // b's old body stays while most bodies read are still used, and is left out once they are not
    assert.ok(rewritten.includes('最佳选择') && !compacted.includes('最佳选择'));
    const fifth = await run(host, compacted);
    assert.deepEqual(fifth.postsRead, []);
    assert.equal(sessionReport(fifth.session), sessionReport(fourth.session));
  });

  it('forgets everything when community.yaml or a word list it names changes', async () => {
    const host = workspace();
    const first = await run(host, undefined);
    host.write('community.yaml', `${BASE_CONFIG}rules:\n  quiet-hours: off\n`, NOW);
    const second = await run(host, first.cache.serialize());
    assert.equal(second.postsRead.length, 3);
    host.write('community.yaml', `${BASE_CONFIG}rules:\n  banned-words: { lists: [words.txt] }\n`, NOW);
    host.write('words.txt', '选择\n', NOW);
    const third = await run(host, second.cache.serialize());
    host.write('words.txt', '正文\n', NOW);
    const fourth = await run(host, third.cache.serialize());
    assert.equal(fourth.postsRead.length, 3);
    assert.ok(fourth.session.diagnosticsFor('posts/a.md').some((diagnostic) => diagnostic.ruleId === 'banned-words'));
  });

  it('does not keep a size-and-mtime stamp from the last moments before the run (a file written again within the same mtime tick)', async () => {
    const host = workspace();
    host.write('posts/a.md', host.files.get('posts/a.md')?.text ?? '', NOW - 500);
    const first = await run(host, undefined, { ...OPTIONS, settledBefore: NOW - 2000 });
    const second = await run(host, first.cache.serialize(), { ...OPTIONS, settledBefore: NOW - 2000 });
    assert.deepEqual(second.postsRead, ['posts/a.md']);
  });
});
