import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { calendarNames, calendarPost, novemberState } from './fixtures';
import { openCalendar, type WebviewHarness } from './harness';
import { visibleCharacters } from './visibleCharacters';

const SHOTS = path.resolve(__dirname, '../../../.vscode-test/shots');

describe('calendar webview in Chromium', function () {
  this.timeout(60_000);
  let calendar: WebviewHarness;

  // what afterEach closes: nothing when the test's browser did not start, so that failure is the one reported
  let opened: WebviewHarness | undefined;

  beforeEach(async () => {
    opened = undefined;
    calendar = opened = await openCalendar();
  });
  afterEach(async () => {
    await opened?.close();
  });

  it('draws its frame from the boot data before the state comes, says it is loading, and asks for nothing else', async () => {
    const { page } = calendar;
    assert.equal(await page.locator('.ccal-title').innerText(), 'November 2026');
    assert.equal(await page.locator('.ccal-day').count(), 42);
    assert.equal(await page.locator('.ccal-event').count(), 0);
    assert.equal(await page.locator('.ccal-loading').innerText(), 'Loading posts…');
    assert.equal(await page.locator('#calendar').getAttribute('aria-busy'), 'true');
    assert.equal(await page.locator('.ccal-summary').count(), 0, 'no weekly numbers before there are posts');
    // the frame's month is not covered by any state yet, but it is only asked for once a state says what is covered
    await page.locator('.ccal-step-next').click();
    assert.deepEqual(await calendar.messages(), [{ type: 'webview/ready' }]);
    await calendar.sendState({ ...novemberState(), range: { from: '2026-10-26', to: '2026-12-07' } });
    assert.equal(await page.locator('.ccal-title').innerText(), 'December 2026');
    assert.equal(await page.locator('.ccal-loading').count(), 0);
    assert.equal(await page.locator('#calendar').getAttribute('aria-busy'), null);
    assert.equal(await page.locator('.ccal-summary').count(), 1);
    assert.deepEqual(await calendar.messagesOfType('view/range'), [{ type: 'view/range', from: '2026-11-30', to: '2027-01-11' }]);
  });

  it('says it is loading while the community loads (boot data without today), then draws the first state', async () => {
    await calendar.close();
    // a label with quotes and markup: the boot data is escaped into its attribute and shown as text
    const loading = 'Loading "posts" <b>&amp;</b>…';
    calendar = await openCalendar({ boot: { locale: 'en', labels: { ...novemberState().labels, loading } } });
    const { page } = calendar;
    assert.equal(await page.locator('.ccal-loading').innerText(), loading);
    assert.equal(await page.locator('.ccal-month').count(), 0, 'no month without a today');
    await calendar.sendState(novemberState());
    assert.equal(await page.locator('.ccal-loading').count(), 0);
    assert.deepEqual(await page.locator('.ccal-day[data-date="2026-11-24"] .ccal-chip-title').allInnerTexts(), ['双12 奶粉特惠', '晚安故事']);
  });

  it('without boot data waits for the state, then draws it', async () => {
    await calendar.close();
    calendar = await openCalendar({ boot: null });
    const { page } = calendar;
    assert.equal(await page.locator('.ccal-month').count(), 0);
    await calendar.sendState(novemberState());
    assert.equal(await page.locator('.ccal-title').innerText(), 'November 2026');
    assert.deepEqual(await page.locator('.ccal-day[data-date="2026-11-24"] .ccal-chip-title').allInnerTexts(), ['双12 奶粉特惠', '晚安故事']);
  });

  it('shows the group it was opened from in the group filter', async () => {
    await calendar.sendState({ ...novemberState(), focusGroup: 'tea' });
    const { page } = calendar;
    assert.equal(await page.locator('.ccal-select').first().inputValue(), 'tea');
    assert.deepEqual(await page.locator('.ccal-day .ccal-chip-title').allInnerTexts(), ['龙井冲泡']);
  });

  it('asks the host for its state, then draws the month with chips, legend, key dates and a weekly summary', async () => {
    assert.deepEqual(await calendar.messages(), [{ type: 'webview/ready' }]);
    await calendar.sendState(novemberState());
    const { page } = calendar;
    assert.equal(await page.locator('.ccal-title').innerText(), 'November 2026');
    const titles = await page.locator('.ccal-day[data-date="2026-11-24"] .ccal-chip-title').allInnerTexts();
    assert.deepEqual(titles, ['双12 奶粉特惠', '晚安故事']);
    assert.equal(await page.locator('.ccal-day[data-date="2026-11-24"] .ccal-type-ad .ccal-chip-ad').innerText(), 'AD');
    assert.equal(await page.locator('.ccal-day[data-date="2026-11-28"] .ccal-key-date').innerText(), '会员日');
    assert.equal(await page.locator('.ccal-legend').count(), 6);
    const week48 = await page.locator('.ccal-summary tr[data-week="2026-W48"] td').allInnerTexts();
    // four posts, the ad counted once in each of its two groups: 5 entries, 2 ads
    assert.deepEqual(week48.slice(0, 3), ['5', '2', '40%']);
    // the share is marked where the ad-ratio rule fired for a summed group, by that group's own limit
    const markedWeeks = () => page.locator('.ccal-summary .ccal-over').evaluateAll((cells) => cells.map((cell) => cell.closest('tr')?.getAttribute('data-week')));
    assert.deepEqual(await markedWeeks(), ['2026-W48']);
    await page.locator('.ccal-select').first().selectOption('tea');
    assert.deepEqual(await markedWeeks(), []);
    // 1 ad in 2 posts is 50 %, but ad-ratio found nothing wrong in this group
    await page.locator('.ccal-select').first().selectOption('mom-newbie');
    assert.deepEqual(await markedWeeks(), []);
    await page.locator('.ccal-select').first().selectOption('');
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'calendar-webview-month.png') });
  });

  it('shows a busy day as three chips and "+N more", which opens that day\'s full list', async () => {
    const busy = ['08:00', '09:00', '10:00', '11:00', '12:00', '13:00'].map((time, index) => calendarPost({ path: `posts/busy-${index}.md`, title: `忙碌的一天 ${index + 1}`, start: `2026-11-19T${time}:00` }));
    await calendar.sendState(novemberState(busy));
    const { page } = calendar;
    const day = page.locator('.ccal-day[data-date="2026-11-19"]');
    assert.deepEqual(await day.locator('.ccal-chip-title').allInnerTexts(), ['忙碌的一天 1', '忙碌的一天 2', '忙碌的一天 3']);
    const more = day.locator('.ccal-more');
    assert.equal(await more.innerText(), '+3 more');
    assert.equal(await more.getAttribute('aria-label'), '3 more posts on 2026-11-19');
    await more.focus();
    await page.keyboard.press('Enter');
    await page.locator('.fc-listDay-view').waitFor();
    assert.equal((await page.locator('.fc-list-event .ccal-chip-title').allInnerTexts()).length, 6);
    assert.equal(await page.locator('.ccal-month').isVisible(), false, 'the list shows that day only');
    assert.equal(await page.locator('.ccal-title').innerText(), 'November 19, 2026');
    assert.equal(await page.locator('.ccal-view[data-view="listWeek"]').getAttribute('aria-pressed'), 'true');
  });

  it('filters by group (with its subgroups), tier and type, and keeps the filters in its saved state', async () => {
    await calendar.sendState(novemberState());
    const { page } = calendar;
    const chips = () => page.locator('.ccal-day .ccal-chip-title').allInnerTexts();
    // the groups as a tree: subgroups under their parent, indented
    const groupOptions = await page.locator('.ccal-select').first().locator('option').evaluateAll((options) => options.map((option) => option.textContent));
    assert.deepEqual(groupOptions, ['All groups', '小禾妈妈', '\u2003母婴VIP群', '\u2003新手妈妈群', '茶友群']);
    await page.locator('.ccal-select').first().selectOption('tea');
    assert.deepEqual(await chips(), ['龙井冲泡']);
    await page.locator('.ccal-select').first().selectOption('mom');
    assert.deepEqual((await chips()).sort(), ['南瓜小米粥', '双12 奶粉特惠', '晚安故事'].sort());
    await page.locator('.ccal-menu-types summary').click();
    await page.locator('.ccal-legend[data-value="ad"]').click();
    assert.deepEqual((await chips()).sort(), ['南瓜小米粥', '晚安故事'].sort());
    await page.locator('.ccal-select').nth(1).selectOption('core');
    assert.deepEqual(await chips(), ['南瓜小米粥']);
    const saved = await page.evaluate(() => (window as unknown as { __state: { filters: unknown } }).__state.filters);
    assert.deepEqual(saved, { group: 'mom', tier: 'core', types: ['practical', 'interactive', 'emotional', 'activity', 'notice'], statuses: ['draft', 'review', 'approved', 'published'] });
  });

  it('fits its toolbar in one row and shows at least 8 characters of every title beside a side bar (862×502)', async () => {
    await calendar.close();
    calendar = await openCalendar({ viewport: { width: 862, height: 502 } });
    const titles = ['辅食第一口：高铁米粉怎么冲', '今日话题：宝宝几点睡？晚上醒几次', '【广告】冬季护肤套装限时特惠', '新手妈妈夜聊：你最难熬的一晚是哪天'];
    const posts = titles.flatMap((title, index) => ['2026-11-16', '2026-11-17', '2026-11-18'].map((day) => calendarPost({ path: `posts/${day}-${index}.md`, title, start: `${day}T${String(8 + index * 3).padStart(2, '0')}:30:00`, type: index === 2 ? 'ad' : 'practical' })));
    await calendar.sendState(novemberState(posts));
    const { page } = calendar;
    const controls = await page.locator('#toolbar > * > *').evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect));
    const lowestTop = Math.max(...controls.map((control) => control.top));
    assert.ok(controls.every((control) => lowestTop < control.top + control.height), 'one row');
    const seen = await page.locator('.ccal-month .ccal-chip-title').evaluateAll(visibleCharacters);
    assert.ok(seen.length >= 12, `${seen.length} titles`);
    assert.deepEqual(seen.filter((title) => title.visible < Math.min(title.characters, 8)), []);
    assert.equal(await page.locator('.ccal-day[data-date="2026-11-16"] .ccal-chip-time').first().innerText(), '8:30', 'times in short');
  });

  it('keeps types, statuses and export in menus that say what is filtered, close on Escape or a click elsewhere', async () => {
    await calendar.sendState(novemberState());
    const { page } = calendar;
    const types = page.locator('.ccal-menu-types');
    assert.equal(await types.locator('.ccal-toggle').first().isVisible(), false, 'closed at first');
    await types.locator('summary').click();
    await types.locator('.ccal-toggle[data-value="ad"]').click();
    assert.equal(await types.locator('summary').innerText(), 'Types 5/6');
    assert.equal(await page.locator('.ccal-day[data-date="2026-11-24"] .ccal-type-ad').count(), 0);
    await page.keyboard.press('Escape');
    assert.equal(await types.getAttribute('open'), null);
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Types 5/6', 'the focus goes back to the menu button');
    // one menu at a time, and a click elsewhere closes it
    await page.locator('.ccal-menu-statuses summary').click();
    await page.locator('.ccal-menu-export summary').click();
    assert.deepEqual([await page.locator('.ccal-menu-statuses').getAttribute('open'), await page.locator('.ccal-menu-export').getAttribute('open')], [null, '']);
    await page.locator('.ccal-menu-export button', { hasText: 'JSON' }).click();
    assert.deepEqual(await calendar.messagesOfType('export/request'), [{ type: 'export/request', format: 'json', groups: ['mom', 'mom-vip', 'mom-newbie', 'tea'] }]);
    assert.equal(await page.locator('.ccal-menu-export').getAttribute('open'), null, 'closed once used');
    await page.locator('.ccal-menu-statuses summary').click();
    await page.locator('.ccal-title').click();
    assert.equal(await page.locator('.ccal-menu-statuses').getAttribute('open'), null);
  });

  it('explains its marks in a legend that opens from the toolbar by keyboard, as text', async () => {
    await calendar.sendState(novemberState());
    const { page } = calendar;
    const toggle = page.locator('.ccal-legend-toggle');
    const legend = page.locator('#ccal-legend');
    assert.deepEqual([await toggle.getAttribute('aria-expanded'), await toggle.getAttribute('aria-controls'), await toggle.getAttribute('aria-label'), await legend.isVisible()], ['false', 'ccal-legend', 'Legend', false]);
    await toggle.focus();
    await page.keyboard.press('Enter');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.equal(await legend.getAttribute('aria-label'), 'Legend');
    const entries = await legend.locator('li').allInnerTexts();
    const said = entries.join('\n');
    for (const text of ['○ draft', '◐ review', '● approved', '✓ published', 'Red dashed ring on the status mark: the post has errors or warnings', 'Red dashed ring on the ad mark: the ad has no ad label', 'Official day off', '调休 make-up working day', "The day's problems", 'Alt+arrows move a focused post']) assert.ok(said.includes(text), `${text} in\n${said}`);
    // the samples are drawn as the calendar draws the marks, and left to the text for screen readers
    assert.equal(await legend.locator('.ccal-post-problem .ccal-chip-status').evaluate((mark) => getComputedStyle(mark).outlineStyle), 'dashed');
    assert.equal(await legend.locator('.ccal-legend-sample[aria-hidden="true"]').count(), await legend.locator('.ccal-legend-sample').count());
    // a new state keeps it open; the button closes it
    await calendar.sendState(novemberState());
    assert.equal(await legend.isVisible(), true);
    await page.locator('.ccal-legend-toggle').click();
    assert.equal(await legend.isVisible(), false);
  });

  it('shows user text as text: a title with HTML renders literally and runs nothing', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    await calendar.sendState(novemberState([calendarPost({ path: 'posts/x.md', title: hostile, start: '2026-11-20T10:00:00' })]));
    const { page } = calendar;
    const chip = page.locator('.ccal-day[data-date="2026-11-20"] .ccal-chip-title');
    assert.equal(await chip.innerText(), hostile);
    assert.equal(await page.locator('.ccal-day[data-date="2026-11-20"] img').count(), 0);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  });

  it('marks problem days and weeks, with the text on hover and on keyboard focus', async () => {
    await calendar.sendState(novemberState());
    const { page } = calendar;
    const badge = page.locator('.ccal-day[data-date="2026-11-26"] .ccal-problem-badge');
    await badge.focus();
    assert.equal(await page.locator('.ccal-tooltip').innerText(), 'Too few posts to mom-vip on 2026-11-26: 0 (at least 3)');
    assert.match((await badge.getAttribute('aria-label')) ?? '', /2026-11-26: Too few posts/);
    await page.locator('.ccal-week-problem').first().hover();
    assert.match(await page.locator('.ccal-tooltip').innerText(), /Ads are 1 of 2 posts/);
  });

  it('marks official days off (休) and 调休 make-up working days (班), naming the holiday', async () => {
    const keyDates = [...novemberState().keyDates, { date: '2026-11-21', name: 'National Day', kind: 'dayOff' as const }, { date: '2026-11-22', name: 'National Day', kind: 'workday' as const }];
    await calendar.sendState({ ...novemberState(), keyDates });
    const { page } = calendar;
    const off = page.locator('.ccal-day[data-date="2026-11-21"]');
    const work = page.locator('.ccal-day[data-date="2026-11-22"]');
    assert.deepEqual([await off.locator('.ccal-official-day').innerText(), await off.getAttribute('class')], ['Off', 'ccal-day ccal-day-off']);
    assert.deepEqual([await work.locator('.ccal-official-day').innerText(), await work.getAttribute('class')], ['Work', 'ccal-day ccal-workday']);
    assert.equal(await work.locator('.ccal-official-day').getAttribute('aria-label'), 'National Day: make-up working day (调休)');
    await work.locator('.ccal-official-day').hover();
    assert.equal(await page.locator('.ccal-tooltip').innerText(), 'National Day: make-up working day (调休)');
    assert.equal(await page.locator('.ccal-official-day').count(), 2);
  });

  it('shows 休 and 班 with the Chinese marks of the l10n bundle', async () => {
    const zh = JSON.parse(fs.readFileSync('l10n/bundle.l10n.zh-cn.json', 'utf8')) as Record<string, string>;
    const state = novemberState();
    const keyDates = [...state.keyDates, { date: '2026-11-21', name: '国庆节', kind: 'dayOff' as const }, { date: '2026-11-22', name: '国庆节', kind: 'workday' as const }];
    await calendar.sendState({ ...state, keyDates, labels: { ...state.labels, dayOffMark: zh.Off ?? '', workdayMark: zh.Work ?? '' } });
    assert.deepEqual(await calendar.page.locator('.ccal-official-day').allInnerTexts(), ['休', '班']);
  });

  it('dragging a chip to another day asks the host to move that post, keeping its time', async () => {
    await calendar.sendState(novemberState());
    const { page } = calendar;
    const chip = page.locator('.ccal-day[data-date="2026-11-23"] .ccal-event');
    // a short drag that ends on the chip itself moves nothing and is not a click that opens the post
    const box = await chip.boundingBox();
    assert.ok(box);
    await page.mouse.move(box.x + 10, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 30, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    await chip.dragTo(page.locator('.ccal-day[data-date="2026-11-27"]'));
    const moves = await calendar.messagesOfType('post/reschedule');
    assert.deepEqual(moves, [{ type: 'post/reschedule', path: 'posts/a.md', revision: 'r1', date: '2026-11-27' }]);
    // shown on its new day until the host's answer redraws the month
    assert.deepEqual(await page.locator('.ccal-day[data-date="2026-11-27"] .ccal-chip-title').allInnerTexts(), ['南瓜小米粥']);
    assert.equal(await page.locator('.ccal-drag-ghost, .ccal-drop-target, .ccal-dragging').count(), 0);
    assert.deepEqual((await calendar.messages()).filter((message) => message.type === 'post/open'), []);
  });

  it('marks each occurrence of a series in text, says so on hover, opens the file, and a drag names the occurrence', async () => {
    const weekly = (start: string) => calendarPost({ path: 'posts/salon.md', title: '周三沙龙', start, type: 'activity', series: 'week' });
    await calendar.sendState(novemberState([weekly('2026-11-18T20:00:00'), weekly('2026-11-25T20:00:00')]));
    const { page } = calendar;
    const chips = page.locator('.ccal-event[data-path="posts/salon.md"]');
    assert.equal(await chips.count(), 2, 'one chip per occurrence');
    assert.deepEqual(await chips.locator('.ccal-chip-series').allInnerTexts(), ['↻', '↻']);
    assert.equal(await page.locator('.ccal-day[data-date="2026-11-23"] .ccal-chip-series').count(), 0, 'a single post has no series mark');
    const second = page.locator('.ccal-day[data-date="2026-11-25"] .ccal-event[data-path="posts/salon.md"]');
    assert.match((await second.getAttribute('aria-label')) ?? '', /Series: repeats every week \(this is one occurrence\)/);
    await second.hover();
    await page.waitForSelector('.ccal-tooltip:has-text("Series: repeats every week")');
    await second.click();
    assert.deepEqual(await calendar.messagesOfType('post/open'), [{ type: 'post/open', path: 'posts/salon.md' }]);
    await second.dragTo(page.locator('.ccal-day[data-date="2026-11-26"]'));
    assert.deepEqual(await calendar.messagesOfType('post/reschedule'), [{ type: 'post/reschedule', path: 'posts/salon.md', revision: 'r1', date: '2026-11-26', occurrence: '2026-11-25' }]);
  });

  it('cancels a drag on Escape: nothing moves and nothing is sent', async () => {
    await calendar.sendState(novemberState());
    const { page } = calendar;
    const chip = await page.locator('.ccal-day[data-date="2026-11-23"] .ccal-event').boundingBox();
    const target = await page.locator('.ccal-day[data-date="2026-11-27"]').boundingBox();
    assert.ok(chip && target);
    await page.mouse.move(chip.x + 10, chip.y + chip.height / 2);
    await page.mouse.down();
    await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 6 });
    assert.equal(await page.locator('.ccal-drag-ghost').count(), 1);
    await page.keyboard.press('Escape');
    await page.mouse.up();
    assert.equal(await page.locator('.ccal-drag-ghost, .ccal-drop-target, .ccal-dragging').count(), 0);
    assert.deepEqual(await page.locator('.ccal-day[data-date="2026-11-23"] .ccal-chip-title').allInnerTexts(), ['南瓜小米粥']);
    assert.deepEqual((await calendar.messages()).filter((message) => message.type !== 'webview/ready'), []);
  });

  it('opens a post on click or Enter, and starts a new post on a double click on an empty day', async () => {
    await calendar.sendState(novemberState());
    const { page } = calendar;
    await page.locator('.ccal-day[data-date="2026-11-25"] .ccal-event').click();
    await page.locator('.ccal-day[data-date="2026-11-23"] .ccal-event').focus();
    await page.keyboard.press('Enter');
    await page.locator('.ccal-day[data-date="2026-11-18"]').dblclick();
    await page.locator('.ccal-day[data-date="2026-11-24"] .ccal-event').first().dblclick();
    const messages = (await calendar.messages()).filter((message) => message.type !== 'webview/ready');
    // a double click on a chip opens its post (twice, one per click), and creates nothing
    assert.deepEqual(messages, [
      { type: 'post/open', path: 'posts/d.md' },
      { type: 'post/open', path: 'posts/a.md' },
      { type: 'post/create', date: '2026-11-18' },
      { type: 'post/open', path: 'posts/b.md' },
      { type: 'post/open', path: 'posts/b.md' },
    ]);
  });

  it('switches to the week view, where a drop gives a new time too', async () => {
    await calendar.sendState(novemberState());
    const { page } = calendar;
    await page.locator('.ccal-view[data-view="timeGridWeek"]').click();
    await page.locator('.fc-timegrid-event', { hasText: '南瓜小米粥' }).waitFor();
    // the week opens scrolled to the morning inside a bounded grid, not at midnight
    await page.waitForFunction(() => [...document.querySelectorAll('.fc-timegrid-body')].some((body) => (body.closest('.fc-scroller')?.scrollTop ?? 0) > 0));
    // FullCalendar auto-scrolls while a drag is near the grid's edge: start the drag well inside it
    await page.evaluate(() => document.querySelector('.fc-timegrid-body')?.closest('.fc-scroller')?.scrollBy(0, -120));
    const target = page.locator('.fc-timegrid-slot-lane[data-time="14:00:00"]');
    const column = await page.locator('.fc-timegrid-col[data-date="2026-11-26"]').boundingBox();
    const slot = await target.boundingBox();
    assert.ok(column && slot);
    const event = await page.locator('.fc-timegrid-event', { hasText: '南瓜小米粥' }).boundingBox();
    assert.ok(event);
    await page.mouse.move(event.x + event.width / 2, event.y + 5);
    await page.mouse.down();
    await page.mouse.move(column.x + column.width / 2, slot.y + 5, { steps: 12 });
    await page.mouse.up();
    const moves = await calendar.messagesOfType('post/reschedule');
    assert.deepEqual(moves, [{ type: 'post/reschedule', path: 'posts/a.md', revision: 'r1', date: '2026-11-26', time: '14:00' }]);
    assert.equal((await page.evaluate(() => (window as unknown as { __state: { view: string } }).__state.view)), 'timeGridWeek');
    await page.screenshot({ path: path.join(SHOTS, 'calendar-webview-week.png') });
  });

  it('shows key dates and problem badges once in the week view, in its all-day row', async () => {
    await calendar.sendState(novemberState());
    const { page } = calendar;
    await page.locator('.ccal-view[data-view="timeGridWeek"]').click();
    await page.locator('.fc-timegrid-event').first().waitFor();
    // in the all-day row, and inside its cell's box: a badge below the cell is hidden under the time grid
    const places = (selector: string) =>
      page.locator(`.fc-view ${selector}`).evaluateAll((found) =>
        found.map((element) => {
          const cell = element.closest('.fc-daygrid-day');
          if (!cell) return 'elsewhere';
          const [box, cellBox] = [element.getBoundingClientRect(), cell.getBoundingClientRect()];
          return box.top >= cellBox.top && box.bottom <= cellBox.bottom ? 'all-day' : 'outside its cell';
        }),
      );
    assert.deepEqual(await places('.ccal-key-date'), ['all-day']);
    assert.deepEqual(await places('.ccal-problem-badge'), ['all-day']);
  });

  it('puts posts at the same time side by side in the week view, three at most and "+N more"', async () => {
    const sameTime = [1, 2, 3, 4, 5].map((index) => calendarPost({ path: `posts/same-${index}.md`, title: `同一时间 ${index}`, start: '2026-11-25T10:00:00' }));
    await calendar.sendState(novemberState(sameTime));
    const { page } = calendar;
    await page.locator('.ccal-view[data-view="timeGridWeek"]').click();
    const events = page.locator('.fc-timegrid-event', { hasText: '同一时间' });
    await events.first().waitFor();
    const boxes = (await Promise.all((await events.all()).map((event) => event.boundingBox()))).filter((box) => box !== null).sort((a, b) => a.x - b.x);
    assert.equal(boxes.length, 3);
    boxes.forEach((box, index) => {
      const before = boxes[index - 1];
      if (before) assert.ok(box.x >= before.x + before.width - 1, `event ${index} overlaps the one before`);
    });
    assert.equal(await page.locator('.fc-timegrid-more-link').innerText(), '+2');
  });

  it('moves a focused post with Alt+arrow keys, sending one move once the keys rest, and keeps the focus on it', async () => {
    await calendar.sendState(novemberState());
    const { page } = calendar;
    await page.locator('.ccal-day[data-date="2026-11-23"] .ccal-event').focus();
    await page.keyboard.press('Alt+ArrowRight');
    await page.keyboard.press('Alt+ArrowDown');
    await page.keyboard.press('Alt+ArrowLeft');
    assert.deepEqual(await page.locator('.ccal-day[data-date="2026-11-30"] .ccal-chip-title').allInnerTexts(), ['南瓜小米粥']);
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.path), 'posts/a.md');
    const moves = await calendar.messagesOfType('post/reschedule');
    assert.deepEqual(moves, [{ type: 'post/reschedule', path: 'posts/a.md', revision: 'r1', date: '2026-11-30' }]);
    // 2026-12-07 is past the weeks on screen: the chip stays where it can be seen and moved on
    await page.keyboard.press('Alt+ArrowDown');
    assert.deepEqual(await page.locator('.ccal-day[data-date="2026-11-30"] .ccal-chip-title').allInnerTexts(), ['南瓜小米粥']);
    await page.keyboard.press('Alt+ArrowRight');
    assert.deepEqual(await page.locator('.ccal-day[data-date="2026-12-01"] .ccal-chip-title').allInnerTexts(), ['南瓜小米粥']);
  });

  it('steps through months with its own header, and the summary follows the weeks on screen', async () => {
    await calendar.sendState(novemberState());
    const { page } = calendar;
    const title = page.locator('.ccal-title');
    const today = page.locator('.ccal-step-today');
    assert.equal(await today.isDisabled(), true, 'already on today\'s month');
    await page.locator('.ccal-step-next').click();
    assert.equal(await title.innerText(), 'December 2026');
    assert.equal(await today.isDisabled(), false);
    assert.equal(await page.locator('.ccal-day').first().getAttribute('data-date'), '2026-11-30');
    assert.deepEqual(await page.locator('.ccal-summary tbody th').allInnerTexts(), ['2026-W49', '2026-W50', '2026-W51', '2026-W52', '2026-W53', '2027-W01']);
    await page.locator('.ccal-step-prev').click();
    await page.locator('.ccal-step-prev').click();
    assert.equal(await title.innerText(), 'October 2026');
    const saved = await page.evaluate(() => (window as unknown as { __state: { view: string; date: string } }).__state);
    assert.deepEqual([saved.view, saved.date], ['dayGridMonth', '2026-10-01']);
    await page.locator('.ccal-step-today').click();
    assert.equal(await title.innerText(), 'November 2026');
    assert.equal(await page.locator('td.ccal-today').getAttribute('data-date'), '2026-11-23');
    assert.equal(await page.locator('.ccal-week-problem').innerText(), 'W48');
  });

  it('loads the week and list views in the background once the month is drawn, without drawing them', async () => {
    await calendar.close();
    calendar = await openCalendar({ clock: true });
    const { page } = calendar;
    const asked = () => page.evaluate(() => document.querySelector('script[src*="calendar-views"]') !== null);
    // the frame drawn before the state is not "the month drawn": the script would compete with the first real draw
    await page.clock.fastForward(10_000);
    assert.equal(await asked(), false, 'not while the page has no posts');
    await calendar.sendState(novemberState());
    assert.equal(await asked(), false, 'not as the month is drawn');
    await page.clock.fastForward(10_000);
    await page.waitForFunction(() => 'ccalTimeViews' in window, undefined, { timeout: 5_000 });
    assert.equal(await page.locator('.fc').count(), 0);
    await page.locator('.ccal-view[data-view="timeGridWeek"]').click();
    await page.locator('.fc-timegrid-event', { hasText: '南瓜小米粥' }).waitFor();
  });

  it('says so when the week and list views cannot be loaded, and the month still works', async () => {
    const { page } = calendar;
    await page.route('**/calendar-views.js', (route) => route.abort());
    await calendar.sendState(novemberState());
    await page.locator('.ccal-view[data-view="timeGridWeek"]').click();
    assert.match(await page.locator('.ccal-error').innerText(), /^The week and list views could not be loaded\. \(could not load .*calendar-views\.js\)$/);
    await page.locator('.ccal-view[data-view="dayGridMonth"]').click();
    assert.equal(await page.locator('.ccal-error').isVisible(), false);
    assert.deepEqual(await page.locator('.ccal-day[data-date="2026-11-23"] .ccal-chip-title').allInnerTexts(), ['南瓜小米粥']);
    // once the script can be had, the next switch loads it
    await page.unroute('**/calendar-views.js');
    await page.locator('.ccal-view[data-view="timeGridWeek"]').click();
    await page.locator('.fc-timegrid-event', { hasText: '南瓜小米粥' }).waitFor();
    assert.equal(await page.locator('.ccal-error').count(), 0);
  });

  it('asks the host for the posts of days its state does not cover, once, and not after they came', async () => {
    await calendar.sendState({ ...novemberState(), range: { from: '2026-10-19', to: '2026-12-14' } });
    const { page } = calendar;
    await page.locator('.ccal-step-next').click();
    const asked = await calendar.messagesOfType('view/range');
    assert.deepEqual(asked, [{ type: 'view/range', from: '2026-11-30', to: '2027-01-11' }]);
    await page.locator('.ccal-step-prev').click();
    await page.locator('.ccal-step-next').click();
    await calendar.sendState({ ...novemberState(), range: { from: '2026-11-23', to: '2027-01-18' } });
    await page.locator('.ccal-step-prev').click();
    await page.locator('.ccal-step-next').click();
    assert.deepEqual(await calendar.messagesOfType('view/range'), [asked[0], { type: 'view/range', from: '2026-10-26', to: '2026-12-07' }]);
  });

  it('speaks Chinese when VS Code does', async () => {
    const labels = { ...novemberState().labels, ...calendarNames('zh-CN'), weekNumber: '{0}周', monthTitle: '{0}年{2}月', today: '今天', loading: '正在加载帖子…' };
    await calendar.close();
    calendar = await openCalendar({ boot: { locale: 'zh-CN', today: '2026-11-23', labels } });
    const { page } = calendar;
    assert.equal(await page.locator('.ccal-loading').innerText(), '正在加载帖子…');
    await calendar.sendState({ ...novemberState(), locale: 'zh-CN', labels });
    assert.equal(await page.locator('.ccal-step-today').innerText(), '今天');
    assert.equal(await page.locator('.ccal-title').innerText(), '2026年11月');
    assert.equal(await page.locator('.ccal-weekday').first().innerText(), '周一');
    assert.equal(await page.locator('.ccal-week-problem').innerText(), '48周');
  });
});

