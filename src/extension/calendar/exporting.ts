import * as vscode from 'vscode';
import { planCsv } from '../../core/export/csv';
import { planIcs } from '../../core/export/ics';
import { planJson } from '../../core/export/json';
import { planRows } from '../../core/export/plan';
import type { ExportFormat } from '../../shared/protocol';
import type { Community } from '../community';
import { l10n } from '../l10n';

const FILTERS: Readonly<Record<ExportFormat, Record<string, string[]>>> = {
  ics: { iCalendar: ['ics'] },
  csv: { CSV: ['csv'] },
  json: { JSON: ['json'] },
};

/** The calendar toolbar's export: the groups on screen, in the format asked for, to a file the user picks. */
export async function exportFromCalendar(community: Community, format: ExportFormat, groupIds: readonly string[]): Promise<vscode.Uri | undefined> {
  const { index, config, environment } = community.session;
  const wanted = new Set(groupIds);
  const rows = planRows(index, { groups: config.groups.filter((group) => wanted.has(group.id)) });
  const zone = environment.facts.timezone;
  const content = format === 'ics' ? planIcs(rows, { zone, now: environment.facts.now }) : format === 'csv' ? planCsv(rows, zone) : planJson(rows, zone);
  const target = await vscode.window.showSaveDialog({ defaultUri: community.uriOf(`community-calendar.${format}`), filters: FILTERS[format], saveLabel: l10n.t('Export') });
  if (!target) return undefined;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
  const open = l10n.t('Open');
  void vscode.window.showInformationMessage(l10n.t('Exported {0} posts to {1}', rows.length, vscode.workspace.asRelativePath(target)), open).then((choice) => {
    if (choice === open) void vscode.commands.executeCommand('vscode.open', target);
  });
  return target;
}
