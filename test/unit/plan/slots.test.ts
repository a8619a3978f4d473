import * as assert from 'node:assert/strict';
import { loadConfig } from '../../../src/core/config/load';
import { rhythmOf } from '../../../src/core/config/types';
import { createEnvironment, evaluatePost } from '../../../src/core/index/evaluate';
import { WorkspaceIndex } from '../../../src/core/index/workspace';
import { fillSlots, type PlanSlot } from '../../../src/core/plan/slots';
import { nowAt } from '../../support/now';
import { lintWorkspace } from '../../support/ruleTester';
import { numbered, postText } from '../../support/posts';
import { seededRandom } from '../../support/random';

// NOW is Friday 2026-11-20 09:00 in Shanghai unless a case says otherwise.
function rhythmConfig(rhythm: string, timezone = 'Asia/Shanghai'): string {
  return `timezone: ${timezone}\ngroups:\n  - { id: vip, tier: core }\n  - { id: newbie, tier: regular }\nrhythm:\n${rhythm.replace(/^/gm, '  ')}\n`;
}

const describeSlot = (slot: PlanSlot) => `${slot.date} ${slot.time}${slot.type ? ` ${slot.type}` : ''} ${slot.filledBy ?? 'open'}`;

interface SlotCase {
  name: string;
  rhythm: string;
  timezone?: string;
  now?: string;
  posts: Array<{ group?: string; groups?: string[]; publish: string; type: string }>;
  group?: string;
  /** Slots of the horizon, each "date time [type] path|open"; `days` limits them to those days. */
  days?: string[];
  expected: string[];
}

