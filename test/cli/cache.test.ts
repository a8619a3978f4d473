import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { assertOneLineError, ccal } from './run';

const NOW = '2026-11-20T09:00';
const CONFIG = 'groups:\n  - id: g\n    tier: regular\n';
const post = (time: string, body: string) => `---\ntitle: 早安\ngroup: g\npublish: 2026-11-21 ${time}\ntype: practical\nstatus: approved\n---\n${body}\n`;
/** Long settled: a size-and-mtime stamp is trusted only for files not written in the last moments. */
const LAST_WEEK = new Date('2026-11-13T00:00:00Z');

const made: string[] = [];

function workspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccal-cache-'));
  made.push(dir);
  fs.mkdirSync(path.join(dir, 'posts'));
  fs.writeFileSync(path.join(dir, 'community.yaml'), CONFIG);
  fs.writeFileSync(path.join(dir, 'posts', 'a.md'), post('09:00', '今天分享辅食做法'));
  fs.writeFileSync(path.join(dir, 'posts', 'b.md'), post('12:00', '联系电话 13812345678'));
  for (const file of ['posts/a.md', 'posts/b.md']) fs.utimesSync(path.join(dir, file), LAST_WEEK, LAST_WEEK);
  return dir;
}

/**
 * Puts other words of the same length in a post and gives it back its old mtime: to size and mtime the file is
 * unchanged, so a run that reports the new words has read it.
 */
function swapUnnoticed(dir: string, file: string, from: string, to: string): void {
  const full = path.join(dir, file);
  const text = fs.readFileSync(full, 'utf8');
  assert.equal(Buffer.byteLength(from), Buffer.byteLength(to));
  fs.writeFileSync(full, text.replace(from, to));
  fs.utimesSync(full, LAST_WEEK, LAST_WEEK);
}

