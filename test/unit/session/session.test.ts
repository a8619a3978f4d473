import * as assert from 'node:assert/strict';
import type { Config } from '../../../src/core/model/config';
import type { PostListing, WorkspaceHost } from '../../../src/core/session/host';
import { WorkspaceSession } from '../../../src/core/session/session';
import { BASE_CONFIG } from '../../support/ruleTester';
import { postText } from '../../support/posts';

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

  it('re-checks when the day changes', async () => {
    let now = NOW;
    const session = new WorkspaceSession(new MemoryHost(new Map([['community.yaml', BASE_CONFIG]])), 'community.yaml', () => now);
    await session.load();
    assert.equal(await session.renewIfNewDay(), false);
    now += 86_400_000;
    assert.equal(await session.renewIfNewDay(), true);
    assert.equal(session.environment.facts.today, '2026-11-24');
  });
});
