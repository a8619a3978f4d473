// Writes the CLI bundle's code cache (bin/codeCache.js): loads <dir>/ccal.js, runs the commands users run most on the
// example workspace with their output discarded, then saves the bytecode V8 compiled for them as <dir>/ccal.jsc.
// Usage: node scripts/write-code-cache.cjs <dir>   (run by esbuild.mjs after it bundles the CLI)
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { loadBundle, writeCodeCache } = require('../bin/codeCache.js');

const EXAMPLE = path.join(__dirname, '..', 'examples', 'mom-and-baby');
const NOW = ['--now', '2026-11-23T09:00'];

async function main() {
  const bundle = path.resolve(process.argv[2] ?? 'dist', 'ccal.js');
  const { exports: cli, script } = loadBundle(bundle, { useCodeCache: false });
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ccal-code-cache-'));
  const cache = ['--cache', '--cache-location', path.join(scratch, '.ccalcache')];
  const commands = [
    ['lint', EXAMPLE, ...NOW],
    ['lint', EXAMPLE, '--format', 'json', ...NOW, ...cache],
    // the same again: answered from the cache
    ['lint', EXAMPLE, '--format', 'json', ...NOW, ...cache],
    ['export', '--format', 'ics', '--config', path.join(EXAMPLE, 'community.yaml'), ...NOW],
    ['stats', '--config', path.join(EXAMPLE, 'community.yaml'), ...NOW],
    ['plan', '--config', path.join(EXAMPLE, 'community.yaml'), ...NOW],
  ];
  const discard = { write: () => true };
  try {
    for (const argv of commands) {
      const status = await cli.main({ argv, cwd: scratch, env: { LANG: 'en' }, stdout: discard, stderr: discard, stdoutIsTTY: false });
      if (status === 2) throw new Error(`ccal ${argv.join(' ')} exited with 2`);
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  writeCodeCache(bundle, script);
}

main().catch((error) => {
  console.error(`write-code-cache: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
