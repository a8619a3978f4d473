import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeServices, ccalDiagnostics, until, workspaceUri } from './helpers';

// The workspace is a copy of examples/mom-and-baby; this suite runs last and puts community.yaml back as it found it.
const POST = 'posts/2026-11/2026-11-18-baby-cooking-oil.md';
const LIST = 'compliance/brand.txt';
const SETTING = 'banned-words: { severity: error, packs: [ad-law, infant-formula, medical, health-food] }';

function listedTerms(): unknown[] {
  return ccalDiagnostics(workspaceUri(POST), 'banned-words').filter((diagnostic) => diagnostic.message.includes(LIST)).map((diagnostic) => diagnostic.message.match(/^"([^"]+)"/)?.[1]);
}

suite('Word list files in VS Code', () => {
  let configText = '';

  suiteSetup(async () => {
    await activeServices();
    configText = (await vscode.workspace.openTextDocument(workspaceUri('community.yaml'))).getText();
  });

  suiteTeardown(async () => {
    await vscode.workspace.fs.writeFile(workspaceUri('community.yaml'), new TextEncoder().encode(configText));
    await vscode.workspace.fs.delete(workspaceUri('compliance'), { recursive: true });
  });

  test('finds a list file\'s terms, shows its bad lines, and re-checks the posts as the list is edited', async () => {
    await vscode.workspace.fs.writeFile(workspaceUri(LIST), new TextEncoder().encode('辅食油 => 辅食用油\n=> 没有词\n'));
    assert.ok(configText.includes(SETTING));
    const config = await vscode.workspace.openTextDocument(workspaceUri('community.yaml'));
    const editor = await vscode.window.showTextDocument(config);
    const at = config.getText().indexOf(SETTING);
    await editor.edit((edit) => edit.replace(new vscode.Range(config.positionAt(at), config.positionAt(at + SETTING.length)), `banned-words: { severity: error, packs: [ad-law, infant-formula, medical, health-food], lists: [./${LIST}] }`));
    await config.save();
    await until('the list term in the post', () => listedTerms().includes('辅食油'));
    const [bad] = await until('the bad line in the list', () => ccalDiagnostics(workspaceUri(LIST)).length > 0 && ccalDiagnostics(workspaceUri(LIST)));
    assert.ok(bad);
    assert.equal(bad.range.start.line, 1);

    const list = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri(LIST)));
    await list.edit((edit) => edit.replace(new vscode.Range(0, 0, list.document.lineCount, 0), '核桃油\n'));
    await until('the post re-checked against the edited list', () => listedTerms().join() === '核桃油');
    await until('the list\'s bad line gone', () => ccalDiagnostics(workspaceUri(LIST)).length === 0);
  });
});
