import * as vscode from 'vscode';
import { diagnosticMessage } from '../core/session/diagnostics';
import type { Diagnostic, Severity } from '../core/base/domain';
import { docsUrl, RULES_BY_ID } from '../core/rules/registry';
import type { Communities, CommunityChange } from './community';
import { SOURCE } from './ids';
import { displayLocale } from './locale';
import { effectiveSeverity, severityOverrides, type SeverityOverrides } from './problemCounts';

const SEVERITY: Readonly<Record<Severity, vscode.DiagnosticSeverity>> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function toRange(diagnostic: Pick<Diagnostic, 'range'>): vscode.Range {
  const { start, end } = diagnostic.range;
  return new vscode.Range(start.line, start.character, end.line, end.character);
}

/** Markers per DiagnosticCollection.set() call, under VS Code's 1 100 (see setInBatches). */
const MARKERS_PER_SET = 1_000;

/** The engine's diagnostics in the Problems panel: code links to the rule's page, severity after user overrides. */
export class DiagnosticsPublisher implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(SOURCE);
  private readonly subscription: vscode.Disposable;
  private readonly codes = new Map<string, { value: string; target: vscode.Uri }>();

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
    const overrides = severityOverrides();
    const locale = displayLocale();
    for (const path of files ?? community.session.index.files()) {
      const diagnostics = community.session.diagnosticsFor(path).flatMap((diagnostic) => this.convert(diagnostic, overrides, locale));
      entries.push([community.uriOf(path), diagnostics.length === 0 ? undefined : diagnostics]);
    }
    this.setInBatches(entries);
  }

  /**
   * Few messages to VS Code: a set or delete per file is one each, thousands on a full check. But one set() call
   * reaches the Problems panel with at most 1.1 × 1 000 markers; VS Code (ExtHostDiagnostics' maxDiagnosticsTotal)
   * leaves the call's other files out, though getDiagnostics() still returns them. So a call holds at most this many.
   */
  private setInBatches(entries: ReadonlyArray<[vscode.Uri, vscode.Diagnostic[] | undefined]>): void {
    let batch: Array<[vscode.Uri, vscode.Diagnostic[] | undefined]> = [];
    let markers = 0;
    for (const entry of entries) {
      const count = entry[1]?.length ?? 0;
      if (batch.length > 0 && markers + count > MARKERS_PER_SET) {
        this.collection.set(batch);
        batch = [];
        markers = 0;
      }
      batch.push(entry);
      markers += count;
    }
    if (batch.length > 0) this.collection.set(batch);
  }

  private convert(diagnostic: Diagnostic, overrides: SeverityOverrides, locale: ReturnType<typeof displayLocale>): vscode.Diagnostic[] {
    const severity = effectiveSeverity(diagnostic, overrides);
    if (severity === 'off') return [];
    const converted = new vscode.Diagnostic(toRange(diagnostic), diagnosticMessage(diagnostic, locale), SEVERITY[severity]);
    converted.source = SOURCE;
    converted.code = this.codeOf(diagnostic.ruleId);
    return [converted];
  }

  /** A rule's code with its docs link, made once: a full check converts a hundred thousand diagnostics. */
  private codeOf(ruleId: string): vscode.Diagnostic['code'] {
    if (!RULES_BY_ID.has(ruleId)) return ruleId;
    let code = this.codes.get(ruleId);
    if (!code) this.codes.set(ruleId, (code = { value: ruleId, target: vscode.Uri.parse(docsUrl(ruleId)) }));
    return code;
  }
}
