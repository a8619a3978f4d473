// Runs inside VS Code's extension host (loaded like a test suite by test/integration/run.mjs) on the generated
// 10 000-post workspace: waits for the first full check, then makes one-character edits to a post and reads the
// extension's own re-check timings. Writes the figures to $CCAL_BENCH_RESULT.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { CommunityCalendarApi } from '../../src/extension/extension';
import { SOURCE } from '../../src/extension/ids';

const EDITS = 200;

export async function run(): Promise<void> {
  const loadStarted = performance.now();
  const extension = vscode.extensions.getExtension<CommunityCalendarApi>('community-calendar.community-calendar');
  if (!extension) throw new Error('extension not found');
  // the first problems the extension shows (on reopen those of the last session, on a first start its errors and
  // warnings), timed when VS Code's window has taken them: a command of the window answers after the markers sent before it
  const firstProblems = new Promise<number>((resolve) => {
    const subscription = vscode.languages.onDidChangeDiagnostics(async (event) => {
      if (!event.uris.some((uri) => vscode.languages.getDiagnostics(uri).some((diagnostic) => diagnostic.source === SOURCE))) return;
      subscription.dispose();
      await vscode.commands.executeCommand('setContext', 'communityCalendar.benchmark', true);
      resolve(performance.now() - loadStarted);
    });
  });
  const activated = await extension.activate();
  const api = await activated.ready;
  const firstProblemsMs = await firstProblems;
  // a command of VS Code's window answers once the window has taken every marker sent before it
  await vscode.commands.executeCommand('setContext', 'communityCalendar.benchmark', true);
  const fullCheckMs = performance.now() - loadStarted;
  // what the window's problem count must reach (bench/sections/extension.mjs reads the count's log against it)
  const counts = { errors: 0, warnings: 0, infos: 0 };
  const key = { [vscode.DiagnosticSeverity.Error]: 'errors', [vscode.DiagnosticSeverity.Warning]: 'warnings', [vscode.DiagnosticSeverity.Information]: 'infos' } as const;
  for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
    for (const diagnostic of diagnostics) if (diagnostic.severity !== vscode.DiagnosticSeverity.Hint) counts[key[diagnostic.severity]]++;
  }
  const [community] = api.communities.all();
  if (!community) throw new Error('no community in the bench workspace');
  const posts = [...community.session.index.summaries()].filter((summary) => summary.time && summary.type).map((summary) => summary.path).sort();
  const middle = posts[Math.floor(posts.length / 2)];
  if (middle === undefined) throw new Error('no scheduled post in the bench workspace');
  const target = community.uriOf(middle);
  const document = await vscode.workspace.openTextDocument(target);
  const editor = await vscode.window.showTextDocument(document);
  const before = api.recheckTimings.all().length;
  const end = document.lineAt(document.lineCount - 1).range.end;
  for (let index = 0; index < EDITS; index++) {
    // alternately type a character at the end of the body and delete it again
    if (index % 2 === 0) await editor.edit((edit) => edit.insert(end, '。'), { undoStopBefore: false, undoStopAfter: false });
    else await editor.edit((edit) => edit.delete(new vscode.Range(end, end.translate(0, 1))), { undoStopBefore: false, undoStopAfter: false });
  }
  const samples = api.recheckTimings.all().slice(before);
  const sorted = [...samples].sort((a, b) => a - b);
  const quantile = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const result = { posts: posts.length, edits: samples.length, activationMs: activated.activationMs, activatedAt: activated.activatedAt, counts, fullCheckMs, firstProblemsMs, cache: community.cache?.counts, recheckP50Ms: quantile(0.5), recheckP95Ms: quantile(0.95), recheckMaxMs: sorted[sorted.length - 1], recheckSamples: samples };
  console.log(`[bench] ${JSON.stringify({ ...result, recheckSamples: undefined })}`);
  const file = process.env.CCAL_BENCH_RESULT;
  if (file) fs.writeFileSync(file, JSON.stringify(result, null, 2));
  await vscode.commands.executeCommand('workbench.action.files.revert');
}
