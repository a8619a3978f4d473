import * as assert from 'node:assert/strict';
import { assertNever, parseWebviewMessage } from '../../../src/shared/protocol';

describe('the host\'s gate for webview messages', () => {
  const valid: unknown[] = [
    { type: 'webview/ready' },
    { type: 'post/open', path: 'posts/a.md' },
    { type: 'post/reschedule', path: 'posts/a.md', revision: 'r1', date: '2026-11-27' },
    { type: 'post/reschedule', path: 'posts/a.md', revision: 'r1', date: '2026-11-27', time: '20:15' },
    { type: 'post/reschedule', path: 'posts/a.md', revision: 'r1', date: '2026-11-27', occurrence: '2026-11-25' },
    { type: 'post/create', date: '2026-11-18' },
    { type: 'slot/create', group: 'mom-vip', date: '2026-11-25', time: '12:30', slotType: 'interactive' },
    { type: 'slot/create', group: 'mom-vip', date: '2026-11-25', time: '09:00' },
    { type: 'view/range', from: '2026-10-26', to: '2026-12-07' },
    { type: 'view/range', from: '2026-11-19', to: '2026-11-20' },
    { type: 'edit/undo' },
    { type: 'export/request', format: 'ics', groups: ['mom-vip'] },
  ];
  for (const message of valid) {
    it(`passes ${JSON.stringify(message)} through unchanged`, () => {
      assert.deepEqual(parseWebviewMessage(message), message);
    });
  }

  const invalid: Array<[string, unknown]> = [
    ['a string', 'post/open'],
    ['null', null],
    ['an unknown type', { type: 'post/delete', path: 'posts/a.md' }],
    ['an open without a path', { type: 'post/open' }],
    ['a move to a date that is not YYYY-MM-DD', { type: 'post/reschedule', path: 'posts/a.md', revision: 'r1', date: '27.11.2026' }],
    ['a move of an occurrence that is not a date', { type: 'post/reschedule', path: 'posts/a.md', revision: 'r1', date: '2026-11-27', occurrence: 'every' }],
    ['a move to 24:00', { type: 'post/reschedule', path: 'posts/a.md', revision: 'r1', date: '2026-11-27', time: '24:00' }],
    ['a move with an overlong revision', { type: 'post/reschedule', path: 'posts/a.md', revision: 'x'.repeat(65), date: '2026-11-27' }],
    ['a range that ends before it starts', { type: 'view/range', from: '2026-12-07', to: '2026-10-26' }],
    ['an empty range', { type: 'view/range', from: '2026-11-01', to: '2026-11-01' }],
    ['a range longer than a month view', { type: 'view/range', from: '2026-01-01', to: '2026-12-31' }],
    ['a range with a number', { type: 'view/range', from: 20261101, to: '2026-12-01' }],
    ['a slot at 24:00', { type: 'slot/create', group: 'mom-vip', date: '2026-11-25', time: '24:00' }],
    ['a slot of an unknown type', { type: 'slot/create', group: 'mom-vip', date: '2026-11-25', time: '12:30', slotType: 'promo' }],
    ['a slot without a group', { type: 'slot/create', date: '2026-11-25', time: '12:30' }],
    ['an export in another format', { type: 'export/request', format: 'xlsx', groups: [] }],
    ['an export with a group that is not a string', { type: 'export/request', format: 'csv', groups: [1] }],
  ];
  for (const [name, message] of invalid) {
    it(`refuses ${name}`, () => {
      assert.equal(parseWebviewMessage(message), undefined);
    });
  }

  it('keeps only the fields the protocol names', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'view/range', from: '2026-10-26', to: '2026-12-07', extra: '<script>' }), { type: 'view/range', from: '2026-10-26', to: '2026-12-07' });
  });
});

describe('assertNever, the end of both message switches', () => {
  it('throws on a message outside the union, naming it', () => {
    const stray = { type: 'state/partial' } as unknown as never;
    assert.throws(() => assertNever(stray), { message: 'Unhandled message: {"type":"state/partial"}' });
  });
});
