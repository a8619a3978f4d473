import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { CalendarState } from '../../src/shared/protocol';
import { novemberState } from './fixtures';
import { openCalendar, type WebviewHarness } from './harness';

const SHOTS = path.resolve(__dirname, '../../../.vscode-test/shots');

/** November's state with open slots on the 25th and 26th: typed ones and one of any type. */
function withSlots(): CalendarState {
  return {
    ...novemberState(),
    openSlots: [
      { group: 'mom-vip', date: '2026-11-25', time: '20:00', type: 'emotional' },
      { group: 'mom-vip', date: '2026-11-25', time: '12:30', type: 'interactive' },
      { group: 'tea', date: '2026-11-26', time: '09:00' },
    ],
  };
}

describe('open slots in the calendar webview (Chromium)', function () {
  this.timeout(60_000);
  let calendar: WebviewHarness | undefined;

  afterEach(async () => {
    await calendar?.close();
    calendar = undefined;
  });

  it('draws each open slot as a ghost chip with its time and type, in time order', async () => {
    calendar = await openCalendar();
    await calendar.sendState(withSlots());
    const { page } = calendar;
    assert.deepEqual(await page.locator('.ccal-day[data-date="2026-11-25"] .ccal-slot').allInnerTexts(), ['＋ 12:30 interactive', '＋ 20:00 emotional']);
    const anyType = page.locator('.ccal-day[data-date="2026-11-26"] .ccal-slot');
    assert.equal(await anyType.innerText(), '＋ 09:00');
    assert.equal(await anyType.getAttribute('aria-label'), 'Open slot of tea at 2026-11-26 09:00 any type: create a post for it');
    assert.equal(await anyType.evaluate((chip) => chip.tagName), 'BUTTON', 'focusable');
    await page.screenshot({ path: path.join(SHOTS, 'calendar-webview-slots.png') });
  });

  it('asks the host to create the post for a slot on click and on Enter', async () => {
    calendar = await openCalendar();
    await calendar.sendState(withSlots());
    const { page } = calendar;
    await page.locator('.ccal-slot', { hasText: '12:30' }).click();
    await page.locator('.ccal-slot', { hasText: '09:00' }).focus();
    await page.keyboard.press('Enter');
    assert.deepEqual(await calendar.messagesOfType('slot/create'), [
      { type: 'slot/create', group: 'mom-vip', date: '2026-11-25', time: '12:30', slotType: 'interactive' },
      { type: 'slot/create', group: 'tea', date: '2026-11-26', time: '09:00' },
    ]);
    assert.deepEqual((await calendar.messages()).filter((message) => message.type === 'post/create'), [], 'a ghost chip is not the day\'s empty space');
  });

  it('hides the slots of groups and types filtered out', async () => {
    calendar = await openCalendar();
    await calendar.sendState({ ...withSlots(), focusGroup: 'mom-vip' });
    const { page } = calendar;
    assert.equal(await page.locator('.ccal-slot').count(), 2);
    await page.locator('.ccal-menu-types summary').click();
    await page.locator('.ccal-menu-types .ccal-toggle[data-value="emotional"]').click();
    assert.deepEqual(await page.locator('.ccal-slot').allInnerTexts(), ['＋ 12:30 interactive']);
  });

  it('shows ghost chips in the week and list views too, and they create posts there', async () => {
    calendar = await openCalendar();
    await calendar.sendState(withSlots());
    const { page } = calendar;
    await page.locator('.ccal-day[data-date="2026-11-25"]').first().waitFor();
    await page.locator('.ccal-view[data-view="timeGridWeek"]').click();
    await page.locator('.fc-timeGridWeek-view').waitFor();
    assert.deepEqual(await page.locator('.fc-timeGridWeek-view .ccal-slot').allInnerTexts(), ['＋ 12:30 interactive', '＋ 20:00 emotional', '＋ 09:00']);
    await page.locator('.fc-timeGridWeek-view .ccal-slot', { hasText: '20:00' }).click();
    await page.locator('.ccal-view[data-view="listWeek"]').click();
    await page.locator('.fc-listWeek-view').waitFor();
    assert.deepEqual(await page.locator('.fc-listWeek-view .ccal-slot .ccal-chip').allInnerTexts(), ['＋ 12:30 interactive', '＋ 20:00 emotional', '＋ 09:00']);
    await page.locator('.fc-listWeek-view .ccal-slot', { hasText: '09:00' }).click();
    assert.deepEqual(await calendar.messagesOfType('slot/create'), [
      { type: 'slot/create', group: 'mom-vip', date: '2026-11-25', time: '20:00', slotType: 'emotional' },
      { type: 'slot/create', group: 'tea', date: '2026-11-26', time: '09:00' },
    ]);
  });

  it('shows at most three ghost chips a day, the rest behind "+N open", which lists the day', async () => {
    calendar = await openCalendar();
    const times = ['07:00', '08:30', '10:00', '12:30', '15:00', '20:00'];
    await calendar.sendState({ ...novemberState(), openSlots: times.map((time) => ({ group: 'tea', date: '2026-11-27', time })) });
    const { page } = calendar;
    const day = page.locator('.ccal-day[data-date="2026-11-27"]');
    assert.deepEqual(await day.locator('.ccal-slot').allInnerTexts(), ['＋ 07:00', '＋ 08:30']);
    const more = day.locator('.ccal-more-slots');
    assert.equal(await more.innerText(), '+4 open');
    assert.equal(await more.getAttribute('aria-label'), '4 more open slots on 2026-11-27');
    await more.click();
    await page.locator('.fc-listDay-view').waitFor();
    assert.equal(await page.locator('.fc-listDay-view .ccal-slot').count(), 6);
  });
});
