import * as assert from 'node:assert/strict';
import { readPost } from '../../../src/core/parse/post';
import { dateKeyOf, formatLocal } from '../../../src/core/time/dates';
import { parsePublish } from '../../../src/core/time/publish';
import { expandSeries, MAX_OCCURRENCES, seriesDates, type RepeatRule } from '../../../src/core/time/series';
import { TimeZone } from '../../../src/core/time/zone';

const shanghai = TimeZone.named('Asia/Shanghai') as TimeZone;
const berlin = TimeZone.named('Europe/Berlin') as TimeZone;
const newYork = TimeZone.named('America/New_York') as TimeZone;

function rule(parts: Partial<RepeatRule> & Pick<RepeatRule, 'every'>): RepeatRule {
  return { on: [], except: [], ...parts };
}

interface DatesCase {
  name: string;
  start: string;
  rule: RepeatRule;
  dates: string[];
  excepted?: string[];
}

const DATES: DatesCase[] = [
  { name: 'every day, count 3: from the start date', start: '2026-12-01', rule: rule({ every: 'day', count: 3 }), dates: ['2026-12-01', '2026-12-02', '2026-12-03'] },
  { name: 'every day until a date, both ends included', start: '2026-12-30', rule: rule({ every: 'day', until: '2027-01-02' }), dates: ['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02'] },
  { name: 'every day until the start date itself: one occurrence', start: '2026-12-01', rule: rule({ every: 'day', until: '2026-12-01' }), dates: ['2026-12-01'] },
  { name: 'every week without on: the start date\'s weekday', start: '2026-12-02', rule: rule({ every: 'week', count: 3 }), dates: ['2026-12-02', '2026-12-09', '2026-12-16'] },
  { name: 'every week on mon and wed from a Tuesday: the start is not an occurrence', start: '2026-12-01', rule: rule({ every: 'week', on: [1, 3], count: 4 }), dates: ['2026-12-02', '2026-12-07', '2026-12-09', '2026-12-14'] },
  { name: 'every week on wed and mon (any order) until a Monday', start: '2026-12-07', rule: rule({ every: 'week', on: [3, 1], until: '2026-12-14' }), dates: ['2026-12-07', '2026-12-09', '2026-12-14'] },
  { name: 'every week on sun crosses the year', start: '2026-12-27', rule: rule({ every: 'week', on: [7], count: 2 }), dates: ['2026-12-27', '2027-01-03'] },
  { name: 'every month without on: the start date\'s day', start: '2026-11-15', rule: rule({ every: 'month', count: 3 }), dates: ['2026-11-15', '2026-12-15', '2027-01-15'] },
  { name: 'every month on the 31st skips the months without one', start: '2027-01-31', rule: rule({ every: 'month', count: 4 }), dates: ['2027-01-31', '2027-03-31', '2027-05-31', '2027-07-31'] },
  { name: 'every month on -1: the last day of each month, leap February too', start: '2028-01-10', rule: rule({ every: 'month', on: [-1], count: 3 }), dates: ['2028-01-31', '2028-02-29', '2028-03-31'] },
  { name: 'every month on 1 and 15 from the 10th', start: '2026-11-10', rule: rule({ every: 'month', on: [15, 1], until: '2026-12-31' }), dates: ['2026-11-15', '2026-12-01', '2026-12-15'] },
  { name: 'every month on 30 and -1 in a 30-day month: one date', start: '2026-11-01', rule: rule({ every: 'month', on: [30, -1], until: '2026-11-30' }), dates: ['2026-11-30'] },
  {
    name: 'except removes dates; count counts them (as RFC 5545 COUNT before EXDATE)',
    start: '2026-12-01',
    rule: rule({ every: 'day', count: 4, except: ['2026-12-02', '2026-12-20'] }),
    dates: ['2026-12-01', '2026-12-03', '2026-12-04'],
    excepted: ['2026-12-02'],
  },
  { name: 'except with until', start: '2026-12-28', rule: rule({ every: 'week', until: '2027-01-11', except: ['2027-01-04'] }), dates: ['2026-12-28', '2027-01-11'], excepted: ['2027-01-04'] },
  { name: 'count 1000 is allowed', start: '2026-01-01', rule: rule({ every: 'day', count: 1000 }), dates: Array.from({ length: 1000 }, (_, day) => dateKeyOf(utcDate(Date.UTC(2026, 0, 1 + day)))) },
];

