import * as vscode from 'vscode';
import { CalendarPanel } from './calendar/panel';
import { CodeActions } from './codeActions';
import { SlotCodeActions } from './slotCodeActions';
import { CacheStore } from './cacheStore';
import { Communities } from './community';
import { newPost, revealGroup, scaffold } from './commands';
import { DiagnosticsPublisher } from './diagnostics';
import { createSlotPosts, openSlotOf, parseSlotCommandArgument } from './slotPosts';
import { FrontMatterCompletions, FrontMatterHover } from './editing';
import { COMMANDS, CONTEXT, GROUPS_VIEW, SETTINGS, type CommandId } from './ids';
import { RecheckTimings, WorkspaceSync } from './sync';
import { GroupsTree, viewBadge, type GroupsNode } from './tree';

/** Everything the extension does, built once the thin activation shell has returned. */
export interface Services {
  communities: Communities;
  /** The communities' lint caches in workspace storage; none without a workspace. */
  caches: CacheStore | undefined;
  tree: GroupsTree;
  treeView: vscode.TreeView<GroupsNode>;
  recheckTimings: RecheckTimings;
  diagnostics: DiagnosticsPublisher;
  /** Resolves once every community has been read and checked, and its diagnostics handed to the Problems panel. */
  loaded: Promise<void>;
  commands: Record<CommandId, (...args: unknown[]) => unknown>;
  revivePanel(panel: vscode.WebviewPanel): void;
  /** The open calendar panel, if any. */
  calendar(): CalendarPanel | undefined;
}

export function startServices(context: vscode.ExtensionContext): Services {
  const caches = context.storageUri ? new CacheStore(context.storageUri, String(context.extension.packageJSON.version)) : undefined;
  const communities: Communities = new Communities(caches, (): Promise<void> => diagnostics.settled());
  const tree = new GroupsTree(communities);
  const treeView = vscode.window.createTreeView(GROUPS_VIEW, { treeDataProvider: tree, showCollapseAll: true });
  tree.onProblemsCounted = (total) => (treeView.badge = viewBadge(total));
  const diagnostics = new DiagnosticsPublisher(communities);
  const recheckTimings = new RecheckTimings();
  const markdown: vscode.DocumentSelector = [{ language: 'markdown' }];
  const discover = async () => {
    await communities.discover();
    await vscode.commands.executeCommand('setContext', CONTEXT.hasCommunity, communities.all().length > 0);
  };
  const groupOf = (node: unknown) => ((node as GroupsNode | undefined)?.kind === 'group' ? (node as Extract<GroupsNode, { kind: 'group' }>) : undefined);
  if (caches) context.subscriptions.push(caches);
  context.subscriptions.push(
    communities,
    tree,
    treeView,
    diagnostics,
    new WorkspaceSync(communities, recheckTimings),
    vscode.window.registerFileDecorationProvider(tree),
    vscode.languages.registerCodeActionsProvider(markdown, new CodeActions(communities), CodeActions.metadata),
    vscode.languages.registerCodeActionsProvider({ language: 'yaml' }, new SlotCodeActions(communities), SlotCodeActions.metadata),
    vscode.languages.registerCompletionItemProvider(markdown, new FrontMatterCompletions(communities), ...FrontMatterCompletions.triggerCharacters),
    vscode.languages.registerHoverProvider(markdown, new FrontMatterHover(communities)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      const affects = (setting: string) => event.affectsConfiguration(`${SETTINGS.section}.${setting}`);
      if (affects(SETTINGS.infosInProblems)) diagnostics.republishAll();
      if (affects(SETTINGS.severityOverrides) || affects(SETTINGS.locale)) {
        diagnostics.republishAll();
        // the badges count what the Problems panel shows; the tree's texts are read again in the new language
        tree.refresh();
      }
      // the calendar's texts come with its page
      if (affects(SETTINGS.locale)) CalendarPanel.active?.redraw();
      if (affects(SETTINGS.configPath)) void discover();
      if (affects(SETTINGS.me)) tree.refresh();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void discover()),
    { dispose: () => CalendarPanel.active?.dispose() },
  );
  const commands: Services['commands'] = {
    [COMMANDS.lintWorkspace]: async () => {
      await discover();
      await vscode.commands.executeCommand('workbench.actions.view.problems');
    },
    [COMMANDS.refresh]: discover,
    [COMMANDS.newPost]: (date?: unknown) => newPost(communities, { date: typeof date === 'string' ? date : undefined }),
    [COMMANDS.newPostForGroup]: (node?: unknown) => newPost(communities, { groupId: groupOf(node)?.group.id }),
    [COMMANDS.revealGroup]: (node?: unknown) => revealGroup(communities, node as GroupsNode | undefined),
    [COMMANDS.scaffold]: () => scaffold(communities),
    [COMMANDS.createSlotPosts]: async (argument?: unknown) => {
      const parsed = parseSlotCommandArgument(argument);
      const community = parsed ? communities.byConfigUri(vscode.Uri.parse(parsed.configUri)) : undefined;
      if (!parsed || !community) return [];
      return createSlotPosts(community, parsed.slots.flatMap((request) => openSlotOf(community, request) ?? []));
    },
    [COMMANDS.openCalendar]: (node?: unknown) => CalendarPanel.show(context.extensionUri, communities, groupOf(node)?.group.id),
  };
  return {
    communities,
    caches,
    tree,
    treeView,
    recheckTimings,
    diagnostics,
    loaded: discover().then(() => diagnostics.settled()),
    commands,
    revivePanel: (panel) => CalendarPanel.revive(panel, context.extensionUri, communities),
    calendar: () => CalendarPanel.active,
  };
}
