import * as assert from 'node:assert/strict';
import { slotList } from '../../../src/core/plan/describe';
import type { PlanSlot } from '../../../src/core/model/schedule';

const slot = (date: string, time: string, type?: PlanSlot['type']): PlanSlot => ({ groupId: 'vip', date, week: '2026-W48', time, instant: 0, ...(type ? { type } : {}) });

describe('open slots named in messages', () => {
  it('names time and type in the reader\'s language, a slot of any type by its time', () => {
    assert.deepEqual(slotList([slot('2026-11-24', '12:30', 'interactive'), slot('2026-11-24', '19:00')], false), { en: '12:30 interactive, 19:00', 'zh-CN': '12:30 互动、19:00' });
  });

  it('adds the day for a week, and counts what is past six', () => {
    const week = Array.from({ length: 8 }, (_, index) => slot(`2026-11-${23 + index}`, '08:30', 'practical'));
    assert.deepEqual(slotList(week, true), {
      en: '11-23 08:30 practical, 11-24 08:30 practical, 11-25 08:30 practical, 11-26 08:30 practical, 11-27 08:30 practical, 11-28 08:30 practical and 2 more',
      'zh-CN': '11-23 08:30 实用、11-24 08:30 实用、11-25 08:30 实用、11-26 08:30 实用、11-27 08:30 实用、11-28 08:30 实用 等另外 2 个',
    });
  });
});
