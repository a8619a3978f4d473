// Section: peak memory of `ccal lint` on 100 000 posts (issue 15: about 7 KB a post, 800 MB–1.25 GB; target ≤ 400 MB).
import path from 'node:path';
import { DEFAULT_PARAMS, generateWorkspace } from '../generate.mjs';
import { floorCommand, measureRotated, warmUp } from '../measure.mjs';

const POSTS = 100_000;
const TARGET_RSS_MB = 400;
/** Each run takes tens of seconds: three give a median and keep the whole benchmark within reach. */
const RUNS = 3;

function commands({ repoRoot, ccalBin, now }, workspace) {
  const lint = {
    id: 'ccal',
    name: 'ccal lint',
    display: `node bin/ccal.js lint <100k> --format json --now ${now}`,
    cwd: repoRoot,
    args: [ccalBin, 'lint', workspace, '--format', 'json', '--now', now],
    okStatuses: [0, 1],
    verify(stdout) {
      const reports = JSON.parse(stdout);
      if (reports.length < POSTS) throw new Error(`ccal reported ${reports.length} files, expected at least ${POSTS}`);
      return `${reports.length} files reported`;
    },
  };
  // a pipe takes writes asynchronously: what a writer does not wait for is held in its memory
  const piped = { ...lint, id: 'ccalPiped', name: 'ccal lint, report read through a pipe', display: `${lint.display} | …`, pipedOutput: true };
  return [lint, piped, floorCommand(repoRoot, workspace, '<100k>')];
}

export const memorySection = {
  id: 'memory',
  title: 'Memory at 100 000 posts',
  method: () => [
    `**Workspace**: \`bench/generate.mjs\` with ${POSTS.toLocaleString('en')} posts (the same generator, groups and seed as the 10 000-post workspace) in \`bench/.work/workspace-100k\`.`,
    `**ccal lint** (\`--format json\`) and the floor on it, ${RUNS} timed runs each after a warm-up; peak RSS from GNU time. ccal runs twice: its report to /dev/null (a file, written synchronously), and through a pipe the harness reads as it comes, as a shell's \`|\` or a CI runner takes it (node writes to a pipe asynchronously). The bar is issue 15's, for both: at most ${TARGET_RSS_MB} MB.`,
  ],
  async run(context) {
    const dir = path.join(context.workDir, 'workspace-100k');
    const workspace = generateWorkspace(dir, { ...DEFAULT_PARAMS, posts: POSTS });
    context.log(`${workspace.generated ? 'generated' : 'reusing'} ${dir}`);
    const list = commands(context, dir);
    const verified = {};
    // the piped run is the same command: its warm-up would only repeat the first one's
    for (const command of list.filter((candidate) => !candidate.pipedOutput)) verified[command.id] = warmUp(command, context.workDir);
    const rows = measureRotated(list, RUNS, context.workDir, context.log);
    const byId = Object.fromEntries(rows.map((row) => [row.id, row]));
    const rssMb = byId.ccal.rssKb.median / 1024;
    const pipedRssMb = byId.ccalPiped.rssKb.median / 1024;
    const perPostKb = (byId.ccal.rssKb.median - byId.floor.rssKb.median) / POSTS;
    return {
      rows,
      checks: [
        { label: 'ccal lint peak RSS at 100 000 posts', target: `≤ ${TARGET_RSS_MB} MB`, actual: `${Math.round(rssMb)} MB`, met: rssMb <= TARGET_RSS_MB },
        { label: 'the same, report read through a pipe', target: `≤ ${TARGET_RSS_MB} MB`, actual: `${Math.round(pipedRssMb)} MB`, met: pipedRssMb <= TARGET_RSS_MB },
      ],
      notes: [
        `ccal holds about ${perPostKb.toFixed(1)} KB a post more than the floor at its peak.`,
        ...Object.entries(verified).map(([id, summary]) => `Warm-up output of ${byId[id].name}: ${summary}.`),
      ],
    };
  },
};
