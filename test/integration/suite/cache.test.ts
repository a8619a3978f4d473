import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Diagnostic } from '../../../src/core/base/domain';
import { Communities, Community } from '../../../src/extension/community';
import { DiagnosticsPublisher } from '../../../src/extension/diagnostics';
import { at } from '../../support/defined';
import { CacheStore } from '../../../src/extension/cacheStore';
import { activeServices, ccalDiagnostics, EXTENSION_ID } from './helpers';

function shown(diagnostic: vscode.Diagnostic): string {
  const { start, end } = diagnostic.range;
  return `${diagnostic.severity} ${typeof diagnostic.code === 'object' ? diagnostic.code.value : String(diagnostic.code)} ${start.line}:${start.character}-${end.line}:${end.character} ${diagnostic.message}`;
}

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

suite('Problems restored on reopen', () => {
  test('a community opened again shows the errors and warnings of its last session before its check, which then corrects them', async () => {
    const { services } = await activeServices();
    const [community] = services.communities.all();
    assert.ok(community && services.caches);
    const { caches } = services;
    const { session, configUri } = community;
    const files = session.index.files();
    const clean = files.find((path) => session.diagnosticsFor(path).length === 0);
    const warned = files.find((path) => session.diagnosticsFor(path).some((diagnostic) => diagnostic.severity === 'warning'));
    assert.ok(clean && warned, 'the example has a clean post and one with a warning');
    // the last session as the snapshot keeps it, with a warning on the clean post that its check will not find
    const stale: Diagnostic = { ...at(session.diagnosticsFor(warned), 0), file: clean, severity: 'warning' };
    caches.watch(configUri, { configText: () => session.config.source.text, files: () => files.map((path) => [path, path === clean ? [stale] : session.diagnosticsFor(path)]) });
    await caches.write(configUri);
    // a store of its own over the same storage, as a new window has
    const reopened = new Communities(new CacheStore(caches.storage, String(vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON.version)));
    const publisher = new DiagnosticsPublisher(reopened);
    const events: string[] = [];
    const restoredWarnings = new Promise<number>((resolve) => reopened.onDidRestore(({ files: restored }) => resolve([...restored.values()].flat().length)));
    reopened.onDidRestore(() => events.push('restore'));
    reopened.onDidChange(() => events.push('check'));
    try {
      const expectedRestored = files.reduce((count, path) => count + (path === clean ? 1 : session.diagnosticsFor(path).filter((diagnostic) => diagnostic.severity !== 'info').length), 0);
      await reopened.discover();
      assert.deepEqual(events, ['restore', 'check']);
      assert.equal(await restoredWarnings, expectedRestored);
      await publisher.settled();
      // two publishers now show the same files: the extension's and the reopened one, which must show each file's own
      for (const path of files) {
        const own = ccalDiagnostics(community.uriOf(path)).slice(0, session.diagnosticsFor(path).length);
        assert.deepEqual(ccalDiagnostics(community.uriOf(path)).map(shown), [...own, ...own].map(shown), path);
      }
    } finally {
      publisher.dispose();
      reopened.dispose();
      caches.watch(configUri, { configText: () => session.config.source.text, files: () => files.map((path) => [path, session.diagnosticsFor(path)]) });
    }
  });
});
