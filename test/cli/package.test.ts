import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { REPO } from './run';

/** Runs a command in the repository and returns its output. */
function run(command: string, args: readonly string[]): string {
  const result = spawnSync(command, args, { cwd: REPO, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}

describe('what ships', () => {
  it('the .vsix carries the files the extension loads, its README, CHANGELOG and LICENSE, and nothing else', () => {
    const files = run(path.join(REPO, 'node_modules/.bin/vsce'), ['ls', '--no-dependencies']).trim().split('\n').sort();
    assert.deepEqual(files, [
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'dist/extension.js',
      'dist/services.js',
      'dist/webview/calendar-views.js',
      'dist/webview/calendar.js',
      'media/activity.svg',
      'media/calendar.css',
      'media/icon.png',
      'media/walkthrough/diagnostic.md',
      'media/walkthrough/groups.md',
      'media/walkthrough/new-post.md',
      'media/walkthrough/scaffold.md',
      'package.json',
      'package.nls.json',
      'package.nls.zh-cn.json',
      'schemas/community.schema.json',
      'syntaxes/ccal.injection.tmLanguage.json',
    ]);
  });

  it('the npm package is the ccal command line', () => {
    const [pack] = JSON.parse(run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'])) as Array<{ files: Array<{ path: string }> }>;
    assert.ok(pack);
    assert.deepEqual(pack.files.map((file) => file.path).sort(), ['CHANGELOG.md', 'LICENSE', 'README.md', 'bin/ccal.js', 'bin/codeCache.js', 'dist/ccal-reader.js', 'dist/ccal.js', 'dist/ccal.jsc', 'package.json']);
  });
});
