import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { assertOneLineError, ccal, type CcalRun } from './run';
import { at } from '../support/defined';

// SPEC §9, as a corpus: a workspace is untrusted input. Every run here must end (run.ts kills one after 30 s and
// fails the test), exit 0, 1 or 2, keep its machine output parseable and its human output free of raw controls.

const NOW = '2026-11-24T09:00';
const CONFIG = 'groups:\n  - id: g\n    tier: regular\nrules:\n  posts-per-day: off\n  content-mix: off\n  ugc-per-month: off\n  duplicate-content: off\n  unapproved-soon: off\n';
const post = (title: string, time: string) => `---\ntitle: ${JSON.stringify(title)}\ngroup: g\npublish: 2026-11-25 ${time}\ntype: notice\nstatus: approved\n---\n早上好\n`;
// a title that would set the terminal's title, ring its bell, start a CSI through C1 and reverse the line's order
const HOSTILE_TITLE = '早安\u001b]0;pwned\u0007\u009b2J\u202etxt.exe';
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

interface EslintFile {
  filePath: string;
  messages: Array<{ ruleId: string; line: number; column: number; message: string }>;
}

/** What each hostile entry of the corpus must be reported as (by its path under posts/), and nothing else. */
const EXPECTED: Record<string, string> = {
  'zero.md': 'Symbolic link to a file outside the workspace folder; skipped without reading it',
  'passwd.md': 'Symbolic link to a file outside the workspace folder; skipped without reading it',
  'fifo-link.md': 'Not a regular file but a FIFO (named pipe); skipped without reading it',
  'fifo.md': 'Not a regular file but a FIFO (named pipe); skipped without reading it',
  'socket.md': 'Not a regular file but a socket; skipped without reading it',
  'loop.md': 'Symbolic link that leads nowhere (ELOOP: missing target or a loop); skipped',
  'broken.md': 'Symbolic link that leads nowhere (ENOENT: missing target or a loop); skipped',
  'outside-folder': 'Symbolic link to a file outside the workspace folder; skipped without reading it',
  'big.md': 'File is 10.5 MB, above the 10 MB limit for a post; skipped',
  'a\\..\\..\\x.md': 'File name has a backslash or a name Windows reads as a path step; skipped',
  'title\u001b]0;x\u0007.md': 'File name has a backslash or a name Windows reads as a path step; skipped',
};

