// Times the ICS writer alone, in process: the workspace is loaded once through the same session `ccal export` uses
// (compiled to out/ by `npm run build`), then planIcs writes its plan several times. Prints JSON:
// { events, samples: [ms…] }.
// Usage: node bench/icsWriting.mjs <workspace> <now (ISO)> <runs>
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const OUT = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), 'out', 'src');
const { WorkspaceSession } = require(path.join(OUT, 'core/session/session.js'));
const { NodeWorkspaceHost } = require(path.join(OUT, 'node/host.js'));
const { planRows } = require(path.join(OUT, 'core/export/plan.js'));
const { planIcs } = require(path.join(OUT, 'core/export/ics.js'));

const [workspace, nowText, runsText] = process.argv.slice(2);
const now = Date.parse(nowText);
const session = new WorkspaceSession(new NodeWorkspaceHost(workspace), 'community.yaml', () => now, { keepContents: false, shownFrom: 'nothing' });
const config = await session.openConfig();
await session.loadPosts();
const rows = planRows(session.index, { groups: config.groups });
const samples = [];
let text = '';
for (let run = 0; run < Number(runsText); run++) {
  const started = process.hrtime.bigint();
  text = planIcs(rows, { zone: config.timezone, now });
  samples.push(Number(process.hrtime.bigint() - started) / 1e6);
}
console.log(JSON.stringify({ events: text.split('\r\nBEGIN:VEVENT\r\n').length - 1, bytes: text.length, samples }));
