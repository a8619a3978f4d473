// Bundles the CLI (and, as they arrive, the extension and the webview) into single files under dist/.
import { build } from 'esbuild';

const production = process.argv.includes('--production');

// ESM-only dependencies (fdir via tinyglobby) read import.meta.url, which a CommonJS bundle must provide.
const importMetaUrl = {
  define: { 'import.meta.url': '__import_meta_url' },
  banner: { js: "const __import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
};

await build({
  entryPoints: { ccal: 'src/cli/bin.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
  ...importMetaUrl,
});