function hostileWorkspace(fillers: number): { dir: string; close(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccal-hostile-'));
  const posts = path.join(dir, 'posts');
  fs.mkdirSync(path.join(posts, 'sub'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'community.yaml'), CONFIG);
  fs.writeFileSync(path.join(posts, 'hello.md'), post(HOSTILE_TITLE, '09:00'));
  fs.writeFileSync(path.join(posts, 'sub', 'second.md'), post('第二条', '09:10'));
  fs.symlinkSync('/dev/zero', path.join(posts, 'zero.md'));
  fs.symlinkSync('/etc/passwd', path.join(posts, 'passwd.md'));
  spawnSync('mkfifo', [path.join(dir, 'pipe'), path.join(posts, 'fifo.md')]);
  fs.symlinkSync('../pipe', path.join(posts, 'fifo-link.md'));
  fs.symlinkSync('loop.md', path.join(posts, 'loop.md'));
  fs.symlinkSync('missing.md', path.join(posts, 'broken.md'));
  fs.symlinkSync('..', path.join(posts, 'sub', 'up'));
  fs.symlinkSync(os.tmpdir(), path.join(posts, 'outside-folder'));
  fs.writeFileSync(path.join(posts, 'big.md'), post('大文件', '11:00').padEnd(11_000_000, 'x'));
  fs.writeFileSync(path.join(posts, 'a\\..\\..\\x.md'), post('反斜杠', '12:00'));
  fs.writeFileSync(path.join(posts, 'title\u001b]0;x\u0007.md'), post('控制字符', '13:00'));
  // one filler a day from December on, so they never crowd each other
  for (let index = 0; index < fillers; index++) fs.writeFileSync(path.join(posts, `filler-${index}.md`), post(`填充 ${index}`, '14:00').replace('2026-11-25', new Date(Date.UTC(2026, 11, 1 + index)).toISOString().slice(0, 10)));
  // a socket exists only while something listens on it
  const server = net.createServer().listen(path.join(posts, 'socket.md'));
  return { dir, close: () => server.close() };
}

function lintJson(dir: string): { run: CcalRun; files: EslintFile[] } {
  const run = ccal(['lint', dir, '-f', 'json', '--now', NOW]);
  assert.equal(run.stderr, '');
  assert.equal(run.status, 1);
  return { run, files: JSON.parse(run.stdout) as EslintFile[] };
}

function underPosts(dir: string, file: EslintFile): string {
  return path.relative(path.join(dir, 'posts'), file.filePath).split(path.sep).join('/');
}

describe('ccal lint on a hostile workspace (SPEC §9)', function () {
  if (process.platform === 'win32') return;
  const cleanups: Array<() => void> = [];
  after(() => cleanups.forEach((cleanup) => cleanup()));

  for (const fillers of [0, 700]) {
    it(`reports every device, FIFO, socket, odd link, oversized file and unsafe name as skipped, never read${fillers ? ' (posts read on the second thread)' : ''}`, () => {
      const workspace = hostileWorkspace(fillers);
      cleanups.push(() => {
        workspace.close();
        fs.rmSync(workspace.dir, { recursive: true, force: true });
      });
      const { files } = lintJson(workspace.dir);
      const found = Object.fromEntries(files.filter((file) => file.messages.length > 0).map((file) => [underPosts(workspace.dir, file), file.messages.map((message) => `${message.ruleId} ${message.line}:${message.column} ${message.message}`)]));
      for (const [name, message] of Object.entries(EXPECTED)) assert.deepEqual(found[name], [`front-matter 1:1 ${message}`], name);
      assert.deepEqual(found['sub/second.md'], ['min-gap 4:10 Only 10 min after "早安\u001b]0;pwned\u0007\u009b2J\u202etxt.exe" in g (at least 30 min apart)']);
      const unexpected = Object.keys(found).filter((name) => !(name in EXPECTED) && name !== 'sub/second.md');
      assert.deepEqual(unexpected, [], 'no other file has problems: links back into the tree are walked once');
    });
  }

  it('keeps every control character of user text off the terminal, in each output format', () => {
    const workspace = hostileWorkspace(0);
    cleanups.push(() => {
      workspace.close();
      fs.rmSync(workspace.dir, { recursive: true, force: true });
    });
    for (const format of ['stylish', 'github', 'json', 'sarif']) {
      const run = ccal(['lint', workspace.dir, '-f', format, '--now', NOW], { env: { FORCE_COLOR: '0' } });
      assert.equal(run.status, 1, format);
      assert.doesNotMatch(run.stdout, RAW_CONTROL, `${format} writes no raw control character`);
      if (format === 'json' || format === 'sarif') assert.ok(JSON.stringify(JSON.parse(run.stdout)).includes('\\u001b]0;pwned'), `${format} keeps the title's value`);
      else assert.match(run.stdout, /早安\\u001b\]0;pwned\\u0007\\u009b2J\\u202etxt\.exe/, `${format} shows the title escaped`);
    }
  });

  it('reports a folder it cannot read instead of skipping its posts silently', function () {
    // root reads any folder: the run then goes as "nobody", which the mode 000 keeps out
    const asNobody = process.getuid?.() === 0;
    if (asNobody && spawnSync('setpriv', ['--version']).status !== 0) this.skip();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccal-locked-'));
    cleanups.push(() => {
      fs.chmodSync(path.join(dir, 'posts', 'locked'), 0o755);
      fs.rmSync(dir, { recursive: true, force: true });
    });
    fs.mkdirSync(path.join(dir, 'posts', 'locked'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'community.yaml'), CONFIG);
    fs.writeFileSync(path.join(dir, 'posts', 'open.md'), post('公开', '09:00'));
    fs.writeFileSync(path.join(dir, 'posts', 'locked', 'hidden.md'), post('锁住', '15:00'));
    fs.chmodSync(path.join(dir, 'posts', 'locked'), 0o000);
    fs.chmodSync(dir, 0o755);
    const args = [path.resolve(__dirname, '../../../bin/ccal.js'), 'lint', dir, '-f', 'json', '--now', NOW];
    const result = asNobody
      ? spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, ...args], { encoding: 'utf8', timeout: 30_000 })
      : spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 30_000 });
    assert.equal(result.status, 1, result.stderr);
    const files = JSON.parse(result.stdout) as EslintFile[];
    assert.deepEqual(
      files.filter((file) => file.messages.length > 0).map((file) => `${underPosts(dir, file)}: ${file.messages.map((message) => message.message).join('; ')}`),
      ['locked: Folder could not be read (EACCES): the posts in it are not checked'],
    );
  });

  describe('community.yaml that points outside the folder or could hang, one line and exit 2', () => {
    const cases: Array<[string, (dir: string) => void, string[], RegExp]> = [
      ['a posts glob reaching outside the folder', (dir) => fs.writeFileSync(path.join(dir, 'community.yaml'), 'posts: ["../elsewhere/**/*.md"]\n'), [], /community\.yaml:1:9: Posts glob "\.\.\/elsewhere\/\*\*\/\*\.md" is refused: "\.\." reaches outside the workspace folder/],
      ['a posts glob that would backtrack', (dir) => fs.writeFileSync(path.join(dir, 'community.yaml'), `posts: ["posts/@(a|a*)${'a'.repeat(40)}b.md"]\n`), [], /extglobs such as @\(a\|b\) can take exponential time/],
      ['community.yaml that is a FIFO', (dir) => spawnSync('mkfifo', [path.join(dir, 'community.yaml')]), [], /community\.yaml is not a regular file/],
      ['community.yaml linked to /dev/zero', (dir) => fs.symlinkSync('/dev/zero', path.join(dir, 'community.yaml')), [], /community\.yaml is not a regular file/],
      ['a rule id that would set the terminal title', (dir) => fs.writeFileSync(path.join(dir, 'community.yaml'), 'rules:\n  "\\e]0;pwned\\a": off\n'), [], /Unknown rule "\\u001b\]0;pwned\\u0007"/],
    ];
    for (const [name, setUp, args, stderr] of cases) {
      it(name, () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccal-config-'));
        cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
        setUp(dir);
        const run = ccal(['lint', ...args, '--now', NOW], { cwd: dir });
        assertOneLineError(run, stderr);
        assert.doesNotMatch(run.stderr, RAW_CONTROL);
      });
    }
  });

  describe('posts and options of any size or shape, each reported precisely within seconds', () => {
    const anchors = (count: number) => Array.from({ length: count }, (_, index) => `k${index}: &a${index} 值${index}`).join('\n');
    const aliases = (count: number, anchored: number) => `refs: [${Array.from({ length: count }, (_, index) => `*a${index % anchored}`).join(', ')}]`;
    const hostilePost = (frontMatter: string, body = '正文') => `---\ntitle: 早安\ngroup: g\npublish: 2026-11-25 09:00\ntype: notice\nstatus: approved\n${frontMatter}---\n${body}\n`;
    const cases: Array<{ name: string; config?: string; post: string; expected: RegExp[] }> = [
      { name: '3 000 anchors and 3 000 aliases (85 KB)', post: hostilePost(`${anchors(3000)}\n${aliases(3000, 3000)}\n`), expected: [] },
      { name: '60 000 aliases, past the limit', post: hostilePost(`${anchors(10)}\n${aliases(60_000, 10)}\n`), expected: [/^front-matter \d+:\d+ Front matter has more than 50000 aliases/] },
      { name: 'a 10 000-character banned word', config: `${CONFIG}  banned-words: { words: [${'好'.repeat(10_000)}] }\n`, post: hostilePost('', `前${'好'.repeat(10_000)}后`), expected: [/^banned-words 8:2 "好{10000}" is on the team's list of banned words$/] },
      { name: 'a post in year 0001', post: hostilePost('').replace('2026-11-25 09:00', '0001-01-01 09:00'), expected: [/^valid-date 4:10 "0001-01-01 09:00" is outside the years the plan covers \(2000 to 2100/] },
      { name: 'a post in year 9999', post: hostilePost('').replace('2026-11-25 09:00', '9999-12-31 09:00'), expected: [/^valid-date 4:10 "9999-12-31 09:00" is outside the years the plan covers/] },
      { name: '5 000 findings of one rule', config: `${CONFIG}  banned-words: { otherSeverity: error }\n`, post: hostilePost('', '最佳'.repeat(5000)), expected: [...Array.from({ length: 100 }, () => /^banned-words 8:\d+ "最佳" is a banned absolute term/), /^banned-words 8:\d+ …and 4900 more banned-words findings in this file/] },
      { name: '100 000 unclosed comments', post: hostilePost('', '<!--'.repeat(100_000)), expected: [] },
    ];
    for (const { name, config, post: text, expected } of cases) {
      it(name, () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccal-shapes-'));
        cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
        fs.mkdirSync(path.join(dir, 'posts'));
        fs.writeFileSync(path.join(dir, 'community.yaml'), config ?? CONFIG);
        fs.writeFileSync(path.join(dir, 'posts', 'post.md'), text);
        for (const args of [['lint', '-f', 'json'], ['export', '--format', 'ics'], ['stats', '--json']]) {
          const run = ccal([...args, '--now', NOW], { cwd: dir, measureMemory: true });
          assert.ok([0, 1].includes(run.status ?? -1), `${args[0]}: exit ${run.status}: ${run.stderr.slice(0, 200)}`);
          assert.ok(run.wallMs < 10_000 && (run.rssKb ?? 0) < 1024 * 1024, `${args[0]}: ${Math.round(run.wallMs)} ms, ${run.rssKb} KB`);
          if (args[0] !== 'lint') continue;
          const messages = (JSON.parse(run.stdout) as EslintFile[]).flatMap((file) => file.messages.map((message) => `${message.ruleId} ${message.line}:${message.column} ${message.message}`));
          assert.equal(messages.length, expected.length, messages.slice(0, 3).join('\n'));
          expected.forEach((pattern, index) => assert.match(at(messages, index), pattern));
        }
      });
    }
  });

  it('skips a FIFO named on the command line without opening it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccal-named-fifo-'));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    fs.mkdirSync(path.join(dir, 'posts'));
    fs.writeFileSync(path.join(dir, 'community.yaml'), CONFIG);
    spawnSync('mkfifo', [path.join(dir, 'notes.fifo'), path.join(dir, 'posts', 'pipe.md')]);
    const run = ccal(['lint', 'notes.fifo', 'posts/pipe.md', '-f', 'json', '--now', NOW], { cwd: dir });
    assert.equal(run.status, 1);
    assert.deepEqual((JSON.parse(run.stdout) as EslintFile[]).map((file) => `${underPosts(dir, file)}: ${file.messages[0]?.message}`), ['pipe.md: Not a regular file but a FIFO (named pipe); skipped without reading it']);
  });
});
