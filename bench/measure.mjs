// Timing of whole commands: wall time from spawn to exit, CPU time and peak RSS from GNU time, medians over rotated runs.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const GNU_TIME = '/usr/bin/time';
/** The most output a piped command may write: the JSON report of 100 000 posts is some 300 MB. */
const PIPED_OUTPUT_LIMIT = 1024 * 1024 * 1024;

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Stops with the command's own words when it did not exit as expected: a failed run must not be timed. */
function assertExpectedExit(command, status, stderr) {
  if (command.okStatuses.includes(status)) return;
  const tail = stderr.trim().split('\n').slice(-10).join('\n');
  throw new Error(`${command.name} exited with ${status} (expected ${command.okStatuses.join(' or ')}):\n${tail}`);
}

/**
 * Runs `command` once, untimed, with stdout kept in a file and stderr captured: it warms the OS file cache
 * for every command alike, and `command.verify` checks from the output that the work was really done.
 */
export function warmUp(command, workDir) {
  const outFile = path.join(workDir, `warm-up-${command.id}.out`);
  const out = fs.openSync(outFile, 'w');
  try {
    const result = spawnSync(process.execPath, command.args, { cwd: command.cwd, stdio: ['ignore', out, 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    assertExpectedExit(command, result.status, result.stderr ?? String(result.error ?? ''));
  } finally {
    fs.closeSync(out);
  }
  return command.verify(fs.readFileSync(outFile, 'utf8'));
}

/**
 * One timed run. Output goes to /dev/null so no pipe into this process slows the command or the harness, unless the
 * command asks for a pipe (`command.pipedOutput`: its output is read by this process as it comes, as a shell's `|`
 * or a CI runner would); GNU time writes peak RSS (KB) and CPU seconds (user, system) to a side file. CPU time next
 * to wall time shows how much of the machine's two cores a command used.
 */
function timeOnce(command, workDir) {
  const usageFile = path.join(workDir, `usage-${command.id}.txt`);
  // what a command needs done before each run (an edit to a file), untimed
  command.before?.();
  const started = process.hrtime.bigint();
  const stdio = command.pipedOutput ? ['ignore', 'pipe', 'ignore'] : 'ignore';
  const result = spawnSync(GNU_TIME, ['-f', '%M %U %S', '-o', usageFile, process.execPath, ...command.args], { cwd: command.cwd, stdio, maxBuffer: PIPED_OUTPUT_LIMIT });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (!command.okStatuses.includes(result.status)) {
    // run it again with stderr captured, only to say why
    const rerun = spawnSync(process.execPath, command.args, { cwd: command.cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    assertExpectedExit(command, result.status, rerun.stderr ?? '');
  }
  // GNU time reports a non-zero exit on a line of its own ("Command exited with non-zero status 1"); ours is the last
  const [rssKb, userSeconds, systemSeconds] = fs.readFileSync(usageFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
  return { wallMs, rssKb, cpuMs: (userSeconds + systemSeconds) * 1000 };
}

/**
 * Times each command `runs` times. The order rotates every round, so no command always runs first (or right
 * after the heaviest one), which spreads drift in CPU frequency and neighbours' load over all of them.
 */
export function measureRotated(commands, runs, workDir, log) {
  if (!fs.existsSync(GNU_TIME)) throw new Error(`${GNU_TIME} (GNU time) is needed to read peak RSS`);
  const samples = new Map(commands.map((command) => [command.id, []]));
  for (let round = 0; round < runs; round += 1) {
    const shift = round % commands.length;
    const order = [...commands.slice(shift), ...commands.slice(0, shift)];
    for (const command of order) samples.get(command.id).push(timeOnce(command, workDir));
    log(`  round ${round + 1}/${runs}: ${order.map((command) => `${command.id} ${Math.round(samples.get(command.id).at(-1).wallMs)} ms`).join(', ')}`);
  }
  return commands.map((command) => {
    const runsOfCommand = samples.get(command.id);
    const summary = (key) => {
      const values = runsOfCommand.map((sample) => sample[key]);
      return { median: median(values), samples: values };
    };
    return { id: command.id, name: command.name, commandLine: command.display, wallMs: summary('wallMs'), cpuMs: summary('cpuMs'), rssKb: summary('rssKb') };
  });
}

/** The floor (read + parse front matter, bench/floor.mjs) on a workspace, as a command of measureRotated. */
export function floorCommand(repoRoot, workspace, label, verify = (stdout) => stdout.trim()) {
  return { id: 'floor', name: 'floor (read + parse front matter)', display: `node bench/floor.mjs ${label}`, cwd: repoRoot, args: [path.join(repoRoot, 'bench', 'floor.mjs'), workspace], okStatuses: [0], verify };
}
