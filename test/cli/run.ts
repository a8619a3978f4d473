import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

export const REPO = path.resolve(__dirname, '../../..');
export const FIXTURES = path.join(REPO, 'test/fixtures');
const BIN = path.join(REPO, 'bin/ccal.js');

export interface CcalRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built ccal binary as a user would, with a clean locale unless a test sets one. */
export function ccal(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): CcalRun {
  const env: Record<string, string | undefined> = { ...process.env, LANG: 'C', LC_ALL: undefined, LC_MESSAGES: undefined, CCAL_LOCALE: undefined, CCAL_NOW: undefined, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? REPO, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
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
