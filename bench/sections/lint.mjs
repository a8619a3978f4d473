// Section: `ccal lint` on the whole workspace, against the floor and markdownlint-cli2 (SPEC §5, first bar).
import path from 'node:path';
import { floorCommand, measureRotated, warmUp } from '../measure.mjs';

const TARGET_WALL_MS = 1000;
const TARGET_FLOOR_RATIO = 1.5;
const TARGET_MARKDOWNLINT_RATIO = 4;

function lintCommands({ repoRoot, ccalBin, workspace, now, expectedPosts }) {
  const markdownlintBin = path.join(repoRoot, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
  const markdownlintConfig = path.join(repoRoot, 'bench', 'default-rules.markdownlint-cli2.jsonc');
  return [
    {
      id: 'ccal',
      name: 'ccal lint',
      display: `node bin/ccal.js lint <ws> --format json --now ${now}`,
      cwd: repoRoot,
      args: [ccalBin, 'lint', workspace, '--format', 'json', '--now', now],
      okStatuses: [0, 1], // 1: it found problems, which the generated posts are meant to have
      verify(stdout) {
        const reports = JSON.parse(stdout);
        const problems = reports.reduce((sum, report) => sum + report.messages.length, 0);
        // every post gets a report (plus community.yaml), so a short list means ccal skipped files
        if (reports.length < expectedPosts) throw new Error(`ccal reported ${reports.length} files, expected at least ${expectedPosts}`);
        return `${reports.length} files reported, ${problems} problems (errors and warnings)`;
      },
    },
    floorCommand(repoRoot, workspace, '<ws>', (stdout) => {
      if (!stdout.startsWith(`${expectedPosts} files, ${expectedPosts} front matters parsed`)) throw new Error(`floor saw: ${stdout.trim()}`);
      return stdout.trim();
    }),
    {
      id: 'markdownlint',
      name: 'markdownlint-cli2 (default rules)',
      display: 'markdownlint-cli2 --config bench/default-rules.markdownlint-cli2.jsonc "posts/**/*.md" (cwd <ws>)',
      cwd: workspace,
      args: [markdownlintBin, '--config', markdownlintConfig, 'posts/**/*.md'],
      okStatuses: [0, 1], // 1: it found problems
      verify(stdout) {
        const linting = stdout.match(/Linting: (\d+) file/);
        if (!linting || Number(linting[1]) !== expectedPosts) throw new Error(`markdownlint-cli2 saw: ${stdout.trim()}`);
        return stdout.trim().split('\n').filter((line) => /^(Linting|Summary)/.test(line)).join('; ');
      },
    },
  ];
}

const formatRatio = (ratio) => `${ratio.toFixed(2)}×`;

function lintChecks(byId) {
  const ccal = byId.ccal.wallMs.median;
  const floorRatio = ccal / byId.floor.wallMs.median;
  const markdownlintRatio = byId.markdownlint.wallMs.median / ccal;
  return [
    { label: 'ccal wall time', target: `< ${TARGET_WALL_MS} ms`, actual: `${Math.round(ccal)} ms`, met: ccal < TARGET_WALL_MS },
    { label: 'ccal / floor', target: `≤ ${TARGET_FLOOR_RATIO}×`, actual: formatRatio(floorRatio), met: floorRatio <= TARGET_FLOOR_RATIO },
    { label: 'markdownlint-cli2 / ccal', target: `≥ ${TARGET_MARKDOWNLINT_RATIO}×`, actual: formatRatio(markdownlintRatio), met: markdownlintRatio >= TARGET_MARKDOWNLINT_RATIO },
  ];
}

/** Facts worth a sentence that the table alone does not make obvious. */
function lintNotes(byId, verified) {
  const notes = [
    `ccal peak RSS is ${formatRatio(byId.ccal.rssKb.median / byId.floor.rssKb.median)} the floor's.`,
    ...Object.entries(verified).map(([id, summary]) => `Warm-up output of ${byId[id].name}: ${summary}.`),
  ];
  if (byId.floor.wallMs.median >= TARGET_WALL_MS) {
    notes.push(`The floor alone takes ${Math.round(byId.floor.wallMs.median)} ms, over the 1 s bar before any rule runs: on this machine the bar cannot be met while every front matter is parsed with the \`yaml\` package.`);
  }
  return notes;
}

export const lintSection = {
  id: 'lint',
  title: 'Lint a 10 000-post workspace',
  method: ({ now }) => [
    `**ccal**: \`node bin/ccal.js lint <ws> --format json --now ${now}\` — the full CLI: find the posts, read and parse them, run every post and calendar rule, format the JSON report (written to /dev/null). From 500 posts on a machine with more than one core, ccal reads the files on a second thread while the first checks those already read; the floor reads on one thread, and the CPU column shows both threads' time. The harness runs a copy of \`bin/ccal.js\` and \`dist/ccal.js\` (with its code cache, \`dist/ccal.jsc\`) taken when it starts, so a rebuild during the run cannot mix two builds.`,
    '**floor**: `node bench/floor.mjs <ws>` — list `posts/**/*.md` with `tinyglobby` (the same options as ccal), read each file and `YAML.parse` the text between the first two `---` lines with the `yaml` package; nothing else. It is the least any linter of front matter must do.',
    '**markdownlint-cli2**: run from the workspace on `posts/**/*.md` with a config that enables exactly markdownlint\'s default rules (`bench/default-rules.markdownlint-cli2.jsonc`); its report goes to /dev/null.',
  ],
  async run(context) {
    const commands = lintCommands(context);
    const verified = {};
    for (const command of commands) verified[command.id] = warmUp(command, context.workDir);
    const rows = measureRotated(commands, context.runs, context.workDir, context.log);
    const byId = Object.fromEntries(rows.map((row) => [row.id, row]));
    return { rows, checks: lintChecks(byId), notes: lintNotes(byId, verified) };
  },
};