const cases: SlotCase[] = [
  {
    name: 'a post exactly a window away fills the slot (inclusive); a minute more does not',
    rhythm: 'slots: [{ time: "12:00" }]\nwindow: 30\nhorizonDays: 4',
    posts: [
      { group: 'vip', publish: '2026-11-20 12:30', type: 'practical' },
      { group: 'vip', publish: '2026-11-21 11:30', type: 'practical' },
      { group: 'vip', publish: '2026-11-22 11:29', type: 'practical' },
      { group: 'vip', publish: '2026-11-23 12:31', type: 'practical' },
    ],
    expected: ['2026-11-20 12:00 posts/p01.md', '2026-11-21 12:00 posts/p02.md', '2026-11-22 12:00 open', '2026-11-23 12:00 open'],
  },
  {
    name: 'typed slots take only posts of their type; untyped slots take any',
    rhythm: 'slots:\n  - { time: "08:30", type: practical }\n  - { time: "12:30" }\nhorizonDays: 1',
    posts: [{ group: 'vip', publish: '2026-11-20 08:30', type: 'ad' }, { group: 'vip', publish: '2026-11-20 12:00', type: 'ad' }],
    expected: ['2026-11-20 08:30 practical open', '2026-11-20 12:30 posts/p02.md'],
  },
  {
    name: 'a post that could fill two slots fills the nearest; the next post takes the other',
    rhythm: 'slots: [{ time: "10:00" }, { time: "11:00" }]\nwindow: 60\nhorizonDays: 1',
    posts: [{ group: 'vip', publish: '2026-11-20 10:40', type: 'practical' }, { group: 'vip', publish: '2026-11-20 10:50', type: 'practical' }],
    expected: ['2026-11-20 10:00 posts/p02.md', '2026-11-20 11:00 posts/p01.md'],
  },
  {
    name: 'a post halfway between two slots fills the earlier',
    rhythm: 'slots: [{ time: "10:00" }, { time: "11:00" }]\nhorizonDays: 1',
    posts: [{ group: 'vip', publish: '2026-11-20 10:30', type: 'practical' }],
    expected: ['2026-11-20 10:00 posts/p01.md', '2026-11-20 11:00 open'],
  },
  {
    name: 'each post fills at most one slot, and posts are taken in time order, then path',
    rhythm: 'slots: [{ time: "10:00" }]\nhorizonDays: 1',
    posts: [{ group: 'vip', publish: '2026-11-20 10:20', type: 'practical' }, { group: 'vip', publish: '2026-11-20 10:00', type: 'practical' }, { group: 'vip', publish: '2026-11-20 10:00', type: 'emotional' }],
    expected: ['2026-11-20 10:00 posts/p02.md'],
  },
  {
    name: 'a post to two groups fills a slot in each, once per group',
    rhythm: 'slots: [{ time: "10:00" }, { time: "10:30" }]\nhorizonDays: 1',
    posts: [{ groups: ['vip', 'newbie', 'vip'], publish: '2026-11-20 10:10', type: 'practical' }],
    group: 'newbie',
    expected: ['2026-11-20 10:00 posts/p01.md', '2026-11-20 10:30 open'],
  },
  {
    name: 'a post naming a group twice still counts once in it',
    rhythm: 'slots: [{ time: "10:00" }, { time: "10:30" }]\nhorizonDays: 1',
    posts: [{ groups: ['vip', 'newbie', 'vip'], publish: '2026-11-20 10:10', type: 'practical' }],
    expected: ['2026-11-20 10:00 posts/p01.md', '2026-11-20 10:30 open'],
  },
  {
    name: 'days: limits a slot to its weekdays (Friday 20th, Saturday 21st)',
    rhythm: 'slots: [{ time: "20:00", days: [mon, tue, wed, thu, fri] }, { time: "09:30", days: [sat, sun] }]\nhorizonDays: 2',
    posts: [],
    expected: ['2026-11-20 20:00 open', '2026-11-21 09:30 open'],
  },
  {
    name: 'a post just after midnight fills a slot of the day before',
    rhythm: 'slots: [{ time: "23:30" }]\nhorizonDays: 2',
    posts: [{ group: 'vip', publish: '2026-11-21 00:15', type: 'practical' }],
    expected: ['2026-11-20 23:30 posts/p01.md', '2026-11-21 23:30 open'],
  },
  {
    name: 'a post just after midnight goes to a nearer slot of the day before the horizon, not to one of the first day',
    now: '2026-11-20T00:00',
    rhythm: 'slots: [{ time: "00:30" }, { time: "23:50" }]\nhorizonDays: 1',
    posts: [{ group: 'vip', publish: '2026-11-20 00:05', type: 'practical' }],
    expected: ['2026-11-20 00:30 open', '2026-11-20 23:50 open'],
  },
  {
    name: 'the horizon lists every slot from today on, those of today already past too',
    rhythm: 'slots: [{ time: "08:00" }, { time: "09:00" }, { time: "10:00" }]\nhorizonDays: 1',
    posts: [],
    expected: ['2026-11-20 08:00 open', '2026-11-20 09:00 open', '2026-11-20 10:00 open'],
  },
  {
    name: 'on the day the clocks skip 02:00-03:00, a 02:30 slot falls at 03:30 (as a post written 02:30 would)',
    timezone: 'America/New_York',
    now: '2027-03-14T00:00',
    rhythm: 'slots: [{ time: "02:30" }]\nwindow: 10\nhorizonDays: 2',
    posts: [{ group: 'vip', publish: '2027-03-14 03:35', type: 'practical' }],
    expected: ['2027-03-14 03:30 posts/p01.md', '2027-03-15 02:30 open'],
  },
  {
    name: 'on the day the clocks repeat 01:00-02:00, a 01:30 slot is the first 01:30',
    timezone: 'America/New_York',
    now: '2026-11-01T00:00',
    rhythm: 'slots: [{ time: "01:30" }]\nwindow: 20\nhorizonDays: 1',
    posts: [{ group: 'vip', publish: '2026-11-01T01:45:00-05:00', type: 'practical' }, { group: 'vip', publish: '2026-11-01T01:45:00-04:00', type: 'practical' }],
    expected: ['2026-11-01 01:30 posts/p02.md'],
  },
];

