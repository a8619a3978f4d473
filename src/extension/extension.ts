import * as vscode from 'vscode';
import { CodeActions } from './codeActions';
import { Communities } from './community';
import { newPost, revealGroup, scaffold } from './commands';
import { DiagnosticsPublisher } from './diagnostics';
import { FrontMatterCompletions, FrontMatterHover } from './editing';
import { COMMANDS, CONTEXT, GROUPS_VIEW, SETTINGS } from './ids';
import { RecheckTimings, WorkspaceSync } from './sync';
import { GroupsTree, type GroupsNode } from './tree';

/** What activate() returns: used by the integration tests and the benchmark. */
export interface CommunityCalendarApi {
  communities: Communities;
  tree: GroupsTree;
  treeView: vscode.TreeView<GroupsNode>;
  ready: Promise<void>;
  recheckTimings: RecheckTimings;
  activationMs: number;
}

// Set by the bundle's first line (esbuild banner), so activation time includes loading the bundle's modules.
declare const __ccal_load_start: number | undefined;

export function activate(context: vscode.ExtensionContext): CommunityCalendarApi {
  const started = typeof __ccal_load_start === 'number' ? __ccal_load_start : performance.now();
  const communities = new Communities();
  const tree = new GroupsTree(communities);
  const treeView = vscode.window.createTreeView(GROUPS_VIEW, { treeDataProvider: tree, showCollapseAll: true });
  tree.onProblemsCounted = (total) => (treeView.badge = total > 0 ? { value: total, tooltip: vscode.l10n.t('{0} problems', total) } : undefined);
  const diagnostics = new DiagnosticsPublisher(communities);
  const timings = new RecheckTimings();
  const codeActions = new CodeActions(communities);
  const markdown: vscode.DocumentSelector = [{ language: 'markdown' }];
  const discover = async () => {
    await communities.discover();
    await vscode.commands.executeCommand('setContext', CONTEXT.hasCommunity, communities.all().length > 0);
  };
  context.subscriptions.push(
    communities,
    tree,
    treeView,
    diagnostics,
    new WorkspaceSync(communities, timings),
    vscode.window.registerFileDecorationProvider(tree),
    vscode.languages.registerCodeActionsProvider(markdown, codeActions, CodeActions.metadata),
    vscode.languages.registerCompletionItemProvider(markdown, new FrontMatterCompletions(communities), ...FrontMatterCompletions.triggerCharacters),
    vscode.languages.registerHoverProvider(markdown, new FrontMatterHover(communities)),
    vscode.commands.registerCommand(COMMANDS.lintWorkspace, async () => {
      await discover();
      await vscode.commands.executeCommand('workbench.actions.view.problems');
    }),
    vscode.commands.registerCommand(COMMANDS.refresh, discover),
    vscode.commands.registerCommand(COMMANDS.newPost, (date?: string) => newPost(communities, { date: typeof date === 'string' ? date : undefined })),
    vscode.commands.registerCommand(COMMANDS.newPostForGroup, (node?: GroupsNode) => newPost(communities, { groupId: node?.kind === 'group' ? node.group.id : undefined })),
    vscode.commands.registerCommand(COMMANDS.revealGroup, (node?: GroupsNode) => revealGroup(communities, node)),
    vscode.commands.registerCommand(COMMANDS.scaffold, () => scaffold(communities)),
    vscode.commands.registerCommand(COMMANDS.openCalendar, () => vscode.window.showInformationMessage(vscode.l10n.t('The calendar panel is not available in this version yet.'))),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`${SETTINGS.section}.${SETTINGS.severityOverrides}`)) diagnostics.republishAll();
      if (event.affectsConfiguration(`${SETTINGS.section}.${SETTINGS.configPath}`)) void discover();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void discover()),
  );
  // the workspace is read after activation returns, so activation itself stays cheap
  const ready = discover();
  return { communities, tree, treeView, ready, recheckTimings: timings, activationMs: performance.now() - started };
}

export function deactivate(): void {}
