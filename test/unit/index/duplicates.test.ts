import * as assert from 'node:assert/strict';
import { DuplicateIndex } from '../../../src/core/index/duplicates';
import { bodyGrams } from '../../../src/core/index/shingles';
import { gramHashes, TokenOrder, tokenJaccard } from '../../../src/core/index/tokenSets';
import { seededRandom } from '../../support/random';

const SENTENCES = ['宝宝6个月后可以开始添加辅食。', '今晚8点群内直播，欢迎提问。', '冬天注意保湿，洗澡水温38度。', '本周打卡活动开始啦！', '分享一道南瓜小米粥的做法。', '有问题可以在群里@管理员。', '第一次添加辅食要少量。', '记得把内容收藏起来。'];

function exactJaccard(a: string, b: string): number {
  const set = (text: string) => new Set(Array.from(bodyGrams(text, 0, text.length)));
  const x = set(a);
  const y = set(b);
  if (x.size === 0 && y.size === 0) return 0;
  let shared = 0;
  for (const gram of x) if (y.has(gram)) shared++;
  return shared / (x.size + y.size - shared);
}

describe('duplicate search', () => {
  it('token sets give the exact Jaccard in any order', () => {
    const a = bodyGrams('宝宝6个月后可以开始添加辅食啦！今天分享一道南瓜小米粥', 0, 27);
    const b = bodyGrams('宝宝6个月后可以开始添加辅食啦！明天分享一道南瓜小米粥', 0, 27);
    const counted = TokenOrder.counted([a, b, a].map((grams) => gramHashes(grams)));
    const byHash = tokenJaccard(TokenOrder.byHash.tokenSet(a), TokenOrder.byHash.tokenSet(b));
    assert.equal(byHash, tokenJaccard(counted.tokenSet(a), counted.tokenSet(b)));
    assert.equal(byHash, exactJaccard('宝宝6个月后可以开始添加辅食啦！今天分享一道南瓜小米粥', '宝宝6个月后可以开始添加辅食啦！明天分享一道南瓜小米粥'));
  });

  /** Bodies with reposts and light edits, so pairs on both sides of the threshold occur. */
  function randomBodies(next: () => number, count: number): string[] {
    const bodies: string[] = [];
    for (let index = 0; index < count; index++) {
      if (index > 0 && next() < 0.3) {
        // a repost with a light edit
        const source = bodies[Math.floor(next() * bodies.length)];
        bodies.push(next() < 0.5 ? source : `${source}${SENTENCES[Math.floor(next() * SENTENCES.length)]}`);
      } else {
        bodies.push(Array.from({ length: 1 + Math.floor(next() * 6) }, () => SENTENCES[Math.floor(next() * SENTENCES.length)]).join(''));
      }
    }
    return bodies;
  }

  for (const seed of [7, 8, 9]) {
    it(`finds exactly the pairs a brute-force comparison finds (seed ${seed})`, () => {
      const next = seededRandom(seed);
      // posts in one to three of four groups: only posts that share a group are compared
      const posts = randomBodies(next, 240).map((body, index) => ({
        path: `p${index}`,
        instant: index * 86_400_000 * 0.5,
        body,
        groups: [0, 1, 2, 3].filter((group) => group === index % 4 || next() < 0.25),
      }));
      const threshold = 0.8;
      const windowMs = 30 * 86_400_000;
      const index = new DuplicateIndex();
      const groups = [0, 1, 2, 3].map((group) => posts.filter((post) => post.groups.includes(group)));
      index.rebuild(new Map(posts.map((post) => [post.path, bodyGrams(post.body, 0, post.body.length)])), groups, { threshold, windowMs });
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
});
