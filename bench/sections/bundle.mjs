// Section: sizes of the production bundles that ship in the .vsix (SPEC §5: bundled extension under 1 MB).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TARGET_EXTENSION_BYTES = 1024 * 1024;

const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;

function productionBuild({ repoRoot, workDir }) {
  const out = path.join(workDir, 'production');
  fs.rmSync(out, { recursive: true, force: true });
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'esbuild.mjs'), '--production', '--out', out], { cwd: repoRoot, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`production build failed:\n${result.stderr}`);
  const size = (file) => {
    const bytes = fs.readFileSync(path.join(out, file));
    return { raw: bytes.length, gzip: gzipSync(bytes).length };
  };
  return { shell: size('extension.js'), services: size('services.js'), webview: size('webview/calendar.js'), views: size('webview/calendar-views.js'), cli: size('ccal.js') };
}

export const bundleSection = {
  id: 'bundle',
  title: 'Bundle sizes (production build)',
  method: () => [
    '**Bundles**: `node esbuild.mjs --production --out bench/.work/production` — the minified build `npm run package` puts in the .vsix. The extension is `extension.js` (the activation shell) plus `services.js` (everything else, loaded right after activation); the calendar webview is `webview/calendar.js` (the page and the month view, loaded when the panel opens) and `webview/calendar-views.js` (the week and list views, FullCalendar inside, loaded once the month is on screen). Sizes are bytes on disk, and gzip level 6 for reference.',
  ],
  async run(context) {
    context.log('  production build…');
    const sizes = productionBuild(context);
    const extension = sizes.shell.raw + sizes.services.raw;
    const describe = (size) => `${kb(size.raw)} (${kb(size.gzip)} gzip)`;
    return {
      rows: [],
      checks: [
        { label: 'extension (extension.js + services.js)', target: `< ${kb(TARGET_EXTENSION_BYTES)}`, actual: `${kb(extension)} (${kb(sizes.shell.raw)} + ${kb(sizes.services.raw)})`, met: extension < TARGET_EXTENSION_BYTES },
        { label: 'calendar webview script (page and month)', target: '—', actual: describe(sizes.webview) },
        { label: 'week and list views script (FullCalendar)', target: '—', actual: describe(sizes.views) },
        { label: 'ccal CLI', target: '—', actual: describe(sizes.cli) },
      ],
      notes: [`The activation shell alone is ${kb(sizes.shell.raw)}: VS Code loads it on activation and the ${kb(sizes.services.raw)} of services on the next tick.`],
    };
  },
};
