import * as vscode from 'vscode';
import type { GroupConfig } from '../core/model/config';
import type { Platform, PostType, Tier } from '../core/base/domain';
import type { ScheduleEntry } from '../core/model/schedule';
import { POST_TYPE_NAMES } from '../core/base/domain';
import type { PlanSlot } from '../core/model/schedule';
import type { Communities, Community } from './community';
import { COMMANDS, TREE_ITEM } from './ids';
import { displayLocale } from './locale';
import { configuredMe, myPostItem, myPosts, myPostsItem, type MyPost } from './myPosts';
import type { SlotCommandArgument } from './slotPosts';
import { addCounts, countProblems, noProblems, severityOverrides, type CommunityProblems, type SeverityCounts } from './problemCounts';
import { l10n } from './l10n';

const UPCOMING_DAYS = 14;
/** The Groups view lists a group's open slots of the coming week. */
const OPEN_SLOT_DAYS = 7;
const GROUP_SCHEME = 'ccal-group';

const PLATFORM_ICONS: Readonly<Record<Platform, string>> = {
  wechat: 'comment-discussion',
  wecom: 'organization',
  qq: 'comment',
  dingtalk: 'bell',
  feishu: 'send',
  telegram: 'rocket',
  discord: 'mention',
  other: 'broadcast',
};

const TYPE_ICONS: Readonly<Record<PostType, string>> = {
  practical: 'book',
  interactive: 'comment',
  emotional: 'heart',
  ad: 'megaphone',
  activity: 'star',
  notice: 'info',
};

function tierLabel(tier: Tier): string {
  return { core: l10n.t('core'), potential: l10n.t('potential'), regular: l10n.t('regular') }[tier];
}

export type GroupsNode =
  | { kind: 'community'; community: Community }
  | { kind: 'group'; community: Community; group: GroupConfig }
  | { kind: 'post'; community: Community; entry: ScheduleEntry }
  | { kind: 'openSlots'; community: Community; group: GroupConfig; slots: PlanSlot[] }
  | { kind: 'slot'; community: Community; slot: PlanSlot }
  | { kind: 'myPosts'; community: Community; personId: string }
  | { kind: 'myPost'; community: Community; personId: string; post: MyPost };

/**
 * The Groups view's badge: errors and warnings, each diagnostic once, as the first two numbers of VS Code's status
 * bar (when only this extension reports); the tooltip says so and how many infos it leaves out.
 */
export function viewBadge(total: SeverityCounts): vscode.ViewBadge | undefined {
  const counted = total.error + total.warning;
  return counted > 0 ? { value: counted, tooltip: l10n.t('Errors: {0}, warnings: {1} (info: {2}, not counted)', total.error, total.warning, total.info) } : undefined;
}

/** VS Code takes at most two characters for a decoration's badge: like the Explorer's problem badges, 1 to 9, then 9+. */
export function groupBadge(problems: number): string {
  return problems < 10 ? String(problems) : '9+';
}

function problemCount(problems: number): string {
  return problems === 1 ? l10n.t('1 problem') : l10n.t('{0} problems', problems);
}

function groupUri(community: Community, groupId: string): vscode.Uri {
  return vscode.Uri.from({ scheme: GROUP_SCHEME, path: `/${groupId}`, query: community.configUri.toString() });
}

