import type { Diagnostic, Localized, Severity } from '../base/domain';

/**
 * Diagnostics kept per rule and file (for calendar rules, per rule, group and file). A file can hold millions of
 * findings (a 23 MB post full of phone numbers has 1.8 M); nobody reads past the first screens, and building,
 * sorting and printing them all took minutes and gigabytes. Past the bound, findings are only counted.
 */
export const MAX_FINDINGS = 100;

/** The message id of the diagnostic that tells how many findings were left out; every rule can report it. */
export const MORE_FINDINGS = 'moreFindings';

export const MORE_FINDINGS_MESSAGE: Localized = {
  en: '…and {{count}} more {{rule}} findings in this file (at most {{max}} are listed per rule and file)',
  'zh-CN': '……本文件另有 {{count}} 处 {{rule}} 问题未列出（每条规则在每个文件最多列出 {{max}} 处）',
};

/** One rule's findings in one file: how many are kept, which was kept last, how many were left out. */
export class FindingLimit {
  private kept = 0;
  private last: Diagnostic | undefined;
  private leftOut = 0;
  private leftOutSeverity: Severity = 'info';

  /** Whether another distinct diagnostic may still be kept. */
  get full(): boolean {
    return this.kept >= MAX_FINDINGS;
  }

  keep(diagnostic: Diagnostic): void {
    this.kept++;
    this.last = diagnostic;
  }

  /**
   * Counts a run's findings that were not kept. A post checked with several settings of a rule (groups with
   * different options) runs it once per setting; the count is the most any one run left out, which is exact
   * when the runs find the same things or one finds a superset of another.
   */
  leaveOut(count: number, severity: Severity): void {
    if (count <= this.leftOut) return;
    this.leftOut = count;
    this.leftOutSeverity = severity;
  }

  /** The diagnostic that closes the list, at the last kept one's spot; undefined when nothing was left out. */
  summary(): Diagnostic | undefined {
    if (this.leftOut === 0 || !this.last) return undefined;
    const { file, ruleId, span, range } = this.last;
    return { file, ruleId, severity: this.leftOutSeverity, messageId: MORE_FINDINGS, data: { count: this.leftOut, rule: ruleId, max: MAX_FINDINGS }, span, range };
  }
}
