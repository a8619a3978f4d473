// Bundles the CLI, the extension and its integration tests into single files under dist/.
// Usage: node esbuild.mjs [--production] [--out DIR]   (--out: another directory than dist/, for the benchmark)
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const { values: options } = parseArgs({ options: { production: { type: 'boolean', default: false }, out: { type: 'string', default: 'dist' } } });
const production = options.production;
const out = (...parts) => path.join(options.out, ...parts);

const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
  // ESM-only dependencies (fdir via tinyglobby) read import.meta.url, which a CommonJS bundle must provide.
  define: { 'import.meta.url': '__import_meta_url' },
  banner: { js: "const __import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
};

await Promise.all([
  // the CLI and its reading thread (src/cli/load.ts hands dist/ccal-reader.js to the Node host, which starts it)
  build({ ...node, entryPoints: { ccal: 'src/cli/bin.ts', 'ccal-reader': 'src/node/readerThread.ts' }, outdir: out() }),
  // the extension is a thin shell that loads services.js after activation; the banner's timestamp lets it
  // report activation including its own start-up
  build({ ...node, entryPoints: { extension: 'src/extension/extension.ts' }, outdir: out(), external: ['vscode'], banner: { js: 'const __ccal_load_start = performance.now();' } }),
  build({ ...node, entryPoints: { services: 'src/extension/services.ts' }, outdir: out(), external: ['vscode'] }),
  // tests run inside VS Code's extension host: mocha and vscode come from there at run time
  build({ ...node, entryPoints: ['test/integration/suite/*.ts'], outdir: out('test/integration'), external: ['vscode', 'mocha'] }),
  build({ ...node, entryPoints: { index: 'bench/vscode/recheck.ts' }, outdir: out('test/bench'), external: ['vscode'] }),
  // the calendar's browser code, no access to node or vscode: the page and its month view, and the week and list
  // views (FullCalendar), which the page loads once the month is on screen
  build({ entryPoints: { calendar: 'src/webview/main.ts', 'calendar-views': 'src/webview/timeViews.ts' }, outdir: out('webview'), bundle: true, platform: 'browser', format: 'iife', target: 'chrome120', minify: true, sourcemap: !production, logLevel: 'warning' }),
]);

// the CLI's code cache, made by running its bundle (bin/codeCache.js loads it): after the bundle, never before
const codeCache = spawnSync(process.execPath, ['scripts/write-code-cache.cjs', out()], { stdio: ['ignore', 'ignore', 'inherit'] });
if (codeCache.status !== 0) process.exit(codeCache.status ?? 1);