function utcDate(instant: number): { year: number; month: number; day: number } {
  const date = new Date(instant);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

describe('series dates', () => {
  for (const testCase of DATES) {
    it(testCase.name, () => {
      const found = seriesDates(testCase.rule, testCase.start);
      assert.deepEqual(found, { dates: testCase.dates, excepted: testCase.excepted ?? [], overflow: false });
    });
  }

  it('the 1 000 cap: a rule that yields 1 001 dates overflows, with until or count', () => {
    assert.equal(seriesDates(rule({ every: 'day', count: MAX_OCCURRENCES + 1 }), '2026-01-01').overflow, true);
    assert.equal(seriesDates(rule({ every: 'day', until: '2100-12-31' }), '2026-01-01').overflow, true);
    // excepted dates count toward the cap, as they count toward count
    assert.equal(seriesDates(rule({ every: 'day', count: MAX_OCCURRENCES + 1, except: ['2026-01-01'] }), '2026-01-01').overflow, true);
  });

  it('a long until with a sparse rule ends at until, not at the cap', () => {
    const found = seriesDates(rule({ every: 'month', on: [31], until: '2099-12-31' }), '2026-01-01');
    assert.equal(found.overflow, false);
    assert.equal(found.dates.length, 74 * 7);
  });
});

function base(text: string, zone: TimeZone) {
  const parsed = parsePublish(text);
  assert.ok(parsed.ok);
  const instant = zone.toInstant(parsed.local);
  return { instant, local: zone.toLocal(instant) };
}

function expanded(text: string, repeat: RepeatRule, zone: TimeZone): string[] {
  const expansion = expandSeries(repeat, base(text, zone), zone);
  assert.ok(expansion.ok);
  return expansion.occurrences.map((occurrence) => `${formatLocal(occurrence.local, ' ', false)} ${new Date(occurrence.instant).toISOString().slice(0, 16)}Z`);
}

describe('series expansion in the workspace zone', () => {
  it('keeps the wall-clock time across a DST change (Berlin, the week clocks go back)', () => {
    assert.deepEqual(expanded('2026-10-24 08:30', rule({ every: 'day', count: 3 }), berlin), [
      '2026-10-24 08:30 2026-10-24T06:30Z',
      '2026-10-25 08:30 2026-10-25T07:30Z',
      '2026-10-26 08:30 2026-10-26T07:30Z',
    ]);
  });

  it('a time the clocks skip is read as the zone reads it (New York, 02:30 on the spring-forward day is 03:30)', () => {
    assert.deepEqual(expanded('2026-03-07 02:30', rule({ every: 'day', count: 3 }), newYork), [
      '2026-03-07 02:30 2026-03-07T07:30Z',
      '2026-03-08 03:30 2026-03-08T07:30Z',
      '2026-03-09 02:30 2026-03-09T06:30Z',
    ]);
  });

  it('a time the clocks show twice is the earlier instant (New York, 01:30 when clocks go back)', () => {
    assert.deepEqual(expanded('2026-10-31 01:30', rule({ every: 'day', count: 2 }), newYork), ['2026-10-31 01:30 2026-10-31T05:30Z', '2026-11-01 01:30 2026-11-01T05:30Z']);
  });

  it('reports until before the publish date, no occurrence, and overflow', () => {
    const at = base('2026-12-01 08:30', shanghai);
    assert.deepEqual(expandSeries(rule({ every: 'day', until: '2026-11-30' }), at, shanghai), { ok: false, problem: 'repeatUntilBeforePublish' });
    assert.deepEqual(expandSeries(rule({ every: 'week', on: [1], until: '2026-12-06' }), at, shanghai), { ok: false, problem: 'repeatEmpty' });
    assert.deepEqual(expandSeries(rule({ every: 'day', count: 1, except: ['2026-12-01'] }), at, shanghai), { ok: false, problem: 'repeatEmpty' });
    assert.deepEqual(expandSeries(rule({ every: 'day', count: 1001 }), at, shanghai), { ok: false, problem: 'repeatTooMany' });
  });
});

describe('series rules from hostile front matter', () => {
  it('a long on list is read as its distinct days, so expansion never walks it', () => {
    const post = readPost('posts/a.md', `---\npublish: 2026-01-01 08:00\nrepeat:\n  every: month\n  on: [${Array.from({ length: 5000 }, () => '31').join(', ')}]\n  until: 2100-12-31\n---\n`);
    assert.deepEqual(post.repeat?.rule?.on, [31]);
  });
});
