import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { wrap } from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';
import * as vscode from 'vscode';
import { POST_TYPES } from '../../../src/core/base/domain';
import type { CommunityCalendarApi } from '../../../src/extension/extension';
import type { Services } from '../../../src/extension/services';
import type { GroupsNode } from '../../../src/extension/tree';
import { activeServices, ccalDiagnostics, EXTENSION_ID, groupNode, runnerBrowser, screenshot, sleep, until, workbenchElements, workspaceUri } from './helpers';

// The workspace is a copy of examples/mom-and-baby; the runner fixes "now" at 2026-11-23 09:00 Shanghai time.
const QUIET_POST = 'posts/2026-11/2026-11-12-night-feeding-treehole.md';
const BANNED_POST = 'posts/2026-11/2026-11-18-baby-cooking-oil.md';
const TYPO_POST = 'posts/2026-11/2026-11-25-winter-outing-guide.md';

async function showTextDocumentAgain(document: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(document, { preserveFocus: false });
}

suite('Community Calendar in VS Code', () => {
  let api: Services;
  let activationMs: number;

  suiteSetup(async () => {
    ({ services: api, activationMs } = await activeServices());
  });

  // The activation budget is measured by `npm run bench`; here only that the figure is reported.
  test('finds the community and reports its activation time', () => {
    assert.equal(api.communities.all().length, 1);
    assert.ok(Number.isFinite(activationMs) && activationMs > 0, `activation time ${activationMs}`);
  });

  test("writes services.js's code cache to its global storage after the start, and this VS Code's V8 takes it", async () => {
    const extension = vscode.extensions.getExtension<CommunityCalendarApi>(EXTENSION_ID);
    assert.ok(extension?.isActive);
    const file = await extension.exports.codeCacheSaved;
    assert.ok(file, 'a fresh profile has no cache, so the first start writes one');
    assert.match(path.basename(file), /^services-[0-9a-f]{16}-.+\.jsc$/);
    const bundle = path.join(extension.extensionPath, 'dist', 'services.js');
    // compiled only, under another name: V8 would otherwise find the script the extension host already compiled and
    // not look at the cache given (the garbled cache shows that it does look)
    const compile = (name: string, cachedData: Buffer) => new vm.Script(wrap(fs.readFileSync(bundle, 'utf8')), { filename: `${bundle}.${name}`, cachedData });
    assert.equal(compile('check', fs.readFileSync(file)).cachedDataRejected, false);
    assert.equal(compile('garbled', Buffer.alloc(64, 7)).cachedDataRejected, true);
  });

  test('fills the Problems panel for the whole workspace, with rule codes, docs links and exact ranges', async () => {
    const uri = workspaceUri(QUIET_POST);
    const [quiet] = await until('quiet-hours diagnostic', () => ccalDiagnostics(uri, 'quiet-hours').length > 0 && ccalDiagnostics(uri, 'quiet-hours'));
    assert.ok(quiet);
    assert.equal(quiet.severity, vscode.DiagnosticSeverity.Warning);
    assert.deepEqual([quiet.range.start.line, quiet.range.start.character, quiet.range.end.line, quiet.range.end.character], [3, 9, 3, 25]);
    assert.match(quiet.message, /23:10/);
    const code = quiet.code as { value: string; target: vscode.Uri };
    assert.ok(code.target.toString().endsWith('/docs/rules/quiet-hours.md'));
    const config = ccalDiagnostics(workspaceUri('community.yaml'));
    assert.ok(config.some((diagnostic) => (diagnostic.code as { value: string }).value === 'admin-capacity'));
  });

  test('re-checks as you type', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceUri(QUIET_POST));
    const editor = await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await showTextDocumentAgain(editor.document);
    editor.selection = new vscode.Selection(3, 15, 3, 15);
    await vscode.commands.executeCommand('editor.action.showHover');
    await sleep(1000);
    await screenshot('post-with-diagnostics');
    const line = document.lineAt(3);
    await editor.edit((edit) => edit.replace(line.range, 'publish: 2026-11-12 20:10'));
    await until('quiet-hours gone after the edit', () => ccalDiagnostics(document.uri, 'quiet-hours').length === 0);
    await editor.edit((edit) => edit.replace(document.lineAt(3).range, 'publish: 2026-11-12 23:10'));
    await until('quiet-hours back after undoing', () => ccalDiagnostics(document.uri, 'quiet-hours').length === 1);
    assert.ok(api.recheckTimings.all().length >= 2);
  });

  test('applies a quick fix from the engine', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceUri(BANNED_POST));
    await vscode.window.showTextDocument(document);
    const [banned] = await until('banned-words diagnostic', () => ccalDiagnostics(document.uri, 'banned-words').length > 0 && ccalDiagnostics(document.uri, 'banned-words'));
    assert.ok(banned);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, banned.range);
    const replace = actions.find((action) => action.title.includes('优质'));
    assert.ok(replace?.edit, `actions: ${actions.map((action) => action.title).join(' | ')}`);
    assert.ok(actions.some((action) => action.title === 'Disable banned-words for this line'));
    assert.ok(await vscode.workspace.applyEdit(replace.edit));
    assert.equal(document.getText(banned.range).length, 2);
    assert.ok(document.getText().includes('优质'));
    await until('banned-words gone after the fix', () => ccalDiagnostics(document.uri, 'banned-words').length === 0);
    await vscode.commands.executeCommand('undo');
    await until('banned-words back after undo', () => ccalDiagnostics(document.uri, 'banned-words').length === 1);
  });

  test('fixes a group id typo with the closest known id', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceUri(TYPO_POST));
    const [unknown] = await until('known-group diagnostic', () => ccalDiagnostics(document.uri, 'known-group').length > 0 && ccalDiagnostics(document.uri, 'known-group'));
    assert.ok(unknown);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, unknown.range);
    const fix = actions.find((action) => action.title === 'Change to "mom-vip"');
    assert.ok(fix?.edit);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(document.getText(unknown.range), 'mom-vip');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('completes group ids, types and statuses in the front matter', async () => {
    const uri = workspaceUri('posts/2026-11/2026-11-30-new.md');
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(uri, { ignoreIfExists: true });
    edit.insert(uri, new vscode.Position(0, 0), '---\ntitle: 新帖\ngroup: mom\ntype: pr\n---\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const groups = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(2, 10));
    const labels = groups.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.ok(labels.includes('mom-vip') && labels.includes('mom-0-6m'), labels.join(','));
    const types = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(3, 8));
    assert.ok(types.items.some((item) => (typeof item.label === 'string' ? item.label : item.label.label) === 'practical'));
    const hover = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', workspaceUri(QUIET_POST), new vscode.Position(2, 10));
    const text = hover.flatMap((item) => item.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
    assert.match(text, /mom/);
    const cleanup = new vscode.WorkspaceEdit();
    cleanup.deleteFile(uri, { ignoreIfNotExists: true });
    await vscode.workspace.applyEdit(cleanup);
  });

  test('New Post offers each type with what it is for, in the words completion uses', async function () {
    if (!runnerBrowser()) return this.skip();
    const uri = workspaceUri(QUIET_POST);
    const completion = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(4, 6));
    const described = new Map(completion.items.flatMap((item) => (typeof item.label === 'object' && item.label.description && (POST_TYPES as readonly string[]).includes(item.label.label) ? [[item.label.label, item.label.description] as const] : [])));
    assert.deepEqual([...described.keys()].sort(), [...POST_TYPES].sort(), 'completion describes every type');
    const creating = vscode.commands.executeCommand('communityCalendar.newPostForGroup', groupNode(api, 'mom-vip'));
    try {
      // the group picker opens with the group ticked: accept it to reach the types
      await until('the group picker', async () => (await workbenchElements('new-post-groups', '.quick-input-widget .monaco-list-row')).some((row) => row.text.includes('mom-vip')));
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      const rows = await until('the type picker', async () => {
        const found = await workbenchElements('new-post-types', '.quick-input-widget .monaco-list-row');
        return found.some((row) => row.text.includes('interactive')) && found;
      });
      for (const [type, description] of described) assert.ok(rows.some((row) => row.text.includes(type) && row.text.includes(description)), `${type}: ${description} in ${rows.map((row) => row.text).join(' | ')}`);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    }
    assert.equal(await creating, undefined, 'nothing is created when the picker is closed');
  });

  test('shows the groups nested by parent, with tier, members and upcoming posts', async () => {
    const roots = api.tree.getChildren();
    assert.deepEqual(roots.map((node) => (node.kind === 'group' ? node.group.id : node.kind)), ['xiaohe']);
    const children = api.tree.getChildren(roots[0]).filter((node): node is Extract<GroupsNode, { kind: 'group' }> => node.kind === 'group');
    assert.ok(children.some((node) => node.group.id === 'mom-vip'));
    const vip = children.find((node) => node.group.id === 'mom-vip') as GroupsNode;
    const item = api.tree.getTreeItem(vip);
    assert.match(String(item.description), /236/);
    const posts = api.tree.getChildren(vip).filter((node) => node.kind === 'post');
    assert.ok(posts.length > 0, 'upcoming posts under the VIP group');
    await vscode.commands.executeCommand('workbench.view.extension.communityCalendar');
    await api.treeView.reveal(vip, { expand: true, focus: false, select: false });
    await sleep(1000);
    await screenshot('groups-view');
  });
});
