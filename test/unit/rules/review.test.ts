import { reviewRule } from '../../../src/core/rules/review';
import { BASE_CONFIG, post, testRule } from '../../support/ruleTester';

const PEOPLE = `${BASE_CONFIG}people:
  - { id: xiaoli, name: 小李, roles: [writer] }
  - { id: xiaowang, name: 小王, roles: [lead] }
  - { id: xiaozhang, name: 小张, roles: [writer, reviewer] }
`;
const fm = (status: string, people: string) => `---\ntitle: a\ngroup: mom-vip\npublish: 2026-11-23 08:30\ntype: practical\nstatus: ${status}\n${people}---\n`;
const withPeople = (text: string, options?: Record<string, unknown>) => post(text, { config: PEOPLE, ...(options ? { options } : {}) });

testRule(reviewRule, {
  valid: [
    { name: 'approved by a reviewer who is not the owner', ...withPeople(fm('approved', 'owner: xiaoli\nreviewer: xiaozhang\n')) },
    { name: 'published, reviewed by a lead', ...withPeople(fm('published', 'owner: xiaoli\nreviewer: xiaowang\n')) },
    { name: 'a draft needs no reviewer yet', ...withPeople(fm('draft', 'owner: xiaoli\n')) },
    { name: 'in review, the planned reviewer may still be the owner', ...withPeople(fm('review', 'owner: xiaozhang\nreviewer: xiaozhang\n')) },
    { name: 'no people in community.yaml: no report, even with unknown ids', ...post(fm('approved', 'owner: nobody\nreviewer: somebody\n')) },
    { name: 'requireReviewer false: approved without a reviewer', ...withPeople(fm('approved', 'owner: xiaoli\n'), { requireReviewer: false }) },
    { name: 'allowSelfReview true: a reviewer approves their own post', ...withPeople(fm('approved', 'owner: xiaozhang\nreviewer: xiaozhang\n'), { allowSelfReview: true }) },
    { name: 'approved with a reviewer and no owner', ...withPeople(fm('approved', 'reviewer: xiaowang\n')) },
  ],
  invalid: [
    {
      name: 'approved without a reviewer, on the status',
      ...withPeople(fm('approved', 'owner: xiaoli\n')),
      errors: [{ messageId: 'missingReviewer', line: 6, column: 9, endColumn: 17, data: { status: 'approved' }, message: 'The post is approved but names no reviewer', severity: 'warning' }],
      output: null,
    },
    { name: 'an empty reviewer is no reviewer', ...withPeople(fm('published', 'reviewer:\n')), errors: [{ messageId: 'missingReviewer', line: 6, column: 9 }] },
    {
      name: 'self-review, on the reviewer',
      ...withPeople(fm('approved', 'owner: xiaowang\nreviewer: xiaowang\n')),
      errors: [{ messageId: 'selfReview', line: 8, column: 11, endColumn: 19, message: '"xiaowang" reviews their own post: the reviewer must not be the owner', severity: 'warning' }],
    },
    {
      name: 'a writer may not approve',
      ...withPeople(fm('approved', 'owner: xiaozhang\nreviewer: xiaoli\n')),
      errors: [{ messageId: 'notReviewer', line: 8, column: 11, data: { id: 'xiaoli' }, severity: 'warning' }],
    },
    {
      name: 'an unknown reviewer is an error with the closest id as fix',
      ...withPeople(fm('approved', 'owner: xiaoli\nreviewer: xiaowagn\n')),
      errors: [
        {
          messageId: 'unknownPersonWithSuggestion',
          line: 8,
          column: 11,
          endColumn: 19,
          data: { id: 'xiaowagn', field: 'reviewer', suggestion: 'xiaowang' },
          message: 'Unknown person "xiaowagn" in reviewer; did you mean "xiaowang"?',
          severity: 'error',
        },
      ],
      output: fm('approved', 'owner: xiaoli\nreviewer: xiaowang\n'),
    },
    {
      name: 'an unknown owner of a draft, nothing close: an error without a fix',
      ...withPeople(fm('draft', 'owner: "tea-lover"\n')),
      errors: [{ messageId: 'unknownPerson', line: 7, column: 8, data: { id: 'tea-lover', field: 'owner' }, severity: 'error' }],
      output: null,
    },
    {
      name: 'unknown ids stay errors when the rule is set to info',
      ...withPeople(fm('approved', 'owner: xiaoly\nreviewer: xiaoli\n'), { severity: 'info' }),
      errors: [
        { messageId: 'unknownPersonWithSuggestion', line: 7, column: 8, severity: 'error' },
        { messageId: 'notReviewer', line: 8, column: 11, severity: 'info' },
      ],
      output: fm('approved', 'owner: xiaoli\nreviewer: xiaoli\n'),
    },
    {
      name: 'requireReviewer false still checks a named reviewer',
      ...withPeople(fm('published', 'owner: xiaoli\nreviewer: xiaoli\n'), { requireReviewer: false }),
      errors: [{ messageId: 'notReviewer', line: 8, column: 11 }],
    },
    { name: 'the lead role alone is enough, but not for self-review', ...withPeople(fm('published', 'owner: xiaowang\nreviewer: xiaowang\n')), errors: [{ messageId: 'selfReview', line: 8, column: 11 }] },
  ],
});
