import * as assert from 'node:assert/strict';
import { RuleCascade } from '../../../src/core/rules/cascade';
import { loadConfig } from '../../../src/core/config/load';
import { diagnosticMessage } from '../../../src/core/session/diagnostics';
import { createEnvironment } from '../../../src/core/rules/evaluate';
import { WorkspaceIndex } from '../../../src/core/index/workspace';
import { RULES, RULES_BY_ID } from '../../../src/core/rules/registry';
import type { Rule } from '../../../src/core/rules/types';
import { at } from '../../support/defined';

function problems(text: string): string[] {
  const config = loadConfig('community.yaml', text);
  const index = new WorkspaceIndex(createEnvironment(config, 0));
  return index
    .diagnosticsFor('community.yaml')
    .filter((diagnostic) => diagnostic.ruleId === 'config')
    .map((diagnostic) => `${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1} ${diagnostic.severity} ${diagnostic.messageId}: ${diagnosticMessage(diagnostic, 'en')}`);
}

function rule(id: string): Rule {
  return RULES_BY_ID.get(id) as Rule;
}

describe('community.yaml loading', () => {
  it('reads the spec example without problems', () => {
    const text = `timezone: Asia/Shanghai
posts: ["posts/**/*.md"]
groups:
  - id: mom
    name: 母婴品牌
    platform: wecom
  - id: mom-vip
    name: 母婴VIP服务群
    platform: wecom
    tier: core
    stage: growth
    members: 480
    admins: [小李, 小王]
    parent: mom
    rules:
      ad-ratio: { max: 0.1 }
tiers:
  core: { rules: { quiet-hours: { from: "21:30", to: "08:00" } } }
rules:
  ad-ratio: { max: 0.2, window: week }
  posts-per-day: { min: 3, max: 8 }
dates:
  - { date: 2026-11-11, name: 双11 }
`;
    assert.deepEqual(problems(text), []);
    const config = loadConfig('community.yaml', text);
    assert.equal(config.timezone.name, 'Asia/Shanghai');
    assert.deepEqual(config.groups.map((group) => group.id), ['mom', 'mom-vip']);
    assert.deepEqual(config.groupsById.get('mom-vip')?.admins, ['小李', '小王']);
    assert.deepEqual(config.dates, [{ date: '2026-11-11', name: '双11' }]);
  });

  it('reads holidays: days off by default, make-up working days with off: false', () => {
    const text = 'holidays:\n  - { date: 2026-10-09, name: 店庆 }\n  - { date: 2026-10-10, name: 调休, off: false }\n';
    assert.deepEqual(problems(text), []);
    assert.deepEqual(loadConfig('community.yaml', text).holidays, [
      { date: '2026-10-09', name: '店庆', off: true },
      { date: '2026-10-10', name: '调休', off: false },
    ]);
  });

  it('treats an empty file as an empty, usable config with defaults', () => {
    const config = loadConfig('community.yaml', '');
    assert.equal(config.usable, true);
    assert.equal(config.timezone.name, 'Asia/Shanghai');
    assert.deepEqual(config.postGlobs, ['posts/**/*.md']);
    assert.deepEqual(problems(''), []);
    assert.equal(config.maxPostBytes, 10 * 1_048_576);
  });

  it('keeps the usable posts globs and selects nothing outside the folder when all are refused', () => {
    const partly = loadConfig('community.yaml', 'posts: ["posts/**/*.md", "!posts/drafts/**", "../x/**/*.md"]\nmaxPostSizeMB: 2.5\n');
    assert.deepEqual(partly.postGlobs, ['posts/**/*.md', '!posts/drafts/**']);
    assert.equal(partly.postSelection.matches('posts/a.md'), true);
    assert.equal(partly.postSelection.matches('posts/drafts/a.md'), false);
    assert.equal(partly.maxPostBytes, 2.5 * 1_048_576);
    const none = loadConfig('community.yaml', 'posts: ["../x/**/*.md"]\n');
    assert.deepEqual(none.postGlobs, []);
    assert.equal(none.postSelection.matches('posts/a.md'), false);
    assert.equal(none.postSelection.mayContain(''), false);
  });

  const cases: Array<[string, string, string[]]> = [
    ['bad YAML, at the spot', 'groups:\n  - id: a\n   name: x\n', ['3:1 error yamlError: YAML syntax error: Sequence item without - indicator']],
    ['a list at the top', '- a\n- b\n', ['1:1 error notMapping: community.yaml must be a mapping of settings']],
    ['a time zone abbreviation, which the platform would read as another zone', 'timezone: CST\n', ['1:11 error timezoneAbbreviation: "CST" is not an IANA time zone (an abbreviation can mean several: CST is US Central, China or Cuba): use a name such as Asia/Shanghai']],
    ['an unknown time zone', 'timezone: Mars/Olympus\n', ['1:11 error unknownTimezone: Unknown time zone "Mars/Olympus" (use an IANA name such as Asia/Shanghai)']],
    ['a duplicate group id, at the second one', 'groups:\n  - id: a\n  - id: b\n  - id: a\n', ['4:9 error duplicateGroupId: Duplicate group id "a" (first defined on line 2)']],
    ['a group id with capitals', 'groups:\n  - id: MomVip\n', ['2:9 error badGroupId: Group id "MomVip" must use only a-z, 0-9 and "-"']],
    ['a group without id', 'groups:\n  - name: x\n', ['2:5 error missingGroupId: Group has no "id"']],
    ['an unknown platform', 'groups:\n  - id: a\n    platform: weixin\n', ['3:15 error wrongType: "groups[0].platform" must be one of wechat, wecom, qq, dingtalk, feishu, telegram, discord, other']],
    ['negative members', 'groups:\n  - id: a\n    members: -3\n', ['3:14 error wrongType: "groups[0].members" must be a whole number ≥ 0']],
    ['an unknown parent, with a suggestion', 'groups:\n  - id: mom\n  - id: b\n    parent: mum\n', ['4:13 error unknownParent: Parent group "mum" is not defined (did you mean "mom"?)']],
    ['a parent cycle', 'groups:\n  - id: a\n    parent: b\n  - id: b\n    parent: a\n', ['2:9 error parentCycle: Group "a" is its own ancestor through "parent"', '4:9 error parentCycle: Group "b" is its own ancestor through "parent"']],
    ['an unknown rule id, with a suggestion', 'rules:\n  ad-ratoi: warning\n', ['2:3 error unknownRule: Unknown rule "ad-ratoi" (did you mean "ad-ratio"?)']],
    ['an unknown rule in a group', 'groups:\n  - id: a\n    rules: { nope: off }\n', ['3:14 error unknownRule: Unknown rule "nope"']],
    ['a bad severity', 'rules:\n  ad-ratio: loud\n', ['2:13 error badSeverity: Rule "ad-ratio" setting must be off, info, warning, error or a mapping of options']],
    ['a wrong option type', 'rules:\n  ad-ratio: { max: "20%" }\n', ['2:20 error optionType: "ad-ratio.max" must be a number from 0 to 1']],
    ['an option out of range', 'rules:\n  ad-ratio: { max: 1.5 }\n', ['2:20 error optionType: "ad-ratio.max" must be a number from 0 to 1']],
    ['a bad time option', 'rules:\n  quiet-hours: { from: "10pm" }\n', ['2:24 error optionType: "quiet-hours.from" must be a time "HH:mm"']],
    ['a bad enum option', 'rules:\n  ad-ratio: { window: year }\n', ['2:23 error optionType: "ad-ratio.window" must be one of day, week, month']],
    ['a bad boolean option', 'rules:\n  zh-typography: { punctuation: "yes" }\n', ['2:33 error optionType: "zh-typography.punctuation" must be true or false']],
    ['an unknown key inside a mapping option', 'rules:\n  content-mix: { min: { promo: 1 } }\n', ['2:25 error optionType: "content-mix.min" must be a mapping of practical / interactive / emotional / ad / activity / notice to numbers']],
    ['an unknown option is a warning, with a suggestion', 'rules:\n  ad-ratio: { maximum: 0.3 }\n', ['2:15 warning unknownOption: Rule "ad-ratio" has no option "maximum" (ignored) (did you mean "max"?)']],
    ['an unknown tier', 'tiers:\n  vip: { rules: { ad-ratio: off } }\n', ['2:3 error unknownTier: Unknown tier "vip" (core, potential or regular)']],
    ['an unknown top-level key is a warning', 'timezone: Asia/Shanghai\ngruops: []\n', ['2:1 warning unknownKey: Unknown setting "gruops" (ignored) (did you mean "groups"?)']],
    ['an unknown group key is a warning', 'groups:\n  - id: a\n    owner: 小李\n', ['3:5 warning unknownKey: Unknown setting "owner" (ignored)']],
    ['a key date that is not a date', 'dates:\n  - { date: 2026-02-30, name: x }\n', ['2:13 error badDate: Key date "2026-02-30" is not a real date (YYYY-MM-DD)']],
    ['a key date without a date', 'dates:\n  - { name: 会员日 }\n', ['2:5 error missingDate: Key date needs a "date" (YYYY-MM-DD)']],
    ['a key date without a name', 'dates:\n  - { date: 2026-02-20 }\n', ['2:5 error missingDateName: Key date needs a "name"']],
    ['a holiday that is not a date', 'holidays:\n  - { date: 2026-02-30, name: x }\n', ['2:13 error badDate: Key date "2026-02-30" is not a real date (YYYY-MM-DD)']],
    ['a holiday without a name', 'holidays:\n  - { date: 2026-10-10, off: false }\n', ['2:5 error missingDateName: Key date needs a "name"']],
    ['a holiday whose off is not true or false', 'holidays:\n  - { date: 2026-10-10, name: 调休, off: "no" }\n', ['2:40 error wrongType: "holidays[0].off" must be true or false']],
    ['an unknown key in a holiday', 'holidays:\n  - { date: 2026-10-10, name: 调休, work: true }\n', ['2:35 warning unknownKey: Unknown setting "work" (ignored)']],
    ['off in a key date', 'dates:\n  - { date: 2026-10-10, name: 店庆, off: true }\n', ['2:35 warning unknownKey: Unknown setting "off" (ignored)']],
    ['a text option past the size bound, at the item that passes it', `rules:\n  banned-words:\n    words: [${'词'.repeat(60_000)}, ${'语'.repeat(40_000)}, x]\n`, ['3:100017 error optionTooLarge: "banned-words.words" is too large: at most 100000 characters in all']],
    ['a duplicate threshold that would pair every two posts', 'rules:\n  duplicate-content: { threshold: 0 }\n', ['2:35 error optionType: "duplicate-content.threshold" must be a number from 0.5 to 1']],
    ['a horizon past a year', 'rules:\n  posts-per-day: { horizonDays: 100000000 }\n', ['2:33 error optionType: "posts-per-day.horizonDays" must be an integer from 0 to 366']],
    ['posts that is not a glob list', 'posts: 3\n', ['1:8 error wrongType: "posts" must be a string or a list of strings']],
    [
      'posts globs that reach outside the folder or could backtrack, each at its spot',
      'posts: ["posts/**/*.md", "../elsewhere/**/*.md", "posts/@(a|a*)b.md"]\n',
      [
        '1:26 error badGlob: Posts glob "../elsewhere/**/*.md" is refused: ".." reaches outside the workspace folder',
        '1:50 error badGlob: Posts glob "posts/@(a|a*)b.md" is refused: extglobs such as @(a|b) can take exponential time: use {a,b}',
      ],
    ],
    ['a post size limit out of range', 'maxPostSizeMB: 1000\n', ['1:16 error wrongType: "maxPostSizeMB" must be a number of megabytes above 0, at most 100']],
    ['duplicate keys', 'timezone: UTC\ntimezone: Asia/Shanghai\n', ['2:1 error yamlError: YAML syntax error: Map keys must be unique']],
  ];
  for (const [name, text, expected] of cases) {
    it(`reports ${name}`, () => assert.deepEqual(problems(text), expected));
  }

  it('gives Chinese messages too', () => {
    const config = loadConfig('community.yaml', 'rules:\n  ad-ratoi: warning\n');
    const index = new WorkspaceIndex(createEnvironment(config, 0));
    assert.equal(diagnosticMessage(at(index.diagnosticsFor('community.yaml'), 0), 'zh-CN'), '未知规则“ad-ratoi”（是否是“ad-ratio”？）');
  });

  it('does not typo-check ids of any length character by character', function () {
    // the edit distance of two 40 000-character ids took half a minute; a did-you-mean is for short ids
    this.timeout(10_000);
    const [a, b, c] = ['a', 'b', 'c'].map((letter) => letter.repeat(40_000));
    assert.deepEqual(problems(`groups:\n  - id: ${a}\n  - id: ${b}\n    parent: ${c}\n`).map((problem) => problem.slice(0, 41)), ['4:13 error unknownParent: Parent group "c']);
  });

  it('never throws on hostile input', () => {
    for (const text of ['\u0000\u0001', '['.repeat(50000), 'a: &x [*x]\n', '? [a]\n: b\n', 'groups: [[[]]]\n', `groups:\n${'  - id: a\n'.repeat(3)}`]) {
      assert.doesNotThrow(() => problems(text));
    }
  });
});

