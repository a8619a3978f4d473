import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { Services } from '../../../src/extension/services';
import { activeServices, ccalDiagnostics, until, workspaceUri } from './helpers';
import { at } from '../../support/defined';

// SPEC §9 in the editor: the extension host lists and reads posts through the same code as the CLI, so a workspace
// holding a link to /dev/zero and a FIFO among its posts must load, report both, and stay responsive.
const HOSTILE = ['posts/zero.md', 'posts/pipe.md', 'posts/a\\..\\..\\x.md'];

suite('A hostile workspace in VS Code', () => {
  let api: Services;

  suiteSetup(async () => {
    ({ services: api } = await activeServices());
    fs.symlinkSync('/dev/zero', workspaceUri(at(HOSTILE, 0)).fsPath);
    assert.equal(spawnSync('mkfifo', [workspaceUri(at(HOSTILE, 1)).fsPath]).status, 0);
    fs.writeFileSync(workspaceUri(at(HOSTILE, 2)).fsPath, '---\ntitle: x\n---\n');
  });

  suiteTeardown(() => {
    for (const path of HOSTILE) fs.rmSync(workspaceUri(path).fsPath, { force: true });
  });

  test('reports a link to a device, a FIFO and a name Windows would read as a path, without reading them', async () => {
    const started = Date.now();
    await vscode.commands.executeCommand('communityCalendar.lintWorkspace');
    await until('the skipped posts are reported', () => ccalDiagnostics(workspaceUri(at(HOSTILE, 1))).length > 0);
    assert.deepEqual(ccalDiagnostics(workspaceUri(at(HOSTILE, 0))).map((diagnostic) => diagnostic.message), ['Symbolic link to a file outside the workspace folder; skipped without reading it']);
    assert.deepEqual(ccalDiagnostics(workspaceUri(at(HOSTILE, 1))).map((diagnostic) => diagnostic.message), ['Not a regular file but a FIFO (named pipe); skipped without reading it']);
    assert.deepEqual(ccalDiagnostics(workspaceUri(at(HOSTILE, 2))).map((diagnostic) => diagnostic.message), ['File name has a backslash or a name Windows reads as a path step; skipped']);
    assert.ok(at(api.communities.all(), 0).session.index.files().length > 100, 'the other posts are still checked');
    assert.ok(Date.now() - started < 20_000, 'the lint ends');
  });

  test('clears what it reported once the files are gone, the unsafe name too', async () => {
    for (const path of HOSTILE) fs.rmSync(workspaceUri(path).fsPath, { force: true });
    await vscode.commands.executeCommand('communityCalendar.lintWorkspace');
    await until('the skipped posts no longer reported', () => HOSTILE.every((path) => ccalDiagnostics(workspaceUri(path)).length === 0));
  });

  test('refuses a calendar or editor request for a path that would leave the folder', () => {
    const { session } = at(api.communities.all(), 0);
    for (const path of ['posts/a\\..\\..\\x.md', 'posts/../../etc/passwd.md', '../x.md', 'posts/.. /x.md']) assert.equal(session.isPost(path), false, path);
    assert.equal(session.isPost('posts/2026-11/new.md'), true);
  });
});
