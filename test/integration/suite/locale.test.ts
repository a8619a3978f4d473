import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Services } from '../../../src/extension/services';
import { activeServices, ccalDiagnostics, groupNode, runnerBrowser, until, webviewTexts, workspaceUri } from './helpers';

const QUIET_POST = 'posts/2026-11/2026-11-12-night-feeding-treehole.md';

suite('The communityCalendar.locale setting', () => {
  let api: Services;

  suiteSetup(async () => {
    ({ services: api } = await activeServices());
  });

  test('switches diagnostics, the Groups view and the calendar between English and Chinese, without a reload', async () => {
    const settings = () => vscode.workspace.getConfiguration('communityCalendar');
    const quiet = () => ccalDiagnostics(workspaceUri(QUIET_POST), 'quiet-hours')[0]?.message ?? '';
    const shortfalls = () => ccalDiagnostics(workspaceUri('community.yaml'), 'posts-per-day').map((diagnostic) => diagnostic.message);
    const description = () => String(api.tree.getTreeItem(groupNode(api, 'mom-vip')).description);
    const calendarText = async (selector: string) => (runnerBrowser() ? (await webviewTexts('locale-calendar', selector))[0] : undefined);
    await vscode.commands.executeCommand('communityCalendar.openCalendar');
    const panel = await until('calendar panel', () => api.calendar());
    await until('English to start with', () => quiet().startsWith('Publishes at 23:10'));
    try {
      await settings().update('locale', 'zh-CN', vscode.ConfigurationTarget.Global);
      await until('Chinese diagnostics', () => quiet().startsWith('发布时间 23:10'));
      // the open slot a shortfall names is in Chinese too, type and all
      assert.ok(shortfalls().some((message) => /^sh-city 在 2026-11-\d\d 的帖子过少：2 条（至少 3 条）；空档 16:30 实用$/.test(message)), shortfalls().join('\n'));
      await until('the Groups view in Chinese', () => description().includes('236 人'));
      assert.equal(panel.webviewPanel.title, '社群内容日历');
      if (runnerBrowser()) {
        await until('the calendar in Chinese', async () => (await calendarText('.ccal-title')) === '2026年11月');
        assert.equal(await calendarText('.ccal-step-today'), '今天');
      }
      await settings().update('locale', 'en', vscode.ConfigurationTarget.Global);
      await until('English diagnostics again', () => quiet().startsWith('Publishes at 23:10'));
      await until('the Groups view in English again', () => description().includes('236 members'));
      if (runnerBrowser()) await until('the calendar in English again', async () => (await calendarText('.ccal-title')) === 'November 2026');
    } finally {
      await settings().update('locale', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
