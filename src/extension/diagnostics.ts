import * as vscode from 'vscode';
import { diagnosticMessage } from '../core/diagnostics';
import type { Diagnostic, Severity, SeveritySetting } from '../core/model';
import { docsUrl, RULES_BY_ID } from '../core/rules/registry';
import type { Communities, Community, CommunityChange } from './community';
import { SETTINGS, SOURCE } from './ids';
import { displayLocale } from './locale';

const SEVERITY: Readonly<Record<Severity, vscode.DiagnosticSeverity>> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function toRange(diagnostic: Pick<Diagnostic, 'range'>): vscode.Range {
  const { start, end } = diagnostic.range;
  return new vscode.Range(start.line, start.character, end.line, end.character);
}

/** The engine's diagnostics in the Problems panel: code links to the rule's page, severity after user overrides. */
export class DiagnosticsPublisher implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(SOURCE);
  private readonly subscription: vscode.Disposable;

  constructor(private readonly communities: Communities) {
    this.subscription = communities.onDidChange((change) => this.publish(change));
  }

  /** Re-publishes everything, e.g. after the severity overrides changed. */
  republishAll(): void {
    for (const community of this.communities.all()) if (community.session.loaded) this.publish({ community, files: undefined });
  }

  dispose(): void {
    this.subscription.dispose();
    this.collection.dispose();
  }

  private publish({ community, files }: CommunityChange): void {
    // an entry without diagnostics clears its file; a later entry for the same file gives it its new ones
    const entries: [vscode.Uri, vscode.Diagnostic[] | undefined][] = [];
    if (files === undefined) {
      for (const [uri] of this.collection) if (this.communities.communityOf(uri) === community) entries.push([uri, undefined]);
    }
    const overrides = vscode.workspace.getConfiguration(SETTINGS.section).get<Record<string, SeveritySetting>>(SETTINGS.severityOverrides, {});
    const locale = displayLocale();
    for (const path of files ?? community.session.index.files()) {
      const diagnostics = community.session.diagnosticsFor(path).flatMap((diagnostic) => this.convert(diagnostic, overrides, locale));
      entries.push([community.uriOf(path), diagnostics.length === 0 ? undefined : diagnostics]);
    }
    // one message to VS Code for the lot: a set or delete per file is one each, thousands on a full check
    this.collection.set(entries);
  }

  private convert(diagnostic: Diagnostic, overrides: Readonly<Record<string, SeveritySetting>>, locale: ReturnType<typeof displayLocale>): vscode.Diagnostic[] {
    const severity = overrides[diagnostic.ruleId] ?? diagnostic.severity;
    if (severity === 'off') return [];
    const converted = new vscode.Diagnostic(toRange(diagnostic), diagnosticMessage(diagnostic, locale), SEVERITY[severity]);
    converted.source = SOURCE;
    converted.code = RULES_BY_ID.has(diagnostic.ruleId) ? { value: diagnostic.ruleId, target: vscode.Uri.parse(docsUrl(diagnostic.ruleId)) } : diagnostic.ruleId;
    return [converted];
  }
}

/** Problems per group id, for the tree's badges. */
export function problemsByGroup(community: Community): Map<string, number> {
  const counts = new Map<string, number>();
  const { index, config } = community.session;
  for (const path of index.files()) {
    const diagnostics = index.diagnosticsFor(path).filter((diagnostic) => diagnostic.severity !== 'info');
    if (diagnostics.length === 0) continue;
    if (path === config.path) {
      for (const diagnostic of diagnostics) {
        const group = config.groups.find((candidate) => candidate.idSpan.start === diagnostic.span.start || candidate.membersSpan?.start === diagnostic.span.start);
        if (group) counts.set(group.id, (counts.get(group.id) ?? 0) + 1);
      }
      continue;
    }
    for (const id of new Set(index.summaryOf(path)?.groupIds ?? [])) counts.set(id, (counts.get(id) ?? 0) + diagnostics.length);
  }
  return counts;
}
