import * as vscode from 'vscode';
import { rescheduleEdit, textRevision } from '../../core/editor/reschedule';
import { addDays, covers, monthGrid, type DayRange } from '../../shared/days';
import { assertNever, bootMeta, parseWebviewMessage, type HostToWebview, type WebviewToHost } from '../../shared/protocol';
import type { Communities, Community } from '../community';
import { CALENDAR_VIEW_TYPE, COMMANDS } from '../ids';
import { exportFromCalendar } from './exporting';
import { planSeriesMove } from './seriesMoves';
import { buildCalendarBoot, buildCalendarState } from './state';
import { l10n } from '../l10n';
import { displayLocale } from '../locale';
import { createSlotPosts, openSlotOf } from '../slotPosts';

const STATE_DEBOUNCE_MS = 250;
/** Days of posts sent beyond those on screen on each side, so a step to the next week needs no new state. */
const RANGE_MARGIN_DAYS = 7;

function nonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A move made from the calendar: the publish value before and after, where it is, and the file's text after it. */
interface Move {
  uri: vscode.Uri;
  before: string;
  after: string;
  range: vscode.Range;
  /** The file's revision right after the move: the move is taken back only while the file is still that. */
  revision: string;
}

/**
 * The calendar panel's host side: one panel, revealed again on repeat; it sends the whole state when the webview
 * is ready and whenever the community changes, and applies reschedules as single, undoable WorkspaceEdits.
 */
