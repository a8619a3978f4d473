// Generates the benchmark workspace: community.yaml plus N posts over four months, deterministic for a seed.
// Usage: node bench/generate.mjs [dir] [--posts 10000] [--groups 30] [--seed 20261123]
// It regenerates only when the directory's stamp differs from the parameters and this generator's source,
// so repeated `npm run bench` runs measure the same files and skip the ~seconds of writing them.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  AD_BODY_LABELS, AD_TITLE_LABEL, ADMIN_NAMES, BANNED_SENTENCES, DAYS, FRAGMENTS, HEADINGS, LIST_ITEMS,
  REPOST_PREFIXES, SLUG_WORDS, TITLES, TOPICS, TYPE_WEIGHTS,
} from './corpus.mjs';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const SOURCES = ['generate.mjs', 'corpus.mjs'].map((name) => path.join(BENCH_DIR, name));
const STAMP_FILE = '.generator.json';

export const DEFAULT_PARAMS = { posts: 10_000, groups: 30, seed: 20261123 };
export const DEFAULT_WORKSPACE = path.join(BENCH_DIR, '.work', 'workspace');
/** The plan is a snapshot of this moment: earlier posts are mostly published, later ones still in the pipeline. */
export const SNAPSHOT_NOW = '2026-12-01T09:00';

const FIRST_DAY_UTC = Date.UTC(2026, 8, 1); // 2026-09-01, the local calendar date; times are written as local
const DAY_COUNT = 122; // through 2026-12-31
const SNAPSHOT_DAY = 91; // 2026-12-01
const DAY_MS = 86_400_000;

/** When posts go out: mostly morning, lunch and evening, a few in the quiet hours (late writers, early birds). */
const TIME_WINDOWS = [
  { from: 7 * 60 + 30, to: 9 * 60 + 30, weight: 30 },
  { from: 11 * 60 + 30, to: 13 * 60 + 30, weight: 22 },
  { from: 14 * 60, to: 17 * 60 + 30, weight: 14 },
  { from: 19 * 60, to: 21 * 60 + 30, weight: 31 },
  { from: 22 * 60, to: 23 * 60 + 55, weight: 2 },
  { from: 5 * 60 + 30, to: 6 * 60 + 55, weight: 1 },
];
const PLATFORM_WEIGHTS = { wechat: 35, wecom: 25, qq: 10, dingtalk: 8, feishu: 7, telegram: 8, discord: 7 };
/** Member counts per platform; the upper ends go a little past some platform limits, as real exports do. */
const MEMBER_RANGES = { wechat: [120, 520], wecom: [150, 520], qq: [300, 2000], dingtalk: [200, 3000], feishu: [100, 5000], telegram: [500, 20000], discord: [300, 15000] };
const STAGES = ['launch', 'growth', 'growth', 'mature', 'mature', 'optimise'];
/** Core ≈ 15 %, potential ≈ 35 %, regular ≈ 50 % (004 §2.2.1). */
const TIER_SHARES = [['core', 0.15], ['potential', 0.35]];
const GENERAL_TAGS = ['干货', '互动', '福利', '活动', '精选'];
/** Rare authoring slips, so the error paths of the linter are exercised at a realistic rate. */
const FAULT_WEIGHTS = { none: 9965, unknownGroup: 15, badPublish: 10, missingType: 10 };

/** mulberry32: tiny, fast and good enough to make varied text reproducibly. */
function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (probability) => next() < probability;
  const weighted = (weights) => {
    const entries = Object.entries(weights);
    let roll = next() * entries.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [key, weight] of entries) {
      roll -= weight;
      if (roll < 0) return key;
    }
    return entries[entries.length - 1][0];
  };
  const distinct = (list, count) => {
    const chosen = new Set();
    while (chosen.size < Math.min(count, list.length)) chosen.add(pick(list));
    return [...chosen];
  };
  return { next, int, pick, chance, weighted, distinct };
}

