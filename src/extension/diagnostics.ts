import * as vscode from 'vscode';
import { diagnosticMessage } from '../core/session/diagnostics';
import type { Diagnostic, Severity } from '../core/base/domain';
import { docsUrl, RULES_BY_ID } from '../core/rules/registry';
import type { Communities, Community, CommunityChange, RestoredProblems } from './community';
import { SETTINGS, SOURCE } from './ids';
import { l10n } from './l10n';
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

/** Which files' infos the Problems panel gets (the `infosInProblems` setting); errors and warnings go for every file. */
type InfoScope = 'auto' | 'allFiles' | 'openFiles';

/**
 * Above this many infos in a community, `auto` gives Problems only the infos of files open in an editor: VS Code takes
 * in some 14 000 markers a second, so a hundred thousand typography notes would hold the window for seven seconds.
 */
const AUTO_INFO_LIMIT = 10_000;

function infoScope(): InfoScope {
  return vscode.workspace.getConfiguration(SETTINGS.section).get<InfoScope>(SETTINGS.infosInProblems, 'auto');
}

/** The file a tab shows: a text editor's, or a diff's changed side. */
function tabUri(tab: vscode.Tab): vscode.Uri | undefined {
  const { input } = tab;
  if (input instanceof vscode.TabInputText) return input.uri;
  if (input instanceof vscode.TabInputTextDiff) return input.modified;
  return undefined;
}

/**
 * The URIs of the files open in editor tabs. Tabs, not text documents: VS Code keeps a document loaded for a while
 * after its editor closes (and loads some that no editor shows), so its open and close events are not the user's.
 */
function openFiles(): Set<string> {
  return new Set(vscode.window.tabGroups.all.flatMap((group) => group.tabs.flatMap((tab) => tabUri(tab)?.toString() ?? [])));
}

/** Whether two lists show the same: same rule, severity, message and place, in the same order. */
function sameDiagnostics(shown: readonly vscode.Diagnostic[], next: readonly vscode.Diagnostic[]): boolean {
  const codeOf = (diagnostic: vscode.Diagnostic) => (typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code);
  return (
    shown.length === next.length &&
    shown.every((diagnostic, index) => {
      const other = next[index];
      return other !== undefined && diagnostic.severity === other.severity && diagnostic.message === other.message && codeOf(diagnostic) === codeOf(other) && diagnostic.range.isEqual(other.range);
    })
  );
}

/**
 * The engine's diagnostics in the Problems panel: code links to the rule's page, severity after user overrides.
 * The Problems panel takes some 14 000 to 20 000 markers a second, and typography infos can be a hundred thousand: so
 * a file it shows nothing for yet (on start or reopen) gets its errors and warnings at once and its infos after
 * everyone's errors and warnings, a batch per turn of the event loop; and above AUTO_INFO_LIMIT infos only open files
 * get theirs (the `infosInProblems` setting). On reopen, the errors and warnings of the last session
 * are shown before the check (onDidRestore); the check then changes only the files whose problems differ.
 */
