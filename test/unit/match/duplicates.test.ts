import * as assert from 'node:assert/strict';
import { DuplicateIndex } from '../../../src/core/match/duplicates';
import { bodyGrams, gramSignature, mayReach, SignatureBlocks } from '../../../src/core/match/shingles';
import { seededRandom } from '../../support/random';
import { at } from '../../support/defined';

const SENTENCES = ['宝宝6个月后可以开始添加辅食。', '今晚8点群内直播，欢迎提问。', '冬天注意保湿，洗澡水温38度。', '本周打卡活动开始啦！', '分享一道南瓜小米粥的做法。', '有问题可以在群里@管理员。', '第一次添加辅食要少量。', '记得把内容收藏起来。'];

function exactJaccard(a: string, b: string): number {
  const set = (text: string) => new Set(Array.from(bodyGrams(text)));
  const x = set(a);
  const y = set(b);
  if (x.size === 0 && y.size === 0) return 0;
  let shared = 0;
  for (const gram of x) if (y.has(gram)) shared++;
  return shared / (x.size + y.size - shared);
}

describe('duplicate search', () => {
  /** Random CJK text: with a few thousand characters it sets most of a signature's bits. */
  function randomText(next: () => number, length: number): string {
    return Array.from({ length }, () => String.fromCharCode(0x4e00 + Math.floor(next() * 20_000))).join('');
  }

  it('a signature never rules out a pair that reaches the threshold, short bodies or long', function () {
    // 400 trials of up to 12 000 characters: about a second, more on a loaded machine
    this.timeout(20_000);
    const next = seededRandom(3);
    let ruledOut = 0;
    for (let trial = 0; trial < 400; trial++) {
      const length = [20, 300, 6000, 12_000][trial % 4];
      assert.ok(length);
      const a = randomText(next, length);
      const kind = next();
      // an edit of a few characters, a repost with a sentence added, a part of it (a signature of another size), or an
      // unrelated body
      const b =
        kind < 0.4
          ? a.slice(0, length / 2) + randomText(next, 1 + Math.floor(next() * 5)) + a.slice(length / 2)
          : kind < 0.6
            ? a + SENTENCES[trial % SENTENCES.length]
            : kind < 0.75
              ? a.slice(0, Math.floor(length * (0.5 + next() / 2)))
              : randomText(next, length);
      const exact = exactJaccard(a, b);
      // the exact similarity itself is the hardest threshold: the pair is just in
      for (const threshold of [0, 0.3, 0.5, 0.8, 0.9, 0.99, 1, exact]) {
        const reach = mayReach(gramSignature(a), gramSignature(b), threshold);
        if (exact >= threshold) assert.ok(reach, `${trial} at ${threshold}: ${exact}`);
        else if (!reach) ruledOut++;
      }
    }
    // the filter has to rule pairs out to be worth anything
    assert.ok(ruledOut > 500, `only ${ruledOut} pairs ruled out`);
  });

  it('rules out long articles that only share their vocabulary: the signature grows with the body', () => {
    const next = seededRandom(7);
    const words = Array.from({ length: 400 }, () => randomText(next, 2));
    const article = () => Array.from({ length: 4000 }, () => words[Math.floor(next() * words.length)]).join('');
    const articles = Array.from({ length: 12 }, article);
    let mayBe = 0;
    for (let i = 0; i < articles.length; i++) {
      for (let j = i + 1; j < articles.length; j++) {
        assert.ok(exactJaccard(at(articles, i), at(articles, j)) < 0.8);
        if (mayReach(gramSignature(at(articles, i)), gramSignature(at(articles, j)), 0.8)) mayBe++;
      }
    }
    // a 2 048-bit signature is saturated by 8 000 characters and rules out none of these 66 pairs
    assert.equal(mayBe, 0);
  });

  it('passes identical bodies even at a threshold of 1, and rules out bodies with nothing in common', () => {
    const body = '宝宝6个月后可以开始添加辅食啦！今天分享一道南瓜小米粥';
    assert.equal(mayReach(gramSignature(body), gramSignature(`  ${body}\n`), 1), true);
    assert.equal(mayReach(gramSignature(body), gramSignature('周末亲子手工活动，欢迎报名参加'), 0.8), false);
  });

  it('keeps a pair only when its exact similarity reaches the threshold, and reports that similarity', () => {
    const a = '今天分享一道南瓜小米粥的做法，欢迎大家提问';
    const b = '今天分享一道南瓜小米粥的做法，欢迎大家留言';
    const exact = exactJaccard(a, b);
    const posts = [{ path: 'a', instant: 0 }, { path: 'b', instant: 1 }];
    const index = new DuplicateIndex();
    index.rebuild(new Map([['a', a], ['b', b]]), [posts], { threshold: exact + 0.001, windowMs: 10 });
    assert.equal(index.partnersOf('a'), undefined);
    index.rebuild(new Map([['a', a], ['b', b]]), [posts], { threshold: exact, windowMs: 10 });
    assert.equal(index.partnersOf('a')?.get('b'), exact);
    index.update('b', b, [{ path: 'b', instant: 1 }], posts, { threshold: exact + 0.001, windowMs: 10 });
    assert.equal(index.partnersOf('b'), undefined);
    index.update('b', b, [{ path: 'b', instant: 1 }], posts, { threshold: exact, windowMs: 10 });
    assert.equal(index.partnersOf('a')?.get('b'), exact);
  });

  it('at a threshold of 0 pairs every post in the window, even bodies with nothing in common', () => {
    const posts = [{ path: 'a', instant: 0 }, { path: 'b', instant: 5 }, { path: 'c', instant: 20 }];
    const index = new DuplicateIndex();
    index.rebuild(new Map([['a', '今天分享南瓜粥'], ['b', '周末亲子手工活动'], ['c', '群公告：直播时间调整']]), [posts], { threshold: 0, windowMs: 10 });
    assert.deepEqual([...(index.partnersOf('b') ?? [])], [['a', 0]]);
    assert.equal(index.partnersOf('c'), undefined);
  });

  /** Bodies with reposts and light edits, so pairs on both sides of the threshold occur. */
  function randomBodies(next: () => number, count: number): string[] {
    const bodies: string[] = [];
    for (let index = 0; index < count; index++) {
      if (index > 0 && next() < 0.3) {
        // a repost with a light edit
        const source = at(bodies, Math.floor(next() * bodies.length));
        bodies.push(next() < 0.5 ? source : `${source}${at(SENTENCES, Math.floor(next() * SENTENCES.length))}`);
      } else {
        bodies.push(Array.from({ length: 1 + Math.floor(next() * 6) }, () => SENTENCES[Math.floor(next() * SENTENCES.length)]).join(''));
      }
    }
    return bodies;
  }

  for (const [seed, threshold] of [[7, 0.8], [8, 0.8], [9, 0.8], [10, 0.5], [11, 0.95]] as const) {
    it(`finds exactly the pairs a brute-force comparison finds (seed ${seed}, threshold ${threshold})`, () => {
      const next = seededRandom(seed);
      // posts in one to three of four groups: only posts that share a group are compared
      const posts = randomBodies(next, 240).map((body, index) => ({
        path: `p${index}`,
        instant: index * 86_400_000 * 0.5,
        body,
        groups: [0, 1, 2, 3].filter((group) => group === index % 4 || next() < 0.25),
      }));
      const windowMs = 30 * 86_400_000;
      const index = new DuplicateIndex();
      const groups = [0, 1, 2, 3].map((group) => posts.filter((post) => post.groups.includes(group)));
      index.rebuild(new Map(posts.map((post) => [post.path, post.body])), groups, { threshold, windowMs });
      let pairs = 0;
      for (const a of posts) {
        const expected = posts
          .filter((b) => b !== a && b.groups.some((group) => a.groups.includes(group)) && Math.abs(a.instant - b.instant) <= windowMs && exactJaccard(a.body, b.body) >= threshold)
          .map((b) => `${b.path}:${exactJaccard(a.body, b.body).toFixed(6)}`)
          .sort();
        const found = [...(index.partnersOf(a.path) ?? new Map<string, number>())].map(([path, similarity]) => `${path}:${similarity.toFixed(6)}`).sort();
        assert.deepEqual(found, expected, a.path);
        pairs += found.length;
      }
      assert.ok(pairs > 20, `only ${pairs} pairs: the case proves little`);
    });
  }

  for (const [seed, threshold] of [[7, 0.8], [10, 0.5], [11, 0.95]] as const) {
    it(`from signatures alone finds the pairs and similarities the texts give, reading again only bodies it compares (seed ${seed}, threshold ${threshold})`, async () => {
      const next = seededRandom(seed);
      const posts = randomBodies(next, 240).map((body, index) => ({ path: `p${index}`, instant: index * 86_400_000 * 0.5, body, group: index % 3 }));
      const search = { threshold, windowMs: 30 * 86_400_000 };
      const groups = [0, 1, 2].map((group) => posts.filter((post) => post.group === group));
      const fromTexts = new DuplicateIndex();
      fromTexts.rebuild(new Map(posts.map((post) => [post.path, post.body])), groups, search);
      const fromSignatures = new DuplicateIndex();
      const asked: string[] = [];
      await fromSignatures.rebuildFromSignatures(new Map(posts.map((post) => [post.path, gramSignature(post.body)])), groups, search, async (paths) => {
        asked.push(...paths);
        return new Map(posts.filter((post) => paths.includes(post.path)).map((post) => [post.path, post.body]));
      });
      let pairs = 0;
      for (const post of posts) {
        const found = [...(fromSignatures.partnersOf(post.path) ?? [])];
        assert.deepEqual(found, [...(fromTexts.partnersOf(post.path) ?? [])], post.path);
        pairs += found.length;
        if (found.length > 0) assert.ok(asked.includes(post.path), post.path);
      }
      assert.ok(pairs > 20, `only ${pairs} pairs: the case proves little`);
      assert.equal(new Set(asked).size, asked.length, 'each body is read once');
      assert.ok(asked.length < posts.length, `${asked.length} of ${posts.length} bodies read again`);
      assert.throws(() => fromSignatures.update('p0', posts[0]?.body, [], [], search), /takes no updates/);
    });
  }

  it('does not compare a series with itself: its occurrences are one body, read again only for a pair with another post', async () => {
    const day = 86_400_000;
    const [series = '', other = '', repost = ''] = [SENTENCES.join(''), SENTENCES.slice(0, 4).join(''), SENTENCES.slice(4).join('')];
    const bodies = new Map([['series.md', series], ['other.md', other], ['repost.md', repost], ['repost-again.md', repost]]);
    // the series goes out every day for two weeks; the two reposts are a pair, the other post pairs with nothing
    const group = [...Array.from({ length: 14 }, (_, index) => ({ path: 'series.md', instant: index * day })), { path: 'other.md', instant: 3 * day }, { path: 'repost.md', instant: 5 * day }, { path: 'repost-again.md', instant: 6 * day }];
    const search = { threshold: 0.8, windowMs: 30 * day };
    const asked: string[] = [];
    const index = new DuplicateIndex();
    await index.rebuildFromSignatures(new Map([...bodies].map(([path, body]) => [path, gramSignature(body)])), [group], search, async (paths) => {
      asked.push(...paths);
      return new Map(paths.map((path) => [path, bodies.get(path) ?? '']));
    });
    assert.deepEqual(asked.sort(), ['repost-again.md', 'repost.md']);
    assert.deepEqual(index.allPairs(), [['repost-again.md', 'repost.md', 1]]);
  });

  it('cuts signatures from shared blocks with the very bits of signatures of their own, none overlapping another', () => {
    const next = seededRandom(12);
    const blocks = new SignatureBlocks();
    // short bodies fill blocks, a few long ones get larger signatures, one larger than a block its own
    const texts = Array.from({ length: 1500 }, (_, index) => randomText(next, index % 100 === 0 ? 40_000 : index === 7 ? 200_000 : 20 + Math.floor(next() * 900)));
    const signatures = texts.map((text) => gramSignature(text, blocks));
    texts.forEach((text, index) => assert.deepEqual(signatures[index], gramSignature(text), `text ${index}`));
  });
});
