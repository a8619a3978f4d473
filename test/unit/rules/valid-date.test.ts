import { validDateRule } from '../../../src/core/rules/valid-date';
import { BASE_CONFIG, post, testRule } from '../../support/ruleTester';

const newYork = { config: BASE_CONFIG.replace('Asia/Shanghai', 'America/New_York') };
// publish 2026-12-01 is a Tuesday; repeat starts on line 6, its keys on line 7 on
const series = (repeat: string, publish = '2026-12-01 08:30') => `---\ntitle: a\ngroup: mom-vip\npublish: ${publish}\ntype: practical\nrepeat:\n${repeat}---\n`;
const fm = (publish: string) => `---\ntitle: a\ngroup: mom-vip\npublish: ${publish}\ntype: practical\n---\n`;

testRule(validDateRule, {
  valid: [
    { name: 'local date and time', ...post(fm('2026-11-23 08:30')) },
    { name: 'with seconds', ...post(fm('2026-11-23 08:30:15')) },
    { name: 'ISO with T', ...post(fm('2026-11-23T08:30')) },
    { name: 'ISO with an offset', ...post(fm('2026-11-23T08:30:00+08:00')) },
    { name: 'ISO in UTC', ...post(fm('2026-11-23T00:30:00Z')) },
    { name: 'a one-digit hour', ...post(fm('2026-11-23 8:30')) },
    { name: 'a leap day', ...post(fm('2028-02-29 10:00')) },
    { name: 'quoted', ...post(fm('"2026-11-23 08:30"')) },
    { name: 'a wrong kind is required-fields\' business', ...post(fm('20261123')) },
    { name: 'a time the clocks show twice (it is the earlier one)', ...post(fm('2026-11-01 01:10'), newYork) },
    { name: 'a skipped time written with an offset is a real instant', ...post(fm('2026-03-08T02:30-05:00'), newYork) },
    { name: 'no daylight saving time in Shanghai', ...post(fm('2026-03-08 02:30')) },
    { name: 'the first and last minutes of the default years', posts: { 'posts/a.md': fm('2000-01-01 00:00'), 'posts/b.md': fm('2100-12-31 23:59') } },
    { name: 'a weekly series with until and except', ...post(series('  every: week\n  on: [mon, wed]\n  until: 2027-01-31\n  except: [2026-12-30]\n')) },
    { name: 'a monthly series on the last day with count', ...post(series('  every: month\n  on: [1, 15, -1]\n  count: 8\n')) },
    { name: 'a daily series of exactly 1 000', ...post(series('  every: day\n  count: 1000\n')) },
    { name: 'a flow-style repeat, until on the publish date', ...post(series('  { every: day, until: 2026-12-01 }\n')) },
    { name: 'a year the team opens up', ...post(fm('1995-06-01 08:00'), { options: { minYear: 1990 } }) },
  ],
  invalid: [
    { name: 'not a date at all', ...post(fm('明天上午')), errors: [{ messageId: 'format', line: 4, column: 10, endColumn: 14, data: { value: '明天上午' } }] },
    { name: 'slashes', ...post(fm('2026/11/23 08:30')), errors: [{ messageId: 'format', line: 4, column: 10 }] },
    { name: 'a date without a time', ...post(fm('2026-11-23')), errors: [{ messageId: 'dateOnly', line: 4, column: 10 }] },
    { name: 'the 31st of November', ...post(fm('2026-11-31 10:00')), errors: [{ messageId: 'date', line: 4, column: 10 }] },
    { name: 'the 29th of February in a common year', ...post(fm('2026-02-29 10:00')), errors: [{ messageId: 'date', line: 4, column: 10 }] },
    { name: 'month 13', ...post(fm('2026-13-01 10:00')), errors: [{ messageId: 'date', line: 4, column: 10 }] },
    { name: 'hour 25', ...post(fm('2026-11-23 25:00')), errors: [{ messageId: 'time', line: 4, column: 10 }] },
    { name: 'hour 24', ...post(fm('2026-11-23 24:00')), errors: [{ messageId: 'time', line: 4, column: 10 }] },
    { name: 'minute 60', ...post(fm('2026-11-23 10:60')), errors: [{ messageId: 'time', line: 4, column: 10 }] },
    {
      name: 'a time the clocks skip: a warning, whatever the rule\'s severity, saying how it is read',
      ...post(fm('2026-03-08 02:30'), newYork),
      errors: [{ messageId: 'skippedTime', line: 4, column: 10, endColumn: 26, severity: 'warning', message: '"2026-03-08 02:30" does not exist in America/New_York (clocks go from 02:00 to 03:00); it is read as 03:30' }],
    },
    {
      name: 'a skipped time with seconds, under a rule set to info',
      ...post(fm('2026-03-08 02:59:30'), { ...newYork, options: 'info' }),
      errors: [{ messageId: 'skippedTime', line: 4, column: 10, severity: 'info', data: { value: '2026-03-08 02:59:30', zone: 'America/New_York', from: '02:00', to: '03:00', readAs: '03:59:30' } }],
    },
    {
      name: 'a skipped whole day names the dates',
      ...post(fm('2011-12-30 10:00'), { config: BASE_CONFIG.replace('Asia/Shanghai', 'Pacific/Apia') }),
      errors: [{ messageId: 'skippedTime', line: 4, column: 10, message: '"2011-12-30 10:00" does not exist in Pacific/Apia (clocks go from 00:00 to 2011-12-31 00:00); it is read as 2011-12-31 10:00' }],
    },
    { name: 'year 0001', ...post(fm('0001-01-01 08:30')), errors: [{ messageId: 'year', line: 4, column: 10, endColumn: 26, message: '"0001-01-01 08:30" is outside the years the plan covers (2000 to 2100, valid-date\'s minYear and maxYear)' }] },
    { name: 'year 9999', ...post(fm('9999-12-31 23:59')), errors: [{ messageId: 'year', line: 4, column: 10, data: { value: '9999-12-31 23:59', minYear: 2000, maxYear: 2100 } }] },
    { name: 'a year the team closes', ...post(fm('2027-01-01 08:00'), { options: { maxYear: 2026 } }), errors: [{ messageId: 'year', line: 4, column: 10 }] },
    { name: 'the year where the post is planned, not as written', ...post(fm('2100-12-31T23:00:00Z')), errors: [{ messageId: 'year', line: 4, column: 10 }] },
    { name: 'repeat that is not a mapping', ...post(series('  - weekly\n')), errors: [{ messageId: 'repeatNotMapping', line: 7, column: 3 }] },
    {
      name: 'an unknown repeat key',
      ...post(series('  every: week\n  interval: 2\n  count: 3\n')),
      errors: [{ messageId: 'repeatUnknownKey', line: 8, column: 3, endColumn: 11, message: '"interval" is not a `repeat` key (known: every, on, until, count, except)' }],
    },
    { name: 'no every', ...post(series('  count: 3\n')), errors: [{ messageId: 'repeatNoEvery', line: 6, column: 1, endColumn: 7 }] },
    { name: 'a bad every', ...post(series('  every: year\n  count: 3\n')), errors: [{ messageId: 'repeatEvery', line: 7, column: 10, endColumn: 14, data: { value: 'year' } }] },
    { name: 'no end', ...post(series('  every: week\n')), errors: [{ messageId: 'repeatNoEnd', line: 6, column: 1, message: '`repeat` needs an end: `until: YYYY-MM-DD` or `count: N`' }] },
    { name: 'both ends, at the later one', ...post(series('  every: week\n  count: 3\n  until: 2027-01-01\n')), errors: [{ messageId: 'repeatBothEnds', line: 9, column: 3, endColumn: 8 }] },
    { name: 'a bad weekday', ...post(series('  every: week\n  on: [mon, thurs]\n  count: 3\n')), errors: [{ messageId: 'repeatWeekday', line: 8, column: 13, endColumn: 18, data: { value: 'thurs' } }] },
    { name: 'a weekday for a monthly series', ...post(series('  every: month\n  on: [1, mon, 32, -2]\n  count: 3\n')), errors: [
      { messageId: 'repeatMonthDay', line: 8, column: 11, data: { value: 'mon' } },
      { messageId: 'repeatMonthDay', line: 8, column: 16, data: { value: '32' } },
      { messageId: 'repeatMonthDay', line: 8, column: 20, data: { value: '-2' } },
    ] },
    { name: 'on for a daily series', ...post(series('  every: day\n  on: [mon]\n  count: 3\n')), errors: [{ messageId: 'repeatOnForDay', line: 8, column: 3 }] },
    { name: 'an empty on', ...post(series('  every: week\n  on: []\n  count: 3\n')), errors: [{ messageId: 'repeatOnEmpty', line: 8, column: 7 }] },
    { name: 'until that is not a date', ...post(series('  every: week\n  until: 2027-02-30\n')), errors: [{ messageId: 'repeatUntil', line: 8, column: 10, data: { value: '2027-02-30' } }] },
    { name: 'a count of 0', ...post(series('  every: week\n  count: 0\n')), errors: [{ messageId: 'repeatCount', line: 8, column: 10, data: { value: '0', max: 1000 } }] },
    { name: 'a bad except date', ...post(series('  every: week\n  count: 3\n  except: [2026-12-08, next week]\n')), errors: [{ messageId: 'repeatExcept', line: 9, column: 24, data: { value: 'next week' } }] },
    {
      name: 'until before publish, at until',
      ...post(series('  every: week\n  until: 2026-11-30\n')),
      errors: [{ messageId: 'repeatUntilBeforePublish', line: 8, column: 10, endColumn: 20, message: '`until` 2026-11-30 is before the first publish date 2026-12-01' }],
    },
    { name: 'over 1 000 occurrences by count, at repeat', ...post(series('  every: day\n  count: 1001\n')), errors: [{ messageId: 'repeatTooMany', line: 6, column: 1, endColumn: 7, message: '`repeat` yields more than 1000 occurrences: end it sooner with `until` or `count`' }] },
    { name: 'over 1 000 occurrences by until, at repeat', ...post(series('  every: day\n  until: 2029-12-31\n')), errors: [{ messageId: 'repeatTooMany', line: 6, column: 1 }] },
    { name: 'a rule that meets no date', ...post(series('  every: week\n  on: [mon]\n  until: 2026-12-06\n')), errors: [{ messageId: 'repeatEmpty', line: 6, column: 1, data: { until: '2026-12-06', publish: '2026-12-01', max: 1000 } }] },
    { name: 'repeat problems beside a bad publish', ...post(series('  every: hour\n  count: 3\n', 'tomorrow')), errors: [{ messageId: 'format', line: 4, column: 10 }, { messageId: 'repeatEvery', line: 7, column: 10 }] },
    { name: 'an offset of 25 hours', ...post(fm('2026-11-23T10:00+25:00')), errors: [{ messageId: 'offset', line: 4, column: 10 }] },
  ],
});
