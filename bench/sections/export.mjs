// Section: `ccal export --format ics` of the 10 000-post workspace (SPEC §8: at most 1 s for 10 000 events), beside the
// floor of the same workspace in the same rounds.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { floorCommand, measureRotated, median, warmUp } from '../measure.mjs';

const TARGET_ICS_MS = 1000;
const MIN_EVENTS = 10_000;

function commands({ repoRoot, ccalBin, workspace, now }) {
  const exportIcs = {
    id: 'ics',
    name: 'ccal export --format ics',
    display: `node bin/ccal.js export --format ics --config <ws>/community.yaml --now ${now}`,
    cwd: repoRoot,
    args: [ccalBin, 'export', '--format', 'ics', '--config', path.join(workspace, 'community.yaml'), '--now', now],
    okStatuses: [0],
    verify(stdout) {
      const events = stdout.split('\r\nBEGIN:VEVENT\r\n').length - 1;
      if (!stdout.startsWith('BEGIN:VCALENDAR\r\n') || !stdout.endsWith('END:VCALENDAR\r\n')) throw new Error('the export is not one VCALENDAR');
      if (events < MIN_EVENTS) throw new Error(`the export holds ${events} events, expected at least ${MIN_EVENTS}`);
      return `${events} events, ${stdout.split('\r\nRRULE:').length - 1} of them series, ${Math.round(stdout.length / 1024)} KB`;
    },
  };
  return [exportIcs, floorCommand(repoRoot, workspace, '<ws>')];
}

/** The ICS writer alone (bench/icsWriting.mjs), `runs` times in one process on the loaded workspace. */
function timeWriter({ repoRoot, workspace, now }, runs) {
  // "now" as ccal reads it: in the workspace's zone, Asia/Shanghai (UTC+8 all year)
  const instant = new Date(`${now}:00+08:00`).toISOString();
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'bench', 'icsWriting.mjs'), workspace, instant, String(runs)], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`bench/icsWriting.mjs failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

export const exportSection = {
  id: 'export',
  title: 'Export the plan as iCalendar (10 000 posts)',
  method: () => [
    '**ccal export --format ics** of the benchmark workspace (every scheduled post an event, with the time zone written once), to /dev/null, and the floor on the same workspace in the same rounds. The warm-up output is checked to be one VCALENDAR with at least 10 000 events; tests read such files back with ical.js. **The ICS text alone**: `bench/icsWriting.mjs` loads the workspace once through the same session (the compiled `out/`) and times `planIcs` writing the whole plan, as many times as the commands run, in one process.',
  ],
  async run(context) {
    if (!/^timezone: Asia\/Shanghai$/m.test(fs.readFileSync(path.join(context.workspace, 'community.yaml'), 'utf8'))) throw new Error('the benchmark workspace is expected in Asia/Shanghai');
    const list = commands(context);
    const verified = {};
    for (const command of list) verified[command.id] = warmUp(command, context.workDir);
    const rows = measureRotated(list, context.runs, context.workDir, context.log);
    const writer = timeWriter(context, context.runs);
    rows.splice(1, 0, { id: 'icsWriter', name: `the ICS text alone (planIcs, ${writer.events} events, in process)`, commandLine: 'node bench/icsWriting.mjs <ws>', wallMs: { median: median(writer.samples), samples: writer.samples } });
    const byId = Object.fromEntries(rows.map((row) => [row.id, row.wallMs.median]));
    return {
      rows,
      checks: [
        { label: `ICS text of ${writer.events} events`, target: `≤ ${TARGET_ICS_MS} ms`, actual: `${Math.round(byId.icsWriter)} ms`, met: byId.icsWriter <= TARGET_ICS_MS },
        { label: 'ccal export --format ics, the whole command', target: `≤ ${TARGET_ICS_MS} ms`, actual: `${Math.round(byId.ics)} ms`, met: byId.ics <= TARGET_ICS_MS },
      ],
      notes: [
        `The whole command reads and places all ${context.expectedPosts.toLocaleString('en-US')} files first: ${(byId.ics / byId.floor).toFixed(2)}× the floor, which alone takes ${Math.round(byId.floor)} ms, over the 1 s bar before a line of ICS is written (as for the lint bar of SPEC §5). The export runs no rule: it shows no findings.`,
        ...Object.entries(verified).map(([id, summary]) => `Warm-up output of ${rows.find((row) => row.id === id).name}: ${summary}.`),
      ],
    };
  },
};