describe('calendar webview restored after a reload', function () {
  this.timeout(60_000);

  it('opens in the view, on the date and with the filters it was left with', async () => {
    const calendar = await openCalendar({ savedState: { view: 'timeGridWeek', date: '2026-11-16', filters: { group: 'tea', tier: '', types: ['practical', 'interactive', 'emotional', 'ad', 'activity', 'notice'], statuses: ['draft', 'review', 'approved', 'published'] } } });
    try {
      await calendar.sendState(novemberState([calendarPost({ path: 'posts/tea-1.md', title: '白茶品鉴', start: '2026-11-18T19:00:00', groups: ['tea'] }), calendarPost({ path: 'posts/mom-1.md', title: '睡前故事', start: '2026-11-18T20:00:00' })]));
      const { page } = calendar;
      await page.locator('.fc-timegrid-event', { hasText: '白茶品鉴' }).waitFor();
      assert.equal(await page.locator('.fc-timegrid-event').count(), 1);
      assert.equal(await page.locator('.ccal-month').isVisible(), false);
      assert.equal(await page.locator('.ccal-view[data-view="timeGridWeek"]').getAttribute('aria-pressed'), 'true');
      await page.locator('.ccal-view[data-view="dayGridMonth"]').click();
      assert.equal(await page.locator('.ccal-title').innerText(), 'November 2026');
      assert.equal(await page.locator('.fc').isVisible(), false, 'the week view is gone');
      assert.deepEqual(await page.locator('.ccal-day .ccal-chip-title').allInnerTexts(), ['白茶品鉴', '龙井冲泡']);
    } finally {
      await calendar.close();
    }
  });
});
