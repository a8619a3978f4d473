import * as assert from 'node:assert/strict';
import { loadConfig } from '../../../src/core/config/load';
import { createEnvironment, evaluatePost } from '../../../src/core/rules/evaluate';
import { directiveOf, htmlComments } from '../../../src/core/parse/comments';
import { parseSuppressions } from '../../../src/core/parse/directives';
import { SourceText } from '../../../src/core/base/text';

const FRONT_MATTER = '---\ntitle: a\ngroup: g\npublish: 2026-11-23 08:30\ntype: practical\n---\n';
// duplicate-content is on for g, so the post's readable body (comments blanked) is computed too
const env = createEnvironment(loadConfig('community.yaml', 'groups:\n  - id: g\n'), 0);

describe('HTML comments in bodies', () => {
  it('run from <!-- to the first --> after it; an unclosed one ends the scan', () => {
    const text = 'a<!--b-->c<!---->d<!-->e-->f<!-- open <!-- x';
    assert.deepEqual([...htmlComments(text, 0)].map((span) => text.slice(span.start, span.end)), ['<!--b-->', '<!---->', '<!-->e-->']);
    assert.deepEqual([...htmlComments(text, 2)].map((span) => span.start), [10, 18]);
  });

  it('hold a ccal-disable switch when that is all they say (no ">" inside)', () => {
    const directive = (comment: string) => directiveOf(comment, { start: 0, end: comment.length });
    assert.deepEqual(directive('<!-- ccal-disable a, b -->'), { nextLine: false, ruleList: ' a, b' });
    assert.deepEqual(directive('<!--ccal-disable-next-line\n  a -->'), { nextLine: true, ruleList: '\n  a' });
    assert.deepEqual(directive('<!-- ccal-disable -->'), { nextLine: false, ruleList: '' });
    assert.equal(directive('<!-- ccal-disabled a -->'), undefined);
    assert.equal(directive('<!-- note: ccal-disable a -->'), undefined);
    assert.equal(directive('<!-- ccal-disable a > b -->'), undefined);
  });

  it('are whole comments: a switch written inside another comment is not a switch', () => {
    const text = `${FRONT_MATTER}<!-- old note <!-- ccal-disable -->\n最佳\n`;
    const bodyStart = FRONT_MATTER.length;
    assert.deepEqual(parseSuppressions(new SourceText(text), { start: 4, end: bodyStart - 4 }, bodyStart).fromLine, {});
  });

  // Each body below took from 20 s to minutes before the scans were made linear (a lazy regex rescanning the rest
  // of the body from every `<!--`); now each takes tens of milliseconds. The budget only tells linear from quadratic.
  const hostile: Array<[string, string]> = [
    ['100 000 unclosed <!--', '<!-- '.repeat(100_000)],
    ['20 000 unclosed ccal-disable switches', '<!-- ccal-disable a '.repeat(20_000)],
    ['200 000 blank lines before a switch', `${'\n'.repeat(200_000)}<!-- ccal-disable a -->\ntext\n`],
  ];
  for (const [name, body] of hostile) {
    it(`are read in one pass: ${name}`, function () {
      this.timeout(10_000);
      const result = evaluatePost('posts/a.md', `${FRONT_MATTER}${body}`, env);
      assert.equal(result.summary.path, 'posts/a.md');
    });
  }
});