const pad = (value, width = 2) => String(value).padStart(width, '0');

function tierFor(rank, count) {
  let threshold = 0;
  for (const [tier, share] of TIER_SHARES) {
    threshold += Math.round(share * count);
    if (rank < threshold) return tier;
  }
  return 'regular';
}

function makeGroups(count, random) {
  const width = Math.max(2, String(count).length);
  // tiers go to a shuffled order of groups, so core groups are not simply the first topics
  const ranks = Array.from({ length: count }, (_, index) => ({ index, key: random.next() }))
    .sort((a, b) => a.key - b.key)
    .reduce((byIndex, { index }, rank) => byIndex.set(index, rank), new Map());
  return Array.from({ length: count }, (_, index) => {
    const topic = TOPICS[index % TOPICS.length];
    const round = Math.floor(index / TOPICS.length);
    const platform = random.weighted(PLATFORM_WEIGHTS);
    return {
      id: `g${pad(index + 1, width)}-${topic.slug}${round > 0 ? `-${round + 1}` : ''}`,
      name: round > 0 ? `${topic.name}${round + 1}` : topic.name,
      topic,
      platform,
      tier: tierFor(ranks.get(index), count),
      stage: random.pick(STAGES),
      members: random.int(...MEMBER_RANGES[platform]),
      admins: random.distinct(ADMIN_NAMES, random.int(1, 3)),
    };
  });
}

function communityYaml(groups, seed) {
  const groupLines = groups.flatMap((group, index) => [
    `  - id: ${group.id}`,
    `    name: ${group.name}`,
    `    platform: ${group.platform}`,
    `    tier: ${group.tier}`,
    `    stage: ${group.stage}`,
    `    members: ${group.members}`,
    `    admins: [${group.admins.join(', ')}]`,
    // one group with a stricter ad ceiling, like the spec's example, so the settings cascade is exercised
    ...(index === 0 ? ['    rules:', '      ad-ratio: { max: 0.1 }'] : []),
  ]);
  return [
    `# Generated by bench/generate.mjs (seed ${seed}): a benchmark workspace, not a real community.`,
    'timezone: Asia/Shanghai',
    'posts: ["posts/**/*.md"]',
    'groups:',
    ...groupLines,
    'tiers:',
    '  core: { rules: { quiet-hours: { from: "21:30", to: "08:00" } } }',
    'rules:',
    '  ad-ratio: { max: 0.2, window: week }',
    '  posts-per-day: { min: 3, max: 8 }',
    // every built-in word pack, as issue 14 holds the lint bars with them all on
    '  banned-words: { packs: [ad-law, medical, infant-formula, health-food, cosmetics, finance] }',
    // the field's daily mix as a rhythm (SPEC §6.1), so every re-check also fills the group's slots
    'rhythm:',
    '  slots:',
    ...['08:30 practical', '10:30 practical', '15:00 practical', '12:30 interactive', '19:30 interactive', '21:00 emotional'].map((slot) => `    - { time: "${slot.split(' ')[0]}", type: ${slot.split(' ')[1]} }`),
    'dates:',
    ...['09', '10', '11', '12'].map((month) => `  - { date: 2026-${month}-20, name: 会员日 }`),
    '',
  ].join('\n');
}

function pickMinuteOfDay(random) {
  const window = TIME_WINDOWS[Number(random.weighted(Object.fromEntries(TIME_WINDOWS.map((w, i) => [i, w.weight]))))];
  return window.from + 5 * random.int(0, Math.floor((window.to - window.from) / 5));
}

function pickStatus(day, random) {
  if (day < SNAPSHOT_DAY) return random.weighted({ published: 95, approved: 3, review: 2 });
  return random.weighted({ approved: 45, review: 25, draft: 20, omitted: 10 });
}

function pickUgc(type, random) {
  const share = type === 'activity' ? 0.45 : type === 'interactive' ? 0.08 : 0;
  if (random.chance(share)) return true;
  return random.chance(0.2) ? false : undefined; // most writers leave the default out
}

