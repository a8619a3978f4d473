import type { Diagnostic } from '../base/domain';
import type { GroupConfig } from '../model/config';

interface GroupFindings {
  groupId: string;
  diagnostics: readonly Diagnostic[];
}

/** The calendar diagnostics last found, by group and by the file each is on. */
export class CalendarFindings {
  private readonly byGroup = new Map<string, Diagnostic[]>();
  /**
   * Per file, its calendar diagnostics by group, in arrays of their exact size: most of a hundred thousand posts are in
   * one group, and a Map or a pushed-to array a file weighed more than the diagnostics.
   */
  private readonly byFile = new Map<string, readonly GroupFindings[]>();

  ofGroup(groupId: string): Diagnostic[] | undefined {
    return this.byGroup.get(groupId);
  }

  /** A file's calendar diagnostics, groups in the order given; undefined when no group found any on it. */
  ofFile(file: string, groups: readonly GroupConfig[]): Diagnostic[] | undefined {
    const calendar = this.byFile.get(file);
    if (!calendar) return undefined;
    // most files are in one group: no pass over every group of the community for them
    const [only] = calendar;
    if (calendar.length === 1 && only) return groups.some((group) => group.id === only.groupId) ? [...only.diagnostics] : [];
    return groups.flatMap((group) => calendar.find((findings) => findings.groupId === group.id)?.diagnostics ?? []);
  }

  setGroup(groupId: string, diagnostics: Diagnostic[]): void {
    for (const diagnostic of this.byGroup.get(groupId) ?? []) this.forget(diagnostic.file, groupId);
    this.byGroup.set(groupId, diagnostics);
    const byFile = new Map<string, Diagnostic[]>();
    for (const diagnostic of diagnostics) {
      const list = byFile.get(diagnostic.file);
      if (list) list.push(diagnostic);
      else byFile.set(diagnostic.file, [diagnostic]);
    }
    for (const [file, list] of byFile) {
      // slice: a pushed-to array keeps room for more
      const findings: GroupFindings = { groupId, diagnostics: list.length === 1 ? list : list.slice() };
      const others = this.byFile.get(file);
      this.byFile.set(file, others ? [...others, findings] : [findings]);
    }
  }

  /** Takes a group's calendar diagnostics off a file; a file left without any leaves the map. */
  private forget(file: string, groupId: string): void {
    const byGroup = this.byFile.get(file);
    if (!byGroup?.some((findings) => findings.groupId === groupId)) return;
    const kept = byGroup.filter((findings) => findings.groupId !== groupId);
    if (kept.length > 0) this.byFile.set(file, kept);
    else this.byFile.delete(file);
  }
}
