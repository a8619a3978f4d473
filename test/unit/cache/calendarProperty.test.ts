import * as assert from 'node:assert/strict';
import { PostCache } from '../../../src/core/cache/postCache';
import type { CacheStrategy } from '../../../src/core/cache/stamp';
import { WorkspaceSession } from '../../../src/core/session/session';
import { MemoryHost, sessionReport } from '../../support/memoryHost';
import { seededRandom } from '../../support/random';
import { changePosts, pick, type Random } from '../../support/postChanges';
import { BASE_CONFIG } from '../../support/ruleTester';

const START = Date.parse('2026-11-20T01:00:00Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The rhythm's slots, in minutes after local midnight (Asia/Shanghai, UTC+8). */
const SLOT_MINUTES = [8 * 60 + 30, 12 * 60 + 30, 20 * 60];
const SEEDS = 12;
const STEPS = 14;

function shanghai(instant: number): string {
  return new Date(instant + 8 * HOUR).toISOString().slice(0, 16).replace('T', ' ');
}

/** The first slot instant after `now`, today or tomorrow. */
function nextSlot(now: number): number {
  const midnight = Math.floor((now + 8 * HOUR) / DAY) * DAY - 8 * HOUR;
  const instants = [0, DAY].flatMap((day) => SLOT_MINUTES.map((minutes) => midnight + day + minutes * MINUTE));
  return instants.find((instant) => instant > now) ?? now + DAY;
}

const STORY = '今天分享一个育儿小技巧：宝宝睡前半小时关灯讲故事，坚持一周就能养成好习惯，妈妈们可以试试看';
/** Bodies that are the same, nearly the same (one word or a few changed), unrelated, or too short to compare. */
const BODIES = [STORY, STORY, STORY.replace('一周', '七天'), STORY.replace('讲故事', '唱儿歌').replace('试试看', '来试试'), '团购链接已经更新，请大家按需下单，有问题私聊群主', '好', ''];

/** A post near `now`, on or beside a slot, to one group, both, or an unknown one; now and then a series. */
function randomPost(random: Random, now: number): string {
  const slot = nextSlot(now + pick(random, [-2, -1, 0, 1, 2, 3]) * DAY);
  const publish = slot + pick(random, [0, 0, 29, 31, -30, -90, 300]) * MINUTE;
  const lines = ['---', `title: ${pick(random, ['早安', '团购', '分享'])}`, pick(random, ['group: mom-vip', 'group: mom-newbie', 'groups: [mom-vip, mom-newbie]', 'group: nobody']), `publish: ${shanghai(publish)}`];
  lines.push(`type: ${pick(random, ['practical', 'interactive', 'ad', 'emotional'])}`);
  if (random() < 0.3) lines.push('ugc: true');
  if (random() < 0.2) lines.push('repeat:', `  every: ${pick(random, ['day', 'week'])}`, `  count: ${2 + Math.floor(random() * 3)}`);
  return [...lines, '---', pick(random, BODIES), ''].join('\n');
}

const RHYTHM = `rhythm:
  slots:
    - { time: "08:30", type: practical }
    - { time: "12:30" }
    - { time: "20:00", type: interactive, days: [mon, tue, wed, thu, fri] }
  window: 30
  horizonDays: 3
`;

function randomConfig(random: Random): string {
  const rules = [
    pick(random, ['', '  duplicate-content: { days: 1 }\n', '  duplicate-content: { threshold: 0.95 }\n', '  duplicate-content: off\n']),
    pick(random, ['', '  posts-per-day: { min: 2, horizonDays: 2 }\n', '  ugc-per-month: { horizonDays: 40 }\n']),
  ].join('');
  return `${BASE_CONFIG}${random() < 0.75 ? RHYTHM : ''}${rules === '' ? '' : `rules:\n${rules}`}`;
}

interface World {
  host: MemoryHost;
  now: number;
  clock: number;
}

function change(random: Random, world: World): void {
  const posts = [...world.host.files.keys()].filter((path) => path.startsWith('posts/'));
  const somePost = () => pick(random, posts);
  const newPath = () => `posts/p${Math.floor(random() * 100)}.md`;
  const stamp = () => (world.clock += 1000);
  const kind = pick(random, ['edit', 'edit', 'add', 'delete', 'rename', 'touch', 'config', 'clock', 'clock', 'slot', 'slot', 'nothing']);
  if (changePosts(kind, random, world.host, { post: () => randomPost(random, world.now), newPath, stamp })) return;
  switch (kind) {
    case 'touch': {
      // the same text written again: a new modification time, nothing else
      const path = posts.length > 0 ? somePost() : undefined;
      const file = path === undefined ? undefined : world.host.files.get(path);
      if (path !== undefined && file) world.host.write(path, file.text, stamp());
      break;
    }
    case 'config':
      world.host.write('community.yaml', randomConfig(random), stamp());
      break;
    case 'clock':
      world.now += pick(random, [MINUTE, 29 * MINUTE, HOUR, 5 * HOUR, DAY, -HOUR, -DAY, 1, -1]);
      break;
    case 'slot':
      // onto a slot's instant, or a millisecond either side: where a slot closes
      world.now = nextSlot(world.now) + pick(random, [0, 1, -1]);
      break;
  }
}

/** The session's report with each group's slots and open slots, which the calendar cache must leave as they are. */
function calendarReport(session: WorkspaceSession): string {
  const slots = session.config.groups.map((group) => JSON.stringify([session.index.slotsOf(group.id), session.index.openSlotsOf(group.id)]));
  return [sessionReport(session), ...slots].join('\n');
}

async function freshReport(host: MemoryHost, now: number): Promise<string> {
  const session = new WorkspaceSession(host, 'community.yaml', () => now);
  await session.load();
  return calendarReport(session);
}

describe('lint cache: calendar results (property)', function () {
  this.timeout(60_000);
  for (const strategy of ['metadata', 'content'] as CacheStrategy[]) {
    it(`${strategy}: groups' calendar results and near-duplicate pairs from the cache are what a fresh run finds, through edits, moves between groups, duplicates coming and going, config changes and the clock crossing slots and days`, async () => {
      const counts = { groupHits: 0, groupMisses: 0 };
      for (let seed = 1; seed <= SEEDS; seed++) {
        const random = seededRandom(seed * 104_729);
        const world: World = { host: new MemoryHost(), now: START, clock: START - DAY };
        world.host.write('community.yaml', randomConfig(random), world.clock);
        for (let count = 0; count < 10; count++) world.host.write(`posts/p${count}.md`, randomPost(random, world.now), world.clock);
        let cacheText: string | undefined;
        for (let step = 0; step < STEPS; step++) {
          const cache = PostCache.read(cacheText, { strategy, engine: '1' });
          const now = world.now;
          const session = new WorkspaceSession(world.host, 'community.yaml', () => now, { cache });
          await session.load();
          assert.equal(calendarReport(session), await freshReport(world.host, now), `seed ${seed}, step ${step}`);
          cacheText = cache.serialize();
          counts.groupHits += cache.counts.groupHits;
          counts.groupMisses += cache.counts.groupMisses;
          // an editor's change after a load from the cache: the restored pairs and bodies take an update
          const posts = [...world.host.files.keys()].filter((path) => path.startsWith('posts/'));
          if (posts.length > 0 && random() < 0.5) {
            const path = pick(random, posts);
            const text = randomPost(random, now);
            session.setPostContent(path, text);
            world.host.write(path, text, (world.clock += 1000));
            assert.equal(calendarReport(session), await freshReport(world.host, now), `seed ${seed}, step ${step}, edit of ${path}`);
          }
          change(random, world);
        }
      }
      // both kinds of answers must be common, or the comparisons above prove little (most steps change something)
      assert.ok(counts.groupHits * 4 > counts.groupMisses && counts.groupMisses > 0, `${counts.groupHits} group hits, ${counts.groupMisses} misses`);
    });
  }
});