describe('rule cascade', () => {
  const config = loadConfig(
    'community.yaml',
    `groups:
  - id: vip
    tier: core
    rules:
      ad-ratio: { max: 0.1 }
      quiet-hours: warning
  - id: newbie
    tier: regular
  - id: trial
    tier: core
    rules:
      content-mix: { min: { practical: 2 } }
tiers:
  core: { rules: { quiet-hours: { severity: error, from: "21:30" }, ad-ratio: { window: month } } }
rules:
  ad-ratio: { max: 0.3 }
  quiet-hours: { to: "08:00" }
  content-mix: { min: { interactive: 3 } }
`,
  );
  const cascade = new RuleCascade(config, RULES);
  const group = (id: string) => config.groupsById.get(id) as NonNullable<ReturnType<typeof config.groupsById.get>>;

  it('starts from the built-in defaults', () => {
    assert.deepEqual(cascade.forWorkspace(rule('min-gap')), { severity: 'warning', options: { minutes: 30 }, key: cascade.forWorkspace(rule('min-gap')).key });
  });
  it('applies rules < tier < group, option by option', () => {
    assert.deepEqual(cascade.forGroup(rule('ad-ratio'), group('vip')).options, { max: 0.1, window: 'month' });
    assert.deepEqual(cascade.forGroup(rule('ad-ratio'), group('newbie')).options, { max: 0.3, window: 'week' });
    assert.deepEqual(cascade.forWorkspace(rule('ad-ratio')).options, { max: 0.3, window: 'week' });
  });
  it('lets a bare severity keep the options below it', () => {
    const setting = cascade.forGroup(rule('quiet-hours'), group('vip'));
    assert.equal(setting.severity, 'warning');
    assert.deepEqual(setting.options, { from: '21:30', to: '08:00' });
    assert.equal(cascade.forGroup(rule('quiet-hours'), group('trial')).severity, 'error');
  });
  it('merges mapping options key by key', () => {
    assert.deepEqual(cascade.forGroup(rule('content-mix'), group('trial')).options, { min: { practical: 2, interactive: 3, emotional: 1 } });
  });
  it('gives equal settings equal keys and different settings different keys', () => {
    assert.equal(cascade.forGroup(rule('min-gap'), group('vip')).key, cascade.forGroup(rule('min-gap'), group('newbie')).key);
    assert.notEqual(cascade.forGroup(rule('ad-ratio'), group('vip')).key, cascade.forGroup(rule('ad-ratio'), group('newbie')).key);
  });
});
