import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { EventEmitter, once } from 'node:events';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { BIN, ccal, FIXTURES } from './run';

const NOW = '2026-11-22T09:00';
const POSTS = 480;

/** The basic fixture's config with many posts, each with a finding, so a report runs to hundreds of kilobytes. */
function manyPosts(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccal-output-'));
  fs.copyFileSync(path.join(FIXTURES, 'basic/community.yaml'), path.join(dir, 'community.yaml'));
  fs.mkdirSync(path.join(dir, 'posts'));
  for (let index = 0; index < POSTS; index++) {
    const day = String(1 + (index % 28)).padStart(2, '0');
    const post = ['---', `title: 深夜茶话 ${index}`, 'group: tea-new', `publish: 2026-12-${day} 03:${String(index % 60).padStart(2, '0')}`, 'type: interactive', 'status: draft', '---', '今天大家喝的是什么茶？'.repeat(20 + (index % 3)), ''];
    fs.writeFileSync(path.join(dir, 'posts', `p${String(index).padStart(3, '0')}.md`), post.join('\n'));
  }
  return dir;
}

describe('ccal lint output', () => {
  let dir: string;
  before(() => (dir = manyPosts()));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const format of ['json', 'sarif', 'stylish', 'github']) {
    it(`writes a long ${format} report in pieces, never as one string, with the text the binary prints`, async () => {
      const writes: string[] = [];
      const io = { argv: ['lint', '--format', format, '--now', NOW], cwd: dir, env: { LANG: 'C' }, stdout: { write: (text: string) => writes.push(text) }, stderr: { write: () => true }, stdoutIsTTY: false };
      assert.equal(await main(io), 0, "warnings only");
      const text = writes.join('');
      assert.ok(text.length > 100_000, `${text.length} characters`);
      assert.ok(writes.length > 1, `${writes.length} writes`);
      assert.ok(Math.max(...writes.map((write) => write.length)) < 100_000);
      assert.equal(text, ccal(['lint', '--format', format, '--now', NOW], { cwd: dir }).stdout);
    });
  }

  it('writes the next piece only once the stream has drained, as a pipe asks', async () => {
    // a pipe whose reader is slow: every write fills it, and it drains when the test says so
    const writes: string[] = [];
    const stdout = Object.assign(new EventEmitter(), { write: (text: string) => writes.push(text) === 0 });
    const io = { argv: ['lint', '--format', 'json', '--now', NOW], cwd: dir, env: { LANG: 'C' }, stdout, stderr: { write: () => true }, stdoutIsTTY: false };
    let exitCode: number | undefined;
    const run = main(io).then((code) => (exitCode = code));
    const until = async (condition: () => boolean) => {
      while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
    };
    let drains = 0;
    await until(() => writes.length > 0);
    while (exitCode === undefined) {
      // time in which a writer that does not wait would write on
      await new Promise((resolve) => setTimeout(resolve, 20));
      assert.equal(writes.length, drains + 1, 'one piece per drain');
      drains += 1;
      stdout.emit('drain');
      await until(() => writes.length > drains || exitCode !== undefined);
    }
    await run;
    assert.equal(exitCode, 0);
    assert.ok(drains > 1, `${drains} drains`);
    assert.equal(writes.join(''), ccal(['lint', '--format', 'json', '--now', NOW], { cwd: dir }).stdout);
  });

  for (const command of [['lint', '--format', 'json'], ['export', '--format', 'ics']]) {
    it(`gives a reader that takes its time the whole output of ccal ${command[0]} through a pipe`, async () => {
      const args = [...command, '--now', NOW];
      const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env: { ...process.env, LANG: 'C', CCAL_NOW: undefined }, stdio: ['ignore', 'pipe', 'ignore'] });
      const closed = once(child, 'close');
      const chunks: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
      // the reader waits before taking anything, so the pipe fills and ccal must wait for it
      child.stdout.pause();
      await new Promise((resolve) => setTimeout(resolve, 500));
      child.stdout.resume();
      const [code] = (await closed) as [number];
      assert.equal(code, 0);
      assert.equal(Buffer.concat(chunks).toString('utf8'), ccal(args, { cwd: dir }).stdout);
    });
  }
});
