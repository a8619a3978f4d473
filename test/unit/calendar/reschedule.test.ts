import * as assert from 'node:assert/strict';
import { rescheduleEdit, textRevision } from '../../../src/core/reschedule';
import { TimeZone } from '../../../src/core/time/zone';
import { seededRandom } from '../../support/random';

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

  it('refuses posts without a real publish time and bad times', () => {
    assert.deepEqual(rescheduleEdit('---\ntitle: a\n---\n', { date: '2026-11-25' }, zone), { ok: false, reason: 'noPublish' });
    assert.deepEqual(rescheduleEdit('---\npublish: 2026-11-31 10:00\n---\n', { date: '2026-11-25' }, zone), { ok: false, reason: 'noPublish' });
    assert.deepEqual(rescheduleEdit('---\npublish: 2026-11-21 10:00\n---\n', { date: '2026-11-25', time: '25:00' }, zone), { ok: false, reason: 'badTime' });
  });

  it('for random valid posts, only the publish value changes, byte for byte elsewhere (property)', () => {
    const next = seededRandom(42);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
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
