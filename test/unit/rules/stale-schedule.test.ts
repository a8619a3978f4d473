import { staleScheduleRule } from '../../../src/core/rules/stale-schedule';
import { post, testRule } from '../../support/ruleTester';

const fm = (publish: string, status?: string) => `---\ntitle: a\ngroup: mom-vip\npublish: ${publish}\ntype: practical\n${status ? `status: ${status}\n` : ''}---\n`;
const NOW = '2026-11-23T09:00';
const series = (publish: string, status: string, repeat: string) => `---\ntitle: a\ngroup: mom-vip\npublish: ${publish}\ntype: practical\nstatus: ${status}\nrepeat: ${repeat}\n---\n`;

testRule(staleScheduleRule, {
  valid: [
    { name: 'past and published', ...post(fm('2026-11-20 10:00', 'published'), { now: NOW }) },
    { name: 'in the future', ...post(fm('2026-11-23 09:01', 'draft'), { now: NOW }) },
    { name: 'exactly now is not the past', ...post(fm('2026-11-23 09:00', 'approved'), { now: NOW }) },
    { name: 'a running series started in the past: occurrences are still to come', ...post(series('2026-11-01 08:00', 'approved', '{ every: day, until: 2026-12-31 }'), { now: NOW }) },
    { name: 'a series whose last occurrence is later today', ...post(series('2026-11-20 10:00', 'approved', '{ every: day, count: 4 }'), { now: NOW }) },
  ],
  invalid: [
    { name: 'past and approved', ...post(fm('2026-11-20 10:00', 'approved'), { now: NOW }), errors: [{ messageId: 'stale', line: 4, column: 10, data: { when: '2026-11-20 10:00', status: 'approved' } }] },
    { name: 'past with an unknown status, which is not published either', ...post(fm('2026-11-20 10:00', 'done'), { now: NOW }), errors: [{ messageId: 'stale', line: 4, column: 10, data: { when: '2026-11-20 10:00', status: 'done' } }] },
    { name: 'past with no status (draft)', ...post(fm('2026-11-23 08:59'), { now: NOW }), errors: [{ messageId: 'stale', line: 4, column: 10, data: { when: '2026-11-23 08:59', status: 'draft' } }] },
    { name: '--now with an offset: 00:30Z is 08:30 in Shanghai, past a 08:00 post', ...post(fm('2026-11-23 08:00', 'review'), { now: '2026-11-23T00:30:00Z' }), errors: [{ messageId: 'stale', line: 4, column: 10 }] },
    {
      name: 'a series whose last occurrence has passed names that occurrence',
      ...post(series('2026-11-01 08:00', 'approved', '{ every: week, until: 2026-11-20 }'), { now: NOW }),
      errors: [{ messageId: 'seriesEnded', line: 4, column: 10, data: { when: '2026-11-15 08:00', status: 'approved' } }],
    },
  ],
});
