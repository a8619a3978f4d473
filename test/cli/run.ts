import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const REPO = path.resolve(__dirname, '../../..');
export const FIXTURES = path.join(REPO, 'test/fixtures');
export const BIN = path.join(REPO, 'bin/ccal.js');
/** SPEC §9: every run, hostile workspaces included, ends within seconds; far past that it hangs. */
const RUN_TIMEOUT_MS = 30_000;

export interface CcalRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Wall time of the run. */
  wallMs: number;
  /** Peak resident memory in KB, threads included, when the run was asked to measure it. */
  rssKb?: number;
}

const MAX_RSS_PRELOAD = path.join(REPO, 'out/test/support/maxRss.js');

/** Runs the built ccal binary as a user would, with a clean locale unless a test sets one. */
export function ccal(args: readonly string[], options: { cwd?: string; env?: Record<string, string>; timeoutMs?: number; measureMemory?: boolean } = {}): CcalRun {
  const rssFile = options.measureMemory ? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ccal-rss-')), 'rss') : undefined;
  const env: Record<string, string | undefined> = { ...process.env, LANG: 'C', LC_ALL: undefined, LC_MESSAGES: undefined, CCAL_LOCALE: undefined, CCAL_NOW: undefined, NO_COLOR: undefined, FORCE_COLOR: undefined, CCAL_TEST_RSS_FILE: rssFile, ...options.env };
  const timeout = options.timeoutMs ?? RUN_TIMEOUT_MS;
  const started = performance.now();
  // spawnSync blocks mocha's own timeout: a ccal that hangs must be killed here, and say so
  const result = spawnSync(process.execPath, [...(rssFile ? ['-r', MAX_RSS_PRELOAD] : []), BIN, ...args], { cwd: options.cwd ?? REPO, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout, killSignal: 'SIGKILL' });
  const wallMs = performance.now() - started;
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') throw new Error(`ccal ${args.join(' ')} ran past ${timeout / 1000} s and was killed`);
  const run: CcalRun = { status: result.status, stdout: result.stdout, stderr: result.stderr, wallMs };
  if (rssFile) {
    run.rssKb = Number(fs.readFileSync(rssFile, 'utf8'));
    fs.rmSync(path.dirname(rssFile), { recursive: true, force: true });
  }
  return run;
}

/** A usage or configuration error as the spec wants it: exit 2, one line on stderr (no stack trace), nothing on stdout. */
export function assertOneLineError(run: CcalRun, stderr?: RegExp, context?: string): void {
  assert.equal(run.status, 2, context);
  if (stderr) assert.match(run.stderr, stderr);
  assert.equal(run.stderr.trim().split('\n').length, 1, 'one line');
  assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  assert.equal(run.stdout, '');
}
