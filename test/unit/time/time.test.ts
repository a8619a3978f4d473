import * as assert from 'node:assert/strict';
import { addDaysToKey, isDateKey, mondayOfWeek, weekKeyOf, weekStartOf } from '../../../src/core/time/dates';
import { keyDatesBetween, officialDaysBetween } from '../../../src/core/time/keyDates';
import { postTime } from '../../../src/core/time/postTime';
import { parsePublish } from '../../../src/core/time/publish';
import { TimeZone } from '../../../src/core/time/zone';

const shanghai = TimeZone.named('Asia/Shanghai') as TimeZone;
const newYork = TimeZone.named('America/New_York') as TimeZone;

function localOf(raw: string, zone = shanghai): string {
  const time = postTime({ raw, value: { kind: 'string', value: raw, span: { start: 0, end: 0 }, quoted: false, block: false }, parsed: parsePublish(raw) }, zone);
  if (!time) return 'invalid';
  const { year, month, day, hour, minute } = time.local;
  return `${year}-${month}-${day} ${hour}:${minute} @${new Date(time.instant).toISOString()}`;
}

describe('time', () => {
  it('reads local times in the workspace zone', () => {
    assert.equal(localOf('2026-11-23 08:30'), '2026-11-23 8:30 @2026-11-23T00:30:00.000Z');
    assert.equal(localOf('2026-11-23 23:59'), '2026-11-23 23:59 @2026-11-23T15:59:00.000Z');
    assert.equal(localOf('2026-11-24 00:00'), '2026-11-24 0:0 @2026-11-23T16:00:00.000Z');
  });
  it('converts explicit offsets into the workspace zone', () => {
    assert.equal(localOf('2026-11-23T16:30:00+00:00'), '2026-11-24 0:30 @2026-11-23T16:30:00.000Z');
    assert.equal(localOf('2026-11-23T08:30:00+08:00'), '2026-11-23 8:30 @2026-11-23T00:30:00.000Z');
    assert.equal(localOf('2026-11-23T08:30-0500'), '2026-11-23 21:30 @2026-11-23T13:30:00.000Z');
  });
  it('follows daylight saving time in zones that have it', () => {
    assert.equal(localOf('2026-07-01 12:00', newYork), '2026-7-1 12:0 @2026-07-01T16:00:00.000Z');
    assert.equal(localOf('2026-12-01 12:00', newYork), '2026-12-1 12:0 @2026-12-01T17:00:00.000Z');
  });
  it('rejects unknown zones', () => {
    assert.equal(TimeZone.named('Mars/Olympus'), undefined);
  });
  it('numbers ISO weeks, Monday to Sunday, across the new year', () => {
    assert.equal(weekKeyOf('2026-11-23'), '2026-W48');
    assert.equal(weekKeyOf('2026-11-29'), '2026-W48');
    assert.equal(weekKeyOf('2026-11-30'), '2026-W49');
    assert.equal(weekKeyOf('2026-12-31'), '2026-W53');
    assert.equal(weekKeyOf('2027-01-03'), '2026-W53');
    assert.equal(weekKeyOf('2027-01-04'), '2027-W01');
    assert.equal(weekKeyOf('2025-12-29'), '2026-W01');
    assert.equal(weekStartOf('2027-01-02'), '2026-12-28');
  });
  it('finds the Monday of an ISO week from its key', () => {
    assert.equal(mondayOfWeek('2026-W48'), '2026-11-23');
    assert.equal(mondayOfWeek('2026-W53'), '2026-12-28');
    assert.equal(mondayOfWeek('2027-W01'), '2027-01-04');
    assert.equal(mondayOfWeek('2026-W01'), '2025-12-29');
  });
  it('accepts only real days written YYYY-MM-DD', () => {
    assert.deepEqual(['2026-11-23', '2028-02-29', '2026-02-29', '2026-13-01', '2026-11-31', '2026-1-5', '2026-11-23T08:00'].map(isDateKey), [true, true, false, false, false, false, false]);
  });
  it('adds days across months and years', () => {
    assert.equal(addDaysToKey('2026-12-31', 1), '2027-01-01');
    assert.equal(addDaysToKey('2028-03-01', -1), '2028-02-29');
  });
  it('lists key dates: lunar festivals (the same in every machine time zone), shopping festivals, custom dates', () => {
    const names = keyDatesBetween('2026-09-20', '2026-11-11', [{ date: '2026-10-20', name: '会员日' }]).map((date) => `${date.date} ${date.name['zh-CN']}`);
    assert.deepEqual(names, ['2026-09-25 中秋节', '2026-10-01 国庆节', '2026-10-18 重阳节', '2026-10-20 会员日', '2026-11-11 双11']);
    assert.ok(keyDatesBetween('2027-01-01', '2027-12-31', []).some((date) => date.date === '2027-02-06' && date.name.en === 'Spring Festival'));
    assert.ok(keyDatesBetween('2027-01-01', '2027-12-31', []).some((date) => date.date === '2027-02-05' && date.name['zh-CN'] === '除夕'));
  });
  it('knows the official days off and the 调休 make-up working days, where the schedule is published', () => {
    const days = (first: string, last: string) => officialDaysBetween(first, last).map((day) => `${day.date} ${day.off ? 'off' : 'work'} ${day.name.en}`);
    // 2026-09-20 is a Sunday and 2026-10-10 a Saturday: both are working days for National Day
    assert.deepEqual(days('2026-09-19', '2026-09-21'), ['2026-09-20 work National Day']);
    assert.deepEqual(days('2026-09-28', '2026-10-11'), [...Array.from({ length: 7 }, (_, index) => `2026-10-0${index + 1} off National Day`), '2026-10-10 work National Day']);
    assert.deepEqual(officialDaysBetween('2025-10-11', '2025-10-11').map((day) => day.name), [{ en: 'National Day and Mid-Autumn Festival', 'zh-CN': '国庆中秋' }]);
  });
});
