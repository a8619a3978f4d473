import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

interface Loaded {
  exports: unknown;
  usedCodeCache: boolean;
}

/**
 * loadWithCodeCache in a process of its own, as each VS Code start is: within one process V8 finds a script it
 * compiled before in its own memory and never looks at the cache given.
 */
function load(bundle: string, storage: string | undefined, save = false): Loaded {
  const loader = path.resolve(__dirname, '../../../src/extension/codeCache.js');
  const probe = `const loaded = require(${JSON.stringify(loader)}).loadWithCodeCache(${JSON.stringify(bundle)}, ${JSON.stringify(storage)}); if (${save}) loaded.saveCodeCache(); console.log(JSON.stringify({ exports: loaded.exports, usedCodeCache: loaded.usedCodeCache }));`;
  const result = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8', timeout: 30_000 });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout) as Loaded;
}

/** A small CommonJS bundle, as esbuild writes them: it requires a built-in and reads its own file name. */
function bundleText(answer: number): string {
  return `'use strict';\nconst path = require('node:path');\nmodule.exports = { answer: ${answer}, file: path.basename(__filename), folder: path.basename(__dirname), exportsIsThis: this === module.exports };\n`;
}

describe('services.js from a code cache in the extension storage', function () {
  this.timeout(30_000);
  let scratch: string;
  let bundle: string;
  let storage: string;

  beforeEach(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ccal-services-cache-'));
    bundle = path.join(scratch, 'services.js');
    storage = path.join(scratch, 'storage', 'community-calendar');
    fs.writeFileSync(bundle, bundleText(41));
  });

  afterEach(() => {
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  const caches = () => (fs.existsSync(storage) ? fs.readdirSync(storage).filter((name) => name.endsWith('.jsc')) : []);

  it('runs the bundle as require would, writes the cache when asked, and uses it next time', () => {
    const first = load(bundle, storage);
    assert.deepEqual(first, { exports: { answer: 41, file: 'services.js', folder: path.basename(scratch), exportsIsThis: true }, usedCodeCache: false });
    assert.deepEqual(caches(), [], 'nothing is written before saveCodeCache');
    load(bundle, storage, true);
    assert.equal(caches().length, 1, 'the storage folder is made, with one cache');
    const [name] = caches();
    const stat = fs.statSync(path.join(storage, name ?? ''));
    const second = load(bundle, storage, true);
    assert.deepEqual(second, { exports: first.exports, usedCodeCache: true });
    assert.deepEqual(caches(), [name]);
    assert.equal(fs.statSync(path.join(storage, name ?? '')).mtimeMs, stat.mtimeMs, 'a cache that was used is not written again');
  });

  it('does not use the cache of another bundle of the same length, and replaces it', () => {
    load(bundle, storage, true);
    const [old] = caches();
    fs.writeFileSync(bundle, bundleText(42));
    const changed = load(bundle, storage, true);
    assert.deepEqual(changed, { exports: { answer: 42, file: 'services.js', folder: path.basename(scratch), exportsIsThis: true }, usedCodeCache: false });
    assert.equal(caches().length, 1);
    assert.notEqual(caches()[0], old);
    assert.equal(load(bundle, storage).usedCodeCache, true);
  });

  it('ignores a damaged cache and makes it anew; without storage it only runs the bundle', () => {
    load(bundle, storage, true);
    const [name] = caches();
    assert.ok(name);
    fs.writeFileSync(path.join(storage, name), Buffer.alloc(64, 7));
    const damaged = load(bundle, storage, true);
    assert.equal(damaged.usedCodeCache, false);
    assert.equal((damaged.exports as { answer: number }).answer, 41);
    assert.equal(load(bundle, storage).usedCodeCache, true);
    assert.deepEqual(load(bundle, undefined, true), { exports: damaged.exports, usedCodeCache: false });
  });

  it('a storage folder that cannot be written costs only the cache', () => {
    fs.mkdirSync(path.dirname(storage), { recursive: true });
    // a file where the folder should be: mkdir fails
    fs.writeFileSync(storage, 'not a folder');
    assert.equal(load(bundle, storage, true).usedCodeCache, false);
    assert.equal(load(bundle, storage).usedCodeCache, false);
  });
});
