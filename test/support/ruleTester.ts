import * as assert from 'node:assert/strict';
import { stringify } from 'yaml';
import { loadConfig } from '../../src/core/config/load';
import { diagnosticMessage } from '../../src/core/diagnostics';
import { createEnvironment, evaluatePost } from '../../src/core/index/evaluate';
import { WorkspaceIndex } from '../../src/core/index/workspace';
import type { Diagnostic } from '../../src/core/model';
import type { Rule } from '../../src/core/rules/types';
import { nowAt } from './now';

/** The community.yaml most cases run against: two groups on different tiers and platforms. */
export const BASE_CONFIG = `timezone: Asia/Shanghai
groups:
  - id: mom-vip
    name: 母婴VIP服务群
    platform: wecom
    tier: core
    members: 480
    admins: [小李, 小王]
  - id: mom-newbie
    name: 新手妈妈群
    platform: wechat
    tier: regular
    members: 300
    admins: [小张]
`;

export const DEFAULT_NOW = '2026-11-20T09:00';

export interface Workspace {
  /** community.yaml text; BASE_CONFIG when absent. */
  config?: string;
  /** Settings for the rule under test, written into community.yaml's `rules`. */
  options?: Record<string, unknown> | string;
  posts: Record<string, string>;
  now?: string;
}

export interface ExpectedProblem {
  file?: string;
  messageId: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  data?: Record<string, unknown>;
  message?: string;
  severity?: Diagnostic['severity'];
}

/**
 * The text after applying every fix of a case: a string for the case's first post, or the text of each file the fixes
 * change. Required when a report offers a fix; absent (or null) when none does.
 */
export type FixedOutput = string | Readonly<Record<string, string>>;

export interface RuleTests {
  valid: Array<{ name: string } & Workspace>;
  invalid: Array<{ name: string; errors: ExpectedProblem[]; output?: FixedOutput | null } & Workspace>;
}

/** Shorthand for a workspace with a single post at posts/a.md. */
export function post(text: string, extra: Omit<Workspace, 'posts'> = {}): Workspace {
  return { ...extra, posts: { 'posts/a.md': text } };
}

function configText(workspace: Workspace, ruleId: string): string {
  const base = workspace.config ?? BASE_CONFIG;
  if (workspace.options === undefined) return base;
  return `${base}\nrules:\n${stringify({ [ruleId]: workspace.options }).replace(/^/gm, '  ').trimEnd()}\n`;
}

export function lintWorkspace(workspace: Workspace, ruleId = ''): { index: WorkspaceIndex; diagnostics: Diagnostic[] } {
  const config = loadConfig('community.yaml', configText(workspace, ruleId));
  const errors = config.problems.filter((problem) => problem.severity === 'error');
  assert.deepEqual(errors, [], 'the test workspace has a valid community.yaml');
  const env = createEnvironment(config, nowAt(workspace.now ?? DEFAULT_NOW, config.timezone));
  const index = new WorkspaceIndex(env);
  index.load(Object.entries(workspace.posts).map(([path, text]) => evaluatePost(path, text, env)));
  const diagnostics = index.files().flatMap((file) => index.diagnosticsFor(file));
  return { index, diagnostics };
}

function applyFixes(text: string, diagnostics: Diagnostic[]): string {
  const edits = diagnostics.flatMap((diagnostic) => diagnostic.fix?.edits ?? []).sort((a, b) => b.span.start - a.span.start);
  let result = text;
  let lastStart = Infinity;
  for (const edit of edits) {
    assert.ok(edit.span.end <= lastStart, 'fixes of one case do not overlap');
    result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
    lastStart = edit.span.start;
  }
  return result;
}

type InvalidCase = RuleTests['invalid'][number];

/**
 * The fixed-output half of an invalid case, as ESLint's RuleTester demands it: a case whose reports offer a fix states
 * the text after applying every fix as `output`; a case whose reports offer none states no output (or null).
 */
function assertFixOutput(testCase: InvalidCase, found: Diagnostic[], ruleId: string): void {
  const fixed = found.filter((diagnostic) => diagnostic.fix);
  const { output } = testCase;
  if (fixed.length === 0) {
    assert.ok(output === undefined || output === null, 'no report offers a fix: leave `output` out (or null)');
    return;
  }
  assert.ok(output !== undefined && output !== null, `${fixed.length} report(s) offer a fix: state the text after applying them as \`output\``);
  const files = [...new Set(fixed.map((diagnostic) => diagnostic.file))].sort();
  const expected = typeof output === 'string' ? { [Object.keys(testCase.posts)[0]]: output } : output;
  assert.deepEqual(files, Object.keys(expected).sort(), 'the files the fixes change are the files `output` names');
  for (const file of files) {
    const text = file === 'community.yaml' ? configText(testCase, ruleId) : testCase.posts[file];
    const fixes = fixed.filter((diagnostic) => diagnostic.file === file);
    assert.equal(applyFixes(text, fixes), expected[file], `${file} after its fixes`);
  }
}

/** Runs one invalid case: the exact problems, then the text after their fixes. Throws an AssertionError when it fails. */
export function checkInvalidCase(rule: Rule, testCase: InvalidCase): void {
  const ruleId = rule.meta.id;
  const found = lintWorkspace(testCase, ruleId).diagnostics.filter((diagnostic) => diagnostic.ruleId === ruleId);
  const defaultFile = Object.keys(testCase.posts)[0];
  const actual = found.map((diagnostic, index) => {
    const expected = testCase.errors[index] ?? {};
    return {
      file: diagnostic.file,
      messageId: diagnostic.messageId,
      line: diagnostic.range.start.line + 1,
      column: diagnostic.range.start.character + 1,
      ...(expected.endLine !== undefined ? { endLine: diagnostic.range.end.line + 1 } : {}),
      ...(expected.endColumn !== undefined ? { endColumn: diagnostic.range.end.character + 1 } : {}),
      ...(expected.data !== undefined ? { data: diagnostic.data } : {}),
      ...(expected.message !== undefined ? { message: diagnosticMessage(diagnostic, 'en') } : {}),
      ...(expected.severity !== undefined ? { severity: diagnostic.severity } : {}),
    };
  });
  assert.deepEqual(actual, testCase.errors.map((expected) => ({ file: defaultFile, ...expected })));
  assertFixOutput(testCase, found, ruleId);
}

/** ESLint RuleTester, our way: each case is a small workspace; invalid cases list the exact problems and the fixed text. */
export function testRule(rule: Rule, tests: RuleTests): void {
  const ruleId = rule.meta.id;
  describe(`${ruleId} rule`, () => {
    describe('valid', () => {
      for (const testCase of tests.valid) {
        it(testCase.name, () => {
          const found = lintWorkspace(testCase, ruleId).diagnostics.filter((diagnostic) => diagnostic.ruleId === ruleId);
          assert.deepEqual(found.map((diagnostic) => `${diagnostic.file}:${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1} ${diagnosticMessage(diagnostic, 'en')}`), []);
        });
      }
    });
    describe('invalid', () => {
      for (const testCase of tests.invalid) it(testCase.name, () => checkInvalidCase(rule, testCase));
    });
  });
}