/** Who, when and what kind: everything about a post except its text. */
function planPosts(groups, count, random) {
  const plans = Array.from({ length: count }, () => {
    const primary = random.pick(groups);
    const extra = random.chance(0.1) ? random.distinct(groups.filter((g) => g !== primary), random.chance(0.7) ? 1 : 2) : [];
    const day = random.int(0, DAY_COUNT - 1);
    const type = random.weighted(TYPE_WEIGHTS);
    return {
      groups: [primary, ...extra],
      day,
      minute: pickMinuteOfDay(random),
      type,
      status: pickStatus(day, random),
      ugc: pickUgc(type, random),
      tags: random.distinct([...primary.topic.tags, ...GENERAL_TAGS], random.int(0, 3)),
      adLabel: type === 'ad' ? random.weighted({ title: 40, body: 48, none: 12 }) : undefined,
      isoOffset: random.chance(0.03),
      fault: random.weighted(FAULT_WEIGHTS),
    };
  });
  return plans.sort((a, b) => a.day - b.day || a.minute - b.minute);
}

function fill(template, topic, random) {
  return template
    .replaceAll('{item}', () => random.pick(topic.items))
    .replaceAll('{n}', () => String(random.int(2, 30)))
    .replaceAll('{time}', () => `${random.int(8, 21)}:${random.pick(['00', '30'])}`)
    .replaceAll('{day}', () => random.pick(DAYS));
}

function mobileNumber(random) {
  let digits = `1${random.int(3, 9)}`;
  while (digits.length < 11) digits += random.int(0, 9);
  return digits;
}

/** Draws fragments without repeats until the pool runs out, as a writer would not say the same thing twice. */
function createDeck(pool, random) {
  let remaining = [];
  return () => {
    if (remaining.length === 0) remaining = [...pool];
    return remaining.splice(Math.floor(random.next() * remaining.length), 1)[0];
  };
}

function composeParagraph(drawOwn, drawGeneral, topic, random) {
  const sentences = Array.from({ length: random.int(1, 3) }, () => fill(random.chance(0.65) ? drawOwn() : drawGeneral(), topic, random));
  return sentences.join('');
}

function composeList(topic, random) {
  return random.distinct(LIST_ITEMS, random.int(2, 4)).map((item) => `- ${fill(item, topic, random)}`).join('\n');
}

/** Markdown body of 100–800 characters: paragraphs, sometimes a heading or a list, from the fragment pool. */
function composeBlocks(type, topic, random) {
  const target = random.int(100, 800);
  const drawOwn = createDeck(FRAGMENTS[type], random);
  const drawGeneral = createDeck(FRAGMENTS.general, random);
  const blocks = random.chance(0.25) ? [`## ${random.pick(HEADINGS)}`] : [];
  let length = 0;
  while (length < target) {
    const block = random.chance(0.12) ? composeList(topic, random) : composeParagraph(drawOwn, drawGeneral, topic, random);
    blocks.push(block);
    length += block.length;
  }
  return blocks;
}

/** Adds what some writers add: an absolute term, a phone number, an ad label (or not). */
function decorate(blocks, plan, random) {
  const paragraph = () => random.int(blocks[0].startsWith('#') ? 1 : 0, blocks.length - 1);
  if (random.chance(plan.type === 'ad' ? 0.08 : 0.02)) {
    const at = paragraph();
    blocks[at] += random.pick(BANNED_SENTENCES);
    // a few writers silence the rule after a legal review, with the inline switch
    if (random.chance(0.2)) blocks[at] = `<!-- ccal-disable-next-line banned-words -->\n${blocks[at]}`;
  }
  if (random.chance(0.01)) blocks[paragraph()] += `有需要的可以直接打电话${mobileNumber(random)}咨询。`;
  if (plan.adLabel === 'body') blocks[blocks.length - 1] += random.pick(AD_BODY_LABELS);
  return blocks;
}

