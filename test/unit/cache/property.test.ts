import * as assert from 'node:assert/strict';
import { PostCache } from '../../../src/core/cache/postCache';
import type { CacheStrategy } from '../../../src/core/cache/stamp';
import type { Severity } from '../../../src/core/base/domain';
import { WorkspaceSession } from '../../../src/core/session/session';
import { MemoryHost, resultsReport, sessionReport } from '../../support/memoryHost';
import { seededRandom } from '../../support/random';
import { changePosts, pick, type Random } from '../../support/postChanges';
import { BASE_CONFIG } from '../../support/ruleTester';
import { at } from '../../support/defined';

const START = Date.parse('2026-11-20T01:00:00Z');
const HOUR = 3_600_000;
/** Budget: each load of a small workspace takes some 30 ms (the calendar rules' horizons), two per step. */
const SEEDS = 10;
const STEPS = 12;

/** Local "YYYY-MM-DD HH:mm" in Asia/Shanghai (UTC+8, no DST) of an instant. */
function shanghai(instant: number): string {
  return new Date(instant + 8 * HOUR).toISOString().slice(0, 16).replace('T', ' ');
}

/** A resident ID number born on the given day, with its check character, so personal-info's "born by today" matters. */
function residentId(birth: string): string {
  const body = `110105${birth.replaceAll('-', '')}123`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((total, digit, index) => total + Number(digit) * at(weights, index), 0);
  return body + '10X98765432'[sum % 11];
}

/** A post near `now`: times close to the turning points of stale-schedule and unapproved-soon, now and then a series. */
function randomPost(random: Random, now: number): string {
  const offset = pick(random, [-30, -2, -1, 0, 1, 2, 23, 24, 25, 47, 49, 72]) * HOUR + pick(random, [0, 1, -1, 60_000, 30 * 60_000]);
  const publish = shanghai(offset + now - (offset % 60_000));
  const today = shanghai(now).slice(0, 10);
  const tomorrow = shanghai(now + 24 * HOUR).slice(0, 10);
  const body = Array.from({ length: 1 + Math.floor(random() * 3) }, () =>
    pick(random, ['正文内容', '这是最佳选择', '今天秒杀', '电话 13812345678', `证件 ${residentId(today)}`, `证件 ${residentId(tomorrow)}`, '第1名和第2名', '<!-- ccal-disable-next-line banned-words -->\n最佳', '一样的正文，一样的内容，一样的句子']),
  ).join('\n');
  const lines = ['---', `title: ${pick(random, ['早安', '团购', '分享'])}`, `group: ${pick(random, ['mom-vip', 'mom-newbie', 'nobody'])}`, `publish: ${publish}`, `type: ${pick(random, ['practical', 'ad', 'interactive'])}`];
  const status = pick(random, ['draft', 'review', 'approved', 'published', undefined]);
  if (status) lines.push(`status: ${status}`);
  if (random() < 0.25) lines.push('repeat:', `  every: ${pick(random, ['day', 'week'])}`, `  count: ${1 + Math.floor(random() * 4)}`);
  return [...lines, '---', body, ''].join('\n');
}

function randomConfig(random: Random): string {
  const rules = [
    pick(random, ['', '  unapproved-soon: { hours: 1.5 }\n', '  unapproved-soon: { hours: 48 }\n']),
    pick(random, ['', '  banned-words: { lists: [words.txt] }\n']),
    pick(random, ['', '  duplicate-content: off\n', '  quiet-hours: off\n']),
  ].join('');
  return rules === '' ? BASE_CONFIG : `${BASE_CONFIG}rules:\n${rules}`;
}

interface World {
  host: MemoryHost;
  now: number;
  engine: string;
  /** The least severity the output shows: a json or --quiet run computes less. */
  shownFrom: Severity;
  /** Modification times only move forward, as a file system's do. */
  clock: number;
}

/** A community of eight random posts and a word list, written a day before START. */
function newWorld(random: Random, shownFrom: Severity): World {
  const world: World = { host: new MemoryHost(), now: START, engine: '1.0.0', shownFrom, clock: START - 86_400_000 };
  world.host.write('community.yaml', randomConfig(random), world.clock);
  world.host.write('words.txt', '秒杀 => 限时优惠\n', world.clock);
  for (let count = 0; count < 8; count++) world.host.write(`posts/p${count}.md`, randomPost(random, world.now), world.clock);
  return world;
}

