import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Services } from '../../../src/extension/services';
import { activeServices, groupNode, runnerBrowser, screenshot, until, workbenchElements, workspaceUri } from './helpers';

const GENERATED = 'posts/generated';
const GENERATED_POSTS = 400;

/** 400 posts of February 2027 to mom-vip, a quarter of them to mom-0-6m too, all in the quiet hours. */
function writeGeneratedPosts(): void {
  const folder = workspaceUri(GENERATED).fsPath;
  fs.mkdirSync(folder, { recursive: true });
  for (let index = 0; index < GENERATED_POSTS; index++) {
    const day = String(1 + (index % 28)).padStart(2, '0');
    const minute = String(index % 60).padStart(2, '0');
    const groups = index % 4 === 0 ? 'groups: [mom-vip, mom-0-6m]' : 'group: mom-vip';
    fs.writeFileSync(path.join(folder, `2027-02-${day}-generated-${index}.md`), `---\ntitle: 生成的帖子 ${index}\n${groups}\npublish: 2027-02-${day} 23:${minute}\ntype: practical\nstatus: draft\n---\n第 ${index} 篇：今天聊聊宝宝的辅食。\n`);
  }
}

/** This extension's diagnostics in VS Code, by severity: what the status bar counts of ours. */
function publishedCounts(): { errors: number; warnings: number; infos: number } {
  const all = vscode.languages.getDiagnostics().flatMap(([, diagnostics]) => diagnostics.filter((diagnostic) => diagnostic.source === 'ccal'));
  const count = (severity: vscode.DiagnosticSeverity) => all.filter((diagnostic) => diagnostic.severity === severity).length;
  return { errors: count(vscode.DiagnosticSeverity.Error), warnings: count(vscode.DiagnosticSeverity.Warning), infos: count(vscode.DiagnosticSeverity.Information) };
}

suite('Problem totals', () => {
  let api: Services;

  suiteSetup(async () => {
    ({ services: api } = await activeServices());
  });

  test('the view badge counts errors and warnings once each, as the status bar does; a group with 100+ problems shows 9+', async () => {
    // from 400 posts, as the field's larger workspace: group badges past 99 were rejected, and the view's badge
    // counted a post to two groups twice
    writeGeneratedPosts();
    try {
      await vscode.commands.executeCommand('communityCalendar.refresh');
      const vip = groupNode(api, 'mom-vip');
      const uri = api.tree.getTreeItem(vip).resourceUri as vscode.Uri;
      const warningsOf = (decoration: vscode.FileDecoration | undefined) => Number(/warnings: (\d+)/.exec(decoration?.tooltip ?? '')?.[1] ?? 0);
      await until('mom-vip with the generated posts', () => warningsOf(api.tree.provideFileDecoration(uri)) >= GENERATED_POSTS);
      await vscode.commands.executeCommand('workbench.view.extension.communityCalendar');
      await api.treeView.reveal(vip, { expand: false, focus: false, select: true });
      const statusBar = async () => (runnerBrowser() ? (await workbenchElements('totals-status-bar', '[id="status.problems"]'))[0]?.label : undefined);
      // the Problems panel, the view's badge and VS Code's status bar each follow the files at their own pace: until they agree
      const agreed = (what: string, enough: (counts: ReturnType<typeof publishedCounts>) => boolean) =>
        until(what, async () => {
          const counts = publishedCounts();
          if (!enough(counts) || api.treeView.badge?.value !== counts.errors + counts.warnings) return false;
          if (runnerBrowser() && (await statusBar()) !== `Errors: ${counts.errors}, Warnings: ${counts.warnings}, Infos: ${counts.infos}`) return false;
          return counts;
        });
      const published = await agreed('the diagnostics, the view badge and the status bar to agree', (counts) => counts.warnings >= GENERATED_POSTS);
      // A full re-publish in one go: VS Code passes on at most 1 100 markers from one DiagnosticCollection.set() call
      // and drops the rest of its files, so the status bar and the Problems panel lost hundreds until it came in parts.
      const settings = vscode.workspace.getConfiguration('communityCalendar');
      await settings.update('severityOverrides', { 'quiet-hours': 'error' }, vscode.ConfigurationTarget.Workspace);
      try {
        await agreed('every quiet-hours warning to be an error everywhere', (counts) => counts.errors >= GENERATED_POSTS);
      } finally {
        await settings.update('severityOverrides', undefined, vscode.ConfigurationTarget.Workspace);
      }
      await agreed('the warnings back everywhere', (counts) => counts.warnings >= GENERATED_POSTS);
      assert.equal(api.treeView.badge?.tooltip, `Errors: ${published.errors}, warnings: ${published.warnings} (info: ${published.infos}, not counted)`);
      const decoration = api.tree.provideFileDecoration(uri);
      const [, errors, warnings] = /^Errors: (\d+), warnings: (\d+) in this group's posts and settings \(a post to several groups counts in each\)$/.exec(decoration?.tooltip ?? '') ?? [];
      assert.equal(decoration?.badge, '9+');
      assert.match(String(api.tree.getTreeItem(vip).description), new RegExp(` · ${Number(errors) + Number(warnings)} problems$`));
      if (!runnerBrowser()) return;
      // VS Code draws a decoration's badge after the label; one it rejects is not drawn at all
      const label = await until('the group row with its badge', async () => {
        const [found] = await workbenchElements('totals-vip-row', `.monaco-list-row [aria-label="${vip.group.name}"]`);
        return found?.after !== undefined && found.after !== 'none' && found;
      });
      assert.equal(label.after, '"9+"');
      await screenshot('groups-view-totals');
    } finally {
      fs.rmSync(workspaceUri(GENERATED).fsPath, { recursive: true, force: true });
      await vscode.commands.executeCommand('communityCalendar.refresh');
    }
  });
});
