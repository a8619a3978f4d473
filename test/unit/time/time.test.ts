import * as assert from 'node:assert/strict';
import { addDaysToKey, isDateKey, mondayOfWeek, weekKeyOf, weekStartOf } from '../../../src/core/time/dates';
import { keyDatesBetween } from '../../../src/core/time/keyDates';
import { postTime } from '../../../src/core/time/postTime';
import { parsePublish, wallClockAsUtc, type LocalDateTime } from '../../../src/core/time/publish';
import { TimeZone } from '../../../src/core/time/zone';
import { resolveNow } from '../../../src/core/time/now';

const shanghai = TimeZone.named('Asia/Shanghai') as TimeZone;
const newYork = TimeZone.named('America/New_York') as TimeZone;
const london = TimeZone.named('Europe/London') as TimeZone;
const lordHowe = TimeZone.named('Australia/Lord_Howe') as TimeZone;

function wall(text: string): LocalDateTime {
  const parsed = parsePublish(text);
  assert.ok(parsed.ok);
  return parsed.local;
}

function iso(instant: number): string {
  return new Date(instant).toISOString().slice(0, 16);
}

function clock(local: LocalDateTime | undefined): string | undefined {
  return local && `${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`;
}

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
  it('reads a time the clocks show twice as the earlier instant, as RFC 5545 and calendar clients do', () => {
    assert.equal(iso(newYork.toInstant(wall('2026-11-01 01:10'))), '2026-11-01T05:10', 'EDT, not EST');
    assert.equal(iso(london.toInstant(wall('2026-10-25 01:30'))), '2026-10-25T00:30', 'BST, not GMT');
    assert.equal(iso(lordHowe.toInstant(wall('2026-04-05 01:45'))), '2026-04-04T14:45', '+11:00, not +10:30');
  });

  it('reads a time the clocks skip with the offset before the jump: later by the length of the gap', () => {
    assert.equal(iso(newYork.toInstant(wall('2026-03-08 02:30'))), '2026-03-08T07:30', '03:30 EDT');
    assert.equal(iso(london.toInstant(wall('2026-03-29 01:30'))), '2026-03-29T01:30', '02:30 BST');
    assert.equal(iso(lordHowe.toInstant(wall('2026-10-04 02:15'))), '2026-10-03T15:45', '02:45 +11:00');
    assert.equal(localOf('2026-03-08 02:30', newYork), '2026-3-8 3:30 @2026-03-08T07:30:00.000Z', 'a post there is at 03:30 local');
    assert.deepEqual(resolveNow('2026-03-08T02:30', newYork, 0), { ok: true, now: Date.UTC(2026, 2, 8, 7, 30) }, '--now and CCAL_NOW read it the same way');
  });

  it('tells where the clocks jump around a skipped time, and nothing for times that exist', () => {
    const gap = newYork.skipped(wall('2026-03-08 02:30:15'));
    assert.deepEqual([clock(gap?.from), clock(gap?.to), gap && new Date(gap.instant).toISOString()], ['02:00', '03:00', '2026-03-08T07:30:15.000Z']);
    const london = TimeZone.named('Europe/London')?.skipped(wall('2026-03-29 01:59'));
    assert.deepEqual([clock(london?.from), clock(london?.to)], ['01:00', '02:00']);
    for (const time of ['2026-03-08 01:59', '2026-03-08 03:00', '2026-11-01 01:10', '2026-07-01 12:00']) assert.equal(newYork.skipped(wall(time)), undefined, time);
    assert.equal(shanghai.skipped(wall('2026-03-08 02:30')), undefined);
  });

  it('keeps years before 100 as written', () => {
    assert.equal(new Date(wallClockAsUtc(wall('0001-01-01 00:00'))).toISOString(), '0001-01-01T00:00:00.000Z');
    assert.equal(new Date(wallClockAsUtc(wall('0099-12-31 23:59'))).toISOString(), '0099-12-31T23:59:00.000Z');
    assert.equal(localOf('0050-06-01T00:00:00Z'), '50-6-1 8:5 @0050-06-01T00:00:00.000Z', 'local mean time in Shanghai then: +08:05:43');
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
});
