// Section: `ccal lint --cache` on the 10 000-post workspace, nothing changed and one file changed, against the floor
// in the same run (SPEC §8), plus the check that the cached reports are byte for byte the uncached ones.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { floorCommand, measureRotated } from '../measure.mjs';

const TARGET_UNCHANGED_RATIO = 0.5;
const TARGET_ONE_CHANGED_RATIO = 0.6;
/** The one-file-changed runs edit a post before each run, in a copy of the workspace (the original stays as generated). */
const COPY_MARKER = 'community.yaml';

function run(args, cwd) {
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited with ${result.status}: ${result.stderr}`);
  return result.stdout;
}

/** A copy of the workspace whose first post can be edited, made once. */
function editableCopy(workspace, workDir) {
  const copy = path.join(workDir, 'cache-workspace');
  if (!fs.existsSync(path.join(copy, COPY_MARKER))) fs.cpSync(workspace, copy, { recursive: true, preserveTimestamps: true });
  return copy;
}

/** The first post of the copy (in path order), edited in place: one line break more or less at the end each time. */
function editOnePost(copy) {
  const month = fs.readdirSync(path.join(copy, 'posts')).sort()[0];
  const file = path.join(copy, 'posts', month, fs.readdirSync(path.join(copy, 'posts', month)).sort()[0]);
  const text = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, text.endsWith('\n\n') ? text.slice(0, -1) : `${text}\n`);
  return path.relative(copy, file);
}

function commands({ repoRoot, ccalBin, workspace, now, workDir }, copy) {
  const lint = (id, name, root, cache, before) => ({
    id,
    name,
    display: `node bin/ccal.js lint <ws> --format json --now ${now}${cache ? ' --cache --cache-location <file>' : ''}`,
    cwd: repoRoot,
    args: [ccalBin, 'lint', root, '--format', 'json', '--now', now, ...(cache ? ['--cache', '--cache-location', path.join(workDir, cache)] : [])],
    okStatuses: [0, 1],
    before,
  });
  return [
    lint('unchanged', 'ccal lint --cache, nothing changed', workspace, 'unchanged.ccalcache'),
    lint('oneChanged', 'ccal lint --cache, one file changed', copy, 'one-changed.ccalcache', () => editOnePost(copy)),
    lint('uncached', 'ccal lint (no cache)', workspace, undefined),
    floorCommand(repoRoot, workspace, '<ws>'),
  ];
}

/** Runs each cached command twice (fill, then answer) and holds its report to an uncached run's, byte for byte. */
function verifyIdentical(list, { ccalBin, now, repoRoot }) {
  const notes = [];
  for (const command of list.filter((candidate) => candidate.id === 'unchanged' || candidate.id === 'oneChanged')) {
    const root = command.args[2];
    command.before?.();
    run(command.args, repoRoot);
    command.before?.();
    const cached = run(command.args, repoRoot);
    const plain = run([ccalBin, 'lint', root, '--format', 'json', '--now', now], repoRoot);
    if (cached !== plain) throw new Error(`${command.name}: the report differs from the uncached one`);
    notes.push(`${command.name}: report byte-identical to the uncached run's (${plain.length} bytes).`);
  }
  return notes;
}

const ratio = (a, b) => a / b;
const formatRatio = (value) => `${value.toFixed(2)}×`;

export const cacheSection = {
  id: 'cache',
  title: 'Lint with --cache (10 000 posts)',
  method: ({ now }) => [
    `**nothing changed**: \`ccal lint <ws> --format json --now ${now} --cache\` on the benchmark workspace with a cache the warm-up filled: every post is stat'ed, none read.`,
    `**one file changed**: the same on a copy of the workspace, after one post is edited before each run (a line break more or less at its end): that post is read and checked again, the other posts come from the cache, and every calendar rule runs again over all of them.`,
    '**floor** and **ccal lint** without the cache, in the same rounds.',
  ],
  async run(context) {
    const copy = editableCopy(context.workspace, context.workDir);
    const list = commands(context, copy);
    const notes = verifyIdentical(list, context);
    const rows = measureRotated(list, context.runs, context.workDir, context.log);
    const byId = Object.fromEntries(rows.map((row) => [row.id, row]));
    const floor = byId.floor.wallMs.median;
    const unchanged = ratio(byId.unchanged.wallMs.median, floor);
    const oneChanged = ratio(byId.oneChanged.wallMs.median, floor);
    const checks = [
      { label: '--cache, nothing changed / floor', target: `≤ ${TARGET_UNCHANGED_RATIO}×`, actual: formatRatio(unchanged), met: unchanged <= TARGET_UNCHANGED_RATIO },
      { label: '--cache, one file changed / floor', target: `≤ ${TARGET_ONE_CHANGED_RATIO}×`, actual: formatRatio(oneChanged), met: oneChanged <= TARGET_ONE_CHANGED_RATIO },
    ];
    notes.push(`ccal lint without the cache takes ${formatRatio(ratio(byId.uncached.wallMs.median, floor))} the floor in the same rounds.`);
    return { rows, checks, notes };
  },
};
