import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { textRevision } from '../../../src/core/editor/reschedule';
import type { Services } from '../../../src/extension/services';
import { activeServices, runnerBrowser, screenshot, sleep, until, webviewBoxes, webviewClick, webviewTexts, webviewVisibleCharacters, workbenchClick, workbenchElements, workspaceUri } from './helpers';
import { at } from '../../support/defined';

const POST = 'posts/2026-11/2026-11-26-bedtime-story-bear-winter.md';
const TITLE = '晚安故事：小熊的冬天';

suite('Calendar panel in VS Code', () => {
  let api: Services;

  suiteSetup(async () => {
    ({ services: api } = await activeServices());
  });

  test('opens from the command, draws the month and follows the theme', async function () {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('communityCalendar.openCalendar');
    const panel = await until('calendar panel', () => api.calendar());
    assert.equal(panel.webviewPanel.title, 'Community Calendar');
    // the page draws its frame for today's month from the HTML, while the host builds the state
    const boot = /<meta name="ccal-boot" content="([^"]*)">/.exec(panel.webviewPanel.webview.html)?.[1]?.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    assert.ok(boot, 'boot data in the HTML');
    const { today, labels } = JSON.parse(boot) as { today?: string; labels: Record<string, string> };
    assert.match(today ?? '', /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(labels.loading, 'Loading posts…');
    // the webview's DOM is reachable only through run.mjs's browser (not under @vscode/test-electron)
    if (!runnerBrowser()) return this.skip();
    const title = await until('month title in the webview', async () => {
      const texts = await webviewTexts('calendar-title', '.ccal-title');
      return texts.length > 0 && texts[0] !== '' && !at(texts, 0).startsWith('error') && texts;
    });
    assert.deepEqual(title, ['November 2026']);
    // the frame has the month's title before the posts come
    await until('member-day posts on the 28th', async () => (await webviewTexts('calendar-chips', '.ccal-day[data-date="2026-11-28"] .ccal-chip-title')).length > 0);
    const workbench = vscode.workspace.getConfiguration('workbench');
    await workbench.update('colorTheme', 'Default Dark Modern', vscode.ConfigurationTarget.Global);
    await sleep(1500);
    await screenshot('calendar-month-dark');
    await webviewClick('calendar-week', '.ccal-view[data-view="timeGridWeek"]');
    // the week and list views load on first use
    const columns = await until('the week view in the webview', async () => {
      const texts = await webviewTexts('calendar-week-columns', '.fc-col-header-cell, .ccal-error');
      return texts.length > 0 && texts;
    });
    assert.equal(columns.length, 7, 'the week view shows seven days');
    await screenshot('calendar-week-dark');
    await workbench.update('colorTheme', 'Default Light Modern', vscode.ConfigurationTarget.Global);
    await sleep(1500);
    await screenshot('calendar-week-light');
    await webviewClick('calendar-month', '.ccal-view[data-view="dayGridMonth"]');
    await screenshot('calendar-month-light');
    await workbench.update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
  });

  test('sends the posts of the days the webview asks for', async function () {
    const panel = await until('calendar panel', () => api.calendar());
    if (!runnerBrowser()) return this.skip();
    const chipsOn28th = () => webviewTexts('calendar-range-chips', '.ccal-day[data-date="2026-11-28"] .ccal-chip-title');
    // a later spring: the state that comes back holds none of November's posts
    await panel.receive({ type: 'view/range', from: '2027-03-01', to: '2027-04-12' });
    await until('November without its posts', async () => (await chipsOn28th()).length === 0);
    await panel.receive({ type: 'view/range', from: '2026-10-26', to: '2026-12-07' });
    await until('November with its posts again', async () => (await chipsOn28th()).length > 0);
  });

  test('marks the official days off (休) and 调休 working days (班) of the month shown', async function () {
    if (!runnerBrowser()) return this.skip();
    await vscode.commands.executeCommand('communityCalendar.openCalendar');
    await until('calendar panel', () => api.calendar());
    await until('November 2026 drawn', async () => (await webviewTexts('calendar-title-start', '.ccal-title'))[0] === 'November 2026');
    await webviewClick('calendar-prev-1', '.ccal-step-prev');
    await webviewClick('calendar-prev-2', '.ccal-step-prev');
    // 2026-09-20 is a Sunday worked for National Day, 2026-09-25 the first day off of the Mid-Autumn Festival; the
    // workspace's posts are all in November, so these come with the days the webview asks for
    const marks = await until('September 2026 with its official days', async () => {
      const texts = await webviewTexts('calendar-official-days', '.ccal-day[data-date="2026-09-20"] .ccal-official-day, .ccal-day[data-date="2026-09-25"] .ccal-official-day');
      return texts.length === 2 && texts;
    });
    assert.deepEqual(marks, ['Work', 'Off']);
    await webviewClick('calendar-next-1', '.ccal-step-next');
    await webviewClick('calendar-next-2', '.ccal-step-next');
    await until('November again', async () => (await webviewTexts('calendar-title-back', '.ccal-title'))[0] === 'November 2026');
  });

  test('moves a post by changing only its publish value, refuses a stale move, and undoes', async () => {
    const panel = await until('calendar panel', () => api.calendar());
    const uri = workspaceUri(POST);
    const document = await vscode.workspace.openTextDocument(uri);
    const before = document.getText();
    await panel.receive({ type: 'post/reschedule', path: POST, revision: 'stale', date: '2026-11-27' });
    assert.equal(document.getText(), before, 'a move drawn from an older file is refused');
    await panel.receive({ type: 'post/reschedule', path: POST, revision: textRevision(before), date: '2026-11-27', time: '20:15' });
    await until('the publish value to change', () => document.getText() !== before);
    assert.equal(document.getText(), before.replace('publish: 2026-11-26 21:45', 'publish: 2026-11-27 20:15'));
    assert.ok(document.isDirty, 'the move waits in the buffer to be saved, like any edit');
    await panel.receive({ type: 'edit/undo' });
    await until('the move to be undone', () => document.getText() === before);
    await vscode.commands.executeCommand('vscode.open', uri);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await panel.receive({ type: 'post/reschedule', path: '../../etc/passwd', revision: 'x', date: 'not-a-date' });
    assert.equal(document.getText(), before, 'malformed messages are ignored');
  });

  test('says what a move did and how to undo it; its Undo takes the move back only while the file is as the move left it', async function () {
    if (!runnerBrowser()) return this.skip();
    await vscode.commands.executeCommand('communityCalendar.openCalendar');
    const panel = await until('calendar panel', () => api.calendar());
    const uri = workspaceUri(POST);
    const document = await vscode.workspace.openTextDocument(uri);
    const before = document.getText();
    // with the smoke-test driver VS Code shows no toasts: the notifications are read and clicked in their list
    const toasts = async (name: string) => {
      await vscode.commands.executeCommand('notifications.showList');
      return workbenchElements(name, '.notifications-center .notification-list-item-message');
    };
    const undoButton = '.notifications-center .notification-list-item:has-text("Moved") .monaco-button:has-text("Undo")';
    await vscode.commands.executeCommand('notifications.clearAll');
    await panel.receive({ type: 'post/reschedule', path: POST, revision: textRevision(before), date: '2026-11-27', time: '20:15' });
    const toast = await until('the notification of the move', async () => (await toasts('move-toast')).find((element) => element.text.startsWith('Moved')));
    assert.equal(toast.text, `Moved "${TITLE}" from 2026-11-26 21:45 to 2026-11-27 20:15. Undo it here, or with Ctrl+Z in the calendar or in the file.`);
    await workbenchClick('move-undo', undoButton);
    await until('the move taken back', () => document.getText() === before);
    await vscode.commands.executeCommand('notifications.clearAll');
    await panel.receive({ type: 'post/reschedule', path: POST, revision: textRevision(before), date: '2026-11-28' });
    await until('the second move', () => document.getText().includes('publish: 2026-11-28 21:45'));
    await until('its notification', async () => (await toasts('move-toast-again')).some((element) => element.text.includes('to 2026-11-28 21:45')));
    // the writer goes on typing in the file: the notification's Undo no longer takes the move back
    const typing = new vscode.WorkspaceEdit();
    typing.insert(uri, document.lineAt(document.lineCount - 1).range.end, '晚安。');
    assert.ok(await vscode.workspace.applyEdit(typing));
    await workbenchClick('move-undo-after-typing', undoButton);
    await until('the refusal', async () => (await toasts('move-refused')).some((element) => element.text === 'The post changed after it was moved; undo it in the editor instead.'));
    assert.ok(document.getText().includes('publish: 2026-11-28 21:45') && document.getText().endsWith('晚安。'));
    await vscode.commands.executeCommand('vscode.open', uri);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.commands.executeCommand('notifications.hideList');
  });

  test('reads at 1400×900 with the side bar and the Problems panel open: one toolbar row, titles of at least 8 characters', async function () {
    if (!runnerBrowser()) return this.skip();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.view.explorer');
    await vscode.commands.executeCommand('communityCalendar.openCalendar');
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await until('the month with its posts', async () => (await webviewTexts('readable-chips', '.ccal-day[data-date="2026-11-23"] .ccal-chip-title')).length > 0);
    // a side bar wider than VS Code's first 300 px, as people work with it: the webview is then 800 to 900 px wide
    const viewport = async () => at(await webviewBoxes('readable-page', 'html'), 0);
    for (let step = 0; step < 10 && (await viewport()).clientWidth > 900; step++) await vscode.commands.executeCommand('workbench.action.decreaseViewWidth');
    const page = await viewport();
    assert.ok(page);
    console.log(`calendar webview: ${page.clientWidth}×${page.clientHeight} px`);
    const controls = await webviewBoxes('readable-toolbar', '#toolbar > * > *');
    // one row: every control starts above the bottom of every other
    const lowestTop = Math.max(...controls.map((control) => control.top));
    assert.ok(controls.every((control) => lowestTop < control.top + control.height), `the toolbar in one row: ${JSON.stringify(controls.map((control) => [control.text.slice(0, 12), Math.round(control.top)]))}`);
    const titles = await webviewVisibleCharacters('readable-titles', '.ccal-month .ccal-chip-title');
    assert.ok(titles.length > 20, `${titles.length} titles`);
    const cut = titles.filter((title) => title.visible < Math.min(title.characters, 8));
    assert.deepEqual(cut, [], 'every title shows 8 characters or all of it');
    await screenshot('calendar-month-1400x900-dark');
    // the legend, in both themes: the webview's body says which theme it has drawn
    await webviewClick('calendar-legend-open', '.ccal-legend-toggle');
    await until('the legend', async () => (await webviewTexts('calendar-legend', '#ccal-legend li')).length > 5);
    await screenshot('calendar-legend-dark');
    const workbench = vscode.workspace.getConfiguration('workbench');
    await workbench.update('colorTheme', 'Default Light Modern', vscode.ConfigurationTarget.Global);
    try {
      await until('the light theme in the webview', async () => (await webviewTexts('calendar-light', 'body.vscode-light')).length === 1);
      await screenshot('calendar-legend-light');
      await webviewClick('calendar-legend-close', '.ccal-legend-toggle');
      await until('the legend closed', async () => (await webviewTexts('calendar-legend-closed', '#ccal-legend li')).length === 0);
      await screenshot('calendar-month-1400x900-light');
    } finally {
      await workbench.update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.closePanel');
    }
  });
});
