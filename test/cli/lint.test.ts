import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { assertOneLineError, ccal, FIXTURES, REPO } from './run';
import { at } from '../support/defined';

const NOW = '2026-11-22T09:00';

interface EslintResult {
  filePath: string;
  messages: Array<{ ruleId: string; severity: number; message: string; line: number; column: number; endLine: number; endColumn: number; fix?: { range: [number, number]; text: string } }>;
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

function json(stdout: string): EslintResult[] {
  return JSON.parse(stdout) as EslintResult[];
}

function brief(results: EslintResult[]): string[] {
  return results.flatMap((result) => result.messages.map((message) => `${path.relative(FIXTURES, result.filePath)}:${message.line}:${message.column} ${message.ruleId}/${message.severity}`));
}

describe('ccal lint (built binary)', () => {
  it('reports every problem of a workspace as ESLint JSON and exits 1', () => {
    const run = ccal(['lint', 'test/fixtures/basic', '--format', 'json', '--now', NOW]);
    assert.equal(run.status, 1);
    assert.equal(run.stderr, '');
    const results = json(run.stdout);
    assert.deepEqual(brief(results), [
      'basic/posts/2026-11/2026-11-23-longjing.md:4:10 quiet-hours/1',
      'basic/posts/2026-11/2026-11-23-longjing.md:8:17 banned-words/2',
      'basic/posts/2026-11/2026-11-23-longjing.md:10:10 personal-info/2',
      'basic/posts/2026-11/2026-11-24-promo.md:3:20 known-group/2',
      'basic/posts/2026-11/2026-11-24-promo.md:5:7 ad-disclosure/2',
      'basic/posts/2026-11/2026-11-24-promo.md:5:7 ad-ratio/2',
    ]);
    assert.deepEqual(
      results.map((result) => [path.relative(FIXTURES, result.filePath), result.errorCount, result.warningCount]),
      [
        ['basic/community.yaml', 0, 0],
        ['basic/posts/2026-11/2026-11-23-longjing.md', 2, 1],
        ['basic/posts/2026-11/2026-11-24-morning.md', 0, 0],
        ['basic/posts/2026-11/2026-11-24-promo.md', 3, 0],
      ],
    );
    // a fixable warning (quiet-hours) and fixable errors (banned-words, known-group, ad-disclosure) counted apart
    assert.deepEqual(
      results.map((result) => [result.fixableErrorCount, result.fixableWarningCount]),
      [[0, 0], [1, 1], [0, 0], [2, 0]],
    );
    const knownGroup = at(results, 3).messages[0];
    assert.ok(knownGroup);
    assert.equal(knownGroup.message, 'Unknown group "tea-nw"; did you mean "tea-new"?');
    assert.deepEqual([knownGroup.endLine, knownGroup.endColumn], [3, 26]);
    // ESLint's fix ranges are string offsets into the file
    assert.deepEqual(knownGroup.fix, { range: [36, 42], text: 'tea-new' });
    // the text is JSON.stringify's, with ESLint's keys in ESLint's order, for files with messages and without
    assert.equal(run.stdout, `${JSON.stringify(results)}\n`);
    const keys = ['filePath', 'messages', 'suppressedMessages', 'errorCount', 'fatalErrorCount', 'warningCount', 'fixableErrorCount', 'fixableWarningCount', 'usedDeprecatedRules'];
    for (const result of results) assert.deepEqual(Object.keys(result), keys);
    assert.deepEqual(at(results, 2), { filePath: path.join(FIXTURES, 'basic/posts/2026-11/2026-11-24-morning.md'), messages: [], suppressedMessages: [], errorCount: 0, fatalErrorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, usedDeprecatedRules: [] });
  });

  it('prints stylish output grouped by file with a summary', () => {
    const run = ccal(['lint', 'test/fixtures/basic', '--now', NOW]);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /test\/fixtures\/basic\/posts\/2026-11\/2026-11-24-promo\.md\n {2}3:20 {2}error {2}Unknown group "tea-nw"; did you mean "tea-new"\? {2}known-group\n/);
    assert.match(run.stdout, /✖ 6 problems \(5 errors, 1 warning, 0 info\)/);
    assert.ok(!run.stdout.includes('\u001b['), 'no colours when not on a terminal');
  });

  it('speaks Chinese when asked', () => {
    const run = ccal(['lint', 'test/fixtures/basic', '--now', NOW, '--locale', 'zh-CN']);
    assert.match(run.stdout, /未知群组“tea-nw”；是否是“tea-new”？/);
    assert.match(run.stdout, /6 个问题（5 个错误，1 个警告，0 个提示）/);
    assert.match(ccal(['lint', 'test/fixtures/basic', '--now', NOW], { env: { LANG: 'zh_CN.UTF-8' } }).stdout, /个问题/);
  });

  it('names the content types in the language of the output', () => {
    const chinese = ccal(['lint', 'examples/mom-and-baby', '--now', NOW, '--locale', 'zh-CN']).stdout;
    // the example's weekend shortfall in sh-city names its open slot, with the slot's type
    assert.match(chinese, /sh-city 在 \d{4}-\d\d-\d\d 的帖子过少：2 条（至少 3 条）；空档 16:30 实用 {2}posts-per-day\n/);
    assert.doesNotMatch(chinese, /空档[^\n]*(practical|interactive|emotional)/);
    assert.match(ccal(['lint', 'examples/mom-and-baby', '--now', NOW]).stdout, /Too few posts to sh-city on \d{4}-\d\d-\d\d: 2 \(at least 3\); open slots 16:30 practical {2}posts-per-day\n/);
  });

  it('colours stylish output when forced', () => {
    assert.ok(ccal(['lint', 'test/fixtures/basic', '--now', NOW], { env: { FORCE_COLOR: '1' } }).stdout.includes('\u001b[31merror'));
  });

  it('exits 0 on a clean workspace, from inside it, and prints nothing', () => {
    const run = ccal(['lint', '--now', NOW], { cwd: path.join(FIXTURES, 'clean/posts') });
    assert.deepEqual([run.status, run.stdout, run.stderr], [0, '', '']);
  });

  it('shows paths relative to the current directory, from inside the workspace too', () => {
    assert.match(ccal(['lint', '--now', NOW], { cwd: path.join(FIXTURES, 'basic/posts') }).stdout, /^2026-11\/2026-11-24-promo\.md$/m);
    assert.match(ccal(['lint', '--now', NOW], { cwd: path.join(FIXTURES, 'basic/posts/2026-11') }).stdout, /^2026-11-24-promo\.md$/m);
    assert.match(ccal(['lint', '..', '--now', NOW], { cwd: path.join(FIXTURES, 'basic/posts/2026-11') }).stdout, /^2026-11-24-promo\.md$/m);
  });

  it('finds community.yaml by walking up from a given path and lints only the posts under it', () => {
    const run = ccal(['lint', 'test/fixtures/nested/community/posts/2026-11/2026-11-25-gear.md', '-f', 'json', '--now', NOW]);
    assert.equal(run.status, 1);
    assert.deepEqual(brief(json(run.stdout)), ['nested/community/posts/2026-11/2026-11-25-gear.md:4:10 min-gap/1', 'nested/community/posts/2026-11/2026-11-25-gear.md:7:1 banned-words/2']);
  });

  it('lints only the named files the posts globs select, and each as it is linted unnamed (a pre-commit hook names staged files)', () => {
    const workspace = 'test/fixtures/staged-files';
    const named = ccal(['lint', `${workspace}/NOTES.md`, `${workspace}/posts/drafts/wip.md`, `${workspace}/posts/ok.md`, `${workspace}/posts/ok2.md`, '-f', 'json', '--now', NOW]);
    const whole = ccal(['lint', workspace, '-f', 'json', '--now', NOW]);
    assert.equal(named.status, 0, named.stderr);
    const files = json(named.stdout);
    assert.deepEqual(files.map((file) => path.relative(REPO, file.filePath)), [`${workspace}/posts/ok.md`, `${workspace}/posts/ok2.md`], 'NOTES.md and the excluded draft are skipped silently');
    assert.deepEqual(at(files, 1).messages.map((message) => message.message), ['Only 20 min after "龙井冲泡三步" in tea (at least 30 min apart)'], 'the excluded draft is not in the schedule');
    assert.deepEqual(files, json(whole.stdout).filter((file) => files.some((namedFile) => namedFile.filePath === file.filePath)));
    const config = json(ccal(['lint', `${workspace}/community.yaml`, `${workspace}/posts`, '-f', 'json', '--now', NOW]).stdout);
    assert.ok(!config.some((file) => file.filePath.endsWith('community.yaml')), 'community.yaml is no post: named alone, it is skipped too');
    assert.ok(json(whole.stdout).some((file) => file.filePath.endsWith('community.yaml')), 'it comes with its folder, the whole workspace');
  });

  it('takes --config', () => {
    const run = ccal(['lint', '--config', 'test/fixtures/nested/community/community.yaml', '-f', 'json', '--now', NOW]);
    assert.equal(json(run.stdout).length, 3);
  });

  it('reads --now from CCAL_NOW', () => {
    const withEnv = ccal(['lint', 'test/fixtures/clean', '-f', 'json'], { env: { CCAL_NOW: '2026-11-27T09:00' } });
    assert.deepEqual(brief(json(withEnv.stdout)), ['clean/posts/2026-11-25-route.md:4:10 stale-schedule/1', 'clean/posts/2026-11-26-stretch.md:4:10 stale-schedule/1']);
    assert.equal(withEnv.status, 0, 'warnings only');
  });

  it('--quiet reports errors only', () => {
    const run = ccal(['lint', 'test/fixtures/basic', '-f', 'json', '--now', NOW, '--quiet']);
    assert.ok(brief(json(run.stdout)).every((line) => line.endsWith('/2')));
    assert.equal(brief(json(run.stdout)).length, 5);
  });

  it('--max-warnings turns too many warnings into exit 1', () => {
    const args = ['lint', 'test/fixtures/clean', '-f', 'json', '--now', '2026-11-27T09:00'];
    assert.equal(ccal([...args, '--max-warnings', '2']).status, 0);
    const over = ccal([...args, '--max-warnings', '1']);
    assert.equal(over.status, 1);
    assert.match(over.stderr, /too many warnings \(maximum: 1\)/);
    assert.equal(ccal([...args, '--max-warnings', '-1']).status, 0, 'ESLint\'s -1: no limit, written with a space too');
    assert.equal(ccal([...args, '--max-warnings=-1']).status, 0);
  });

  it('prints GitHub workflow annotations, escaped', () => {
    const run = ccal(['lint', 'test/fixtures/basic', '-f', 'github', '--now', NOW]);
    const lines = run.stdout.trim().split('\n');
    assert.equal(lines.length, 6);
    assert.equal(lines[0], '::warning file=test/fixtures/basic/posts/2026-11/2026-11-23-longjing.md,line=4,col=10,endLine=4,endColumn=26,title=quiet-hours::Publishes at 23:30, inside quiet hours 22:00–07:00');
  });

  describe('configuration and usage errors: one line, exit 2', () => {
    const cases: Array<[string, string[], RegExp]> = [
      ['a broken community.yaml', ['lint', 'test/fixtures/broken-config'], /^ccal: test\/fixtures\/broken-config\/community\.yaml:4:3: Unknown rule "ad-ratoi" \(did you mean "ad-ratio"\?\)\n$/],
      ['no community.yaml anywhere up', ['lint', '/tmp'], /^ccal: no community\.yaml found in \/tmp or any parent directory/],
      ['a path that does not exist', ['lint', 'test/fixtures/basic/nope.md'], /^ccal: no such file or directory: test\/fixtures\/basic\/nope\.md\n$/],
      ['an unknown format', ['lint', 'test/fixtures/basic', '-f', 'xml'], /^ccal: unknown --format "xml" \(use stylish, json, sarif, github\)\n$/],
      ['an unknown option', ['lint', '--fast'], /^ccal: Unknown option '--fast'/],
      ['a bad --now', ['lint', 'test/fixtures/basic', '--now', 'tomorrow'], /^ccal: invalid --now \/ CCAL_NOW value "tomorrow"/],
      ['a bad --max-warnings', ['lint', 'test/fixtures/basic', '--max-warnings', 'many'], /^ccal: --max-warnings needs a whole number, got "many"\n$/],
      ['an unknown command', ['check'], /^ccal: unknown command "check"/],
      ['a missing --config file', ['lint', '--config', 'nope.yaml'], /^ccal: no such file or directory: nope\.yaml\n$/],
    ];
    for (const [name, args, stderr] of cases) {
      it(name, () => assertOneLineError(ccal(args), stderr));
    }
  });

  it('--help and --version', () => {
    const help = ccal(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /ccal lint \[paths\.\.\.\]/);
    assert.match(ccal(['lint', '--help']).stdout, /--max-warnings/);
    assert.match(help.stdout, /ccal export --format <f>/);
    assert.match(help.stdout, /ccal stats \[options\]/);
    assert.match(ccal(['stats', '--help'], { env: { LANG: 'zh_CN.UTF-8' } }).stdout, /ccal export --format <格式>/);
    assert.match(ccal(['--help'], { env: { LANG: 'zh_CN.UTF-8' } }).stdout, /用法/);
    const version = ccal(['--version']);
    assert.equal(version.status, 0);
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
  });
  it('json and --quiet skip the rules nobody sees, and report exactly what sarif, which shows every severity, reports', () => {
    interface SarifResult { ruleId: string; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }> }
    const sarif = ccal(['lint', 'examples/mom-and-baby', '--format', 'sarif', '--now', NOW]);
    const results = (JSON.parse(sarif.stdout) as { runs: Array<{ results: SarifResult[] }> }).runs.flatMap((run) => run.results);
    const where = (result: SarifResult) => {
      const { artifactLocation, region } = at(result.locations, 0).physicalLocation;
      return `${artifactLocation.uri.replace(/^.*mom-and-baby\//, '')}:${region.startLine}:${region.startColumn} ${result.ruleId}`;
    };
    // the example's typography showcase: infos a json run must not compute, a sarif run must
    assert.ok(results.some((result) => result.ruleId === 'zh-typography' && result.level === 'note'));
    const shown = (levels: string[]) => results.filter((result) => levels.includes(result.level)).map(where).sort();
    const reported = (args: string[]) =>
      json(ccal(['lint', 'examples/mom-and-baby', '--format', 'json', '--now', NOW, ...args]).stdout)
        .flatMap((result) => result.messages.map((message) => `${path.relative(path.join(REPO, 'examples/mom-and-baby'), result.filePath)}:${message.line}:${message.column} ${message.ruleId}`))
        .sort();
    assert.deepEqual(reported([]), shown(['error', 'warning']));
    assert.deepEqual(reported(['--quiet']), shown(['error']));
  });
});
