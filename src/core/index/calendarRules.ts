import type { Diagnostic, Span } from '../base/domain';
import { isSuppressed } from '../parse/directives';
import { CALENDAR_RULES } from '../rules/registry';
import { checkReport, type CalendarProblem } from '../rules/types';
import { addUnique, reachesShown, reportSeverity, type RuleEnvironment } from '../rules/evaluate';
import { FindingLimit } from '../rules/findingLimit';
import type { Anchor, GroupSchedule } from '../model/schedule';

/** Runs every calendar rule the group turns on over its schedule: their diagnostics, at most MAX_FINDINGS kept per file and rule. */
export function evaluateCalendarRules(env: RuleEnvironment, schedule: GroupSchedule): Diagnostic[] {
  const { config, cascade, facts } = env;
  const { group } = schedule;
  const diagnostics: Diagnostic[] = [];
  for (const rule of CALENDAR_RULES) {
    const setting = cascade.forGroup(rule, group);
    if (setting.severity === 'off' || !reachesShown(rule, setting.severity, env.shownFrom)) continue;
    // a finding's key names its rule, so findings of different rules never merge: the keys of one rule's run are
    // let go after it, and die young instead of filling the old generation for the whole group
    const found = new Map<string, Diagnostic>();
    const severity = setting.severity;
    // per file: at most MAX_FINDINGS kept, the rest counted
    const limits = new Map<string, { limit: FindingLimit; leftOut: number }>();
    const add = (file: string, span: Span, range: () => Anchor['range'], problem: CalendarProblem): void => {
      checkReport(rule.meta, problem);
      let counted = limits.get(file);
      if (!counted) limits.set(file, (counted = { limit: new FindingLimit(), leftOut: 0 }));
      if (counted.limit.full) {
        counted.leftOut++;
        return;
      }
      const diagnostic: Diagnostic = { file, ruleId: rule.meta.id, severity: reportSeverity(rule, problem.messageId, severity), messageId: problem.messageId, data: problem.data ?? {}, span, range: range() };
      if (addUnique(found, diagnostic)) counted.limit.keep(diagnostic);
    };
    rule.checkGroup(schedule, {
      options: setting.options,
      workspace: facts,
      reportOnPost: (post, anchor, problem) => {
        if (!isSuppressed(post.suppressions, rule.meta.id, anchor.range.start.line)) add(post.path, anchor.span, () => anchor.range, problem);
      },
      reportOnConfig: (span, problem) => add(config.path, span, () => config.source.rangeOf(span), problem),
    });
    for (const { limit, leftOut } of limits.values()) {
      limit.leaveOut(leftOut, severity);
      const summary = limit.summary();
      if (summary) addUnique(found, summary);
    }
    for (const diagnostic of found.values()) diagnostics.push(diagnostic);
  }
  return diagnostics;
}
