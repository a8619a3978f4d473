import * as assert from 'node:assert/strict';
import { loadConfig } from '../../src/core/config/load';
import { createEnvironment, evaluatePost, type RuleEnvironment } from '../../src/core/rules/evaluate';
import type { Diagnostic } from '../../src/core/base/domain';
import { BASE_CONFIG } from './ruleTester';

/** Helpers for zh-typography tests that lint many posts: one environment per setting, fix-all as the editor applies it. */
export const FRONT_MATTER = '---\ntitle: 辅食教程\ngroup: mom-vip\npublish: 2026-11-23 08:30\ntype: practical\n---\n';

/** The environment of a community.yaml with BASE_CONFIG's groups and the given `rules:` text. */
export function environmentFor(rules: string): RuleEnvironment {
  return createEnvironment(loadConfig('community.yaml', `${BASE_CONFIG}${rules}`), Date.parse('2026-11-20T01:00:00Z'));
}

export function typographyFindings(text: string, environment: RuleEnvironment): Diagnostic[] {
  return evaluatePost('posts/a.md', text, environment).diagnostics.filter((diagnostic) => diagnostic.ruleId === 'zh-typography');
}

/** Fix-all as the editor does it: every fix at once. They must not overlap, or fix-all would have to drop some. */
export function fixAll(text: string, diagnostics: readonly Diagnostic[]): string {
  const edits = diagnostics.flatMap((diagnostic) => diagnostic.fix?.edits ?? []).sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  let result = text;
  let previousStart = Infinity;
  for (const edit of edits) {
    assert.ok(edit.span.end <= previousStart, `fixes overlap at ${edit.span.start}`);
    result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
    previousStart = edit.span.start;
  }
  return result;
}
