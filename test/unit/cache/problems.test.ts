import * as assert from 'node:assert/strict';
import type { Diagnostic } from '../../../src/core/base/domain';
import { readProblems, serializeProblems } from '../../../src/core/cache/problems';
import { WorkspaceSession } from '../../../src/core/session/session';
import { at } from '../../support/defined';
import { MemoryHost } from '../../support/memoryHost';
import { postText } from '../../support/posts';
import { BASE_CONFIG } from '../../support/ruleTester';

const NOW = Date.parse('2026-11-20T01:00:00Z');
const ENGINE = '1.0.0';

/** A loaded session whose posts have errors, warnings and infos, some with fixes. */
async function session(): Promise<WorkspaceSession> {
  const host = new MemoryHost();
  host.write('community.yaml', BASE_CONFIG, NOW);
  host.write('posts/a.md', postText({ group: 'mom-vip', publish: '2026-11-23 23:00', type: 'practical' }, '今天分享3个tips,欢迎讨论'), NOW);
  host.write('posts/b.md', postText({ group: 'mom-vip', publish: '2026-11-19 08:00', type: 'ad', status: 'draft' }, '最佳选择'), NOW);
  host.write('posts/c.md', postText({ group: 'mom-nobody', publish: '2026-11-20 10:00', type: 'interactive', status: 'review' }), NOW);
  const loaded = new WorkspaceSession(host, 'community.yaml', () => NOW);
  await loaded.load();
  return loaded;
}

function filesOf(loaded: WorkspaceSession): Array<[string, Diagnostic[]]> {
  return loaded.index.files().map((path) => [path, loaded.diagnosticsFor(path)]);
}

/** What a restore shows of a file: its errors and warnings, without the fixes the check offers later. */
function shownOf(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((diagnostic) => diagnostic.severity !== 'info').map(({ fix: _fix, ...rest }) => rest);
}

describe('problems snapshot', () => {
  it('gives back every file\'s errors and warnings, in order, without infos or fixes', async () => {
    const loaded = await session();
    const files = filesOf(loaded);
    const severities = new Set(files.flatMap(([, diagnostics]) => diagnostics.map((diagnostic) => diagnostic.severity)));
    assert.deepEqual([...severities].sort(), ['error', 'info', 'warning'], 'the workspace has all three severities');
    assert.ok(files.some(([, diagnostics]) => diagnostics.some((diagnostic) => diagnostic.severity !== 'info' && diagnostic.fix)), 'and a fix on an error or warning');
    const restored = readProblems(serializeProblems(ENGINE, BASE_CONFIG, files), ENGINE, BASE_CONFIG);
    assert.ok(restored);
    const expected = files.flatMap(([path, diagnostics]): Array<[string, Diagnostic[]]> => (shownOf(diagnostics).length > 0 ? [[path, shownOf(diagnostics)]] : []));
    assert.deepEqual([...restored], expected);
  });

  it('is not restored under another engine or another community.yaml', async () => {
    const text = serializeProblems(ENGINE, BASE_CONFIG, filesOf(await session()));
    assert.ok(readProblems(text, ENGINE, BASE_CONFIG));
    assert.equal(readProblems(text, '1.0.1', BASE_CONFIG), undefined);
    assert.equal(readProblems(text, ENGINE, `${BASE_CONFIG}\n# edited\n`), undefined);
  });

  it('reads anything corrupt, foreign or hostile as no snapshot', async () => {
    const text = serializeProblems(ENGINE, BASE_CONFIG, filesOf(await session()));
    const parsed = JSON.parse(text) as { files: Array<[string, unknown[][]]>; strings: unknown[]; version: number };
    const variant = (change: (copy: typeof parsed) => void) => {
      const copy = JSON.parse(text) as typeof parsed;
      change(copy);
      return JSON.stringify(copy);
    };
    assert.ok(parsed.files[0]?.[1][0], 'the snapshot has a diagnostic to spoil');
    for (const [why, spoiled] of [
      ['absent', undefined],
      ['not JSON', text.slice(0, -1)],
      ['another version', variant((copy) => (copy.version += 1))],
      ['a path outside the workspace', variant((copy) => (at(copy.files, 0)[0] = '../outside.md'))],
      ['a string number past the table', variant((copy) => (at(at(copy.files, 0)[1], 0)[0] = copy.strings.length))],
      ['a negative position', variant((copy) => (at(at(copy.files, 0)[1], 0)[6] = -1))],
      ['data that is not an object', variant((copy) => (at(at(copy.files, 0)[1], 0)[3] = 'x'))],
      ['a string that is not text', variant((copy) => (copy.strings[0] = 7))],
    ] as const) {
      assert.equal(readProblems(spoiled, ENGINE, BASE_CONFIG), undefined, why);
    }
  });
});
