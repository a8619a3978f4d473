import { knownGroupRule } from '../../../src/core/rules/known-group';
import { post, testRule } from '../../support/ruleTester';

const fm = (groupLine: string) => `---\ntitle: a\n${groupLine}\npublish: 2026-11-23 08:30\ntype: practical\n---\n`;

testRule(knownGroupRule, {
  valid: [
    { name: 'a known group', ...post(fm('group: mom-vip')) },
    { name: 'known groups in a list', ...post(fm('groups: [mom-vip, mom-newbie]')) },
    { name: 'no group at all is required-fields\' business', ...post('---\ntitle: a\n---\n') },
  ],
  invalid: [
    {
      name: 'a typo, with the closest id as fix',
      ...post(fm('group: mom-vpi')),
      errors: [{ messageId: 'unknownWithSuggestion', line: 3, column: 8, endColumn: 15, data: { id: 'mom-vpi', suggestion: 'mom-vip' }, message: 'Unknown group "mom-vpi"; did you mean "mom-vip"?' }],
      output: fm('group: mom-vip'),
    },
    { name: 'a quoted typo keeps its quotes when fixed', ...post(fm('group: "mom-newbee"')), errors: [{ messageId: 'unknownWithSuggestion', line: 3, column: 8 }], output: fm('group: "mom-newbie"') },
    { name: 'a block scalar keeps its block when fixed', ...post(fm('group: >-\n  mom-newbee')), errors: [{ messageId: 'unknownWithSuggestion', line: 3, column: 8 }], output: fm('group: >-\n  mom-newbie') },
    { name: 'an id nothing is close to', ...post(fm('group: tea-lovers')), errors: [{ messageId: 'unknown', line: 3, column: 8, data: { id: 'tea-lovers' } }], output: null },
    {
      name: 'each unknown id in a list, at its item',
      ...post(fm('groups: [mom-vip, mom-vp, fitness]')),
      errors: [
        { messageId: 'unknownWithSuggestion', line: 3, column: 19, endColumn: 25 },
        { messageId: 'unknown', line: 3, column: 27 },
      ],
      output: fm('groups: [mom-vip, mom-vip, fitness]'),
    },
    {
      name: 'a block list',
      ...post('---\ntitle: a\ngroups:\n  - mom-vip\n  - mom-vipp\npublish: 2026-11-23 08:30\ntype: practical\n---\n'),
      errors: [{ messageId: 'unknownWithSuggestion', line: 5, column: 5 }],
      output: '---\ntitle: a\ngroups:\n  - mom-vip\n  - mom-vip\npublish: 2026-11-23 08:30\ntype: practical\n---\n',
    },
  ],
});
