import { frontMatterRule } from '../../../src/core/rules/front-matter';
import { post, testRule } from '../../support/ruleTester';

const GOOD = `---
title: 辅食制作教程
group: mom-vip
publish: 2026-11-23 08:30
type: practical
---
正文
`;

testRule(frontMatterRule, {
  valid: [
    { name: 'a post with front matter', ...post(GOOD) },
    { name: 'CRLF line endings', ...post(GOOD.replace(/\n/g, '\r\n')) },
    { name: 'a closing "..." fence and trailing blanks on the fences', ...post(GOOD.replace(/^---\n/, '---  \n').replace('\n---\n正文', '\n...\n正文')) },
    { name: 'front matter with nothing after it', ...post(GOOD.replace('正文\n', '')) },
    { name: 'anchors and aliases', ...post(GOOD.replace('group: mom-vip', 'group: &g mom-vip\ngroups: [*g]')) },
  ],
  invalid: [
    { name: 'an empty file', ...post(''), errors: [{ messageId: 'missing', line: 1, column: 1 }] },
    { name: 'a body without front matter', ...post('# 标题\n正文\n'), errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 5 }] },
    { name: 'front matter that is never closed', ...post('---\ntitle: x\ngroup: mom-vip\n'), errors: [{ messageId: 'unterminated', line: 1, column: 1 }] },
    { name: 'a YAML syntax error, at its spot', ...post('---\ntitle: x\ngroup: [mom-vip\npublish: 2026-11-23 08:30\n---\n'), errors: [{ messageId: 'yamlError', line: 4, column: 1 }] },
    { name: 'a duplicate key', ...post('---\ntitle: a\ntitle: b\n---\n'), errors: [{ messageId: 'yamlError', line: 3, column: 1 }] },
    { name: 'tabs used for indentation', ...post('---\ntitle: a\ntags:\n\t- x\n---\n'), errors: [{ messageId: 'yamlError', line: 4, column: 1 }] },
    { name: 'empty front matter', ...post('---\n---\n正文\n'), errors: [{ messageId: 'empty', line: 1, column: 1 }] },
    { name: 'a list instead of a mapping', ...post('---\n- title\n- group\n---\n'), errors: [{ messageId: 'notMapping', line: 2, column: 1, data: { kind: 'list' } }] },
    { name: 'a plain string instead of a mapping', ...post('---\njust text\n---\n'), errors: [{ messageId: 'notMapping', line: 2, column: 1 }] },
  ],
});
