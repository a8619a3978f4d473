import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeServices, ccalDiagnostics, until, workspaceUri } from './helpers';

// two zh-typography infos ("双1"), no error or warning; no other suite opens it
const TYPOGRAPHY_POST = 'posts/2026-12/2026-12-08-double12-wishlist.md';
// an error (a phone number) beside nothing else
const ERROR_POST = 'posts/2026-12/2026-12-12-shanghai-group-buy.md';

const infosOf = (uri: vscode.Uri) => ccalDiagnostics(uri).filter((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Information);

suite('The communityCalendar.infosInProblems setting', () => {
  suiteSetup(async () => {
    await activeServices();
  });

  test('openFiles: a closed file shows no infos, its errors stay, and its infos come when it opens and go when it closes', async () => {
    const settings = () => vscode.workspace.getConfiguration('communityCalendar');
    const post = workspaceUri(TYPOGRAPHY_POST);
    const errors = workspaceUri(ERROR_POST);
    await until('the post has its two infos under auto (3 infos in all, under the limit)', () => infosOf(post).length === 2);
    const errorsBefore = ccalDiagnostics(errors).length;
    assert.ok(errorsBefore > 0);
    try {
      await settings().update('infosInProblems', 'openFiles', vscode.ConfigurationTarget.Global);
      await until('no infos for the closed post', () => infosOf(post).length === 0);
      assert.equal(ccalDiagnostics(errors).length, errorsBefore, 'errors and warnings stay for every file');

      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(post));
      await until('its infos once it is open', () => infosOf(post).length === 2);
      assert.equal(editor.document.uri.toString(), post.toString());
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await until('no infos once it is closed', () => infosOf(post).length === 0);
    } finally {
      await settings().update('infosInProblems', undefined, vscode.ConfigurationTarget.Global);
    }
    await until('its infos again under auto, closed', () => infosOf(post).length === 2);
  });
});
