import { adDisclosureRule } from './ad-disclosure';
import { adRatioRule } from './ad-ratio';
import { adminCapacityRule } from './admin-capacity';
import { bannedWordsRule } from './banned-words';
import { contentMixRule } from './content-mix';
import { duplicateContentRule } from './duplicate-content';
import { frontMatterRule } from './front-matter';
import { holidayPlanRule } from './holiday-plan';
import { knownGroupRule } from './known-group';
import { minGapRule } from './min-gap';
import { personalInfoRule } from './personal-info';
import { postsPerDayRule } from './posts-per-day';
import { quietHoursRule } from './quiet-hours';
import { requiredFieldsRule } from './required-fields';
import { reviewRule } from './review';
import { staleScheduleRule } from './stale-schedule';
import type { AnyCalendarRule, AnyPostRule, Rule } from './types';
import { ugcPerMonthRule } from './ugc-per-month';
import { unapprovedSoonRule } from './unapproved-soon';
import { validDateRule } from './valid-date';
import { zhTypographyRule } from './zh-typography';

export const DOCS_BASE_URL = 'https://github.com/community-calendar/community-calendar/blob/main/docs/rules/';

export const POST_RULES: readonly AnyPostRule[] = [
  frontMatterRule,
  requiredFieldsRule,
  knownGroupRule,
  validDateRule,
  quietHoursRule,
  bannedWordsRule,
  personalInfoRule,
  adDisclosureRule,
  unapprovedSoonRule,
  staleScheduleRule,
  reviewRule,
  zhTypographyRule,
];

export const CALENDAR_RULES: readonly AnyCalendarRule[] = [
  adRatioRule,
  minGapRule,
  postsPerDayRule,
  contentMixRule,
  ugcPerMonthRule,
  duplicateContentRule,
  holidayPlanRule,
  adminCapacityRule,
];

export const RULES: readonly Rule[] = [...POST_RULES, ...CALENDAR_RULES];
export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.meta.id, rule]));

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}
