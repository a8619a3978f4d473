import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { textRevision } from '../../../src/core/editor/reschedule';
import type { Services } from '../../../src/extension/services';
import { activeServices, groupNode, runnerBrowser, until, workbenchClick, workbenchElements, workspaceUri } from './helpers';

const SERIES_PATH = 'posts/2026-12/series-checkin.md';
const STANDALONE_PATH = 'posts/2026-12/series-checkin-2026-12-04.md';
const SERIES = '---\ntitle: 每日打卡\ngroup: mom-vip\npublish: 2026-12-01 08:30\ntype: interactive\nrepeat:\n  every: day\n  count: 5\nstatus: draft\n---\n今天打卡了吗？\n';

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

suite('Series in VS Code', () => {
  let api: Services;

  suiteSetup(async () => {
    ({ services: api } = await activeServices());
  });

  test('"this one" on a series occurrence writes the standalone post and the except date as one undo step', async function () {
    // the question is a notification with buttons, which only the runner's browser can click
    if (!runnerBrowser()) return this.skip();
    const seriesUri = workspaceUri(SERIES_PATH);
    const standaloneUri = workspaceUri(STANDALONE_PATH);
    await vscode.workspace.fs.writeFile(seriesUri, new TextEncoder().encode(SERIES));
    try {
      await vscode.commands.executeCommand('communityCalendar.openCalendar');
      const panel = await until('calendar panel', () => api.calendar());
      await until('the series in the index', () => api.communities.all().some((community) => (community.session.index.summaryOf(SERIES_PATH)?.series?.occurrences.length ?? 0) === 5));
      // the Groups view lists the coming occurrences under the group, marked as a series
      const occurrences = api.tree.getChildren(groupNode(api, 'mom-vip')).map((node) => api.tree.getTreeItem(node)).filter((item) => item.label === '每日打卡');
      assert.deepEqual(occurrences.map((item) => item.description), ['12-01 08:30 ↻', '12-02 08:30 ↻', '12-03 08:30 ↻', '12-04 08:30 ↻', '12-05 08:30 ↻']);
      const document = await vscode.workspace.openTextDocument(seriesUri);
      const before = document.getText();
      await vscode.commands.executeCommand('notifications.clearAll');
      const moving = panel.receive({ type: 'post/reschedule', path: SERIES_PATH, revision: textRevision(before), date: '2026-12-04', time: '09:15', occurrence: '2026-12-03' });
      await vscode.commands.executeCommand('notifications.showList');
      await until('the question', async () => (await workbenchElements('series-question', '.notifications-center .notification-list-item-message')).some((element) => element.text.includes('repeats')));
      await workbenchClick('series-this-one', '.notifications-center .notification-list-item:has-text("repeats") .monaco-button:has-text("This one")');
      assert.equal(await moving, undefined);
      await until('the except date in the series', () => document.getText().includes('except: [2026-12-03]'));
      assert.equal(document.getText(), before.replace('  count: 5\n', '  count: 5\n  except: [2026-12-03]\n'));
      const standalone = await vscode.workspace.openTextDocument(standaloneUri);
      assert.equal(standalone.getText(), SERIES.replace('publish: 2026-12-01 08:30', 'publish: 2026-12-04 09:15').replace('repeat:\n  every: day\n  count: 5\n', ''));
      // one undo, in the series' editor, takes back the except date and the new file
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('undo');
      await until('both taken back', async () => document.getText() === before && !(await exists(standaloneUri)));
    } finally {
      await vscode.commands.executeCommand('notifications.clearAll');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      for (const uri of [standaloneUri, seriesUri]) if (await exists(uri)) await vscode.workspace.fs.delete(uri);
    }
  });
});
