import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { parseIcs } from '../support/icalendar';
import { assertOneLineError, ccal, FIXTURES } from './run';
import { at } from '../support/defined';

const NOW = '2026-11-22T09:00';
const BASIC = ['--config', 'test/fixtures/basic/community.yaml', '--now', NOW];

describe('ccal export (built binary)', () => {
  it('writes the basic workspace as iCalendar that an independent parser reads back', () => {
    const run = ccal(['export', '--format', 'ics', ...BASIC]);
    assert.deepEqual([run.status, run.stderr], [0, '']);
    const { timezones, events } = parseIcs(run.stdout);
    assert.deepEqual(timezones, ['Asia/Shanghai']);
    // promo names tea-core and the unknown tea-nw: one event, for the known group only
    assert.deepEqual(
      events.map((event) => [event.summary, event.startUtc, event.tzid, event.x['X-CCAL-GROUP']]),
      [
        ['龙井的冲泡方法', '2026-11-23T15:30:00.000Z', 'Asia/Shanghai', 'tea-core'],
        ['早安茶话', '2026-11-24T00:00:00.000Z', 'Asia/Shanghai', 'tea-new'],
        ['冬季茶礼盒', '2026-11-24T02:00:00.000Z', 'Asia/Shanghai', 'tea-core'],
      ],
    );
    assert.ok(events.every((event) => event.dtstamp === '2026-11-22T01:00:00.000Z'), 'DTSTAMP is --now');
    assert.equal(at(events, 0).description, 'type: practical\nstatus: approved\ngroup: 品茶核心会员群 (tea-core)\npath: posts/2026-11/2026-11-23-longjing.md');
    assert.equal(ccal(['export', '--format', 'ics', ...BASIC]).stdout, run.stdout, 'reproducible with --now');
  });

  it('writes CSV with a BOM and a header that a CSV parser reads back row for row', () => {
    const run = ccal(['export', '-f', 'csv', ...BASIC, '--group', 'tea-core']);
    assert.equal(run.status, 0);
    assert.ok(run.stdout.startsWith('\ufeffdate,time,week,group,group_name,type,status,ugc,title,path,tags,series\r\n'));
    const rows = parse(run.stdout, { bom: true, columns: true }) as Array<Record<string, string>>;
    assert.deepEqual(
      rows.map((row) => [row.date, row.time, row.group, row.group_name, row.type, row.title]),
      [
        ['2026-11-23', '23:30', 'tea-core', '品茶核心会员群', 'practical', '龙井的冲泡方法'],
        ['2026-11-24', '10:00', 'tea-core', '品茶核心会员群', 'ad', '冬季茶礼盒'],
      ],
    );
  });

  it('writes JSON, filtered by dates', () => {
    const run = ccal(['export', '--format', 'json', ...BASIC, '--from', '2026-11-24', '--to', '2026-11-24']);
    assert.equal(run.status, 0);
    const records = JSON.parse(run.stdout) as Array<{ path: string; datetime: string }>;
    assert.deepEqual(
      records.map((record) => [record.path, record.datetime]),
      [
        ['posts/2026-11/2026-11-24-morning.md', '2026-11-24T08:00:00+08:00'],
        ['posts/2026-11/2026-11-24-promo.md', '2026-11-24T10:00:00+08:00'],
      ],
    );
  });

  it('finds community.yaml from the working directory and writes --output', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccal-export-'));
    try {
      const output = path.join(dir, 'plan.ics');
      // an older, longer file at the place is replaced whole
      fs.writeFileSync(output, 'x'.repeat(200_000));
      const run = ccal(['export', '-f', 'ics', '-o', output, '--now', NOW], { cwd: path.join(FIXTURES, 'nested/community/posts') });
      assert.deepEqual([run.status, run.stdout, run.stderr], [0, '', '']);
      assert.deepEqual(
        parseIcs(fs.readFileSync(output, 'utf8')).events.map((event) => event.summary),
        ['平板支撑挑战', '装备推荐'],
      );
      const toStdout = ccal(['export', '-f', 'ics', '--now', NOW], { cwd: path.join(FIXTURES, 'nested/community/posts') });
      assert.equal(fs.readFileSync(output, 'utf8'), toStdout.stdout, 'the file holds what stdout gets, and nothing more');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves posts in year 1 and 9999 out of the plan, quickly', () => {
    // they used to make a VTIMEZONE of ten thousand years: 37 s and 350 MB
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccal-export-'));
    try {
      fs.writeFileSync(path.join(dir, 'community.yaml'), 'timezone: America/New_York\ngroups:\n  - id: club\n');
      fs.mkdirSync(path.join(dir, 'posts'));
      for (const publish of ['0001-01-01 08:30', '2026-11-23 08:30', '9999-12-31 08:30']) {
        fs.writeFileSync(path.join(dir, 'posts', `${publish.slice(0, 4)}.md`), `---\ntitle: t${publish.slice(0, 4)}\ngroup: club\npublish: ${publish}\ntype: practical\n---\n`);
      }
      const run = ccal(['export', '-f', 'ics', '--now', NOW], { cwd: dir });
      assert.deepEqual([run.status, run.stderr], [0, '']);
      assert.deepEqual(parseIcs(run.stdout).events.map((event) => event.summary), ['t2026']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('usage and configuration errors: one line, exit 2', () => {
    const cases: Array<[string, string[], RegExp]> = [
      ['no --format', ['export', ...BASIC], /^ccal: export needs --format \(ics, csv, json\)\n$/],
      ['an unknown format', ['export', '-f', 'xlsx', ...BASIC], /^ccal: unknown --format "xlsx" \(use ics, csv, json\)\n$/],
      ['a broken community.yaml', ['export', '-f', 'ics', '--config', 'test/fixtures/broken-config/community.yaml'], /^ccal: test\/fixtures\/broken-config\/community\.yaml:4:3: Unknown rule "ad-ratoi"/],
      ['an unknown group', ['export', '-f', 'csv', ...BASIC, '--group', 'tea-cor'], /^ccal: unknown group "tea-cor" in --group \(did you mean "tea-core"\?\)\n$/],
      ['a date that is not a day', ['export', '-f', 'csv', ...BASIC, '--from', '2026-11-31'], /^ccal: --from needs a date written YYYY-MM-DD, got "2026-11-31"\n$/],
      ['dates the wrong way round', ['export', '-f', 'csv', ...BASIC, '--from', '2026-11-30', '--to', '2026-11-01'], /^ccal: --from 2026-11-30 is after --to 2026-11-01\n$/],
      ['an output file that cannot be written', ['export', '-f', 'csv', ...BASIC, '--output', 'test/fixtures/nope/plan.csv'], /^ccal: cannot write test\/fixtures\/nope\/plan\.csv: ENOENT\n$/],
      ['a path argument', ['export', '-f', 'csv', 'posts'], /^ccal: Unexpected argument 'posts'/],
    ];
    for (const [name, args, stderr] of cases) {
      it(name, () => assertOneLineError(ccal(args), stderr));
    }
  });
});
