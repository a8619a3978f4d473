import * as assert from 'node:assert/strict';
import type { CalendarState } from '../../src/shared/protocol';
import { calendarPost, novemberState } from './fixtures';
import { openCalendar, type WebviewHarness } from './harness';

const OWNER_LABELS = { owner: 'Owner', allOwners: 'All owners', unassigned: 'Unassigned', ownerLine: 'Owner: {0}', reviewerLine: 'Reviewer: {0}' };

/** November with a team: 小李 owns two posts, 小王 one (reviewed by 小李), one post has nobody. */
function teamState(): CalendarState {
  const state = novemberState();
  const owners: Record<string, { owner?: string; reviewer?: string }> = {
    'posts/a.md': { owner: 'xiaoli', reviewer: 'xiaowang' },
    'posts/b.md': { owner: 'xiaowang', reviewer: 'xiaoli' },
    'posts/c.md': {},
    'posts/d.md': { owner: 'xiaoli' },
  };
  return {
    ...state,
    people: [
      { id: 'xiaoli', name: '小李' },
      { id: 'xiaowang', name: '小王' },
    ],
    posts: state.posts.map((post) => ({ ...post, ...owners[post.path] })),
    labels: { ...state.labels, ...OWNER_LABELS },
  };
}

describe('calendar webview owner filter in Chromium', function () {
  this.timeout(60_000);
  let calendar: WebviewHarness | undefined;

  afterEach(async () => {
    await calendar?.close();
    calendar = undefined;
  });

  it('filters by owner (a person or unassigned), beside the other filters, and keeps it in its saved state', async () => {
    calendar = await openCalendar();
    await calendar.sendState(teamState());
    const { page } = calendar;
    const chips = async () => (await page.locator('.ccal-day .ccal-chip-title').allInnerTexts()).sort();
    const owner = page.locator('.ccal-filters .ccal-owner-select');
    assert.deepEqual(await owner.locator('option').allInnerTexts(), ['All owners', '小李', '小王', 'Unassigned']);
    assert.equal(await owner.getAttribute('aria-label'), 'Owner');
    assert.deepEqual(await chips(), ['南瓜小米粥', '双12 奶粉特惠', '晚安故事', '龙井冲泡'].sort());
    await owner.selectOption('xiaoli');
    assert.deepEqual(await chips(), ['南瓜小米粥', '龙井冲泡'].sort());
    await owner.selectOption({ label: 'Unassigned' });
    assert.deepEqual(await chips(), ['晚安故事']);
    await owner.selectOption('xiaowang');
    assert.deepEqual(await chips(), ['双12 奶粉特惠']);
    // with the group filter: 小李's posts in the tea group only
    await owner.selectOption('xiaoli');
    await page.locator('.ccal-select').first().selectOption('tea');
    assert.deepEqual(await chips(), ['龙井冲泡']);
    const saved = await page.evaluate(() => (window as unknown as { __state: { filters: { owner?: string } } }).__state.filters.owner);
    assert.equal(saved, 'xiaoli');
  });

  it('names the owner and the reviewer in a chip\'s tooltip, by their names', async () => {
    calendar = await openCalendar();
    await calendar.sendState(teamState());
    const { page } = calendar;
    await page.locator('.ccal-event[data-path="posts/a.md"]').focus();
    assert.deepEqual((await page.locator('.ccal-tooltip').innerText()).split('\n').slice(3), ['Owner: 小李', 'Reviewer: 小王']);
    await page.locator('.ccal-event[data-path="posts/c.md"]').focus();
    assert.doesNotMatch(await page.locator('.ccal-tooltip').innerText(), /Owner|Reviewer/);
  });

  it('opens with the owner filter it was left with', async () => {
    calendar = await openCalendar({ savedState: { view: 'dayGridMonth', date: '2026-11-23', filters: { group: '', tier: '', types: ['practical', 'interactive', 'emotional', 'ad', 'activity', 'notice'], statuses: ['draft', 'review', 'approved', 'published'], owner: ':unassigned' } } });
    await calendar.sendState(teamState());
    assert.deepEqual(await calendar.page.locator('.ccal-day .ccal-chip-title').allInnerTexts(), ['晚安故事']);
    assert.equal(await calendar.page.locator('.ccal-owner-select').inputValue(), ':unassigned');
  });

  it('has no owner filter when community.yaml has no people, and keeps its toolbar in one row beside a side bar when it has', async () => {
    calendar = await openCalendar({ viewport: { width: 862, height: 502 } });
    const noPeople = novemberState([calendarPost({ path: 'posts/e.md', title: '早安', start: '2026-11-26T08:00:00', owner: 'xiaoli' })]);
    await calendar.sendState({ ...noPeople, labels: { ...noPeople.labels, ...OWNER_LABELS } });
    const { page } = calendar;
    assert.equal(await page.locator('.ccal-owner-select').count(), 0);
    await calendar.sendState(teamState());
    const controls = await page.locator('#toolbar > * > *').evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect));
    const lowestTop = Math.max(...controls.map((control) => control.top));
    assert.ok(controls.every((control) => lowestTop < control.top + control.height), 'one row');
  });
});
