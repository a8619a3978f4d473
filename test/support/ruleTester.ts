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

export interface RuleTests {
  valid: Array<{ name: string } & Workspace>;
  invalid: Array<{ name: string; errors: ExpectedProblem[]; /** Text of `fixFile` after applying every fix; null = no fix offered. */ output?: string | null; fixFile?: string } & Workspace>;
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

/** ESLint RuleTester, our way: each case is a small workspace; invalid cases list the exact problems. */
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
      for (const testCase of tests.invalid) {
        it(testCase.name, () => {
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
          if (testCase.output !== undefined) {
            const file = testCase.fixFile ?? defaultFile;
            const fixable = found.filter((diagnostic) => diagnostic.file === file && diagnostic.fix);
            if (testCase.output === null) assert.equal(fixable.length, 0, 'no fix offered');
            else assert.equal(applyFixes(file === 'community.yaml' ? configText(testCase, ruleId) : testCase.posts[file], fixable), testCase.output);
          }
        });
      }
    });
  });
}