export class CalendarPanel implements vscode.Disposable {
  private static current: CalendarPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastMove: Move | undefined;
  private focusGroup: string | undefined;
  /** The days whose posts the webview has, around the ones it shows. */
  private range: DayRange | undefined;

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    private readonly communities: Communities,
  ) {
    panel.webview.options = CalendarPanel.webviewOptions(extensionUri);
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'activity.svg');
    panel.webview.html = this.html();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw)),
      communities.onDidChange(() => this.scheduleState()),
    );
  }

  static webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
    return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media'), vscode.Uri.joinPath(extensionUri, 'dist', 'webview')] };
  }

  /** Opens the calendar (or brings it forward), optionally filtered to one group. */
  static show(extensionUri: vscode.Uri, communities: Communities, focusGroup?: string): CalendarPanel {
    const existing = CalendarPanel.current;
    if (existing) {
      existing.panel.reveal();
      existing.focusGroup = focusGroup;
      existing.postState();
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(CALENDAR_VIEW_TYPE, l10n.t('Community Calendar'), vscode.ViewColumn.Active, CalendarPanel.webviewOptions(extensionUri));
    CalendarPanel.current = new CalendarPanel(panel, extensionUri, communities);
    CalendarPanel.current.focusGroup = focusGroup;
    return CalendarPanel.current;
  }

  /** A panel VS Code restores after a reload (its filters and view come back from the webview's own state). */
  static revive(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, communities: Communities): void {
    CalendarPanel.current?.dispose();
    CalendarPanel.current = new CalendarPanel(panel, extensionUri, communities);
  }

  static get active(): CalendarPanel | undefined {
    return CalendarPanel.current;
  }

  get webviewPanel(): vscode.WebviewPanel {
    return this.panel;
  }

  /** Draws the page again, from new HTML: its labels in the current display locale. Filters and view stay (the webview's own state). */
  redraw(): void {
    this.panel.title = l10n.t('Community Calendar');
    this.panel.webview.html = this.html();
  }

  dispose(): void {
    if (CalendarPanel.current === this) CalendarPanel.current = undefined;
    clearTimeout(this.timer);
    for (const disposable of this.disposables) disposable.dispose();
    this.panel.dispose();
  }

  private community(): Community | undefined {
    return this.communities.all().find((candidate) => candidate.session.loaded);
  }

  private html(): string {
    const webview = this.panel.webview;
    const once = nonce();
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview', 'calendar.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'calendar.css'));
    const csp = [`default-src 'none'`, `img-src ${webview.cspSource} data:`, `font-src ${webview.cspSource} data:`, `style-src ${webview.cspSource} 'nonce-${once}'`, `script-src 'nonce-${once}'`].join('; ');
    // the page loads the week and list views script with this nonce, and FullCalendar adds its <style> with it too
    return `<!DOCTYPE html>
<html lang="${displayLocale()}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="csp-nonce" content="${once}">
${bootMeta(buildCalendarBoot(this.community()))}
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>Community Calendar</title>
</head>
<body>
<div id="toolbar"></div>
<div id="calendar"></div>
<section id="summary" aria-live="polite"></section>
<script nonce="${once}" src="${script}"></script>
</body>
</html>`;
  }

  private post(message: HostToWebview): void {
    void this.panel.webview.postMessage(message);
  }

  private scheduleState(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.postState(), STATE_DEBOUNCE_MS);
  }

  private postState(): void {
    const community = this.community();
    if (!community) return;
    // before the webview says what it shows: the month grid of today's month
    this.range ??= monthGrid(community.session.environment.facts.today);
    this.post({ type: 'state/full', state: buildCalendarState(community, this.range, this.focusGroup) });
    this.focusGroup = undefined;
  }

  /** A message from the webview: used only if it passes the protocol's validation. */
  async receive(raw: unknown): Promise<void> {
    const message = parseWebviewMessage(raw);
    if (message) await this.handle(message);
  }

  private async handle(message: WebviewToHost): Promise<void> {
    const community = this.community();
    switch (message.type) {
      case 'webview/ready':
        this.postState();
        return;
      case 'post/open':
        if (community?.session.isPost(message.path)) await vscode.window.showTextDocument(community.uriOf(message.path), { viewColumn: vscode.ViewColumn.Beside, preview: true });
        return;
      case 'view/range':
        if (this.range && covers(this.range, message)) return;
        this.range = { from: addDays(message.from, -RANGE_MARGIN_DAYS), to: addDays(message.to, RANGE_MARGIN_DAYS) };
        this.postState();
        return;
      case 'post/create':
        await vscode.commands.executeCommand(COMMANDS.newPost, message.date);
        return;
      case 'slot/create': {
        if (!community) return;
        const slot = openSlotOf(community, { group: message.group, date: message.date, time: message.time, type: message.slotType });
        await createSlotPosts(community, slot ? [slot] : [], vscode.ViewColumn.Beside);
        return;
      }
      case 'post/reschedule': {
        const ok = community ? await this.reschedule(community, message) : false;
        this.post({ type: 'reschedule/result', path: message.path, ok });
        return;
      }
      case 'edit/undo':
        await this.undo(this.lastMove);
        return;
      case 'export/request':
        if (community) await exportFromCalendar(community, message.format, message.groups);
        return;
      default:
        assertNever(message);
    }
  }

  /** Moves a post: only its `publish` value changes, and only if the file is what the calendar showed. */
  private async reschedule(community: Community, message: Extract<WebviewToHost, { type: 'post/reschedule' }>): Promise<boolean> {
    if (!community.session.isPost(message.path)) return false;
    const uri = community.uriOf(message.path);
    const document = await vscode.workspace.openTextDocument(uri);
    const text = document.getText();
    if (textRevision(text) !== message.revision) {
      void vscode.window.showWarningMessage(l10n.t('{0} changed since the calendar showed it, so it was not moved. Try again on the updated calendar.', message.path));
      this.postState();
      return false;
    }
    if (message.occurrence !== undefined) return this.moveInSeries(community, document, { ...message, occurrence: message.occurrence });
    const result = rescheduleEdit(text, { date: message.date, time: message.time }, community.session.environment.facts.timezone);
    if (!result.ok) {
      void vscode.window.showWarningMessage(
        result.reason === 'unsafeValue'
          ? l10n.t('{0} was not moved: its publish value is shared with another field of the front matter (an anchor), so the move would change that field too. Move it in the editor.', message.path)
          : l10n.t('{0} has no valid publish time to move.', message.path),
      );
      return false;
    }
    const range = new vscode.Range(document.positionAt(result.edit.span.start), document.positionAt(result.edit.span.end));
    return this.applyMove(community, document, range, result.edit.newText, message.path);
  }

  /** Moves an occurrence of a series, or the whole series, as the writer answers (see seriesMoves.ts). */
  private async moveInSeries(community: Community, document: vscode.TextDocument, message: Parameters<typeof planSeriesMove>[2]): Promise<boolean> {
    const plan = await planSeriesMove(community, document, message);
    if (!plan) return false;
    if ('refused' in plan) {
      void vscode.window.showWarningMessage(plan.refused);
      this.postState();
      return false;
    }
    if (plan.scope === 'series') return this.applyMove(community, document, plan.edit.range, plan.edit.newText, message.path);
    if (!(await vscode.workspace.applyEdit(plan.edit))) {
      void vscode.window.showWarningMessage(l10n.t('{0} was not moved: {1} could not be created.', message.path, plan.created));
      return false;
    }
    void vscode.window.showInformationMessage(l10n.t('Moved the occurrence of {0} to {1} as {2}, and added {0} to the series\' except. Ctrl+Z in the file takes back both.', message.occurrence, message.date, plan.created));
    return true;
  }

  /** Replaces a post's publish value as one undoable edit, and remembers it for the calendar's own undo. */
  private async applyMove(community: Community, document: vscode.TextDocument, range: vscode.Range, newText: string, path: string): Promise<boolean> {
    const uri = document.uri;
    const before = document.getText(range);
    // like any refactoring, the edit lands in the file's buffer: one undo step, saved with the writer's other edits
    const start = document.offsetAt(range.start);
    if (!(await this.replace(uri, range, newText))) return false;
    const after = new vscode.Range(range.start, document.positionAt(start + newText.length));
    this.lastMove = { uri, before, after: newText, range: after, revision: textRevision(document.getText()) };
    this.announce(this.lastMove, community.session.index.summaryOf(path)?.title ?? path);
    return true;
  }

  /** Says what moved where, and how to take it back: the file changed, unsaved, where the writer may not be looking. */
  private announce(move: Move, title: string): void {
    const undo = l10n.t('Undo');
    const text = l10n.t('Moved "{0}" from {1} to {2}. Undo it here, or with Ctrl+Z in the calendar or in the file.', title, move.before, move.after);
    void vscode.window.showInformationMessage(text, undo).then((choice) => {
      if (choice === undo) void this.undo(move);
    });
  }

  /** Takes a move back, if the file is as the move left it. */
  private async undo(move: Move | undefined): Promise<void> {
    if (!move) return;
    const document = await vscode.workspace.openTextDocument(move.uri);
    if (textRevision(document.getText()) !== move.revision) {
      void vscode.window.showWarningMessage(l10n.t('The post changed after it was moved; undo it in the editor instead.'));
      return;
    }
    if (this.lastMove === move) this.lastMove = undefined;
    await this.replace(move.uri, move.range, move.before);
  }

  private async replace(uri: vscode.Uri, range: vscode.Range, text: string): Promise<boolean> {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, range, text);
    return vscode.workspace.applyEdit(edit);
  }
}
