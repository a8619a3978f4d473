// Section: the extension in a real VS Code (code-server) on the 10 000-post workspace: activation, the first full
// check, and the re-check after one-character edits (SPEC §5: activation under 50 ms, re-check p95 under 20 ms).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { median } from '../measure.mjs';

const TARGET_ACTIVATION_MS = 50;
const TARGET_RECHECK_P95_MS = 20;
const TARGET_REOPEN_MS = 1000;
/** Reopens measured after the launch that fills the cache: each is a whole VS Code start. */
const REOPENS = 5;

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** The counts of a label of the status bar's problems item: "Errors: 3, Warnings: 3,664, Infos: 12" (or "No Problems"). */
function problemCounts(label) {
  const count = (name) => Number(new RegExp(`${name}: ([\\d,]+)`).exec(label)?.[1].replaceAll(',', '') ?? 0);
  return { errors: count('Errors'), warnings: count('Warnings'), infos: count('Infos') };
}

/**
 * Milliseconds from activation to the first frame whose problem count shows `wanted` (errors and warnings, and infos
 * when asked for); the window's count is of every marker it holds, so it is what the Problems panel lists.
 */
function shownAfter(log, activatedAt, wanted, withInfos) {
  const entry = log.find(({ at, label }) => {
    const shown = problemCounts(label);
    return at >= activatedAt && shown.errors === wanted.errors && shown.warnings === wanted.warnings && (!withInfos || shown.infos === wanted.infos);
  });
  if (!entry) throw new Error(`the window never showed ${JSON.stringify(wanted)}: ${JSON.stringify(log.slice(-3))}`);
  return entry.at - activatedAt;
}

