import * as assert from 'node:assert/strict';
import { eventUid, planIcs } from '../../../src/core/export/ics';
import { foldLine } from '../../../src/core/export/icsText';
import { planRows } from '../../../src/core/export/plan';
import type { WorkspaceIndex } from '../../../src/core/index/workspace';
import { parseIcs } from '../../support/icalendar';
import { numbered, postText } from '../../support/posts';
import { lintWorkspace } from '../../support/ruleTester';
import { treeWorkspace } from './workspace';
import { at } from '../../support/defined';

const NOW = Date.UTC(2026, 10, 20, 1, 0);

/** 64-bit FNV-1a the textbook way, on BigInts: the oracle for the writer's 32-bit halves. */
function referenceUid(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return `${hash.toString(16).padStart(16, '0')}@community-calendar`;
}

function icsOf(index: WorkspaceIndex, now = NOW): string {
  return planIcs(planRows(index, { groups: index.env.config.groups }), { zone: index.env.config.timezone, now });
}

/** RFC 5545 §3.1: continuation lines start with one space and are joined back without it. */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n');
}

function property(ics: string, name: string): string[] {
  return unfold(ics).filter((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));
}

describe('iCalendar export', () => {
  it('writes one VEVENT per post and group with its zone, stamp, duration, summary, description and categories', () => {
    const ics = icsOf(treeWorkspace());
    const { timezones, events } = parseIcs(ics);
    assert.deepEqual(timezones, ['Asia/Shanghai']);
    assert.equal(events.length, 5);
    const [first, second] = events;
    assert.ok(second && first);
    assert.deepEqual(
      { ...first, uid: undefined },
      {
        uid: undefined,
        summary: '冬季特惠【广告】',
        description: 'type: ad\nstatus: draft\ngroup: 母婴VIP服务群 (mom-vip)\npath: posts/p02.md',
        categories: ['ad'],
        status: 'TENTATIVE',
        tzid: 'Asia/Shanghai',
        startUtc: '2026-11-23T00:30:00.000Z',
        endUtc: '2026-11-23T01:00:00.000Z',
        dtstamp: '2026-11-20T01:00:00.000Z',
        x: { 'X-CCAL-GROUP': 'mom-vip', 'X-CCAL-STATUS': 'draft', 'X-CCAL-PATH': 'posts/p02.md' },
      },
    );
    assert.equal(second.x['X-CCAL-GROUP'], 'mom-newbie');
    assert.notEqual(first.uid, second.uid, 'the same post in two groups is two events');
    assert.equal(at(events, 4).status, 'CONFIRMED');
    assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Community Calendar//ccal//EN\r\n'));
    assert.ok(ics.includes('DTSTART;TZID=Asia/Shanghai:20261123T083000\r\n'));
    assert.ok(ics.includes('DTSTAMP:20261120T010000Z\r\n'));
    assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
  });

  it('gives each post and group a UID that is the same on every run and machine', () => {
    // 64-bit FNV-1a of "posts/p02.md\0mom-vip" in UTF-8, worked out independently
    assert.equal(eventUid('posts/p02.md', 'mom-vip'), 'bb1ba5b5166265ed@community-calendar');
    assert.equal(eventUid('posts/2026-11/早安.md', 'tea'), eventUid('posts/2026-11/早安.md', 'tea'));
    assert.notEqual(eventUid('posts/a.md', 'tea'), eventUid('posts/a.md', 'tea-new'));
    const index = treeWorkspace();
    assert.equal(icsOf(index), icsOf(treeWorkspace()), 'the same workspace and now give the same file');
    assert.deepEqual(
      parseIcs(icsOf(index)).events.map((event) => event.uid),
      parseIcs(icsOf(index, NOW + 86_400_000)).events.map((event) => event.uid),
    );
    assert.equal(at(parseIcs(icsOf(index)).events, 0).uid, eventUid('posts/p02.md', 'mom-vip'));
  });

  it('computes the UID as 64-bit FNV-1a of the UTF-8 bytes, for any path, group and date', () => {
    const pieces = ['posts/', '2026-11/', '早安', '🌙', 'a', '-', '\u00e9', '\uffff', '\u0000', 'tea', ' ', '\u{10ffff}'];
    let seed = 7;
    const pick = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return pieces[seed % pieces.length] ?? '';
    };
    const word = (length: number) => Array.from({ length }, pick).join('');
    for (let round = 0; round < 300; round++) {
      const [path, group, date] = [word(round % 40), word(round % 7), round % 3 === 0 ? undefined : word(round % 5)];
      const text = `${path}\u0000${group}${date === undefined ? '' : `\u0000${date}`}`;
      assert.equal(eventUid(path, group, date), referenceUid(text), JSON.stringify(text));
    }
  });

  it('escapes commas, semicolons, backslashes and line breaks in text', () => {
    const post = '---\ntitle: "A, B; C\\\\D\\n第二行"\ngroup: mom-vip\npublish: 2026-11-23 08:30\ntype: notice\n---\n';
    const ics = icsOf(lintWorkspace({ posts: { 'posts/a.md': post } }).index);
    assert.deepEqual(property(ics, 'SUMMARY'), ['SUMMARY:A\\, B\\; C\\\\D\\n第二行']);
    assert.equal(at(parseIcs(ics).events, 0).summary, 'A, B; C\\D\n第二行');
  });

  it('writes no control character into any text: NUL, ESC, BEL, DEL and C1 become U+FFFD, line breaks stay escaped', () => {
    const post = '---\ntitle: "A\\0B\\e]0;x\\aC\\ND\\LE\\x7fF\\tG\\nH"\ngroup: mom-vip\npublish: 2026-11-23 08:30\ntype: notice\ntags: ["\\e[31mred"]\n---\n';
    const ics = icsOf(lintWorkspace({ posts: { 'posts/a\u001b.md': post } }).index);
    const expected = 'A\ufffdB\ufffd]0;x\ufffdC\ufffdD\u2028E\ufffdF\tG\nH';
    const [event] = parseIcs(ics).events;
    assert.ok(event);
    assert.equal(event.summary, expected);
    assert.ok(event.description.endsWith('path: posts/a\ufffd.md\ntags: \ufffd[31mred'));
    assert.equal(event.x['X-CCAL-PATH'], 'posts/a\ufffd.md');
    // eslint-disable-next-line no-control-regex -- control characters are what this looks for
    assert.doesNotMatch(ics.replace(/\r\n/g, ''), /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/, 'no control characters but the tab and the line ends');
  });

  it('folds long lines at 75 octets without splitting a UTF-8 character', () => {
    const title = '辅食制作教程：南瓜小米粥的做法，适合六到十二个月的宝宝，营养丰富又好消化，妈妈们快来试试吧！';
    const ics = icsOf(lintWorkspace({ posts: numbered(postText({ group: 'mom-vip', publish: '2026-11-23 08:30', type: 'practical', title })) }).index);
    const lines = ics.split('\r\n');
    const summary = lines.findIndex((line) => line.startsWith('SUMMARY:'));
    assert.ok(at(lines, summary + 1).startsWith(' '), 'the summary is folded');
    for (const line of lines) {
      const bytes = Buffer.from(line, 'utf8');
      assert.ok(bytes.length <= 75, `${bytes.length} octets: ${line}`);
      assert.equal(bytes.toString('utf8'), line, 'each line is whole UTF-8');
      assert.ok(!/[\ud800-\udbff]$/.test(line), 'no surrogate pair cut in two');
    }
    assert.deepEqual(property(ics, 'SUMMARY'), [`SUMMARY:${title}`]);
    assert.equal(at(parseIcs(ics).events, 0).summary, title);
  });

  it('keeps a line of 75 octets whole and folds one of 76, counting UTF-8 octets', () => {
    for (const [line, whole] of [
      ['a'.repeat(75), true],
      ['a'.repeat(76), false],
      [`${'a'.repeat(72)}中`, true],
      [`${'a'.repeat(73)}中`, false],
      [`${'a'.repeat(71)}🌙`, true],
      [`${'a'.repeat(72)}🌙`, false],
      ['中'.repeat(25), true],
      ['中'.repeat(26), false],
    ] as const) {
      const folded = foldLine(line);
      assert.equal(folded === `${line}\r\n`, whole, `${Buffer.byteLength(line)} octets`);
      assert.equal(folded.replace(/\r\n /g, ''), `${line}\r\n`, 'unfolding gives the line back');
    }
  });

  it('falls back to the path for a post without a title', () => {
    const post = '---\ngroup: mom-vip\npublish: 2026-11-23 08:30\ntype: notice\n---\n';
    assert.equal(at(parseIcs(icsOf(lintWorkspace({ posts: { 'posts/untitled.md': post } }).index)).events, 0).summary, 'posts/untitled.md');
  });

  it('is a valid empty calendar when nothing is selected', () => {
    const index = treeWorkspace();
    const ics = planIcs([], { zone: index.env.config.timezone, now: NOW });
    assert.deepEqual(parseIcs(ics), { timezones: [], events: [] });
  });
});
