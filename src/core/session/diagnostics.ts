import { CONFIG_MESSAGES } from '../config/messages';
import { formatMessage } from '../base/messages';
import type { Diagnostic, Locale } from '../base/domain';
import { RULES_BY_ID } from '../rules/registry';
import { MORE_FINDINGS, MORE_FINDINGS_MESSAGE } from '../rules/findingLimit';
import { CONFIG_RULE_ID } from '../index/workspace';

function templatesOf(ruleId: string) {
  return ruleId === CONFIG_RULE_ID ? CONFIG_MESSAGES : RULES_BY_ID.get(ruleId)?.meta.messages;
}

/** A diagnostic's message in a language. */
export function diagnosticMessage(diagnostic: Diagnostic, locale: Locale): string {
  const template = diagnostic.messageId === MORE_FINDINGS ? MORE_FINDINGS_MESSAGE : templatesOf(diagnostic.ruleId)?.[diagnostic.messageId];
  return template ? formatMessage(template, diagnostic.data, locale) : diagnostic.messageId;
}

/** The title of a diagnostic's quick fix in a language. */
export function fixTitle(diagnostic: Diagnostic, locale: Locale): string | undefined {
  if (!diagnostic.fix) return undefined;
  const template = templatesOf(diagnostic.ruleId)?.[diagnostic.fix.messageId];
  return template ? formatMessage(template, diagnostic.fix.data, locale) : diagnostic.fix.messageId;
}