/** One launch of code-server with the benchmark suite (bench/vscode/recheck.ts) in the extension host. */
function launch({ repoRoot, workspace, workDir, now }, state) {
  const resultFile = path.join(workDir, 'extension-bench.json');
  const logFile = path.join(workDir, 'extension-problems.json');
  for (const file of [resultFile, logFile]) fs.rmSync(file, { force: true });
  const args = [path.join(repoRoot, 'test', 'integration', 'run.mjs'), '--workspace', workspace, '--tests', path.join(repoRoot, 'dist', 'test', 'bench', 'index.js'), '--now', now, '--timeout', '600000', '--problems-log', logFile, ...(state ? ['--state', state] : [])];
  const result = spawnSync(process.execPath, args, { cwd: repoRoot, env: { ...process.env, CCAL_BENCH_RESULT: resultFile }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0 || !fs.existsSync(resultFile) || !fs.existsSync(logFile)) throw new Error(`the extension benchmark failed (exit ${result.status}):\n${`${result.stdout}${result.stderr}`.trim().split('\n').slice(-15).join('\n')}`);
  const figures = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
  const { navigatedAt, labels } = JSON.parse(fs.readFileSync(logFile, 'utf8'));
  const problemsShownMs = shownAfter(labels, figures.activatedAt, figures.counts, false);
  return { ...figures, problemsShownMs, everythingShownMs: shownAfter(labels, figures.activatedAt, figures.counts, true), windowToProblemsMs: figures.activatedAt - navigatedAt + problemsShownMs };
}

export const extensionSection = {
  id: 'extension',
  title: 'The extension in VS Code on 10 000 posts',
  method: () => [
    '**Extension**: `node test/integration/run.mjs --workspace <ws> --tests dist/test/bench/index.js` starts code-server (VS Code for the server, set up by `scripts/setup-vscode-test.sh`) in headless Chromium and runs `bench/vscode/recheck.ts` in the extension host. **activation** is what the extension reports: from the first line of its bundle being evaluated to the end of `activate()`. **every error and warning in Problems** is from activation (when VS Code called `activate()`, read from the wall clock) to the first frame in which the window\'s own count of its problems (the status bar item that opens the Problems panel, read by the harness on every frame with `--problems-log`) shows as many errors and warnings as the extension has once every post is checked: on a first start the check\'s, which it publishes before its infos; on a reopen those the last session showed, restored before the check. **every info in Problems too** is the same, to the frame whose count shows the infos as well: those the extension gives Problems, which under the default `communityCalendar.infosInProblems: auto` are, for a community of more than 10,000 infos such as this one (99,365, nearly all zh-typography), the infos of the files open in editor tabs. **from opening the window** is what a user waits on a reopen: from the harness opening the page to the same frame, VS Code\'s own start and its activation of the extension included. Then it types a character at the end of a post\'s body and deletes it again, 200 edits; **re-check** is, per edit, the time from VS Code\'s change event to the diagnostics published (parse, evaluate the post and the calendar windows it touches, update the index and the Problems panel). Each run is a fresh VS Code. **reopen**: then the same folder and user data are opened again: a first launch checks every post and leaves the extension\'s cache in workspace storage, and each of ' + REOPENS + ' more launches measures both figures again, now with every post answered from that cache (the run fails unless every post came from it).',
  ],
  async run(context) {
    const setup = spawnSync('bash', [path.join(context.repoRoot, 'scripts', 'setup-vscode-test.sh')], { cwd: context.repoRoot, encoding: 'utf8' });
    if (setup.status !== 0) throw new Error(`scripts/setup-vscode-test.sh failed:\n${setup.stderr}`);
    const runs = [];
    for (let run = 1; run <= context.runs; run++) {
      const figures = launch(context);
      runs.push(figures);
      context.log(`  run ${run}: activation ${figures.activationMs.toFixed(1)} ms, errors and warnings shown ${Math.round(figures.problemsShownMs)} ms, everything ${Math.round(figures.everythingShownMs)} ms after activation, re-check p50 ${figures.recheckP50Ms.toFixed(2)} ms, p95 ${figures.recheckP95Ms.toFixed(2)} ms`);
    }
    // the same folder and user data again and again: the first launch checks every post and leaves the extension's
    // cache in workspace storage, each later one is a reopen
    const state = path.join(context.workDir, 'reopen-state');
    fs.rmSync(state, { recursive: true, force: true });
    launch(context, state);
    const reopens = [];
    for (let run = 1; run <= REOPENS; run++) {
      const figures = launch(context, state);
      // the post the first launch edited (and reverted) is the one the cache may not answer for
      if (!figures.cache || figures.cache.hits === 0 || figures.cache.misses > 1) throw new Error(`reopen ${run} was not answered from the cache: ${JSON.stringify(figures.cache)}`);
      reopens.push(figures);
      context.log(`  reopen ${run}: errors and warnings shown ${Math.round(figures.problemsShownMs)} ms, everything ${Math.round(figures.everythingShownMs)} ms after activation; a command round trip after the first diagnostics ${Math.round(figures.firstProblemsMs)} ms after the suite asked for the extension (${figures.cache.hits} posts from the cache, ${figures.cache.misses} read)`);
    }
    fs.rmSync(state, { recursive: true, force: true });
    const reopenMedian = median(reopens.map((figures) => figures.everythingShownMs));
    const restoredMedian = median(reopens.map((figures) => figures.problemsShownMs));
    const activation = runs.map((figures) => figures.activationMs);
    const recheck = runs.flatMap((figures) => figures.recheckSamples);
    const activationMedian = median(activation);
    const p95 = quantile(recheck, 0.95);
    return {
      rows: [
        { id: 'activation', name: 'activation', wallMs: { median: activationMedian, samples: activation } },
        { id: 'first-problems', name: `first start: every error and warning in Problems (${runs[0].posts} posts)`, wallMs: { median: median(runs.map((figures) => figures.problemsShownMs)), samples: runs.map((figures) => figures.problemsShownMs) } },
        { id: 'full-check', name: `first start: every post checked, every info in Problems too`, wallMs: { median: median(runs.map((figures) => figures.everythingShownMs)), samples: runs.map((figures) => figures.everythingShownMs) } },
        { id: 'reopen-restored', name: `reopen: every error and warning in Problems (${REOPENS} reopens)`, wallMs: { median: restoredMedian, samples: reopens.map((figures) => figures.problemsShownMs) } },
        { id: 'reopen', name: `reopen: every post checked (from the cache), every info in Problems too (${REOPENS} reopens)`, wallMs: { median: reopenMedian, samples: reopens.map((figures) => figures.everythingShownMs) } },
        { id: 'reopen-window', name: `reopen: from opening the window to every error and warning in Problems (${REOPENS} reopens)`, wallMs: { median: median(reopens.map((figures) => figures.windowToProblemsMs)), samples: reopens.map((figures) => figures.windowToProblemsMs) } },
        { id: 'recheck-p50', name: 're-check after an edit, p50 of each run', wallMs: { median: median(runs.map((figures) => figures.recheckP50Ms)), samples: runs.map((figures) => figures.recheckP50Ms) } },
        { id: 'recheck-p95', name: 're-check after an edit, p95 of each run', wallMs: { median: median(runs.map((figures) => figures.recheckP95Ms)), samples: runs.map((figures) => figures.recheckP95Ms) } },
      ],
      checks: [
        { label: 'activation', target: `< ${TARGET_ACTIVATION_MS} ms`, actual: `${activationMedian.toFixed(1)} ms`, met: activationMedian < TARGET_ACTIVATION_MS },
        { label: 'reopen: errors and warnings in Problems', target: `≤ ${TARGET_REOPEN_MS} ms`, actual: `${Math.round(restoredMedian)} ms`, met: restoredMedian <= TARGET_REOPEN_MS },
        { label: 'reopen: every post checked, every info in Problems', target: `≤ ${TARGET_REOPEN_MS} ms`, actual: `${Math.round(reopenMedian)} ms`, met: reopenMedian <= TARGET_REOPEN_MS },
        { label: `re-check p95 over all ${recheck.length} edits`, target: `< ${TARGET_RECHECK_P95_MS} ms`, actual: `${p95.toFixed(2)} ms`, met: p95 < TARGET_RECHECK_P95_MS },
      ],
      notes: [
        `Problems are timed from activation to the frame whose problem count shows them. The extension host's own view, from the suite asking for the extension to a command's round trip through the window after the first diagnostics: first start ${Math.round(median(runs.map((figures) => figures.firstProblemsMs)))} ms, reopen ${Math.round(median(reopens.map((figures) => figures.firstProblemsMs)))} ms (medians).`,
        `Re-check over all edits: p50 ${quantile(recheck, 0.5).toFixed(2)} ms, p99 ${quantile(recheck, 0.99).toFixed(2)} ms, max ${Math.max(...recheck).toFixed(2)} ms.`],
    };
  },
};
