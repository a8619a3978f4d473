import * as assert from 'node:assert/strict';
import type { Localized } from '../../../src/core/model';
import { knownGroupRule } from '../../../src/core/rules/known-group';
import { minGapRule } from '../../../src/core/rules/min-gap';
import { quietHoursRule } from '../../../src/core/rules/quiet-hours';
import { checkReport, defineCalendarRule, definePostRule, type MessageIdOf, type PostRuleContext } from '../../../src/core/rules/types';
import { validDateRule } from '../../../src/core/rules/valid-date';
import { checkInvalidCase, lintWorkspace, post } from '../../support/ruleTester';

const text = (en: string): Localized => ({ en, 'zh-CN': `中文：${en}` });
const SPAN = { start: 0, end: 1 };
const meta = { id: 'probe', defaultSeverity: 'warning', description: text('A rule for the contract tests.'), options: {}, fixable: true } as const;

/** A helper a rule file splits its check into: it names the ids it reports, and the rule's context must accept them. */
function reportFound(context: PostRuleContext<object, 'found'>): void {
  context.report({ messageId: 'found', span: SPAN });
}

// Every @ts-expect-error below is a compile-time test: the build fails when the line after it compiles.
const probeRule = definePostRule()({
  meta: { ...meta, messages: { found: text('Found it'), fixIt: text('Fix it') }, severityCaps: { found: 'info' } },
  checkPost(_post, context) {
    context.report({ messageId: 'found', span: SPAN, fix: { messageId: 'fixIt', edits: [] } });
    // @ts-expect-error an id that is not one of the rule's messages
    context.report({ messageId: 'fund', span: SPAN });
    // @ts-expect-error a fix title that is not one of the rule's messages
    context.report({ messageId: 'found', span: SPAN, fix: { messageId: 'fixit', edits: [] } });
    reportFound(context);
    // @ts-expect-error a helper that reports an id the rule does not have
    reportMissing(context);
  },
});

function reportMissing(context: PostRuleContext<object, 'missing'>): void {
  context.report({ messageId: 'missing', span: SPAN });
}

const probeCalendarRule = defineCalendarRule()({
  meta: { ...meta, fixable: false, messages: { crowded: text('Crowded') } },
  checkGroup(_schedule, context) {
    context.reportOnConfig(SPAN, { messageId: 'crowded' });
    // @ts-expect-error an id that is not one of the rule's messages
    context.reportOnConfig(SPAN, { messageId: 'crowd' });
  },
});

describe('the rule contract', () => {
  it('the define helper states the scope: post rules and calendar rules say it nowhere else', () => {
    assert.equal(probeRule.meta.scope, 'post');
    assert.equal(probeCalendarRule.meta.scope, 'calendar');
    // @ts-expect-error the scope is the helper's to set
    definePostRule()({ meta: { ...meta, scope: 'post', messages: { found: text('Found it') } }, checkPost() {} });
  });

  it('refuses messages typed with string keys, which would let any id through', () => {
    const messages: Readonly<Record<string, Localized>> = { found: text('Found it') };
    // @ts-expect-error message ids must be literal
    definePostRule()({ meta: { ...meta, messages }, checkPost() {} });
  });

  it('refuses caps and floors of ids that are not messages, when typed and when built at run time', () => {
    const define = () =>
      definePostRule()({
        // @ts-expect-error a cap names one of the rule's messages
        meta: { ...meta, messages: { found: text('Found it') }, severityCaps: { fund: 'info' } },
        checkPost() {},
      });
    assert.throws(define, /rule probe caps or floors "fund", which is not one of its messages/);
    const floors = JSON.parse('{"fnd": "error"}') as { found?: 'error' };
    assert.throws(() => defineCalendarRule()({ meta: { ...meta, messages: { found: text('Found it') }, severityFloors: floors }, checkGroup() {} }), /"fnd"/);
  });

  it('checkReport throws on an unknown id, an unknown fix title and a fix from a rule that is not fixable', () => {
    const found = { messageId: 'found', fix: { messageId: 'fixIt', edits: [] } };
    checkReport(probeRule.meta, found);
    assert.throws(() => checkReport(probeRule.meta, { messageId: 'fund' }), /rule probe reported "fund", which is not one of its messages/);
    assert.throws(() => checkReport(probeRule.meta, { messageId: 'found', fix: { messageId: 'fixit', edits: [] } }), /rule probe titled a fix "fixit"/);
    assert.throws(() => checkReport(probeRule.meta, { messageId: 'toString' }), /"toString", which is not one of its messages/);
    assert.throws(() => checkReport(probeCalendarRule.meta, { messageId: 'crowded', fix: { messageId: 'crowded', edits: [] } }), /rule probe reported a fix but is not fixable/);
  });

  it('the engine throws when a post rule reports an id that slipped past the types', () => {
    const { checkPost } = knownGroupRule;
    knownGroupRule.checkPost = (_post, context) => context.report({ messageId: 'unknwn' as MessageIdOf<typeof knownGroupRule>, span: SPAN });
    try {
      assert.throws(() => lintWorkspace(post('---\ntitle: a\n---\n')), /rule known-group reported "unknwn"/);
    } finally {
      knownGroupRule.checkPost = checkPost;
    }
  });

  it('the engine throws when a calendar rule reports an id that slipped past the types', () => {
    const { checkGroup } = minGapRule;
    minGapRule.checkGroup = (_schedule, context) => context.reportOnConfig(SPAN, { messageId: 'tooClse' as MessageIdOf<typeof minGapRule> });
    try {
      assert.throws(() => lintWorkspace(post('---\ntitle: a\n---\n')), /rule min-gap reported "tooClse"/);
    } finally {
      minGapRule.checkGroup = checkGroup;
    }
  });
});

describe('the rule tester demands the fixed output', () => {
  const late = (publish: string) => `---\ntitle: a\ngroup: mom-newbie\npublish: ${publish}\ntype: practical\n---\n`;
  const lateCase = { name: 'late', ...post(late('2026-11-23 23:00')), errors: [{ messageId: 'quiet', line: 4, column: 10 }] };

  it('passes a case that states the text after the fix', () => {
    checkInvalidCase(quietHoursRule, { ...lateCase, output: late('2026-11-24 07:00') });
    checkInvalidCase(quietHoursRule, { ...lateCase, output: { 'posts/a.md': late('2026-11-24 07:00') } });
  });

  it('fails a case whose report has a fix but that states no output, or null', () => {
    assert.throws(() => checkInvalidCase(quietHoursRule, lateCase), /1 report\(s\) offer a fix: state the text after applying them as `output`/);
    assert.throws(() => checkInvalidCase(quietHoursRule, { ...lateCase, output: null }), /offer a fix/);
  });

  it('fails a case whose output is not the text after the fix', () => {
    assert.throws(() => checkInvalidCase(quietHoursRule, { ...lateCase, output: late('2026-11-24 08:00') }), /posts\/a\.md after its fixes/);
    assert.throws(() => checkInvalidCase(quietHoursRule, { ...lateCase, output: { 'posts/b.md': late('2026-11-24 07:00') } }), /the files the fixes change/);
  });

  it('fails a case that states an output for a report without a fix', () => {
    const yearCase = { name: 'year', ...post(late('1999-11-23 08:00')), errors: [{ messageId: 'year', line: 4, column: 10 }] };
    checkInvalidCase(validDateRule, yearCase);
    assert.throws(() => checkInvalidCase(validDateRule, { ...yearCase, output: late('1999-11-23 08:00') }), /no report offers a fix: leave `output` out \(or null\)/);
  });
});
