import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

export const REPO = path.resolve(__dirname, '../../..');
export const FIXTURES = path.join(REPO, 'test/fixtures');
const BIN = path.join(REPO, 'bin/ccal.js');
/** SPEC §9: every run, hostile workspaces included, ends within seconds; far past that it hangs. */
const RUN_TIMEOUT_MS = 30_000;

export interface CcalRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built ccal binary as a user would, with a clean locale unless a test sets one. */
export function ccal(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): CcalRun {
  const env: Record<string, string | undefined> = { ...process.env, LANG: 'C', LC_ALL: undefined, LC_MESSAGES: undefined, CCAL_LOCALE: undefined, CCAL_NOW: undefined, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  // spawnSync blocks mocha's own timeout: a ccal that hangs must be killed here, and say so
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? REPO, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: RUN_TIMEOUT_MS, killSignal: 'SIGKILL' });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') throw new Error(`ccal ${args.join(' ')} ran past ${RUN_TIMEOUT_MS / 1000} s and was killed`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A usage or configuration error as the spec wants it: exit 2, one line on stderr (no stack trace), nothing on stdout. */
export function assertOneLineError(run: CcalRun, stderr?: RegExp, context?: string): void {
  assert.equal(run.status, 2, context);
  if (stderr) assert.match(run.stderr, stderr);
  assert.equal(run.stderr.trim().split('\n').length, 1, 'one line');
  assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  assert.equal(run.stdout, '');
}
