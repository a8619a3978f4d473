import * as assert from 'node:assert/strict';
import { readPost } from '../../../src/core/parse/post';
import { rescheduleEdit, textRevision } from '../../../src/core/editor/reschedule';
import { parseDateKey } from '../../../src/core/time/dates';
import { postTime } from '../../../src/core/time/postTime';
import { TimeZone } from '../../../src/core/time/zone';
import { seededRandom } from '../../support/random';
import { at as itemAt } from '../../support/defined';

const zone = TimeZone.named('Asia/Shanghai') as TimeZone;

function apply(text: string, edit: { span: { start: number; end: number }; newText: string }): string {
  return text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
}

describe('rescheduling a post', () => {
  it('changes only the publish value, keeping its style', () => {
    const text = '---\r\n# 备注：别改\r\ntitle: "早安：周一"  # 标题\r\npublish: "2026-11-23 08:30"   # 原定\r\ngroup: mom-vip\r\n---\r\n正文 publish: 2026-11-23 08:30\r\n';
    const result = rescheduleEdit(text, { date: '2026-11-25' }, zone);
    assert.ok(result.ok);
    assert.equal(apply(text, result.edit), text.replace('"2026-11-23 08:30"', '"2026-11-25 08:30"'));
    const withTime = rescheduleEdit(text, { date: '2026-11-25', time: '19:00' }, zone);
    assert.ok(withTime.ok && withTime.value === '2026-11-25 19:00');
  });

  it('keeps ISO style, seconds and the offset of the value', () => {
    const text = '---\ntitle: a\npublish: 2026-11-23T00:30:15Z\n---\n';
    // 00:30Z is 08:30:15 in Shanghai; moved to the 25th at the same local time, written back in UTC
    const result = rescheduleEdit(text, { date: '2026-11-25' }, zone);
    assert.ok(result.ok);
    assert.equal(result.value, '2026-11-25T00:30:15Z');
    const evening = rescheduleEdit(text, { date: '2026-11-25', time: '20:00' }, zone);
    assert.ok(evening.ok && evening.value === '2026-11-25T12:00:00Z');
  });

  it('rewrites only the date-time inside a block scalar, keeping the block and the next key', () => {
    // before, the edit took the block's line break with it: `publish: 2026-11-30 10:15type: practical`
    const text = '---\ntitle: a\npublish: |\n  2026-11-23 08:30\ntype: practical\n---\n';
    const result = rescheduleEdit(text, { date: '2026-11-30', time: '10:15' }, zone);
    assert.ok(result.ok);
    assert.equal(apply(text, result.edit), '---\ntitle: a\npublish: |\n  2026-11-30 10:15\ntype: practical\n---\n');
    const folded = '---\npublish: >-\n  2026-11-23\n  08:30\n\ntype: practical\n---\n';
    const moved = rescheduleEdit(folded, { date: '2026-11-30' }, zone);
    assert.ok(moved.ok);
    assert.equal(apply(folded, moved.edit), '---\npublish: >-\n  2026-11-30 08:30\n\ntype: practical\n---\n');
  });

  it('refuses to move a publish that another field aliases, which would move with it', () => {
    const text = '---\npublish: &when 2026-11-23 08:30\nreminder: *when\n---\n';
    assert.deepEqual(rescheduleEdit(text, { date: '2026-11-30' }, zone), { ok: false, reason: 'unsafeValue' });
  });

  it('refuses posts without a real publish time and bad times', () => {
    assert.deepEqual(rescheduleEdit('---\ntitle: a\n---\n', { date: '2026-11-25' }, zone), { ok: false, reason: 'noPublish' });
    assert.deepEqual(rescheduleEdit('---\npublish: 2026-11-31 10:00\n---\n', { date: '2026-11-25' }, zone), { ok: false, reason: 'noPublish' });
    assert.deepEqual(rescheduleEdit('---\npublish: 2026-11-21 10:00\n---\n', { date: '2026-11-25', time: '25:00' }, zone), { ok: false, reason: 'badTime' });
  });

  it('for random valid posts, only the publish value changes, byte for byte elsewhere (property)', () => {
    const next = seededRandom(42);
    const pick = <T>(items: readonly T[]): T => itemAt(items, Math.floor(next() * items.length));
    for (let round = 0; round < 300; round++) {
      const eol = pick(['\n', '\r\n']);
      const day = 1 + Math.floor(next() * 28);
      const publishText = pick([
        `2026-11-${String(day).padStart(2, '0')} 0${Math.floor(next() * 10)}:${pick(['00', '15', '30'])}`,
        `"2026-11-${String(day).padStart(2, '0')} 10:00"`,
        `'2026-11-${String(day).padStart(2, '0')}T10:00:59'`,
        `2026-11-${String(day).padStart(2, '0')}T02:00:00+0000`,
      ]);
      const lines = ['---', pick(['title: 早安', "title: '夜聊：树洞'", 'title: "A: b"']), ...(next() < 0.5 ? ['# comment: keep me', 'tags: [a, b]'] : ['groups: [mom-vip, x]']), `publish: ${publishText}${pick(['', '   # 原定', ' '])}`, 'type: practical', '---', pick(['正文', '', 'publish: 2026-01-01 00:00 in the body', '多行\n\n正文'])];
      const text = `${pick(['', '\ufeff'].slice(0, 1))}${lines.join(eol)}${eol}`;
      const target = { date: `2026-12-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`, time: next() < 0.5 ? undefined : `${String(Math.floor(next() * 24)).padStart(2, '0')}:30` };
      const result = rescheduleEdit(text, target, zone);
      assert.ok(result.ok, text);
      const moved = apply(text, result.edit);
      const start = result.edit.span.start;
      assert.equal(moved.slice(0, start), text.slice(0, start), 'before the value');
      assert.equal(moved.slice(start + result.edit.newText.length), text.slice(result.edit.span.end), 'after the value');
      assert.ok(text.slice(start, result.edit.span.end).length >= 16, 'the replaced text is the date-time itself');
      const again = rescheduleEdit(moved, target, zone);
      assert.ok(again.ok && again.value === result.value, 'the moved file reads back at the target');
    }
  });

  it('fingerprints text', () => {
    assert.equal(textRevision('abc'), textRevision('abc'));
    assert.notEqual(textRevision('abc'), textRevision('abd'));
  });
});

