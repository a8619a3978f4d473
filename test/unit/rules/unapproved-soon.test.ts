import { unapprovedSoonRule } from '../../../src/core/rules/unapproved-soon';
import { post, testRule } from '../../support/ruleTester';

const fm = (publish: string, status?: string) => `---\ntitle: a\ngroup: mom-vip\npublish: ${publish}\ntype: practical\n${status ? `status: ${status}\n` : ''}---\n`;
const NOW = '2026-11-23T09:00';
const series = (publish: string, status: string, repeat: string) => `---\ntitle: a\ngroup: mom-vip\npublish: ${publish}\ntype: practical\nstatus: ${status}\nrepeat: ${repeat}\n---\n`;

testRule(unapprovedSoonRule, {
  valid: [
    { name: 'approved and due soon', ...post(fm('2026-11-23 12:00', 'approved'), { now: NOW }) },
    { name: 'draft but more than 24 h away', ...post(fm('2026-11-24 09:00', 'draft'), { now: NOW }) },
    { name: 'draft and already past (stale-schedule\'s business)', ...post(fm('2026-11-23 08:59', 'draft'), { now: NOW }) },
    { name: 'a wider option, still outside', ...post(fm('2026-11-26 09:00', 'review'), { now: NOW, options: { hours: 72 } }) },
    { name: 'a series in review whose next occurrence is next week', ...post(series('2026-11-04 10:00', 'review', '{ every: week, until: 2026-12-31 }'), { now: NOW }) },
    { name: 'a series in review that has ended', ...post(series('2026-11-01 10:00', 'review', '{ every: day, count: 3 }'), { now: NOW }) },
  ],
  invalid: [
    { name: 'a draft due in 3 h, on its status', ...post(fm('2026-11-23 12:00', 'draft'), { now: NOW }), errors: [{ messageId: 'soon', line: 6, column: 9, data: { hours: 24, when: '2026-11-23 12:00', status: 'draft' } }] },
    { name: 'no status means draft: on the publish value', ...post(fm('2026-11-24 08:59'), { now: NOW }), errors: [{ messageId: 'soon', line: 4, column: 10 }] },
    { name: 'due right now', ...post(fm('2026-11-23 09:00', 'review'), { now: NOW }), errors: [{ messageId: 'soon', line: 6, column: 9 }] },
    { name: 'an offset time converted before comparing', ...post(fm('2026-11-23T02:00:00Z', 'review'), { now: NOW }), errors: [{ messageId: 'soon', line: 6, column: 9 }] },
    { name: 'a narrower option', ...post(fm('2026-11-23 10:30', 'draft'), { now: NOW, options: { hours: 2 } }), errors: [{ messageId: 'soon', line: 6, column: 9, data: { hours: 2, when: '2026-11-23 10:30', status: 'draft' } }] },
    {
      name: 'a series in review is due at its next occurrence, which the message names',
      ...post(series('2026-11-01 07:30', 'review', '{ every: day, until: 2027-06-30 }'), { now: NOW }),
      errors: [{ messageId: 'soon', line: 6, column: 9, data: { hours: 24, when: '2026-11-24 07:30', status: 'review' } }],
    },
  ],
});
