import * as vscode from 'vscode';
import { textRevision } from '../../core/editor/reschedule';
import { moveOccurrence, moveSeries } from '../../core/editor/seriesMove';
import type { WebviewToHost } from '../../shared/protocol';
import type { Community } from '../community';
import { l10n } from '../l10n';

type Reschedule = Extract<WebviewToHost, { type: 'post/reschedule' }> & { occurrence: string };

/** What a move of a series' occurrence does, when the host has an answer: one WorkspaceEdit, or why there is none. */
export type SeriesMovePlan = { scope: 'series'; edit: vscode.TextEdit } | { scope: 'occurrence'; edit: vscode.WorkspaceEdit; created: string } | { refused: string } | undefined;

/** Asks whether the drag moves only this occurrence or the whole series; undefined when the writer dismisses it. */
async function askScope(title: string, occurrence: string): Promise<'occurrence' | 'series' | undefined> {
  const thisOne = l10n.t('This one');
  const whole = l10n.t('The whole series');
  const choice = await vscode.window.showInformationMessage(l10n.t('"{0}" repeats. Move only the occurrence on {1}, or the whole series?', title, occurrence), thisOne, whole);
  return choice === thisOne ? 'occurrence' : choice === whole ? 'series' : undefined;
}

/**
 * The edit for a dragged occurrence (SPEC §6.2), once the writer said how much moves. "This one" adds the date to
 * `except` and creates the standalone post beside the series in the same WorkspaceEdit, so one undo takes back both;
 * "the whole series" shifts `publish`. The file must still be what the calendar showed, after the question too.
 */
export async function planSeriesMove(community: Community, document: vscode.TextDocument, message: Reschedule): Promise<SeriesMovePlan> {
  const { session } = community;
  const title = session.index.summaryOf(message.path)?.title ?? message.path;
  const scope = await askScope(title, message.occurrence);
  if (!scope) return undefined;
  const text = document.getText();
  if (textRevision(text) !== message.revision) return { refused: l10n.t('{0} changed since the calendar showed it, so it was not moved. Try again on the updated calendar.', message.path) };
  const zone = session.environment.facts.timezone;
  const to = { date: message.date, ...(message.time === undefined ? {} : { time: message.time }) };
  if (scope === 'series') {
    const result = moveSeries(text, message.occurrence, to, zone);
    if (result.ok) return { scope, edit: new vscode.TextEdit(new vscode.Range(document.positionAt(result.edit.span.start), document.positionAt(result.edit.span.end)), result.edit.newText) };
    return { refused: result.reason === 'onDays' ? l10n.t('{0} repeats on the days its `on` names: change `on` in the file to move the series to another day.', message.path) : l10n.t('{0} was not moved: its publish value could not be rewritten safely. Move it in the editor.', message.path) };
  }
  // the new file's name is free among the community's files; a file the globs do not read makes the edit fail
  const result = moveOccurrence(message.path, text, message.occurrence, to, zone, (path) => session.textOf(path) !== undefined);
  if (!result.ok || !session.isPost(result.post.path)) return { refused: l10n.t('{0} was not moved: its repeat could not be rewritten safely. Move it in the editor.', message.path) };
  const edit = new vscode.WorkspaceEdit();
  const span = result.seriesEdit.span;
  edit.replace(document.uri, new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)), result.seriesEdit.newText);
  edit.createFile(community.uriOf(result.post.path), { contents: new TextEncoder().encode(result.post.text) });
  return { scope, edit, created: result.post.path };
}