const lint = (dir: string, ...extra: string[]) => ccal(['lint', '--format', 'json', '--now', NOW, ...extra], { cwd: dir });
const phoneIn = (stdout: string, file: string) => (JSON.parse(stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>).find((report) => report.filePath.endsWith(file))?.messages.some((message) => message.ruleId === 'personal-info');

describe('ccal lint --cache', () => {
  after(() => {
    for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes .ccalcache in the working directory, reports the same as without it, and reads no unchanged file on the next run', () => {
    const dir = workspace();
    const plain = lint(dir);
    const first = lint(dir, '--cache');
    assert.equal(first.stdout, plain.stdout);
    assert.equal(first.status, plain.status);
    assert.ok(fs.statSync(path.join(dir, '.ccalcache')).isFile());
    swapUnnoticed(dir, 'posts/b.md', '13812345678', '23812345678');
    // b.md keeps its old finding: the cached run did not read it; without the cache, or by content, it is read
    assert.equal(phoneIn(lint(dir, '--cache').stdout, 'b.md'), true);
    assert.equal(phoneIn(lint(dir).stdout, 'b.md'), false);
    assert.equal(phoneIn(lint(dir, '--cache', '--cache-strategy', 'content').stdout, 'b.md'), false);
  });

  it('prints the last run as recorded when nothing changed, without opening the entries; an edit makes it read them', () => {
    const dir = workspace();
    const cacheFile = path.join(dir, '.ccalcache');
    const plain = lint(dir).stdout;
    lint(dir, '--cache');
    // an entry moved to a path that is no longer listed: a run that reads the entries drops it and rewrites the file
    const recorded = fs.readFileSync(cacheFile, 'utf16le');
    assert.match(recorded.split('\n')[1] ?? '', /^\["/, 'the second line is a record');
    const planted = recorded.replace('["posts/a.md"', '["posts/z.md"');
    assert.notEqual(planted, recorded);
    fs.writeFileSync(cacheFile, planted, 'utf16le');
    assert.equal(lint(dir, '--cache').stdout, plain);
    assert.equal(fs.readFileSync(cacheFile, 'utf16le'), planted, 'not rewritten: the entries were not read');
    fs.writeFileSync(path.join(dir, 'posts', 'b.md'), post('12:00', '联系电话 23812345678'));
    fs.utimesSync(path.join(dir, 'posts', 'b.md'), LAST_WEEK, new Date('2026-11-14T00:00:00Z'));
    const edited = lint(dir, '--cache');
    assert.equal(edited.stdout, lint(dir).stdout);
    assert.doesNotMatch(fs.readFileSync(cacheFile, 'utf16le'), /\["posts\/z\.md"/, 'read, and the stray entry dropped');
  });

  it('ignores a corrupt cache file and writes a good one in its place', () => {
    const dir = workspace();
    const cacheFile = path.join(dir, '.ccalcache');
    fs.writeFileSync(cacheFile, '{"format":"ccal-cache",\u0000 garbage');
    const run = lint(dir, '--cache');
    assert.equal(run.stderr, '');
    assert.equal(run.stdout, lint(dir).stdout);
    assert.match(fs.readFileSync(cacheFile, 'utf16le'), /^\{"format":"ccal-cache","version":\d+,/);
  });

  it('ignores a cache of another version: every file is read again', () => {
    const dir = workspace();
    lint(dir, '--cache');
    const cacheFile = path.join(dir, '.ccalcache');
    fs.writeFileSync(cacheFile, fs.readFileSync(cacheFile, 'utf16le').replace(/"version":\d+/, '"version":0'), 'utf16le');
    swapUnnoticed(dir, 'posts/b.md', '13812345678', '23812345678');
    assert.equal(phoneIn(lint(dir, '--cache').stdout, 'b.md'), false);
  });

  it('--cache-location names the file, or a folder to put .ccalcache in', () => {
    const dir = workspace();
    fs.mkdirSync(path.join(dir, 'caches'));
    lint(dir, '--cache', '--cache-location', 'caches');
    assert.ok(fs.existsSync(path.join(dir, 'caches', '.ccalcache')));
    lint(dir, '--cache', '--cache-location', 'my.cache');
    assert.ok(fs.existsSync(path.join(dir, 'my.cache')));
    assert.ok(!fs.existsSync(path.join(dir, '.ccalcache')));
  });

  it('neither reads nor replaces a cache location that is a link or a FIFO, and says so', () => {
    const dir = workspace();
    const target = path.join(dir, 'elsewhere.txt');
    fs.writeFileSync(target, 'not a cache');
    fs.symlinkSync(target, path.join(dir, '.ccalcache'));
    const linked = lint(dir, '--cache');
    assert.match(linked.stderr, /^ccal: cache file \.ccalcache is not a regular file or is larger than 256 MB: not read, not written\n$/);
    assert.equal(linked.stdout, lint(dir).stdout);
    assert.ok(fs.lstatSync(path.join(dir, '.ccalcache')).isSymbolicLink());
    assert.equal(fs.readFileSync(target, 'utf8'), 'not a cache');
    spawnSync('mkfifo', [path.join(dir, 'fifo')]);
    const piped = lint(dir, '--cache', '--cache-location', 'fifo');
    assert.match(piped.stderr, /cache file fifo is not a regular file/);
    assert.ok(fs.lstatSync(path.join(dir, 'fifo')).isFIFO());
  });

  it('refuses an unknown --cache-strategy in one line', () => {
    assertOneLineError(lint(workspace(), '--cache', '--cache-strategy', 'mtime'), /^ccal: unknown --cache-strategy "mtime" \(use metadata, content\)\n$/);
  });

  it('documents the options in both languages', () => {
    assert.match(ccal(['--help']).stdout, /--cache-strategy <s> how a file counts as unchanged/);
    assert.match(ccal(['--help'], { env: { LANG: 'zh_CN.UTF-8' } }).stdout, /--cache-strategy <s> 如何判断文件未改动/);
  });
});
