import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeServices, ccalDiagnostics, screenshot, until, workbenchElements, workspaceUri } from './helpers';

// Run by test/integration/run.mjs --untrusted: the folder is open in Restricted Mode, as a new folder opens.
const CHINESE_POST = 'posts/2026-11/2026-11-02-first-rice-cereal.md';
const CONFUSABLES_POST = 'posts/2026-11/2026-11-29-confusables.md';

/** The boxes VS Code draws around characters in the editor on screen (overlays, without text). */
async function highlighted(name: string): Promise<string[]> {
  return (await workbenchElements(name, '.editor-instance .monaco-editor .unicode-highlight')).map((element) => element.text);
}

suite('Restricted Mode', () => {
  suiteSetup(async () => {
    await activeServices();
  });

  test('the folder is untrusted, and the extension still checks posts', async () => {
    assert.equal(vscode.workspace.isTrusted, false);
    await until('diagnostics', () => ccalDiagnostics(workspaceUri('posts/2026-11/2026-11-12-night-feeding-treehole.md'), 'quiet-hours').length === 1);
  });

  test('Chinese prose in a post reads clean, while a confusable letter and an invisible character stay boxed', async () => {
    const markdown = vscode.workspace.getConfiguration('editor.unicodeHighlight', { languageId: 'markdown' });
    assert.equal(markdown.get('nonBasicASCII'), false, 'the extension default for Markdown');
    assert.equal(markdown.get('ambiguousCharacters'), true);
    assert.equal(markdown.get('invisibleCharacters'), true);
    const body = (await vscode.workspace.openTextDocument(workspaceUri(CHINESE_POST))).getText().split('---\n')[2] ?? '';
    assert.match(body, /[\u4e00-\u9fff]{8}/, 'a post in Chinese');
    // a Cyrillic а inside a Latin word and a zero-width space inside another, after that post's Chinese prose, Chinese
    // punctuation by digits and Latin letters, and English curly quotes: only the two may be boxed
    const edit = new vscode.WorkspaceEdit();
    const uri = workspaceUri(CONFUSABLES_POST);
    edit.createFile(uri, { ignoreIfExists: true });
    const confusables = '【广告】扫码领取优惠券，登录 p\u0430ypal 账户后用 WeChat\u200bPay 付款。\n';
    const punctuation = 'Don’t miss “Double 12” (2026)！\n宝宝辅食（6-12月）70℃ 温水：30% 的妈妈……\n（2026）：30%，OK！\n';
    edit.insert(uri, new vscode.Position(0, 0), `---\ntitle: 扫码领券\ngroup: mom-vip\npublish: 2026-11-29 10:00\ntype: ad\n---\n${body}${confusables}${punctuation}`);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await vscode.window.showTextDocument(uri);
    try {
      // VS Code boxes what it finds once its worker has looked at the text, all at once
      await until('the confusables boxed', async () => (await highlighted('restricted-confusables')).length >= 2);
      assert.equal((await highlighted('restricted-confusables-all')).length, 2, 'the Cyrillic а and the zero-width space, nothing else');
      await screenshot('restricted-mode-post');
    } finally {
      const cleanup = new vscode.WorkspaceEdit();
      cleanup.deleteFile(uri);
      await vscode.workspace.applyEdit(cleanup);
    }
  });
});
