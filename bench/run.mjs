// npm run bench: generates the benchmark workspace if needed, runs every section, prints medians and the
// bars they are held to, saves bench/.work/last-run.json and rewrites docs/performance.md.
// Usage: node bench/run.mjs [--runs N] [--no-write] [--sections id,id…]
//   --sections: only these sections (lint, cache, long-posts…), to look at one figure; docs/performance.md is then
//   left as it is, since it must hold every section of one run
// A missed bar is reported as MISSED but does not fail the run: the benchmark measures, CI decides.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_PARAMS, DEFAULT_WORKSPACE, SNAPSHOT_NOW, generateWorkspace } from './generate.mjs';
import { consoleReport, performanceMarkdown } from './report.mjs';
import { bundleSection } from './sections/bundle.mjs';
import { cacheSection } from './sections/cache.mjs';
import { exportSection } from './sections/export.mjs';
import { extensionSection } from './sections/extension.mjs';
import { lintSection } from './sections/lint.mjs';
import { longPostsSection } from './sections/longPosts.mjs';
import { memorySection } from './sections/memory.mjs';
import { webviewSection } from './sections/webview.mjs';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.dirname(BENCH_DIR);
const WORK_DIR = path.join(BENCH_DIR, '.work');
const DOCS_FILE = path.join(REPO_ROOT, 'docs', 'performance.md');
const CCAL_FILES = ['bin/ccal.js', 'bin/codeCache.js', 'dist/ccal.js', 'dist/ccal.jsc', 'dist/ccal-reader.js'];
const MIN_RUNS = 5;

/**
 * Each section: { id, title, method(context) → Markdown paragraphs, run(context) → { rows, checks, notes } }.
 * Rows are { id, name, commandLine, wallMs, cpuMs?, rssKb? }, each figure as { median, samples };
 * checks are { label, target, actual, met }. Add a section here and it reaches the console, the JSON and the docs.
 */
const SECTIONS = [lintSection, cacheSection, exportSection, longPostsSection, memorySection, extensionSection, webviewSection, bundleSection];

function readOptions() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '7' },
      'no-write': { type: 'boolean', default: false },
      sections: { type: 'string' },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < MIN_RUNS) throw new Error(`--runs must be a whole number ≥ ${MIN_RUNS}, got ${values.runs}`);
  const known = SECTIONS.map((section) => section.id);
  const only = values.sections?.split(',').map((id) => id.trim());
  const unknown = only?.filter((id) => !known.includes(id)) ?? [];
  if (unknown.length > 0) throw new Error(`unknown section ${unknown.join(', ')}: the sections are ${known.join(', ')}`);
  const sections = only ? SECTIONS.filter((section) => only.includes(section.id)) : SECTIONS;
  return { runs, sections, writeDocs: !values['no-write'] && !only };
}

function describeMachine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown CPU',
    cores: os.availableParallelism(),
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
  };
}

/**
 * Copies bin/ccal.js and its loader, dist/ccal.js with its code cache and its reading thread (self-contained bundles) as
 * they are now, and returns the copy's bin: a rebuild during the run — a watch task, another terminal — must not leave
 * the figures from two builds.
 * The copy sits inside the repository, so the bundle's few runtime look-ups still find node_modules.
 */
function snapshotBuild() {
  const snapshot = path.join(WORK_DIR, 'build');
  for (const file of CCAL_FILES) fs.cpSync(path.join(REPO_ROOT, file), path.join(snapshot, file));
  const fingerprint = createHash('sha256').update(fs.readFileSync(path.join(snapshot, 'dist', 'ccal.js'))).digest('hex').slice(0, 12);
  return { ccalBin: path.join(snapshot, 'bin', 'ccal.js'), fingerprint };
}

async function main() {
  const { runs, sections: chosen, writeDocs } = readOptions();
  const log = (line) => console.log(line);
  fs.mkdirSync(WORK_DIR, { recursive: true });

  const workspace = generateWorkspace(DEFAULT_WORKSPACE, DEFAULT_PARAMS);
  log(`${workspace.generated ? 'generated' : 'reusing'} ${DEFAULT_WORKSPACE}`);
  const build = snapshotBuild();
  const context = { repoRoot: REPO_ROOT, ccalBin: build.ccalBin, workspace: DEFAULT_WORKSPACE, workDir: WORK_DIR, now: SNAPSHOT_NOW, expectedPosts: workspace.files, runs, log };

  const sections = [];
  for (const section of chosen) {
    log(`\n${section.title} (${runs} runs)`);
    const { rows, checks, notes } = await section.run(context);
    sections.push({ id: section.id, title: section.title, method: section.method(context), rows, checks, notes });
  }

  const { bytes, posts, groups, seed } = workspace;
  const result = { date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC', machine: describeMachine(), build: build.fingerprint, workspace: { posts, groups, seed, bytes }, runs, sections };
  fs.writeFileSync(path.join(WORK_DIR, 'last-run.json'), `${JSON.stringify(result, null, 2)}\n`);
  log(`\n${consoleReport(result)}`);
  if (writeDocs) {
    fs.writeFileSync(DOCS_FILE, performanceMarkdown(result));
    log(`\nwrote ${path.relative(REPO_ROOT, DOCS_FILE)}`);
  }
}

try {
  await main();
} catch (error) {
  console.error(`bench: ${error.message}`);
  process.exitCode = 2;
}
