import * as assert from 'node:assert/strict';
import type { Config } from '../../../src/core/model/config';
import type { PostListing, WorkspaceHost } from '../../../src/core/session/host';
import { WorkspaceSession } from '../../../src/core/session/session';
import { checkPosts, NOT_READ } from '../../../src/core/session/postChecks';
import { createEnvironment } from '../../../src/core/rules/evaluate';
import { loadConfig } from '../../../src/core/config/load';
import { BASE_CONFIG } from '../../support/ruleTester';
import { postText } from '../../support/posts';
import { at } from '../../support/defined';

class MemoryHost implements WorkspaceHost {
  constructor(readonly files: Map<string, string>) {}
  async readFile(path: string): Promise<string | undefined> {
    return this.files.get(path);
  }
  async listPosts(config: Config): Promise<PostListing> {
    return { files: [...this.files.keys()].filter((path) => config.postSelection.matches(path)), skipped: [] };
  }
}

const NOW = Date.parse('2026-11-23T01:00:00Z');

describe('workspace session', () => {
  it('loads through the host, follows post edits and config edits', async () => {
    const host = new MemoryHost(
      new Map([
        ['community.yaml', BASE_CONFIG],
        ['posts/a.md', postText({ group: 'mom-vip', publish: '2026-11-23 23:00', type: 'practical' })],
        ['notes/readme.md', '# not a post'],
      ]),
    );
    const session = new WorkspaceSession(host, 'community.yaml', () => NOW);
    let progressCalls = 0;
    await session.load(() => progressCalls++);
    assert.ok(progressCalls > 0);
    assert.deepEqual(session.index.files().sort(), ['community.yaml', 'posts/a.md']);
    assert.ok(session.diagnosticsFor('posts/a.md').some((diagnostic) => diagnostic.ruleId === 'quiet-hours'));
    assert.equal(session.isPost('notes/readme.md'), false);
    assert.deepEqual([...session.setPostContent('notes/readme.md', 'x')], [], 'files outside the globs are ignored');

    const changed = session.setPostContent('posts/a.md', postText({ group: 'mom-vip', publish: '2026-11-23 20:00', type: 'practical' }));
    assert.ok(changed.has('posts/a.md'));
    assert.ok(!session.diagnosticsFor('posts/a.md').some((diagnostic) => diagnostic.ruleId === 'quiet-hours'));

    session.setPostContent('posts/b.md', postText({ group: 'mom-vip', publish: '2026-11-23 20:10', type: 'practical' }));
    assert.ok(session.diagnosticsFor('posts/b.md').some((diagnostic) => diagnostic.ruleId === 'min-gap'));
    session.removePost('posts/b.md');
    assert.equal(session.index.hasPost('posts/b.md'), false);

    const all = await session.setConfigText(`${BASE_CONFIG}rules:\n  quiet-hours: { from: "19:00" }\n`);
    assert.ok(all.has('posts/a.md') && all.has('community.yaml'));
    assert.ok(session.diagnosticsFor('posts/a.md').some((diagnostic) => diagnostic.ruleId === 'quiet-hours'), 'the new setting applies to posts read before');
    assert.equal((await session.setConfigText(`${BASE_CONFIG}rules:\n  quiet-hours: { from: "19:00" }\n`)).size, 0, 'unchanged text: nothing to do');
  });

  it('lists the posts again after folders arrived and left: reads only the new ones, drops the gone, reports what changed', async () => {
    const post = (publish: string) => postText({ group: 'mom-vip', publish, type: 'practical' });
    const host = new MemoryHost(
      new Map([
        ['community.yaml', BASE_CONFIG],
        ['posts/2026-11/a.md', post('2026-11-23 20:10')],
        ['posts/2026-11/b.md', post('2026-11-23 20:00')],
      ]),
    );
    const reads: string[] = [];
    const readFile = host.readFile.bind(host);
    host.readFile = async (path: string) => (reads.push(path), readFile(path));
    const session = new WorkspaceSession(host, 'community.yaml', () => NOW);
    await session.load();
    assert.ok(session.diagnosticsFor('posts/2026-11/a.md').some((diagnostic) => diagnostic.ruleId === 'min-gap'));
    // the month folder moved away, and a new one arrived (a pull), all behind the watcher's back
    host.files.delete('posts/2026-11/b.md');
    host.files.set('posts/2026-12/c.md', post('2026-12-01 10:00'));
    host.files.set('posts/2026-12/week-1/d.md', post('2026-12-01 10:05'));
    reads.length = 0;
    const changed = await session.relist();
    assert.deepEqual(reads.sort(), ['posts/2026-12/c.md', 'posts/2026-12/week-1/d.md'], 'only the new posts are read');
    assert.deepEqual(session.index.files().filter((file) => file.startsWith('posts/')).sort(), ['posts/2026-11/a.md', 'posts/2026-12/c.md', 'posts/2026-12/week-1/d.md']);
    for (const file of ['posts/2026-11/a.md', 'posts/2026-11/b.md', 'posts/2026-12/c.md', 'posts/2026-12/week-1/d.md']) assert.ok(changed.has(file), file);
    assert.ok(!session.diagnosticsFor('posts/2026-11/a.md').some((diagnostic) => diagnostic.ruleId === 'min-gap'), 'its neighbour is gone');
    assert.ok(session.diagnosticsFor('posts/2026-12/week-1/d.md').some((diagnostic) => diagnostic.ruleId === 'min-gap'), 'the new posts are checked together');
    assert.equal((await session.relist()).size, 0, 'nothing new: nothing to do');
  });

  it('re-checks when the day changes', async () => {
    let now = NOW;
    const session = new WorkspaceSession(new MemoryHost(new Map([['community.yaml', BASE_CONFIG]])), 'community.yaml', () => now);
    await session.load();
    assert.equal(await session.renewIfNewDay(), false);
    now += 86_400_000;
    assert.equal(await session.renewIfNewDay(), true);
    assert.equal(session.environment.facts.today, '2026-11-24');
  });

  describe('loading through a host that streams its reads', () => {
    const types = ['practical', 'interactive', 'emotional', 'ad', 'activity'];
    // dense enough for calendar rules (min-gap, ad-ratio…) across posts of different batches
    const files = new Map<string, string>([['community.yaml', BASE_CONFIG]]);
    for (let index = 0; index < 450; index++) {
      const day = 20 + Math.floor(index / 30);
      const time = `${String(8 + Math.floor((index % 30) / 3)).padStart(2, '0')}:${String((index % 3) * 20).padStart(2, '0')}`;
      // names that do not sort in creation order, so the order under test is the listing's
      files.set(`posts/${(index * 7919) % 1000}.md`, postText({ group: index % 4 === 0 ? 'mom-newbie' : 'mom-vip', publish: `2026-11-${day} ${time}`, type: at(types, index % types.length) }));
    }
    files.set('posts/binary.md', '\u0000\u0001');

    class StreamingHost extends MemoryHost {
      batches = 0;
      async readPosts(paths: readonly string[], _limit: number, onBatch: (contents: ReadonlyArray<string>) => void): Promise<void> {
        for (let start = 0; start < paths.length; start += 64) {
          this.batches++;
          await new Promise((resolve) => setImmediate(resolve));
          onBatch(paths.slice(start, start + 64).map((path) => this.files.get(path) ?? ''));
        }
      }
    }

    const results = (session: WorkspaceSession) => session.index.files().map((file) => ({ file, diagnostics: session.diagnosticsFor(file) }));

    it('gives the results of the plain load, in the same order', async () => {
      const plain = new WorkspaceSession(new MemoryHost(files), 'community.yaml', () => NOW);
      await plain.load();
      const host = new StreamingHost(files);
      const streamed = new WorkspaceSession(host, 'community.yaml', () => NOW);
      const progress: number[] = [];
      await streamed.load((done) => progress.push(done));
      assert.ok(host.batches > 1, 'the posts came in several batches');
      assert.deepEqual(progress, [...progress].sort((a, b) => a - b), 'progress only goes forward');
      assert.equal(progress.at(-1), files.size - 1);
      assert.ok(results(plain).some(({ diagnostics }) => diagnostics.some((diagnostic) => diagnostic.ruleId === 'min-gap')), 'calendar rules found something');
      assert.deepEqual(results(streamed), results(plain));
    });

    it('keeps no texts when told so, and the results are the same', async () => {
      const kept = new WorkspaceSession(new StreamingHost(files), 'community.yaml', () => NOW);
      await kept.load();
      const oneShot = new WorkspaceSession(new StreamingHost(files), 'community.yaml', () => NOW, { keepContents: false });
      await oneShot.load();
      assert.equal(kept.textOf('posts/0.md'), files.get('posts/0.md'));
      assert.equal(oneShot.textOf('posts/0.md'), undefined);
      assert.deepEqual(results(oneShot), results(kept));
      await assert.rejects(oneShot.setConfigText(`${BASE_CONFIG}rules:\n  quiet-hours: off\n`), /keeps no contents/, 'it cannot check posts it no longer has');
    });

    it('keeps only signatures of the bodies when it keeps no texts, reads again just the posts duplicate-content compares, and finds the same duplicates', async () => {
      const withBodies = new Map([['community.yaml', BASE_CONFIG]]);
      let seed = 7;
      const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
      // 80 characters of 2 000 CJK ones: two bodies share next to no 3-gram
      const bodyOf = () => String.fromCharCode(...Array.from({ length: 80 }, () => 0x4e00 + (next() % 2000)));
      for (let index = 0; index < 120; index++) {
        const body = bodyOf();
        withBodies.set(`posts/${index}.md`, postText({ group: 'mom-vip', publish: `2026-11-${10 + (index % 15)} ${String(8 + (index % 10)).padStart(2, '0')}:00`, type: 'practical' }, body));
        // every tenth post has a near copy a few days later: a pair to confirm on the exact 3-gram sets
        if (index % 10 === 0) withBodies.set(`posts/copy-${index}.md`, postText({ group: 'mom-vip', publish: `2026-11-${13 + (index % 15)} 21:00`, type: 'practical' }, `${body}再见`));
      }
      const kept = new WorkspaceSession(new MemoryHost(withBodies), 'community.yaml', () => NOW);
      await kept.load();
      const host = new StreamingHost(withBodies);
      const read: string[] = [];
      host.readFile = async (path: string) => {
        read.push(path);
        return withBodies.get(path);
      };
      const oneShot = new WorkspaceSession(host, 'community.yaml', () => NOW, { keepContents: false });
      await oneShot.load();
      const duplicates = results(kept).filter(({ diagnostics }) => diagnostics.some((diagnostic) => diagnostic.ruleId === 'duplicate-content'));
      assert.equal(duplicates.length, 12, 'each copy is flagged');
      assert.deepEqual(results(oneShot), results(kept));
      const posts = read.filter((path) => path !== 'community.yaml');
      assert.ok(posts.length >= 24 && posts.length < 40, `read again: ${posts.length} posts`);
      for (const { file } of duplicates) assert.ok(posts.includes(file), file);
    });

    it('hands a one-shot check each result as it comes and holds none of the texts it read', async () => {
      const env = createEnvironment(loadConfig('community.yaml', BASE_CONFIG), NOW);
      const paths = [...files.keys()].filter((path) => path !== 'community.yaml');
      const handed: string[] = [];
      const checked = await checkPosts(new StreamingHost(files), paths, env, undefined, { oneShot: (result) => handed.push(result.summary.path) });
      assert.deepEqual(handed, paths);
      assert.ok(checked.every((post) => post?.content === NOT_READ));
      const kept = await checkPosts(new StreamingHost(files), paths, env, undefined);
      assert.equal(kept[0]?.content, files.get(at(paths, 0)));
    });

    it('stops after community.yaml when asked: the config is there before any post is read', async () => {
      const host = new StreamingHost(files);
      const session = new WorkspaceSession(host, 'community.yaml', () => NOW);
      const config = await session.openConfig(`${BASE_CONFIG}rules:\n  no-such-rule: off\n`);
      assert.ok(config.problems.some((problem) => problem.severity === 'error'));
      assert.equal(host.batches, 0);
      assert.equal(session.loaded, false);
    });
  });
});

