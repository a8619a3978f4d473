import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeServices, ccalDiagnostics, until, workspaceUri } from './helpers';
import { at } from '../../support/defined';

const POST = 'posts/2026-11/2026-11-12-pumpkin-millet-porridge.md';
const TYPO_LINE = '在Android上用了3天,效果很好!!!';

suite('zh-typography in VS Code', () => {
  suiteSetup(async () => {
    await activeServices();
  });

  test('a quick fix mends one finding, and source.fixAll.ccal the rest of the post in one go', async () => {
    const uri = workspaceUri(POST);
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((edit) => edit.insert(document.positionAt(document.getText().length), `\n${TYPO_LINE}\n`));
    const line = document.positionAt(document.getText().indexOf(TYPO_LINE)).line;
    const onLine = () => ccalDiagnostics(uri, 'zh-typography').filter((diagnostic) => diagnostic.range.start.line === line);
    const findings = await until('seven zh-typography findings on the new line', () => onLine().length === 7 && onLine());
    assert.ok(findings.every((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Information));

    const first = findings.find((diagnostic) => diagnostic.range.start.character === 0);
    assert.ok(first);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, first.range);
    const addSpace = actions.find((action) => action.title === 'Add a space' || action.title === '添加空格');
    assert.ok(addSpace?.edit, `actions: ${actions.map((action) => action.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(addSpace.edit));
    await until('six findings after the quick fix', () => onLine().length === 6);

    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const fixAll = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, whole, 'source.fixAll.ccal');
    assert.equal(fixAll.length, 1);
    const { edit } = at(fixAll, 0);
    assert.ok(edit && (await vscode.workspace.applyEdit(edit)));
    assert.equal(document.lineAt(line).text, '在 Android 上用了 3 天，效果很好！！');
    await until('no zh-typography findings left in the post after fix-all', () => ccalDiagnostics(uri, 'zh-typography').length === 0);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
