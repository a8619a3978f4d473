import * as vscode from 'vscode';
import type { Diagnostic, Severity, SeveritySetting } from '../core/base/domain';
import type { Community } from './community';
import { SETTINGS } from './ids';

export type SeverityOverrides = Readonly<Record<string, SeveritySetting>>;

export function severityOverrides(): SeverityOverrides {
  return vscode.workspace.getConfiguration(SETTINGS.section).get<Record<string, SeveritySetting>>(SETTINGS.severityOverrides, {});
}

/** The severity a diagnostic has in the Problems panel: the editor's override of its rule, or its own. */
export function effectiveSeverity(diagnostic: Pick<Diagnostic, 'ruleId' | 'severity'>, overrides: SeverityOverrides): SeveritySetting {
  return overrides[diagnostic.ruleId] ?? diagnostic.severity;
}

export type SeverityCounts = Record<Severity, number>;

export function noProblems(): SeverityCounts {
  return { error: 0, warning: 0, info: 0 };
}

export function addCounts(into: SeverityCounts, counts: SeverityCounts): SeverityCounts {
  into.error += counts.error;
  into.warning += counts.warning;
  into.info += counts.info;
  return into;
}

export interface CommunityProblems {
  /** Every diagnostic of the community once, at its Problems-panel severity: what VS Code's status bar counts of ours. */
  total: SeverityCounts;
  /** A group's: those of its posts (a post to several groups counts in each) and of its entry in community.yaml. */
  byGroup: Map<string, SeverityCounts>;
}

/** The community's problems as the Problems panel shows them, in all and per group. */
export function countProblems(community: Community, overrides: SeverityOverrides): CommunityProblems {
  const total = noProblems();
  const byGroup = new Map<string, SeverityCounts>();
  const addTo = (group: string, severity: Severity) => {
    let counts = byGroup.get(group);
    if (!counts) byGroup.set(group, (counts = noProblems()));
    counts[severity]++;
  };
  const { index, config } = community.session;
  for (const path of index.files()) {
    const groups = path === config.path ? undefined : new Set(index.summaryOf(path)?.groupIds ?? []);
    for (const diagnostic of index.diagnosticsFor(path)) {
      const severity = effectiveSeverity(diagnostic, overrides);
      if (severity === 'off') continue;
      total[severity]++;
      if (groups) {
        for (const group of groups) addTo(group, severity);
        continue;
      }
      const group = config.groups.find((candidate) => candidate.idSpan.start === diagnostic.span.start || candidate.membersSpan?.start === diagnostic.span.start);
      if (group) addTo(group.id, severity);
    }
  }
  return { total, byGroup };
}