/** The Groups view: communities, their groups nested by `parent`, and each group's posts of the next two weeks. */
export class GroupsTree implements vscode.TreeDataProvider<GroupsNode>, vscode.FileDecorationProvider, vscode.Disposable {
  private readonly treeEmitter = new vscode.EventEmitter<GroupsNode | undefined>();
  private readonly decorationEmitter = new vscode.EventEmitter<vscode.Uri[] | undefined>();
  readonly onDidChangeTreeData = this.treeEmitter.event;
  readonly onDidChangeFileDecorations = this.decorationEmitter.event;
  private problems = new Map<Community, CommunityProblems>();
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly communities: Communities) {
    this.subscription = communities.onDidChange(() => this.scheduleRefresh());
  }

  /** Called with every community's problems in all, for the view's badge. */
  onProblemsCounted: ((total: SeverityCounts) => void) | undefined;

  refresh(): void {
    const overrides = severityOverrides();
    this.problems = new Map(this.communities.all().filter((community) => community.session.loaded).map((community) => [community, countProblems(community, overrides)]));
    this.onProblemsCounted?.([...this.problems.values()].reduce((sum, problems) => addCounts(sum, problems.total), noProblems()));
    this.treeEmitter.fire(undefined);
    this.decorationEmitter.fire(undefined);
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
    this.subscription.dispose();
    this.treeEmitter.dispose();
    this.decorationEmitter.dispose();
  }

  getChildren(node?: GroupsNode): GroupsNode[] {
    if (!node) {
      const loaded = this.communities.all().filter((community) => community.session.loaded);
      const [only] = loaded;
      if (only && loaded.length === 1) return this.topGroups(only);
      return loaded.map((community) => ({ kind: 'community', community }));
    }
    if (node.kind === 'community') return this.topGroups(node.community);
    if (node.kind === 'post' || node.kind === 'slot' || node.kind === 'myPost') return [];
    if (node.kind === 'openSlots') return node.slots.map((slot): GroupsNode => ({ kind: 'slot', community: node.community, slot }));
    if (node.kind === 'myPosts') return myPosts(node.community, node.personId).posts.map((post): GroupsNode => ({ kind: 'myPost', community: node.community, personId: node.personId, post }));
    const { community, group } = node;
    const children: GroupsNode[] = community.session.config.groups.filter((child) => child.parent === group.id).map((child) => ({ kind: 'group', community, group: child }));
    const slots = this.openSlots(community, group);
    const slotsNode: GroupsNode[] = slots.length > 0 ? [{ kind: 'openSlots', community, group, slots }] : [];
    return [...children, ...slotsNode, ...this.upcoming(community, group).map((entry): GroupsNode => ({ kind: 'post', community, entry }))];
  }

  getParent(node: GroupsNode): GroupsNode | undefined {
    if (node.kind === 'community') return undefined;
    const { community } = node;
    if (node.kind === 'openSlots') return { kind: 'group', community, group: node.group };
    const slotGroup = node.kind === 'slot' ? community.session.config.groupsById.get(node.slot.groupId) : undefined;
    if (slotGroup) return { kind: 'openSlots', community, group: slotGroup, slots: this.openSlots(community, slotGroup) };
    if (node.kind === 'myPost') return { kind: 'myPosts', community, personId: node.personId };
    if (node.kind === 'myPosts') return this.communities.all().filter((candidate) => candidate.session.loaded).length > 1 ? { kind: 'community', community } : undefined;
    const parentId = node.kind === 'group' ? node.group.parent : undefined;
    const parent = parentId ? community.session.config.groupsById.get(parentId) : undefined;
    if (parent) return { kind: 'group', community, group: parent };
    return this.communities.all().filter((candidate) => candidate.session.loaded).length > 1 ? { kind: 'community', community } : undefined;
  }

  getTreeItem(node: GroupsNode): vscode.TreeItem {
    switch (node.kind) {
      case 'community': {
        const item = new vscode.TreeItem(node.community.label || l10n.t('Community'), vscode.TreeItemCollapsibleState.Expanded);
        item.iconPath = new vscode.ThemeIcon('organization');
        item.contextValue = TREE_ITEM.community;
        item.tooltip = node.community.configUri.fsPath;
        return item;
      }
      case 'group':
        return this.groupItem(node.community, node.group);
      case 'post':
        return this.postItem(node.community, node.entry);
      case 'openSlots': {
        const item = new vscode.TreeItem(l10n.t('Open slots ({0})', node.slots.length), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `${node.community.configUri.toString()}#${node.group.id}#open-slots`;
        item.iconPath = new vscode.ThemeIcon('circle-large-outline');
        item.tooltip = l10n.t('Slots of the rhythm no post fills yet, in the coming {0} days', OPEN_SLOT_DAYS);
        return item;
      }
      case 'slot':
        return this.slotItem(node.community, node.slot);
      case 'myPosts': {
        const item = myPostsItem(node.community, node.personId);
        item.contextValue = TREE_ITEM.myPosts;
        return item;
      }
      case 'myPost': {
        const item = myPostItem(node.community, node.post, node.post.summary.type ? TYPE_ICONS[node.post.summary.type] : 'file');
        item.contextValue = TREE_ITEM.post;
        return item;
      }
    }
  }

  /** A group's errors and warnings: a badge of at most two characters, the exact numbers in the tooltip. */
  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    if (uri.scheme !== GROUP_SCHEME) return undefined;
    const community = this.communities.byConfigUri(vscode.Uri.parse(uri.query));
    const counts = community ? this.groupProblems(community, uri.path.slice(1)) : noProblems();
    const problems = counts.error + counts.warning;
    if (problems === 0) return undefined;
    const tooltip = l10n.t('Errors: {0}, warnings: {1} in this group\'s posts and settings (a post to several groups counts in each)', counts.error, counts.warning);
    return new vscode.FileDecoration(groupBadge(problems), tooltip, new vscode.ThemeColor(counts.error > 0 ? 'list.errorForeground' : 'list.warningForeground'));
  }

  private groupProblems(community: Community, groupId: string): SeverityCounts {
    return this.problems.get(community)?.byGroup.get(groupId) ?? noProblems();
  }

  /** My Posts first when `communityCalendar.me` is set, then the groups that have no parent in the file. */
  private topGroups(community: Community): GroupsNode[] {
    const { groups, groupsById } = community.session.config;
    const me = configuredMe();
    const myPostsNode: GroupsNode[] = me === undefined ? [] : [{ kind: 'myPosts', community, personId: me }];
    return [...myPostsNode, ...groups.filter((group) => !group.parent || !groupsById.has(group.parent)).map((group): GroupsNode => ({ kind: 'group', community, group }))];
  }

  private upcoming(community: Community, group: GroupConfig): ScheduleEntry[] {
    const now = community.session.environment.facts.now;
    const until = now + UPCOMING_DAYS * 86_400_000;
    return community.session.index.scheduleOf(group.id).filter((entry) => entry.time.instant >= now && entry.time.instant < until);
  }

  private openSlots(community: Community, group: GroupConfig): PlanSlot[] {
    const until = community.session.environment.facts.now + OPEN_SLOT_DAYS * 86_400_000;
    return community.session.index.openSlotsOf(group.id).filter((slot) => slot.instant < until);
  }

  private slotItem(community: Community, slot: PlanSlot): vscode.TreeItem {
    const type = slot.type ? POST_TYPE_NAMES[slot.type][displayLocale()] : l10n.t('any type');
    const item = new vscode.TreeItem(`＋ ${slot.date.slice(5)} ${slot.time} ${type}`, vscode.TreeItemCollapsibleState.None);
    item.iconPath = new vscode.ThemeIcon('add');
    item.tooltip = l10n.t('Create a post for this slot');
    const argument: SlotCommandArgument = { configUri: community.configUri.toString(), slots: [{ group: slot.groupId, date: slot.date, time: slot.time, ...(slot.type ? { type: slot.type } : {}) }] };
    item.command = { command: COMMANDS.createSlotPosts, title: l10n.t('Create a post for this slot'), arguments: [argument] };
    return item;
  }

  private groupItem(community: Community, group: GroupConfig): vscode.TreeItem {
    const hasChildren = community.session.config.groups.some((child) => child.parent === group.id) || this.upcoming(community, group).length > 0 || this.openSlots(community, group).length > 0;
    const item = new vscode.TreeItem(group.name ?? group.id, hasChildren ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = `${community.configUri.toString()}#${group.id}`;
    item.iconPath = new vscode.ThemeIcon(PLATFORM_ICONS[group.platform ?? 'other']);
    item.resourceUri = groupUri(community, group.id);
    const { error, warning } = this.groupProblems(community, group.id);
    // the badge stops at 9+: the description has the number
    const parts = [group.tier ? tierLabel(group.tier) : undefined, group.members !== undefined ? l10n.t('{0} members', group.members) : undefined, error + warning > 0 ? problemCount(error + warning) : undefined].filter(Boolean);
    item.description = parts.join(' · ');
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.appendMarkdown(`**${escape(group.name ?? group.id)}** \`${group.id}\`\n\n`);
    tooltip.appendMarkdown([group.platform, group.tier, group.stage].filter(Boolean).map((text) => escape(String(text))).join(' · '));
    if (group.admins.length > 0) tooltip.appendMarkdown(`\n\n${escape(l10n.t('Admins: {0}', group.admins.join(', ')))}`);
    item.tooltip = tooltip;
    item.contextValue = TREE_ITEM.group;
    return item;
  }

  private postItem(community: Community, entry: ScheduleEntry): vscode.TreeItem {
    const item = new vscode.TreeItem(entry.post.title ?? entry.post.path, vscode.TreeItemCollapsibleState.None);
    const { local } = entry.time;
    // an occurrence of a series carries the calendar's ↻ mark, and its tooltip says so
    const series = entry.occurrence === undefined ? undefined : entry.post.series;
    item.description = `${entry.time.date.slice(5)} ${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}${series ? ' ↻' : ''}`;
    item.iconPath = new vscode.ThemeIcon(TYPE_ICONS[entry.type]);
    item.tooltip = `${entry.post.path} · ${entry.type}${entry.post.status ? ` · ${entry.post.status}` : ''}${series ? ` · ${l10n.t('series: every {0}', series.rule.every)}` : ''}`;
    item.contextValue = TREE_ITEM.post;
    const uri = community.uriOf(entry.post.path);
    item.command = { command: 'vscode.open', title: l10n.t('Open Post'), arguments: [uri] };
    return item;
  }

  private scheduleRefresh(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => this.refresh(), 150);
  }
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&');
}