export class DiagnosticsPublisher implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(SOURCE);
  private readonly subscriptions: vscode.Disposable[];
  private readonly codes = new Map<string, { value: string; target: vscode.Uri }>();
  /** Files whose infos are still to follow, with all their diagnostics, by URI. */
  private readonly deferred = new Map<string, [vscode.Uri, vscode.Diagnostic[]]>();
  private draining: Promise<void> | undefined;
  private disposed = false;
  /** Communities whose closed files' infos Problems leaves out, as their last full check decided. */
  private readonly openFilesOnly = new Set<Community>();
  private limitNoticeShown = false;

  constructor(private readonly communities: Communities) {
    this.subscriptions = [
      communities.onDidChange((change) => this.publish(change)),
      communities.onDidRestore((restored) => this.restore(restored)),
      vscode.window.tabGroups.onDidChangeTabs(({ opened, closed }) => this.publishOpenedOrClosed([...opened, ...closed].flatMap((tab) => tabUri(tab) ?? []))),
    ];
  }

  /** Re-publishes everything, e.g. after the severity overrides changed. */
  republishAll(): void {
    for (const community of this.communities.all()) if (community.session.loaded) this.publish({ community, files: undefined });
  }

  /** Resolves once every deferred info has been handed to VS Code. */
  settled(): Promise<void> {
    return this.draining ?? Promise.resolve();
  }

  dispose(): void {
    this.disposed = true;
    this.deferred.clear();
    for (const subscription of this.subscriptions) subscription.dispose();
    this.collection.dispose();
  }

  /** Shows a community's errors and warnings of its last session, before its check (no file of it is shown yet). */
  private restore({ root, files }: RestoredProblems): void {
    const overrides = severityOverrides();
    const locale = displayLocale();
    const entries: Array<[vscode.Uri, vscode.Diagnostic[]]> = [];
    for (const [path, diagnostics] of files) {
      const uri = vscode.Uri.joinPath(root, ...path.split('/'));
      if (this.collection.has(uri)) continue;
      const shown = diagnostics.flatMap((diagnostic) => this.convert(diagnostic, overrides, locale)).filter((diagnostic) => diagnostic.severity !== vscode.DiagnosticSeverity.Information);
      if (shown.length > 0) entries.push([uri, shown]);
    }
    this.setInBatches(entries);
  }

  /** Files opened or closed in editor tabs: their infos come or go where a community shows only open files' infos. */
  private publishOpenedOrClosed(uris: readonly vscode.Uri[]): void {
    for (const uri of uris) {
      const community = this.communities.communityOf(uri);
      const path = community?.pathOf(uri);
      // a file the community does not check has no diagnostics, and its publish changes nothing
      if (community && path !== undefined && this.openFilesOnly.has(community) && community.session.loaded) this.publish({ community, files: new Set([path]) });
    }
  }

  /**
   * Whether Problems gets the infos of this community's closed files: by the setting, or under `auto` by its count of
   * infos on a full check (a partial one keeps the last decision).
   */
  private decideInfoScope(community: Community, full: boolean, overrides: SeverityOverrides): void {
    const scope = infoScope();
    if (scope === 'auto' && !full) return;
    const openOnly = scope === 'openFiles' || (scope === 'auto' && countInfos(community, overrides, AUTO_INFO_LIMIT) > AUTO_INFO_LIMIT);
    if (!openOnly) {
      this.openFilesOnly.delete(community);
      return;
    }
    this.openFilesOnly.add(community);
    if (scope === 'auto' && !this.limitNoticeShown) {
      this.limitNoticeShown = true;
      void this.noticeLimit();
    }
  }

  private async noticeLimit(): Promise<void> {
    const showAll = l10n.t('Show All');
    const choice = await vscode.window.showInformationMessage(
      l10n.t('More than {0} infos (typography and other suggestions): the Problems panel shows those of open files. Errors and warnings are shown for every file.', AUTO_INFO_LIMIT.toLocaleString('en-US')),
      showAll,
    );
    if (choice === showAll) await vscode.workspace.getConfiguration(SETTINGS.section).update(SETTINGS.infosInProblems, 'allFiles', vscode.ConfigurationTarget.Workspace);
  }

  private publish({ community, files }: CommunityChange): void {
    const overrides = severityOverrides();
    const locale = displayLocale();
    this.decideInfoScope(community, files === undefined, overrides);
    const open = this.openFilesOnly.has(community) ? openFiles() : undefined;
    const entries: [vscode.Uri, vscode.Diagnostic[] | undefined][] = [];
    const published = new Set<string>();
    for (const path of files ?? community.session.index.files()) {
      const uri = community.uriOf(path);
      const key = uri.toString();
      published.add(key);
      this.deferred.delete(key);
      const withInfos = !open || open.has(key);
      const diagnostics = community.session.diagnosticsFor(path).flatMap((diagnostic) => this.convert(diagnostic, overrides, locale, withInfos));
      const shown = this.collection.get(uri) ?? [];
      // a file whose infos are shown already gets all of its diagnostics at once, so that none of them blinks
      const first = files === undefined && !shown.some((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Information);
      const now = first ? diagnostics.filter((diagnostic) => diagnostic.severity !== vscode.DiagnosticSeverity.Information) : diagnostics;
      if (now.length < diagnostics.length) this.deferred.set(key, [uri, diagnostics]);
      if (!sameDiagnostics(shown, now)) entries.push([uri, now.length === 0 ? undefined : now]);
    }
    if (files === undefined) {
      // a full check clears the files of the community it no longer has
      for (const [uri] of this.collection) if (!published.has(uri.toString()) && this.communities.communityOf(uri) === community) entries.push([uri, undefined]);
      for (const [key, [uri]] of this.deferred) if (!published.has(key) && this.communities.communityOf(uri) === community) this.deferred.delete(key);
    }
    this.setInBatches(entries);
    if (this.deferred.size > 0) void this.drain();
  }

  /** Hands VS Code the deferred infos, a batch per turn of the event loop, so edits and other messages get through. */
  private drain(): Promise<void> {
    this.draining ??= (async () => {
      while (this.deferred.size > 0 && !this.disposed) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        const batch: Array<[vscode.Uri, vscode.Diagnostic[]]> = [];
        let markers = 0;
        for (const [key, entry] of this.deferred) {
          if (batch.length > 0 && markers + entry[1].length > MARKERS_PER_SET) break;
          batch.push(entry);
          markers += entry[1].length;
          this.deferred.delete(key);
        }
        if (!this.disposed) this.setInBatches(batch);
      }
      this.draining = undefined;
    })();
    return this.draining;
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

  private convert(diagnostic: Diagnostic, overrides: SeverityOverrides, locale: ReturnType<typeof displayLocale>, withInfos = true): vscode.Diagnostic[] {
    const severity = effectiveSeverity(diagnostic, overrides);
    if (severity === 'off' || (severity === 'info' && !withInfos)) return [];
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

/** The community's infos at their Problems-panel severity, counted up to one past `limit`. */
function countInfos(community: Community, overrides: SeverityOverrides, limit: number): number {
  let infos = 0;
  for (const path of community.session.index.files()) {
    for (const diagnostic of community.session.diagnosticsFor(path)) if (effectiveSeverity(diagnostic, overrides) === 'info' && ++infos > limit) return infos;
  }
  return infos;
}
