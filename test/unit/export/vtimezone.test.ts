import * as assert from 'node:assert/strict';
import { planIcs } from '../../../src/core/export/ics';
import { planRows } from '../../../src/core/export/plan';
import { vtimezone } from '../../../src/core/export/vtimezone';
import { TimeZone } from '../../../src/core/time/zone';
import { parseIcs } from '../../support/icalendar';
import { numbered, postText } from '../../support/posts';
import { lintWorkspace } from '../../support/ruleTester';
import { at } from '../../support/defined';

const zone = (name: string) => TimeZone.named(name) as TimeZone;

describe('VTIMEZONE', () => {
  it('gives a zone without daylight saving one STANDARD observance', () => {
    assert.equal(
      vtimezone(zone('Asia/Shanghai'), [2026]),
      ['BEGIN:VTIMEZONE', 'TZID:Asia/Shanghai', 'BEGIN:STANDARD', 'DTSTART:20260101T080000', 'TZOFFSETFROM:+0800', 'TZOFFSETTO:+0800', 'END:STANDARD', 'END:VTIMEZONE'].join('\r\n'),
    );
  });

  it('writes each daylight-saving change of the years covered, at the local time it happens', () => {
    const lines = vtimezone(zone('America/New_York'), [2026]).split('\r\n');
    assert.deepEqual(lines, [
      'BEGIN:VTIMEZONE',
      'TZID:America/New_York',
      'BEGIN:STANDARD',
      'DTSTART:20251231T190000',
      'TZOFFSETFROM:-0500',
      'TZOFFSETTO:-0500',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:20260308T020000',
      'TZOFFSETFROM:-0500',
      'TZOFFSETTO:-0400',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'DTSTART:20261101T020000',
      'TZOFFSETFROM:-0400',
      'TZOFFSETTO:-0500',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('lets an independent parser turn every start back into the right instant, across daylight-saving changes', () => {
    const config = 'timezone: America/New_York\ngroups:\n  - id: club\n';
    const publish = ['2026-01-15 09:00', '2026-03-08 01:30', '2026-03-08 03:30', '2026-07-04 12:00', '2026-11-01 00:30', '2026-11-01 03:00', '2027-12-31 23:00'];
    const { index } = lintWorkspace({ config, posts: numbered(...publish.map((time) => postText({ group: 'club', publish: time, type: 'notice' }))) });
    const rows = planRows(index, { groups: index.env.config.groups });
    const parsed = parseIcs(planIcs(rows, { zone: index.env.config.timezone, now: 0 }));
    assert.deepEqual(
      parsed.events.map((event) => event.startUtc),
      rows.map((row) => new Date(row.entry.time.instant).toISOString()),
    );
    assert.deepEqual(parsed.events.map((event) => event.startUtc.slice(0, 16)), ['2026-01-15T14:00', '2026-03-08T06:30', '2026-03-08T07:30', '2026-07-04T16:00', '2026-11-01T04:30', '2026-11-01T08:00', '2028-01-01T04:00']);
  });

  // A repeated local time is the first reading for RFC 5545 and ccal, the standard-time one for libical and ical.js:
  // events in a repeated hour are written in UTC, so every client lands on the engine's instant.
  const cases: Array<{ zone: string; publish: string; utc: string; form: 'TZID' | 'UTC' }> = [
    { zone: 'America/New_York', publish: '2026-07-04 12:00', utc: '2026-07-04T16:00', form: 'TZID' },
    { zone: 'America/New_York', publish: '2026-11-01 01:10', utc: '2026-11-01T05:10', form: 'UTC' },
    { zone: 'America/New_York', publish: '2026-11-01T01:10-05:00', utc: '2026-11-01T06:10', form: 'UTC' },
    { zone: 'America/New_York', publish: '2026-11-01 00:50', utc: '2026-11-01T04:50', form: 'UTC' },
    { zone: 'America/New_York', publish: '2026-11-01 02:00', utc: '2026-11-01T07:00', form: 'TZID' },
    { zone: 'America/New_York', publish: '2026-03-08 02:30', utc: '2026-03-08T07:30', form: 'TZID' },
    { zone: 'Europe/London', publish: '2026-07-04 12:00', utc: '2026-07-04T11:00', form: 'TZID' },
    { zone: 'Europe/London', publish: '2026-10-25 01:30', utc: '2026-10-25T00:30', form: 'UTC' },
    { zone: 'Europe/London', publish: '2026-10-25T01:30:00Z', utc: '2026-10-25T01:30', form: 'UTC' },
    { zone: 'Europe/London', publish: '2026-03-29 01:30', utc: '2026-03-29T01:30', form: 'TZID' },
    { zone: 'Asia/Shanghai', publish: '2026-11-23 08:30', utc: '2026-11-23T00:30', form: 'TZID' },
    { zone: 'Asia/Shanghai', publish: '2026-03-08T02:30-05:00', utc: '2026-03-08T07:30', form: 'TZID' },
  ];
  for (const { zone: name, publish, utc, form } of cases) {
    it(`puts ${publish} in ${name} where clients read it: ${utc}Z, written with ${form}`, () => {
      const config = `timezone: ${name}\ngroups:\n  - id: club\n`;
      const { index } = lintWorkspace({ config, posts: numbered(postText({ group: 'club', publish, type: 'notice' })) });
      const rows = planRows(index, { groups: index.env.config.groups });
      const ics = planIcs(rows, { zone: index.env.config.timezone, now: 0 });
      const [event] = parseIcs(ics).events;
      assert.ok(event);
      assert.equal(new Date(at(rows, 0).entry.time.instant).toISOString().slice(0, 16), utc, 'the engine');
      assert.deepEqual([event.startUtc.slice(0, 16), event.endUtc, event.tzid === 'UTC' ? 'UTC' : 'TZID'], [utc, new Date(at(rows, 0).entry.time.instant + 30 * 60_000).toISOString(), form], 'ical.js');
    });
  }
});

