import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FIXTURES, REPO } from './run';

const FILES = ['bin/ccal.js', 'bin/codeCache.js', 'dist/ccal.js', 'dist/ccal.jsc', 'dist/ccal-reader.js'];
const NOW = '2026-11-23T09:00';

/** Whether bin/codeCache.js, run in a fresh process, loads the bundle of `root` from its code cache. */
function usesCodeCache(root: string): boolean {
  const probe = `const { loadBundle } = require(${JSON.stringify(path.join(root, 'bin/codeCache.js'))}); console.log(loadBundle(${JSON.stringify(path.join(root, 'dist/ccal.js'))}).usedCodeCache)`;
  const result = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8', timeout: 30_000 });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout) as boolean;
}

/** ccal's JSON report of the basic fixture, run from the copy at `root`. */
function lintReport(root: string): string {
  const result = spawnSync(process.execPath, [path.join(root, 'bin/ccal.js'), 'lint', path.join(FIXTURES, 'basic'), '--format', 'json', '--now', NOW], { cwd: REPO, encoding: 'utf8', timeout: 30_000, env: { ...process.env, LANG: 'C' } });
  assert.equal(result.status, 1, result.stderr);
  return result.stdout;
}

describe('the CLI bundle loads from its code cache (bin/codeCache.js)', function () {
  this.timeout(60_000);
  let copy: string;

  beforeEach(() => {
    copy = fs.mkdtempSync(path.join(os.tmpdir(), 'ccal-code-cache-'));
    for (const file of FILES) fs.cpSync(path.join(REPO, file), path.join(copy, file));
  });

  afterEach(() => {
    fs.rmSync(copy, { recursive: true, force: true });
  });

  it('the build writes a cache that this Node takes', () => {
    assert.equal(usesCodeCache(copy), true);
  });

  it('a cache made for other bytes of the same length is not used, and ccal runs as built', () => {
    const expected = lintReport(copy);
    const bundle = path.join(copy, 'dist/ccal.js');
    const text = fs.readFileSync(bundle, 'utf8');
    // V8 compares a cache with its source by length only: the same length, quotes changed, the same program
    const edited = text.replace('"use strict";', "'use strict';");
    assert.notEqual(edited, text);
    fs.writeFileSync(bundle, edited);
    assert.equal(usesCodeCache(copy), false);
    assert.equal(lintReport(copy), expected);
  });

  it('a damaged or missing cache is ignored', () => {
    const expected = lintReport(copy);
    const cacheFile = path.join(copy, 'dist/ccal.jsc');
    const cache = fs.readFileSync(cacheFile);
    // the bundle's hash intact, V8's data garbled: V8 rejects it
    fs.writeFileSync(cacheFile, Buffer.concat([cache.subarray(0, 32), Buffer.alloc(cache.length - 32, 0x5a)]));
    assert.equal(usesCodeCache(copy), false);
    assert.equal(lintReport(copy), expected);
    fs.writeFileSync(cacheFile, cache.subarray(0, 16));
    assert.equal(usesCodeCache(copy), false);
    fs.rmSync(cacheFile);
    assert.equal(usesCodeCache(copy), false);
    assert.equal(lintReport(copy), expected);
  });
});
