import { requiredFieldsRule } from '../../../src/core/rules/required-fields';
import { post, testRule } from '../../support/ruleTester';

const fm = (lines: string) => `---\n${lines}\n---\n正文\n`;
const COMPLETE = 'title: 辅食教程\ngroup: mom-vip\npublish: 2026-11-23 08:30\ntype: practical';

testRule(requiredFieldsRule, {
  valid: [
    { name: 'all four fields', ...post(fm(COMPLETE)) },
    { name: 'groups as a list instead of group', ...post(fm('title: 辅食教程\ngroups: [mom-vip, mom-newbie]\npublish: 2026-11-23 08:30\ntype: practical')) },
    { name: 'every known status', ...post(fm(`${COMPLETE}\nstatus: published`)) },
    { name: 'a quoted title and quoted publish', ...post(fm('title: "2026"\ngroup: mom-vip\npublish: "2026-11-23 08:30"\ntype: ad')) },
    { name: 'unknown extra fields are fine', ...post(fm(`${COMPLETE}\nauthor: 小李\ncover: a.png`)) },
    { name: 'no front matter is the front-matter rule\'s business', ...post('正文\n') },
  ],
  invalid: [
    {
      name: 'every field missing, at the opening fence, each with an insert fix',
      posts: { 'posts/2026-11/2026-11-23-pumpkin.md': fm('status: draft') },
      errors: [
        { messageId: 'missing', data: { field: 'title' }, line: 1, column: 1, endColumn: 4 },
        { messageId: 'missing', data: { field: 'group' }, line: 1, column: 1 },
        { messageId: 'missing', data: { field: 'publish' }, line: 1, column: 1 },
        { messageId: 'missing', data: { field: 'type' }, line: 1, column: 1 },
      ],
      output: '---\nstatus: draft\ntype: practical\npublish: 2026-11-23 09:00\ngroup: mom-vip\ntitle: pumpkin\n---\n正文\n',
    },
    { name: 'an empty title counts as missing', ...post(fm('title: ""\ngroup: mom-vip\npublish: 2026-11-23 08:30\ntype: practical')), errors: [{ messageId: 'missing', line: 1, column: 1, data: { field: 'title' } }], output: fm('title: a\ngroup: mom-vip\npublish: 2026-11-23 08:30\ntype: practical') },
    { name: 'a null group counts as missing', ...post(fm('title: a\ngroup:\npublish: 2026-11-23 08:30\ntype: practical')), errors: [{ messageId: 'missing', line: 1, column: 1, data: { field: 'group' } }], output: fm('title: a\ngroup: mom-vip\npublish: 2026-11-23 08:30\ntype: practical') },
    { name: 'an empty groups list counts as missing', ...post(fm('title: a\ngroups: []\npublish: 2026-11-23 08:30\ntype: practical')), errors: [{ messageId: 'missing', line: 1, column: 1, data: { field: 'group' } }], output: fm('title: a\ngroup: mom-vip\npublish: 2026-11-23 08:30\ntype: practical') },
    { name: 'a number as title', ...post(fm('title: 2026\ngroup: mom-vip\npublish: 2026-11-23 08:30\ntype: practical')), errors: [{ messageId: 'wrongKind', line: 2, column: 8, endColumn: 12 }] },
    { name: 'a list under group', ...post(fm('title: a\ngroup: [mom-vip, mom-newbie]\npublish: 2026-11-23 08:30\ntype: practical')), errors: [{ messageId: 'wrongKind', line: 3, column: 8 }] },
    { name: 'a string under groups', ...post(fm('title: a\ngroups: mom-vip\npublish: 2026-11-23 08:30\ntype: practical')), errors: [{ messageId: 'wrongKind', line: 3, column: 9 }] },
    { name: 'a non-string item in groups', ...post(fm('title: a\ngroups: [mom-vip, 42]\npublish: 2026-11-23 08:30\ntype: practical')), errors: [{ messageId: 'wrongKind', line: 3, column: 19 }] },
    { name: 'a number as publish', ...post(fm('title: a\ngroup: mom-vip\npublish: 20261123\ntype: practical')), errors: [{ messageId: 'wrongKind', line: 4, column: 10 }] },
    { name: 'a mapping as publish', ...post(fm('title: a\ngroup: mom-vip\npublish: { date: 2026-11-23 }\ntype: practical')), errors: [{ messageId: 'wrongKind', line: 4, column: 10 }] },
    {
      name: 'an unknown type, with the closest type as fix',
      ...post(fm('title: a\ngroup: mom-vip\npublish: 2026-11-23 08:30\ntype: practcal')),
      errors: [{ messageId: 'unknownType', line: 5, column: 7, endColumn: 15, data: { value: 'practcal', expected: { en: 'one of practical, interactive, emotional, ad, activity, notice', 'zh-CN': 'practical、interactive、emotional、ad、activity、notice 之一' } } }],
      output: fm('title: a\ngroup: mom-vip\npublish: 2026-11-23 08:30\ntype: practical'),
    },
    { name: 'a type far from any known type, no fix', ...post(fm('title: a\ngroup: mom-vip\npublish: 2026-11-23 08:30\ntype: 广告')), errors: [{ messageId: 'unknownType', line: 5, column: 7 }], output: null },
    { name: 'a number as type', ...post(fm('title: a\ngroup: mom-vip\npublish: 2026-11-23 08:30\ntype: 3')), errors: [{ messageId: 'wrongKind', line: 5, column: 7 }] },
    { name: 'an unknown status', ...post(fm(`${COMPLETE}\nstatus: done`)), errors: [{ messageId: 'unknownStatus', line: 6, column: 9 }] },
    { name: 'a boolean status', ...post(fm(`${COMPLETE}\nstatus: true`)), errors: [{ messageId: 'wrongKind', line: 6, column: 9 }] },
    { name: 'CRLF files keep exact columns', ...post(fm('title: a\r\ngroup: mom-vip\r\npublish: 2026-11-23 08:30\r\ntype: practcal').replace(/\n/g, '\r\n').replace(/\r\r/g, '\r')), errors: [{ messageId: 'unknownType', line: 5, column: 7, endColumn: 15 }], output: fm('title: a\r\ngroup: mom-vip\r\npublish: 2026-11-23 08:30\r\ntype: practical').replace(/\n/g, '\r\n').replace(/\r\r/g, '\r') },
  ],
});
