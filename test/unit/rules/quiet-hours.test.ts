import { quietHoursRule } from '../../../src/core/rules/quiet-hours';
import { BASE_CONFIG, post, testRule } from '../../support/ruleTester';

const fm = (publish: string, group = 'mom-newbie') => `---\ntitle: a\ngroup: ${group}\npublish: ${publish}\ntype: practical\n---\n`;

testRule(quietHoursRule, {
  valid: [
    { name: 'daytime', ...post(fm('2026-11-23 12:00')) },
    { name: '21:59:59, a second before the window', ...post(fm('2026-11-23 21:59:59')) },
    { name: '07:00 exactly: `to` is excluded', ...post(fm('2026-11-24 07:00')) },
    { name: 'an offset that lands in daytime locally (01:00 UTC = 09:00 Shanghai)', ...post(fm('2026-11-23T01:00:00Z')) },
    { name: 'a window that does not wrap midnight', ...post(fm('2026-11-23 15:00'), { options: { from: '12:00', to: '14:00' } }) },
    { name: 'equal from and to means no quiet window', ...post(fm('2026-11-23 23:00'), { options: { from: '22:00', to: '22:00' } }) },
    { name: 'an invalid date is valid-date\'s business', ...post(fm('2026-11-31 23:00')) },
    { name: 'a post with no known group uses the workspace setting', ...post(fm('2026-11-23 21:45', 'tea')) },
    { name: 'disabled for the next line in the front matter', ...post('---\ntitle: a\ngroup: mom-newbie\n# ccal-disable-next-line quiet-hours\npublish: 2026-11-23 23:00\ntype: practical\n---\n') },
    { name: 'disabled for the file from the body', ...post(`${fm('2026-11-23 23:00')}<!-- ccal-disable quiet-hours -->\n正文\n`) },
  ],
  invalid: [
    {
      name: '22:00 exactly: `from` is included; the fix moves to 07:00 next day',
      ...post(fm('2026-11-23 22:00')),
      errors: [{ messageId: 'quiet', line: 4, column: 10, endColumn: 26, data: { time: '22:00', from: '22:00', to: '07:00' }, message: 'Publishes at 22:00, inside quiet hours 22:00–07:00' }],
      output: fm('2026-11-24 07:00'),
    },
    {
      name: 'a publish written as a block scalar keeps its block when fixed',
      ...post(fm('|\n  2026-11-23 23:00')),
      errors: [{ messageId: 'quiet', line: 4, column: 10 }],
      output: fm('|\n  2026-11-24 07:00'),
    },
    {
      name: 'no fix where moving publish would move a field that aliases it',
      ...post(fm('&p 2026-11-23 23:00\nreminder: *p')),
      errors: [{ messageId: 'quiet', line: 4, column: 13 }],
      output: null,
    },
    { name: '23:59', ...post(fm('2026-11-23 23:59')), errors: [{ messageId: 'quiet', line: 4, column: 10 }], output: fm('2026-11-24 07:00') },
    { name: '00:00 local, moved to 07:00 the same day', ...post(fm('2026-11-24 00:00')), errors: [{ messageId: 'quiet', line: 4, column: 10 }], output: fm('2026-11-24 07:00') },
    { name: '06:59:59 keeps seconds in the fix', ...post(fm('2026-11-24T06:59:59')), errors: [{ messageId: 'quiet', line: 4, column: 10 }], output: fm('2026-11-24T07:00:00') },
    {
      name: 'an explicit +00:00 offset is read in the workspace zone (15:30 UTC = 23:30 Shanghai); the fix keeps the offset',
      ...post(fm('2026-11-23T15:30:00+00:00')),
      errors: [{ messageId: 'quiet', line: 4, column: 10, data: { time: '23:30', from: '22:00', to: '07:00' } }],
      output: fm('2026-11-23T23:00:00Z'),
    },
    {
      name: 'the month rolls over when moving to the next morning',
      ...post(fm('2026-11-30 23:00')),
      errors: [{ messageId: 'quiet', line: 4, column: 10 }],
      output: fm('2026-12-01 07:00'),
    },
    {
      name: 'a tier override applies to posts of that tier (core: from 21:30)',
      config: `${BASE_CONFIG}tiers:\n  core: { rules: { quiet-hours: { from: "21:30", to: "08:00" } } }\n`,
      ...post(fm('2026-11-23 21:45', 'mom-vip')),
      errors: [{ messageId: 'quiet', line: 4, column: 10, data: { time: '21:45', from: '21:30', to: '08:00' } }],
      output: fm('2026-11-24 08:00', 'mom-vip'),
    },
    {
      name: 'a post to two groups with different windows is checked against each',
      config: `${BASE_CONFIG}tiers:\n  core: { rules: { quiet-hours: { from: "21:30", to: "08:00" } } }\n`,
      ...post('---\ntitle: a\ngroups: [mom-vip, mom-newbie]\npublish: 2026-11-23 21:45\ntype: practical\n---\n'),
      errors: [{ messageId: 'quiet', line: 4, column: 10, data: { time: '21:45', from: '21:30', to: '08:00' } }],
      output: '---\ntitle: a\ngroups: [mom-vip, mom-newbie]\npublish: 2026-11-24 08:00\ntype: practical\n---\n',
    },
    {
      name: 'severity follows the cascade',
      ...post(fm('2026-11-23 23:00'), { options: 'error' }),
      errors: [{ messageId: 'quiet', line: 4, column: 10, severity: 'error' }],
      output: fm('2026-11-24 07:00'),
    },
    {
      name: 'a window that does not wrap: the fix moves to its end the same day',
      ...post(fm('2026-11-23 12:30'), { options: { from: '12:00', to: '14:00' } }),
      errors: [{ messageId: 'quiet', line: 4, column: 10 }],
      output: fm('2026-11-23 14:00'),
    },
  ],
});
