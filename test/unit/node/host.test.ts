import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadConfig } from '../../../src/core/config/load';
import type { DecodedFile } from '../../../src/core/base/text';
import { NodeWorkspaceHost } from '../../../src/node/host';

/** The reading thread as the CLI bundles it (npm run build). */
const READER_THREAD = path.resolve(__dirname, '../../../../dist/ccal-reader.js');

describe('node workspace host', () => {
  let outside: string;
  let root: string;
  before(() => {
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'ccal-host-'));
    root = path.join(outside, 'workspace');
    fs.mkdirSync(path.join(root, 'posts'), { recursive: true });
    fs.writeFileSync(path.join(outside, 'secret.md'), 'not the workspace’s');
    fs.writeFileSync(path.join(root, 'posts', 'a.md'), '帖子');
    fs.symlinkSync('a.md', path.join(root, 'posts', 'inside-link.md'));
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'posts', 'secret.md'));
    fs.symlinkSync(outside, path.join(root, 'out'));
    spawnSync('mkfifo', [path.join(root, 'posts', 'pipe.md')]);
    fs.writeFileSync(path.join(root, 'posts', 'big.md'), 'x'.repeat(101));
  });
  after(() => fs.rmSync(outside, { recursive: true, force: true }));

  it('reads a file of the folder, and one through a link that stays inside', async () => {
    const host = new NodeWorkspaceHost(root);
    assert.equal(await host.readFile('posts/a.md', 100), '帖子');
    assert.equal(await host.readFile('posts/inside-link.md', 100), '帖子');
  });

  it('never reads outside the folder: a link to a file or through a folder out of it is skipped', async () => {
    const host = new NodeWorkspaceHost(root);
    assert.deepEqual(await host.readFile('posts/secret.md', 100), { kind: 'skipped', reason: { why: 'linkOutside' } });
    assert.deepEqual(await host.readFile('out/secret.md', 100), { kind: 'skipped', reason: { why: 'linkOutside' } });
    assert.deepEqual(await host.readFile('../secret.md', 100), { kind: 'skipped', reason: { why: 'unsafeName' } });
  });

  it('does not open a FIFO for reading: it is skipped as what it is, without waiting for a writer', async function () {
    if (process.platform === 'win32') this.skip();
    assert.deepEqual(await new NodeWorkspaceHost(root).readFile('posts/pipe.md', 100), { kind: 'skipped', reason: { why: 'special', kind: 'fifo' } });
  });

  it('skips a file larger than the limit, unread', async () => {
    assert.deepEqual(await new NodeWorkspaceHost(root).readFile('posts/big.md', 100), { kind: 'skipped', reason: { why: 'tooLarge', bytes: 101, limit: 100 } });
  });

  it('has nothing for a missing file', async () => {
    assert.equal(await new NodeWorkspaceHost(root).readFile('posts/missing.md', 100), undefined);
  });

  it('lists the posts inside the folder and says why the others are skipped', async () => {
    const listing = await new NodeWorkspaceHost(root).listPosts(loadConfig('community.yaml', 'posts: ["**/*.md"]\n'));
    assert.deepEqual(listing.files, ['posts/a.md', 'posts/big.md', 'posts/inside-link.md']);
    assert.deepEqual(
      listing.skipped.map(({ path: file, reason }) => `${file}: ${reason.why}`),
      ['out: linkOutside', 'posts/pipe.md: special', 'posts/secret.md: linkOutside'],
    );
  });
});

describe('node workspace host, reading posts in batches', () => {
  let root: string;
  const paths = Array.from({ length: 700 }, (_, index) => `posts/p${String(index).padStart(4, '0')}.md`);
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'ccal-read-posts-'));
    fs.mkdirSync(path.join(root, 'posts'));
    for (const file of paths) fs.writeFileSync(path.join(root, file), `post ${file}`);
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  const readAll = async (host: NodeWorkspaceHost, files: readonly string[]) => {
    const contents: Array<string | DecodedFile> = [];
    await host.readPosts(files, 100, (batch) => contents.push(...batch));
    return contents;
  };

  it('hands over every post in order, as readFile reads it, on this thread and on the reading thread', async () => {
    const expected = paths.map((file) => `post ${file}`);
    assert.deepEqual(await readAll(new NodeWorkspaceHost(root), paths), expected);
    assert.ok(fs.existsSync(READER_THREAD), 'npm run build made the reading thread');
    assert.deepEqual(await readAll(new NodeWorkspaceHost(root, { readerThread: READER_THREAD }), paths), expected);
  });

  it('reads on this thread what a reading thread that cannot start did not deliver', async () => {
    const host = new NodeWorkspaceHost(root, { readerThread: path.join(root, 'no-such-thread.js') });
    assert.deepEqual(await readAll(host, paths), paths.map((file) => `post ${file}`));
  });

  it('reports a post gone since the listing as unreadable, in its place', async () => {
    assert.deepEqual(await readAll(new NodeWorkspaceHost(root), ['posts/p0000.md', 'posts/gone.md']), ['post posts/p0000.md', { kind: 'unreadable', reason: 'ENOENT' }]);
  });

  it('rejects with what the batch handler throws, thread or not', async () => {
    for (const host of [new NodeWorkspaceHost(root), new NodeWorkspaceHost(root, { readerThread: READER_THREAD })]) {
      await assert.rejects(
        host.readPosts(paths, 100, () => {
          throw new Error('a rule bug');
        }),
        /a rule bug/,
      );
    }
  });

  it('rejects with what the batch handler throws once the reading thread delivers, after the batches read here', async () => {
    let batches = 0;
    await assert.rejects(
      new NodeWorkspaceHost(root, { readerThread: READER_THREAD }).readPosts(paths, 100, () => {
        if (++batches === 4) throw new Error('a rule bug in a later batch');
      }),
      /a rule bug in a later batch/,
    );
    assert.equal(batches, 4, 'no batch is handed over after the failure');
  });

  it('holds nothing of the batch handler once every post is delivered, before the thread’s exit is handled', async () => {
    setFlagsFromString('--expose-gc');
    const collectGarbage = runInNewContext('gc') as () => void;
    let handed: WeakRef<object> | undefined;
    await (async () => {
      const received: unknown[] = [];
      handed = new WeakRef(received);
      await new NodeWorkspaceHost(root, { readerThread: READER_THREAD }).readPosts(paths, 100, (batch) => received.push(...batch));
      assert.equal(received.length, paths.length);
    })();
    // no turn of the event loop since the last batch: the thread's Worker object is still alive
    collectGarbage();
    assert.equal(handed?.deref(), undefined, 'the Worker object keeps the batch handler, and all a check holds, alive');
  });
});
