// Runs the same integration suites in desktop VS Code through @vscode/test-electron, for machines that can
// download VS Code (this project's CI cannot: it uses run.mjs and code-server). The suites' screenshots and
// webview DOM checks need run.mjs's browser and are skipped here.
// Usage: node test/integration/electron.mjs [--version stable|insiders|1.x.y]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runTests } from '@vscode/test-electron';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values: options } = parseArgs({ options: { version: { type: 'string', default: 'stable' } } });

const run = fs.mkdtempSync(path.join(os.tmpdir(), 'ccal-electron-'));
const workspace = path.join(run, 'workspace');
fs.cpSync(path.join(REPO, 'examples/mom-and-baby'), workspace, { recursive: true });
try {
  await runTests({
    version: options.version,
    extensionDevelopmentPath: REPO,
    extensionTestsPath: path.join(REPO, 'dist/test/integration/index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--user-data-dir', path.join(run, 'user')],
    extensionTestsEnv: { CCAL_NOW: '2026-11-23T09:00:00+08:00' },
  });
} catch (error) {
  console.error(`[vscode-test-electron] ${error.message}`);
  process.exitCode = 1;
} finally {
  fs.rmSync(run, { recursive: true, force: true });
}