function composeTitle(plan, random) {
  const title = fill(random.pick(TITLES[plan.type]), plan.groups[0].topic, random);
  return plan.adLabel === 'title' ? `${AD_TITLE_LABEL}${title}` : title;
}

function formatPublish(plan) {
  const date = new Date(FIRST_DAY_UTC + plan.day * DAY_MS);
  const ymd = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const hour = plan.fault === 'badPublish' ? 24 : Math.floor(plan.minute / 60);
  const hm = `${pad(hour)}:${pad(plan.minute % 60)}`;
  return { ymd, publish: plan.isoOffset ? `${ymd}T${hm}:00+08:00` : `${ymd} ${hm}` };
}

/** Plain like a person would type it, quoted only where YAML would misread it. */
function yamlScalar(text) {
  return /[:#[\]{}"'`]|^[-?!&*|>%@,\s]/.test(text) ? JSON.stringify(text) : text;
}

function frontMatter(post, publish) {
  const ids = post.groups.map((group) => group.id);
  if (post.fault === 'unknownGroup') ids[0] = ids[0].slice(0, -1); // a typo in the id
  return [
    '---',
    `title: ${yamlScalar(post.title)}`,
    ids.length === 1 ? `group: ${ids[0]}` : `groups: [${ids.join(', ')}]`,
    `publish: ${publish}`,
    ...(post.fault === 'missingType' ? [] : [`type: ${post.type}`]),
    ...(post.status === 'omitted' ? [] : [`status: ${post.status}`]),
    ...(post.ugc === undefined ? [] : [`ugc: ${post.ugc}`]),
    ...(post.tags.length > 0 ? [`tags: [${post.tags.join(', ')}]`] : []),
    '---',
  ].join('\n');
}

/** A repost of a recent post to the same group (≈1 %): same text with a prefix, which duplicate-content should catch. */
function findRepostSource(plan, recentByGroup, random) {
  if (!random.chance(0.01)) return undefined;
  const recent = (recentByGroup.get(plan.groups[0].id) ?? []).filter((earlier) => plan.day - earlier.day <= 20);
  return recent.length > 0 ? random.pick(recent) : undefined;
}

function writePosts(dir, plans, random) {
  const recentByGroup = new Map();
  let bytes = 0;
  plans.forEach((plan, index) => {
    const source = findRepostSource(plan, recentByGroup, random);
    const post = source
      ? { ...plan, title: source.title, body: `${random.pick(REPOST_PREFIXES)}${source.body}` }
      : { ...plan, title: composeTitle(plan, random), body: decorate(composeBlocks(plan.type, plan.groups[0].topic, random), plan, random).join('\n\n') };
    const history = recentByGroup.get(plan.groups[0].id) ?? [];
    recentByGroup.set(plan.groups[0].id, [...history.slice(-30), { day: plan.day, title: post.title, body: post.body }]);

    const { ymd, publish } = formatPublish(plan);
    const folder = path.join(dir, 'posts', ymd.slice(0, 7));
    fs.mkdirSync(folder, { recursive: true });
    const text = `${frontMatter(post, publish)}\n${post.body}\n`;
    fs.writeFileSync(path.join(folder, `${ymd}-${random.pick(SLUG_WORDS[plan.type])}-${pad(index + 1, 5)}.md`), text);
    bytes += Buffer.byteLength(text);
  });
  return bytes;
}

const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/**
 * A handful of series per group (SPEC §6.2), as files of their own beside the posts: a daily check-in for two to
 * four weeks and a weekly salon to the end of the plan with one week skipped, so the calendar rules count their
 * occurrences and edits re-expand them.
 */
function writeSeries(dir, groups, random) {
  const folder = path.join(dir, 'posts', 'series');
  fs.mkdirSync(folder, { recursive: true });
  let bytes = 0;
  groups.forEach((group, index) => {
    const firstDay = random.int(0, DAY_COUNT - 40);
    // the salon is on the first day's weekday; its third occurrence is skipped
    const weekday = WEEKDAY_KEYS[(new Date(FIRST_DAY_UTC + firstDay * DAY_MS).getUTCDay() + 6) % 7];
    const skipped = new Date(FIRST_DAY_UTC + (firstDay + 14) * DAY_MS).toISOString().slice(0, 10);
    const kinds = [
      { slug: 'checkin', type: 'interactive', minute: random.int(7 * 60, 9 * 60), repeat: ['  every: day', `  count: ${random.int(14, 28)}`] },
      { slug: 'salon', type: 'activity', minute: 20 * 60, repeat: ['  every: week', `  on: [${weekday}]`, '  until: 2026-12-31', `  except: [${skipped}]`] },
    ];
    for (const kind of kinds) {
      const plan = { groups: [group], day: firstDay, minute: kind.minute, type: kind.type, status: pickStatus(firstDay, random), ugc: pickUgc(kind.type, random), tags: [], isoOffset: false, fault: 'none' };
      const post = { ...plan, title: composeTitle(plan, random), body: decorate(composeBlocks(plan.type, group.topic, random), plan, random).join('\n\n') };
      const text = `${frontMatter(post, formatPublish(plan).publish).replace(/\n---$/, `\n${['repeat:', ...kind.repeat].join('\n')}\n---`)}\n${post.body}\n`;
      fs.writeFileSync(path.join(folder, `${group.id}-${kind.slug}-${pad(index + 1, 3)}.md`), text);
      bytes += Buffer.byteLength(text);
    }
  });
  return bytes;
}

function generatorHash() {
  const hash = createHash('sha256');
  for (const file of SOURCES) hash.update(fs.readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

function readStamp(dir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, STAMP_FILE), 'utf8'));
  } catch {
    return undefined;
  }
}

