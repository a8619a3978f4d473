// A workspace of long posts: 418 articles of about 23 KB, a few a day in one group, as a long-running newsletter
// imported into ccal looks (the case where duplicate-content's signatures saturate). 1 % are reposts of a recent
// article with a new first line, which duplicate-content must find.
// Usage: node bench/longPosts.mjs [dir]   (default bench/.work/long-posts)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FRAGMENTS, HEADINGS, TOPICS } from './corpus.mjs';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
export const LONG_POSTS_WORKSPACE = path.join(BENCH_DIR, '.work', 'long-posts');
export const LONG_POSTS = { posts: 418, bytesPerPost: 23_000, seed: 418 };
export const NO_DUPLICATES_CONFIG = 'community.no-duplicates.yaml';
export const NO_BODY_RULES_CONFIG = 'community.no-body-rules.yaml';
/** The rules that read every character of a body; the floor reads bodies but looks at none of them. */
export const BODY_RULES = ['banned-words', 'duplicate-content', 'personal-info', 'zh-typography'];
const STAMP = '.long-posts.json';

function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words of two to four characters cut from the corpus: a vocabulary that reads like Chinese prose when strung. */
function vocabulary() {
  const text = [...Object.values(FRAGMENTS).flat(), ...TOPICS.flatMap((topic) => topic.items)].join('');
  const runs = text.split(/[^\u4e00-\u9fff]+/u).filter((run) => run.length >= 2);
  const words = new Set();
  for (const run of runs) for (let at = 0; at + 2 <= run.length; at += 2) words.add(run.slice(at, at + 2 + (at % 3 === 0 ? 1 : 0)));
  return [...words];
}

function article(random, words, bytes) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const blocks = [];
  let size = 0;
  while (size < bytes) {
    const block = random() < 0.08 ? `## ${pick(HEADINGS)}` : Array.from({ length: 3 + Math.floor(random() * 5) }, () => Array.from({ length: 4 + Math.floor(random() * 8) }, () => pick(words)).join('') + pick(['，', '。', '；', '！'])).join('');
    blocks.push(block);
    size += Buffer.byteLength(block) + 2;
  }
  return blocks.join('\n\n');
}

export function generateLongPosts(dir = LONG_POSTS_WORKSPACE, { posts, bytesPerPost, seed } = LONG_POSTS) {
  const wanted = JSON.stringify({ posts, bytesPerPost, seed, source: fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').length });
  if (fs.existsSync(path.join(dir, STAMP)) && fs.readFileSync(path.join(dir, STAMP), 'utf8') === wanted) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'posts'), { recursive: true });
  const config = 'timezone: Asia/Shanghai\ngroups:\n  - { id: weekly, name: 技术周刊读者群, platform: wechat, tier: regular, members: 480, admins: [编辑部] }\n';
  fs.writeFileSync(path.join(dir, 'community.yaml'), config);
  // the same workspace without duplicate-content: what the rule costs is the difference
  fs.writeFileSync(path.join(dir, NO_DUPLICATES_CONFIG), `${config}rules:\n  duplicate-content: off\n`);
  // and without any rule that reads the bodies: what is left is the engine and the calendar, to set beside the floor
  fs.writeFileSync(path.join(dir, NO_BODY_RULES_CONFIG), `${config}rules:\n${BODY_RULES.map((rule) => `  ${rule}: off\n`).join('')}`);
  const random = createRandom(seed);
  const words = vocabulary();
  const bodies = [];
  for (let index = 0; index < posts; index++) {
    const start = Date.UTC(2026, 0, 1, 1) + index * 6 * 3_600_000;
    const date = new Date(start + 8 * 3_600_000).toISOString();
    const repost = index > 10 && random() < 0.01;
    const body = repost ? `补发一次，没看到的朋友看这里。\n\n${bodies[index - 1 - Math.floor(random() * 10)]}` : article(random, words, bytesPerPost);
    bodies.push(body);
    const front = `---\ntitle: 周刊第 ${index + 1} 期\ngroup: weekly\npublish: ${date.slice(0, 10)} ${date.slice(11, 16)}\ntype: practical\nstatus: published\n---\n`;
    fs.writeFileSync(path.join(dir, 'posts', `issue-${String(index + 1).padStart(4, '0')}.md`), `${front}${body}\n`);
  }
  fs.writeFileSync(path.join(dir, STAMP), wanted);
  return dir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(generateLongPosts(process.argv[2]));
