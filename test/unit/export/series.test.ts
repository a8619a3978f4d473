import * as assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { planCsv } from '../../../src/core/export/csv';
import { planIcs } from '../../../src/core/export/ics';
import { planJson } from '../../../src/core/export/json';
import { planRows, type PlanFilter } from '../../../src/core/export/plan';
import type { WorkspaceIndex } from '../../../src/core/index/workspace';
import { weekStats } from '../../../src/core/export/stats';
import { BASE_CONFIG, lintWorkspace } from '../../support/ruleTester';

const NOW = Date.UTC(2026, 9, 1);

function workspace(zone: string, publish: string, repeat: string): WorkspaceIndex {
  const text = `---\ntitle: 每周沙龙\ngroup: mom-vip\npublish: ${publish}\ntype: activity\nrepeat:\n${repeat}---\n正文\n`;
  return lintWorkspace({ config: BASE_CONFIG.replace('Asia/Shanghai', zone), posts: { 'posts/salon.md': text } }).index;
}

function icsOf(index: WorkspaceIndex, filter: Partial<PlanFilter> = {}): string {
  return planIcs(planRows(index, { groups: index.env.config.groups.filter((group) => group.id === 'mom-vip'), ...filter }), { zone: index.env.config.timezone, now: NOW });
}

/** Every instant a calendar client (ical.js) shows for the file: recurring events expanded, EXDATEs applied. */
function clientInstants(ics: string): { events: number; instants: string[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const timezones = calendar.getAllSubcomponents('vtimezone');
  for (const component of timezones) ICAL.TimezoneService.register(component);
  try {
    const instants: string[] = [];
    const events = calendar.getAllSubcomponents('vevent');
    for (const component of events) {
      const event = new ICAL.Event(component);
      if (!event.isRecurring()) {
        instants.push(event.startDate.toJSDate().toISOString());
        continue;
      }
      const iterator = event.iterator();
      for (let next = iterator.next(), guard = 0; next && guard < 2000; next = iterator.next(), guard++) instants.push(next.toJSDate().toISOString());
    }
    return { events: events.length, instants: instants.sort() };
  } finally {
    for (const component of timezones) ICAL.TimezoneService.remove(String(component.getFirstPropertyValue('tzid')));
  }
}

function engineInstants(index: WorkspaceIndex, filter: Partial<PlanFilter> = {}): string[] {
  return planRows(index, { groups: index.env.config.groups.filter((group) => group.id === 'mom-vip'), ...filter }).map((row) => new Date(row.entry.time.instant).toISOString());
}

describe('series export', () => {
  it('ICS: one VEVENT with RRULE and EXDATE that ical.js expands to the engine\'s occurrences across the Berlin DST change', () => {
    const index = workspace('Europe/Berlin', '2026-10-12 08:30', '  every: week\n  on: [mon, thu]\n  until: 2026-11-30\n  except: [2026-10-26]\n');
    const ics = icsOf(index);
    const lines = ics.replace(/\r\n /g, '').split('\r\n');
    lines.splice(0, lines.indexOf('BEGIN:VEVENT'));
    assert.deepEqual(lines.filter((line) => /^(DTSTART|RRULE|EXDATE)/.test(line)), [
      'DTSTART;TZID=Europe/Berlin:20261012T083000',
      'RRULE:FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20261130T073000Z',
      'EXDATE;TZID=Europe/Berlin:20261026T083000',
    ]);
    const client = clientInstants(ics);
    assert.equal(client.events, 1);
    assert.deepEqual(client.instants, engineInstants(index));
    assert.ok(client.instants.includes('2026-10-22T06:30:00.000Z') && client.instants.includes('2026-10-29T07:30:00.000Z'), '08:30 local on both sides of the change');
  });

  it('ICS: a monthly series on the last day and the 31st agrees with ical.js', () => {
    const index = workspace('America/New_York', '2026-01-05 09:00', '  every: month\n  on: [31, -1]\n  count: 14\n');
    const client = clientInstants(icsOf(index));
    assert.equal(client.events, 1);
    assert.deepEqual(client.instants, engineInstants(index));
    assert.equal(client.instants.length, 14);
  });

  it('ICS: an occurrence in the hour New York repeats goes out singly in UTC; the rest stays one series', () => {
    const index = workspace('America/New_York', '2026-10-30 01:30', '  every: day\n  count: 4\n');
    const ics = icsOf(index);
    const client = clientInstants(ics);
    assert.equal(client.events, 2);
    assert.deepEqual(client.instants, engineInstants(index));
    assert.ok(ics.includes('EXDATE;TZID=America/New_York:20261101T013000'));
  });

  it('ICS: an occurrence moved by the skipped hour goes out singly; a date range cuts the series', () => {
    const index = workspace('America/New_York', '2026-03-06 02:30', '  every: day\n  count: 6\n');
    assert.deepEqual(clientInstants(icsOf(index)).instants, engineInstants(index));
    const filter = { from: '2026-03-07', to: '2026-03-10' };
    assert.deepEqual(clientInstants(icsOf(index, filter)).instants, engineInstants(index, filter));
    assert.equal(engineInstants(index, filter).length, 4);
  });

  it('CSV and JSON: one row per occurrence, marked with the series', () => {
    const index = workspace('Asia/Shanghai', '2026-12-01 08:30', '  every: day\n  count: 3\n');
    const rows = planRows(index, { groups: index.env.config.groups });
    const csv = planCsv(rows, index.env.config.timezone).split('\r\n');
    assert.deepEqual(csv.slice(1, 4).map((line) => line.split(',').filter((_, column) => [0, 1, 11].includes(column)).join(' ')), ['2026-12-01 08:30 day', '2026-12-02 08:30 day', '2026-12-03 08:30 day']);
    const json = JSON.parse(planJson(rows, index.env.config.timezone)) as Array<{ date: string; series: string | null }>;
    assert.deepEqual(json.map((record) => [record.date, record.series]), [['2026-12-01', 'day'], ['2026-12-02', 'day'], ['2026-12-03', 'day']]);
  });

  it('stats count occurrences', () => {
    const index = workspace('Asia/Shanghai', '2026-11-30 08:30', '  every: day\n  count: 10\n');
    assert.equal(weekStats('mom-vip', index.scheduleOf('mom-vip'), '2026-W49').posts, 7);
    assert.equal(weekStats('mom-vip', index.scheduleOf('mom-vip'), '2026-W50').posts, 3);
  });
});