describe('rescheduling across front-matter shapes (property, seeded)', () => {
  const zones = ['Asia/Shanghai', 'America/New_York'].map((name) => TimeZone.named(name) as TimeZone);
  // how `publish` may be written: the date-time goes where {} is; `refuse` marks shapes a move must not touch
  const VALUE_SHAPES: Array<{ shape: string; refuse?: boolean }> = [
    { shape: ' {}' },
    { shape: ' "{}"' },
    { shape: " '{}'" },
    { shape: ' {}   # 原定' },
    { shape: ' |\n  {}' },
    { shape: ' |-\n  {}' },
    { shape: ' |+\n  {}\n' },
    { shape: ' >\n  {}' },
    { shape: ' >- # 备注\n    {}' },
    { shape: ' |2\n    {}' },
    { shape: ' !!str {}' },
    { shape: ' &when {}' },
    { shape: ' &when {}\nreminder: *when', refuse: true },
    { shape: ' "{}"\nalso: [*x]' },
  ];
  const DATE_TIMES = ['2026-11-23 08:30', '2026-11-23T08:30', '2026-11-23 08:30:15', '2026-11-23T00:30:00Z', '2026-11-23T08:30+08:00', '2026-11-23T01:30-05:00', '2026-03-08 02:30', '2026-11-01 01:10'];
  const OTHER_LINES = ['title: 早安', "title: '夜聊：树洞'", 'title: "A: b"', 'title: |\n  多行\n  标题', '# 备注：别改', '', 'tags: [a, b]', 'tags:\n  - a\n  - "b"', 'group: mom-vip', 'type: practical', 'meta:\n  owner: 小李\n  note: >\n    折叠的\n    备注', 'anchor: &x 1'];

  /** Every field but publish, as values without their places in the file. */
  function otherValues(post: ReturnType<typeof readPost>): unknown {
    const strip = (value: unknown): unknown =>
      Array.isArray(value) ? value.map(strip) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'span' && key !== 'keySpan').map(([key, item]) => [key, strip(item)])) : value;
    return [...(post.fields ?? [])].filter(([key]) => key !== 'publish').map(([key, entry]) => [key, strip(entry.value)]);
  }

  function shapes(random: () => number): { text: string; refuse: boolean; zone: TimeZone } {
    const pick = <T>(items: readonly T[]): T => itemAt(items, Math.floor(random() * items.length));
    const value = pick(VALUE_SHAPES);
    const dateTime = pick(DATE_TIMES);
    const key = pick(['publish:', '"publish":', '? publish\n:']);
    const publishLine = `${key}${value.shape.replace('{}', dateTime)}`;
    const lines = Array.from({ length: Math.floor(random() * 4) }, () => pick(OTHER_LINES));
    // every other key once: duplicate keys are a YAML error, and an alias needs its anchor first
    const unique = [...new Map(lines.map((line) => [line.split(':')[0], line])).values()];
    if (publishLine.includes('*x') && !unique.includes('anchor: &x 1')) unique.unshift('anchor: &x 1');
    const at = publishLine.includes('*x') ? unique.length : Math.floor(random() * (unique.length + 1));
    let body = [...unique.slice(0, at), publishLine, ...unique.slice(at)];
    if (random() < 0.15 && !/[\n#]/.test(publishLine) && unique.every((line) => !line.includes('\n') && !line.startsWith('#') && line !== '')) body = [`{${body.join(', ')}}`];
    const eol = pick(['\n', '\r\n']);
    const text = ['---', ...body, '---', pick(['正文', '', 'publish: 2026-01-01 00:00 in the body'])].join('\n').replace(/\n/g, eol) + eol;
    return { text, refuse: value.refuse === true, zone: pick(zones) };
  }

  it('keeps the file parseable, changes only the publish value and reads back at the target, or refuses and leaves it alone', function () {
    // 3 000 cases, each parsed three or four times: about a second on an idle machine
    this.timeout(20_000);
    const random = seededRandom(20261201);
    const counts = { moved: 0, refused: 0 };
    for (let run = 0; run < 3000; run++) {
      const { text, refuse, zone } = shapes(random);
      const before = readPost('post.md', text);
      assert.ok(before.fields?.has('publish'), `case ${run} is a post: ${JSON.stringify(text)}`);
      const current = postTime(before.publish, zone)?.local;
      const day = `2026-${random() < 0.5 ? '03-08' : '11-01'}`;
      const time = random() < 0.5 ? undefined : `${String(Math.floor(random() * 24)).padStart(2, '0')}:${random() < 0.5 ? '30' : '10'}`;
      const context = `case ${run}: ${JSON.stringify({ text, day, time, zone: zone.name })}`;
      const result = rescheduleEdit(text, { date: day, time }, zone);
      if (!result.ok) {
        assert.ok(refuse && result.reason === 'unsafeValue', `${context} was refused: ${result.reason}`);
        counts.refused++;
        continue;
      }
      assert.ok(!refuse || result.value === before.publish?.raw.trim(), `${context} moved a publish that another field aliases`);
      assert.ok(current);
      const [hour = NaN, minute = NaN] = time === undefined ? [current.hour, current.minute] : time.split(':').map(Number);
      const target = zone.toInstant({ ...parseDateKey(day), hour, minute, second: time === undefined ? current.second : 0, millisecond: 0 });
      const moved = apply(text, result.edit);
      const after = readPost('post.md', moved);
      assert.deepEqual(after.frontMatter.problems, [], `${context} still parses`);
      assert.equal(postTime(after.publish, zone)?.instant, target, `${context} reads back at the target`);
      const value = before.publish?.value.span ?? { start: 0, end: 0 };
      assert.ok(result.edit.span.start >= value.start && result.edit.span.end <= value.end, `${context}: the edit stays inside the value`);
      assert.equal(moved.slice(0, result.edit.span.start), text.slice(0, result.edit.span.start), context);
      assert.equal(moved.slice(result.edit.span.start + result.edit.newText.length), text.slice(result.edit.span.end), context);
      assert.deepEqual(otherValues(after), otherValues(before), `${context}: every other field reads as before`);
      counts.moved++;
    }
    // both outcomes happen often enough to mean something
    assert.ok(counts.moved > 2000 && counts.refused > 100, JSON.stringify(counts));
  });
});
