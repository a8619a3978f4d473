import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FIXTURES, REPO } from './run';

/** Runs a command as a user would in a terminal; fails the test with its output when it does not exit as expected. */
function run(command: string, args: readonly string[], cwd: string, expectedStatus = 0): { stdout: string; stderr: string } {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, LANG: 'C', npm_config_update_notifier: 'false' } });
  assert.equal(result.status, expectedStatus, `${command} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`);
  return { stdout: result.stdout, stderr: result.stderr };
}

describe('installing ccal from the package tarball (SPEC §8)', function () {
  this.timeout(180_000);
  let scratch: string;

  before(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ccal-install-'));
  });

  after(() => {
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('npm pack, npm install into an empty project, then npx ccal lint runs with nothing else installed', () => {
    // the tests run after `npm run build`: pack that build, as `npm pack` would after its prepack build
    const packed = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], REPO).stdout) as Array<{ filename: string }>;
    const tarball = path.join(scratch, packed[0]!.filename);
    const project = path.join(scratch, 'project');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'my-community', private: true }));
    // --offline: the package has no runtime dependencies, so installing it needs nothing from the registry
    run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], project);
    const installed = JSON.parse(fs.readFileSync(path.join(project, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
    assert.deepEqual(Object.keys(installed.packages).sort(), ['', 'node_modules/community-calendar']);

    fs.cpSync(path.join(FIXTURES, 'basic'), project, { recursive: true });
    const lint = run('npx', ['--no-install', 'ccal', 'lint', '--format', 'json', '--now', '2026-11-23T09:00'], project, 1);
    const report = JSON.parse(lint.stdout) as Array<{ filePath: string; errorCount: number }>;
    assert.ok(report.some((file) => file.errorCount > 0), 'the basic fixture has errors');
    assert.ok(report.every((file) => file.filePath.startsWith(project)), 'paths are the project\'s');
    run('npx', ['--no-install', 'ccal', '--version'], project);
    // the package's code cache was made for its bundle (prepack rebuilds both)
    const installedPackage = path.join(project, 'node_modules/community-calendar');
    const probe = `console.log(require('./bin/codeCache.js').loadBundle(require('path').resolve('dist/ccal.js')).usedCodeCache)`;
    assert.equal(run(process.execPath, ['-e', probe], installedPackage).stdout.trim(), 'true');
  });
});
