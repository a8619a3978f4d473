import * as assert from 'node:assert/strict';
import { DuplicateIndex } from '../../../src/core/index/duplicates';
import { bodyGrams, distinctGramHashes, gramHash } from '../../../src/core/index/shingles';
import { hasRepeats, sortedJaccard, TokenOrder } from '../../../src/core/index/tokenSets';
import { seededRandom } from '../../support/random';

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
  /** Two different 3-grams (of random CJK characters) with the same 32-bit hash, found by a birthday search. */
  function collidingGrams(): [string, string] {
    const next = seededRandom(1);
    const character = () => String.fromCharCode(0x4e00 + Math.floor(next() * 20_000));
    const seen = new Map<number, string>();
    for (;;) {
      const gram = character() + character() + character();
      const hash = gramHash(bodyGrams(gram)[0]);
      const earlier = seen.get(hash);
      if (earlier !== undefined && earlier !== gram) return [earlier, gram];
      seen.set(hash, gram);
    }
  }
  const [gramA, gramB] = collidingGrams();

  it('hashed similarity is order-free and never below the exact one', () => {
    const a = '宝宝6个月后可以开始添加辅食啦！今天分享一道南瓜小米粥';
    const b = '宝宝6个月后可以开始添加辅食啦！明天分享一道南瓜小米粥';
    const [hashesA, hashesB] = [a, b].map((text) => distinctGramHashes(text));
    const counted = TokenOrder.counted([hashesA, hashesB, hashesA]);
    const byHash = sortedJaccard(TokenOrder.byHash.toTokens(hashesA.slice()), TokenOrder.byHash.toTokens(hashesB.slice()));
    assert.equal(byHash, sortedJaccard(counted.toTokens(hashesA), counted.toTokens(hashesB)));
    assert.equal(byHash, exactJaccard(a, b));
    // a hash shared by two different 3-grams counts as shared
    const tail = '今天分享一道南瓜小米粥的做法';
    assert.ok(sortedJaccard(TokenOrder.byHash.toTokens(distinctGramHashes(tail + gramA)), TokenOrder.byHash.toTokens(distinctGramHashes(tail + gramB))) > exactJaccard(tail + gramA, tail + gramB));
  });

  it('keeps both of two 3-grams that share a hash, and the shared hash shows as a repeated token', () => {
    const body = `${gramA}${gramB}`;
    const hashes = distinctGramHashes(body);
    assert.equal(hashes.length, new Set(Array.from(bodyGrams(body))).size);
    assert.equal(hasRepeats(TokenOrder.byHash.toTokens(hashes)), true);
    assert.equal(hasRepeats(TokenOrder.byHash.toTokens(distinctGramHashes(`${gramA}${gramA}`))), false);
    // as multisets, such bodies still never look less alike than they are
    const tokens = (text: string) => TokenOrder.byHash.toTokens(distinctGramHashes(text));
    for (const other of [gramA, gramB, `${gramB}${gramA}`, `${gramA}，${gramB}`]) {
      assert.ok(sortedJaccard(tokens(body), tokens(other)) >= exactJaccard(body, other), other);
    }
  });

  it('reports the exact similarity when hashes make two bodies look closer than they are', () => {
    const tail = '今天分享一道南瓜小米粥的做法，欢迎大家提问';
    const [a, b] = [tail + gramA, tail + gramB];
    const hashed = sortedJaccard(TokenOrder.byHash.toTokens(distinctGramHashes(a)), TokenOrder.byHash.toTokens(distinctGramHashes(b)));
    const exact = exactJaccard(a, b);
    const threshold = (hashed + exact) / 2;
    const posts = [{ path: 'a', instant: 0 }, { path: 'b', instant: 1 }];
    const index = new DuplicateIndex();
    index.rebuild(new Map([['a', a], ['b', b]]), [posts], { threshold, windowMs: 10 });
    assert.equal(index.partnersOf('a'), undefined);
    index.rebuild(new Map([['a', a], ['b', b]]), [posts], { threshold: exact, windowMs: 10 });
    assert.equal(index.partnersOf('a')?.get('b'), exact);
    index.update('b', b, 1, posts, { threshold, windowMs: 10 });
    assert.equal(index.partnersOf('b'), undefined);
  });

  it('compares a body with a hash collision inside exactly', () => {
    const body = `宝宝6个月后可以开始添加辅食啦！${gramA}${gramB}今天分享一道南瓜小米粥`;
    const edited = body.replace('今天', '明天');
    const posts = [{ path: 'a', instant: 0 }, { path: 'b', instant: 1 }, { path: 'c', instant: 2 }];
    const index = new DuplicateIndex();
    const texts = new Map([['a', body], ['b', edited], ['c', '完全不同的一段话，讲的是别的事情。']]);
    index.rebuild(texts, [posts], { threshold: 0.6, windowMs: 10 });
    assert.deepEqual([...(index.partnersOf('a') ?? [])], [['b', exactJaccard(body, edited)]]);
    index.update('a', body, 0, posts, { threshold: 0.6, windowMs: 10 });
    assert.deepEqual([...(index.partnersOf('a') ?? [])], [['b', exactJaccard(body, edited)]]);
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
});