/** One random change to the workspace, the clock or the engine. */
function change(random: Random, world: World): void {
  const newPath = () => `posts/p${Math.floor(random() * 1000)}.md`;
  const stamp = () => (world.clock += 1000);
  const kind = pick(random, ['edit', 'edit', 'add', 'delete', 'rename', 'config', 'words', 'version', 'shown', 'clock', 'clock', 'clock', 'nothing']);
  if (changePosts(kind, random, world.host, { post: () => randomPost(random, world.now), newPath, stamp })) return;
  switch (kind) {
    case 'config':
      world.host.write('community.yaml', randomConfig(random), stamp());
      break;
    case 'words':
      world.host.write('words.txt', pick(random, ['秒杀 => 限时优惠\n', '神药\n', '正文\n']), stamp());
      break;
    case 'version':
      world.engine = pick(random, ['1.0.0', '1.0.1']);
      break;
    case 'shown':
      world.shownFrom = pick(random, ['info', 'warning', 'error'] as const);
      break;
    case 'clock':
      // minutes, hours, past midnight, back again, or right onto a turning point
      world.now += pick(random, [60_000, 29 * 60_000, HOUR, 5 * HOUR, 16 * HOUR, 24 * HOUR, -HOUR, -24 * HOUR, 1, -1, 2, 3]);
      break;
  }
}

async function freshReport(host: MemoryHost, now: number, shownFrom: Severity = 'info'): Promise<string> {
  const session = new WorkspaceSession(host, 'community.yaml', () => now, { shownFrom });
  await session.load();
  return sessionReport(session);
}

describe('lint cache (property)', function () {
  this.timeout(30_000);
  for (const strategy of ['metadata', 'content'] as CacheStrategy[]) {
    it(`${strategy}: a run with the cache reports byte for byte what a run without it does, through edits, renames, config, word list, version, shown severity and clock changes`, async () => {
      const counts = { hits: 0, misses: 0 };
      for (let seed = 1; seed <= SEEDS; seed++) {
        const random = seededRandom(seed * 7919);
        const world = newWorld(random, 'info');
        let cacheText: string | undefined;
        for (let step = 0; step < STEPS; step++) {
          const cache = PostCache.read(cacheText, { strategy, engine: world.engine });
          const now = world.now;
          const session = new WorkspaceSession(world.host, 'community.yaml', () => now, { cache, shownFrom: world.shownFrom });
          await session.load();
          assert.equal(sessionReport(session), await freshReport(world.host, now, world.shownFrom), `seed ${seed}, step ${step}`);
          cacheText = cache.serialize();
          counts.hits += cache.counts.hits;
          counts.misses += cache.counts.misses;
          change(random, world);
        }
      }
      // the cache must have answered for most posts, or the comparison above proves nothing
      assert.ok(counts.hits > counts.misses, `${counts.hits} hits, ${counts.misses} misses`);
    });
  }

  it('results only (ccal lint): a run the record of the last answers for whole reports byte for byte what a run without the cache does', async () => {
    const counts = { runHits: 0, runs: 0 };
    for (let seed = 1; seed <= SEEDS; seed++) {
      const random = seededRandom(seed * 104_729);
      const world = newWorld(random, 'warning');
      let cacheText: string | undefined;
      for (let step = 0; step < STEPS; step++) {
        const cache = PostCache.read(cacheText, { strategy: 'metadata', engine: world.engine });
        const now = world.now;
        const session = new WorkspaceSession(world.host, 'community.yaml', () => now, { cache, shownFrom: world.shownFrom, keepContents: false, resultsOnly: true });
        await session.load();
        const fresh = new WorkspaceSession(world.host, 'community.yaml', () => now, { shownFrom: world.shownFrom });
        await fresh.load();
        assert.equal(resultsReport(session), resultsReport(fresh), `seed ${seed}, step ${step}`);
        cacheText = cache.serialize();
        counts.runHits += cache.counts.runHits;
        counts.runs++;
        // half the steps change nothing but the clock, by a little: the record must answer for some of them
        if (random() < 0.5) world.now += pick(random, [1, 60_000, 29 * 60_000]);
        else change(random, world);
      }
    }
    assert.ok(counts.runHits * 5 > counts.runs, `${counts.runHits} runs of ${counts.runs} answered by the record`);
  });

  it('a session whose posts came from the cache unread checks them again on a config change and on a new day', async () => {
    for (let seed = 1; seed <= SEEDS; seed++) {
      const random = seededRandom(seed);
      const host = new MemoryHost();
      host.write('community.yaml', randomConfig(random), START - 86_400_000);
      host.write('words.txt', '秒杀 => 限时优惠\n', START - 86_400_000);
      for (let count = 0; count < 8; count++) host.write(`posts/p${count}.md`, randomPost(random, START), START - 86_400_000);
      const first = PostCache.empty({ strategy: 'metadata', engine: '1' });
      await new WorkspaceSession(host, 'community.yaml', () => START, { cache: first }).load();
      let now = START + HOUR;
      const cache = PostCache.read(first.serialize(), { strategy: 'metadata', engine: '1' });
      const session = new WorkspaceSession(host, 'community.yaml', () => now, { cache });
      await session.load();
      const config = randomConfig(random);
      host.write('community.yaml', config, START);
      await session.setConfigText(config);
      assert.equal(sessionReport(session), await freshReport(host, now), `seed ${seed}, config change`);
      now += 24 * HOUR;
      assert.equal(await session.renewIfNewDay(), true);
      assert.equal(sessionReport(session), await freshReport(host, now), `seed ${seed}, new day`);
    }
  });
});
