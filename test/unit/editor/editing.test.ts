import * as assert from 'node:assert/strict';
import { disableRuleEdit, frontMatterContextAt, frontMatterWordAt, slugify } from '../../../src/core/editor/editing';
import { newPostText, nextFreeSlot, publishText } from '../../../src/core/editor/newPost';
import { readPost } from '../../../src/core/parse/post';
import { lintWorkspace } from '../../support/ruleTester';
import { numbered, postText } from '../../support/posts';

const POST = '---\ntitle: 早安\ngroups: [mom-vip, mo\ntype: pr\ntags:\n  - 辅食\n  - \n---\n正文第一行\n';

function apply(text: string, edit: { span: { start: number; end: number }; newText: string } | undefined): string {
  assert.ok(edit);
  return text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
}

describe('editing help', () => {
  it('knows the key and the typed prefix at the cursor, in flow and block lists', () => {
    const at = (marker: string) => POST.indexOf(marker) + marker.length;
    assert.deepEqual(frontMatterContextAt(POST, at('mom-vip, mo')), { key: 'groups', prefix: 'mo', itemStart: at('mom-vip, ') });
    assert.deepEqual(frontMatterContextAt(POST, at('type: pr')), { key: 'type', prefix: 'pr', itemStart: at('type: ') });
    assert.equal(frontMatterContextAt(POST, at('  - \n') - 1)?.key, 'tags');
    assert.equal(frontMatterContextAt(POST, at('正文')), undefined, 'not in the body');
  });

  it('reads a flow list after a long run of blanks in one pass', function () {
    // the pattern used to retry every split of the blanks when the line did not end in an item: 200 000 of them
    // took about 40 s; now it is immediate
    this.timeout(10_000);
    const value = `[a,${' '.repeat(200_000)}]`;
    const text = `---\ngroups: ${value}\n---\n`;
    const end = text.indexOf(']') + 1;
    assert.deepEqual(frontMatterContextAt(text, end), { key: 'groups', prefix: value, itemStart: end - value.length });
    const typing = `---\ngroups: [a,${' '.repeat(9)}mo\n---\n`;
    assert.deepEqual(frontMatterContextAt(typing, typing.indexOf('mo') + 2), { key: 'groups', prefix: 'mo', itemStart: typing.indexOf('mo') });
  });

  it('finds the word under the cursor with its key', () => {
    const text = '---\ngroups: [mom-vip, tea]\n---\n';
    assert.deepEqual(frontMatterWordAt(text, text.indexOf('vip')), { key: 'groups', word: 'mom-vip', start: 13, end: 20 });
  });

  it('turns a rule off for a front-matter line with a YAML comment, for a body line or the file with an HTML comment', () => {
    const text = '---\ntitle: a\npublish: 2026-11-23 23:00\n---\n最佳\n';
    assert.equal(apply(text, disableRuleEdit(text, 'quiet-hours', 2, 'line')), '---\ntitle: a\n# ccal-disable-next-line quiet-hours\npublish: 2026-11-23 23:00\n---\n最佳\n');
    assert.equal(apply(text, disableRuleEdit(text, 'banned-words', 4, 'line')), '---\ntitle: a\npublish: 2026-11-23 23:00\n---\n<!-- ccal-disable-next-line banned-words -->\n最佳\n');
    assert.equal(apply(text, disableRuleEdit(text, 'quiet-hours', 2, 'file')), '---\ntitle: a\npublish: 2026-11-23 23:00\n---\n<!-- ccal-disable quiet-hours -->\n最佳\n');
    assert.equal(disableRuleEdit(text, 'required-fields', 0, 'line'), undefined, 'nothing can go above the opening fence');
    const crlf = text.replace(/\n/g, '\r\n');
    assert.equal(apply(crlf, disableRuleEdit(crlf, 'banned-words', 4, 'line')), crlf.replace('最佳', '<!-- ccal-disable-next-line banned-words -->\r\n最佳'));
  });

  it('switches written by the quick fixes really silence the rule', () => {
    const text = postText({ group: 'mom-vip', publish: '2026-11-23 23:00', type: 'practical' }, '最佳选择');
    for (const [ruleId, line] of [['quiet-hours', 3], ['banned-words', 6]] as const) {
      for (const scope of ['line', 'file'] as const) {
        const silenced = apply(text, disableRuleEdit(text, ruleId, line, scope));
        const { diagnostics } = lintWorkspace({ posts: { 'posts/a.md': silenced } });
        assert.equal(diagnostics.filter((diagnostic) => diagnostic.ruleId === ruleId).length, 0, `${ruleId} ${scope}`);
      }
    }
  });

  it('makes file-name slugs that keep Chinese', () => {
    assert.equal(slugify('辅食教程：南瓜小米粥'), '辅食教程-南瓜小米粥');
    assert.equal(slugify('Winter Sale!! 50% off'), 'winter-sale-50-off');
    assert.equal(slugify('？？'), 'post');
  });

  it('proposes the next slot the rules accept: outside quiet hours, away from other posts, on a day not full', () => {
    const { index } = lintWorkspace({ posts: numbered(postText({ group: 'mom-vip', publish: '2026-11-23 07:00', type: 'practical' }), postText({ group: 'mom-vip', publish: '2026-11-23 07:30', type: 'practical' })) });
    // 2026-11-22T22:40Z is 06:40 in Shanghai: quiet until 07:00, then 07:00 and 07:30 are taken (30 min gap)
    assert.equal(publishText(nextFreeSlot(index.env, index, ['mom-vip'], Date.parse('2026-11-22T22:40:00Z'))), '2026-11-23 08:00');
    assert.equal(publishText(nextFreeSlot(index.env, index, ['mom-newbie'], Date.parse('2026-11-22T22:40:00Z'))), '2026-11-23 07:00');
  });

  it('writes a new post that passes the post rules', () => {
    const text = newPostText({ title: '辅食教程：南瓜小米粥', groups: ['mom-vip', 'mom-newbie'], publish: '2026-11-25 09:00', type: 'ad' });
    const post = readPost('posts/a.md', text);
    assert.equal(post.title, '辅食教程：南瓜小米粥');
    assert.deepEqual(post.groupRefs.map((ref) => ref.id), ['mom-vip', 'mom-newbie']);
    const { diagnostics } = lintWorkspace({ posts: { 'posts/a.md': text }, now: '2026-11-20T09:00' });
    // a lone ad is a whole week's ads (ad-ratio, a calendar rule); the post itself is clean, label included
    assert.deepEqual(diagnostics.filter((diagnostic) => diagnostic.file === 'posts/a.md').map((diagnostic) => diagnostic.ruleId), ['ad-ratio', 'ad-ratio']);
    assert.match(newPostText({ title: 'Tips: #1', groups: ['g'], publish: '2026-11-25 09:00', type: 'notice' }), /^title: "Tips: #1"$/m);
  });

  it('fills owner in a new post when one is given, as a field the post reads', () => {
    const text = newPostText({ title: '早安', groups: ['mom-vip'], publish: '2026-11-25 09:00', type: 'notice', owner: 'xiaoli' });
    assert.equal(readPost('posts/a.md', text).owner?.id, 'xiaoli');
    assert.doesNotMatch(newPostText({ title: '早安', groups: ['mom-vip'], publish: '2026-11-25 09:00', type: 'notice' }), /owner/);
  });
});
