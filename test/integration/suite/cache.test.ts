import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Community } from '../../../src/extension/community';
import { activeServices } from './helpers';

/** The posts modified since shortly before this extension host started: the cache cannot have kept them. */
async function postsModifiedLately(community: Community): Promise<number> {
  const since = Date.now() - process.uptime() * 1000 - 2000;
  const stats = await Promise.all([...community.session.index.summaries()].map((summary) => vscode.workspace.fs.stat(community.uriOf(summary.path))));
  return stats.filter((stat) => stat.mtime >= since).length;
}

suite('Lint cache in workspace storage', () => {
  test('a community opened again is answered from the cache the extension wrote, reading only posts changed since, with the same diagnostics', async () => {
    const { services } = await activeServices();
    const [community] = services.communities.all();
    assert.ok(community);
    assert.ok(services.caches, 'the test workspace has workspace storage');
    await services.caches.write(community.configUri);
    const cache = await services.caches.read(community.configUri);
    const reopened = new Community(community.configUri, cache);
    await reopened.session.load();
    const fresh = new Community(community.configUri);
    await fresh.session.load();
    const posts = [...fresh.session.index.summaries()].length;
    assert.ok(cache.counts.hits > 0 && cache.counts.hits + cache.counts.misses === posts, JSON.stringify({ ...cache.counts, posts }));
    assert.ok(cache.counts.misses <= (await postsModifiedLately(fresh)), `${cache.counts.misses} posts read again`);
    for (const file of fresh.session.index.files()) assert.deepEqual(reopened.session.diagnosticsFor(file), fresh.session.diagnosticsFor(file), file);
  });
});