describe('rhythm slots', () => {
  for (const testCase of cases) {
    it(testCase.name, () => {
      const { index } = lintWorkspace({ config: rhythmConfig(testCase.rhythm, testCase.timezone), now: testCase.now, posts: numbered(...testCase.posts.map((fields) => postText(fields))) });
      assert.deepEqual(index.slotsOf(testCase.group ?? 'vip').map(describeSlot), testCase.expected);
    });
  }

  it('open slots are the unfilled ones not yet past', () => {
    const { index } = lintWorkspace({ config: rhythmConfig('slots: [{ time: "08:00" }, { time: "09:00" }, { time: "10:00" }]\nhorizonDays: 1'), posts: {} });
    assert.deepEqual(index.openSlotsOf('vip').map(describeSlot), ['2026-11-20 09:00 open', '2026-11-20 10:00 open']);
  });

  it('a group without a rhythm has no slots', () => {
    const { index } = lintWorkspace({ config: 'groups:\n  - { id: vip }\n', posts: {} });
    assert.deepEqual(index.slotsOf('vip'), []);
  });

  it('fills the same whatever range is asked, even when a chain of posts reaches back before it', () => {
    const hourly = Array.from({ length: 24 }, (_, hour) => `{ time: "${String(hour).padStart(2, '0')}:00" }`).join(', ');
    const config = loadConfig('community.yaml', rhythmConfig(`slots: [${hourly}]\nwindow: 90`));
    const env = createEnvironment(config, nowAt('2026-11-20T00:00', config.timezone));
    const index = new WorkspaceIndex(env);
    // posts every 50 minutes around the clock chain every slot to the ones before it
    const posts = Array.from({ length: 150 }, (_, n) => {
      const minutes = n * 50 + 7;
      const day = 18 + Math.floor(minutes / 1440);
      const time = `${String(Math.floor((minutes % 1440) / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      return postText({ group: 'vip', publish: `2026-11-${day} ${time}`, type: 'practical' });
    });
    index.load(Object.entries(numbered(...posts)).map(([path, text]) => evaluatePost(path, text, env)));
    const rhythm = rhythmOf(config, config.groups[0]);
    assert.ok(rhythm);
    const wide = fillSlots('vip', index.scheduleOf('vip'), rhythm, config.timezone, '2026-11-18', '2026-11-23').map(describeSlot);
    const narrow = fillSlots('vip', index.scheduleOf('vip'), rhythm, config.timezone, '2026-11-21', '2026-11-21').map(describeSlot);
    assert.deepEqual(narrow, wide.filter((slot) => slot.startsWith('2026-11-21')));
    assert.equal(narrow.length, 24);
  });

  it('fills the same whatever order posts were loaded and edited in', () => {
    const config = loadConfig('community.yaml', rhythmConfig('slots:\n  - { time: "08:30", type: practical }\n  - { time: "12:30" }\n  - { time: "20:00", type: emotional }\nwindow: 90\nhorizonDays: 5'));
    const env = createEnvironment(config, nowAt('2026-11-20T00:00', config.timezone));
    const next = seededRandom(7);
    const texts = Array.from({ length: 40 }, () => {
      const time = `${String(6 + Math.floor(next() * 17)).padStart(2, '0')}:${['00', '15', '30', '45'][Math.floor(next() * 4)]}`;
      return postText({ group: 'vip', publish: `2026-11-${20 + Math.floor(next() * 5)} ${time}`, type: ['practical', 'emotional', 'ad'][Math.floor(next() * 3)] });
    });
    const entries = Object.entries(numbered(...texts));
    const loaded = new WorkspaceIndex(env);
    loaded.load(entries.map(([path, text]) => evaluatePost(path, text, env)));
    const edited = new WorkspaceIndex(env);
    edited.load([]);
    for (const [path, text] of [...entries].reverse()) edited.updatePost(evaluatePost(path, text, env));
    assert.deepEqual(edited.slotsOf('vip').map(describeSlot), loaded.slotsOf('vip').map(describeSlot));
    assert.ok(loaded.slotsOf('vip').some((slot) => slot.filledBy) && loaded.slotsOf('vip').some((slot) => !slot.filledBy));
  });
});