const isSameRun = (stamp, wanted) => stamp !== undefined && ['posts', 'groups', 'seed', 'generator'].every((key) => stamp[key] === wanted[key]);

/**
 * Makes `dir` hold the workspace for these parameters, generating it only when missing or stale.
 * Returns whether it was generated, its parameters and the posts' total size in bytes.
 */
export function generateWorkspace(dir, { posts, groups, seed } = DEFAULT_PARAMS) {
  const wanted = { posts, groups, seed, generator: generatorHash() };
  const existing = readStamp(dir);
  if (isSameRun(existing, wanted)) return { generated: false, ...existing };

  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const random = createRandom(seed);
  const groupList = makeGroups(groups, random);
  fs.writeFileSync(path.join(dir, 'community.yaml'), communityYaml(groupList, seed));
  const postBytes = writePosts(dir, planPosts(groupList, posts, random), random);
  // after the posts, so the posts stay what they were for a seed
  // files: the posts and each group's two series files
  const stamp = { ...wanted, files: posts + 2 * groups, bytes: postBytes + writeSeries(dir, groupList, random) };
  // written last, so an interrupted generation is redone next time
  fs.writeFileSync(path.join(dir, STAMP_FILE), JSON.stringify(stamp));
  return { generated: true, ...stamp };
}

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { posts: { type: 'string' }, groups: { type: 'string' }, seed: { type: 'string' } },
  });
  const dir = path.resolve(positionals[0] ?? DEFAULT_WORKSPACE);
  const params = {
    posts: Number(values.posts ?? DEFAULT_PARAMS.posts),
    groups: Number(values.groups ?? DEFAULT_PARAMS.groups),
    seed: Number(values.seed ?? DEFAULT_PARAMS.seed),
  };
  const result = generateWorkspace(dir, params);
  console.log(`${result.generated ? 'generated' : 'up to date'}: ${dir} (${params.posts} posts, ${params.groups} groups, seed ${params.seed})`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
