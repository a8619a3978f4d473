// The floor: the least any linter of these posts must do — list the files as ccal does, read each one and
// parse its front matter with the same YAML library. ccal's time is judged against this.
// Usage: node bench/floor.mjs <workspace-dir>
import fs from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';
import YAML from 'yaml';

/** The YAML between the opening `---` line and the next `---` line, or undefined when there is none. */
function frontMatterText(text) {
  const start = text.startsWith('\uFEFF') ? 1 : 0;
  if (!text.startsWith('---', start)) return undefined;
  const open = text.indexOf('\n', start);
  const close = text.indexOf('\n---', open);
  return open < 0 || close < 0 ? undefined : text.slice(open + 1, close + 1);
}

async function main() {
  const root = path.resolve(process.argv[2] ?? '.');
  // the same globbing options ccal uses (src/node/files.ts), so both walk the same tree the same way
  const files = await glob(['posts/**/*.md'], { cwd: root, onlyFiles: true, expandDirectories: false, ignore: ['**/node_modules/**', '**/.git/**'] });
  let parsed = 0;
  for (const file of files) {
    const yaml = frontMatterText(fs.readFileSync(path.join(root, file), 'utf8'));
    if (yaml !== undefined && YAML.parse(yaml) !== null) parsed += 1;
  }
  // printing the count keeps the work observable, so none of it can be skipped
  console.log(`${files.length} files, ${parsed} front matters parsed`);
}

await main();
