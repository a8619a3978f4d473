import * as vscode from 'vscode';
import type { GroupConfig, PersonConfig } from '../core/model/config';
import { frontMatterContextAt, frontMatterWordAt, inFrontMatter } from '../core/editor/editing';
import { POST_STATUSES, POST_TYPES, type PersonRole, type PostStatus, type PostType } from '../core/base/domain';
import { canReview } from '../core/rules/review';
import type { Communities, Community } from './community';
import { l10n } from './l10n';

/** What a type is for, in the display language: completion, hover and New Post's type picker say the same. */
export function typeDescription(type: PostType): string {
  return {
    practical: l10n.t('Practical: tips, tutorials, answers'),
    interactive: l10n.t('Interactive: topics, polls, check-ins'),
    emotional: l10n.t('Emotional: stories, greetings, care'),
    ad: l10n.t('Ad: must carry an ad label'),
    activity: l10n.t('Activity: events, campaigns, UGC'),
    notice: l10n.t('Notice: group announcements'),
  }[type];
}

function statusDescription(status: PostStatus): string {
  return {
    draft: l10n.t('Being written'),
    review: l10n.t('Waiting for review'),
    approved: l10n.t('Approved, ready to go out'),
    published: l10n.t('Sent to the group'),
  }[status];
}

const FIELDS: ReadonlyArray<{ key: string; snippet: string }> = [
  { key: 'title', snippet: 'title: ${1}' },
  { key: 'group', snippet: 'group: ${1}' },
  { key: 'groups', snippet: 'groups: [${1}]' },
  { key: 'publish', snippet: 'publish: ${1:YYYY-MM-DD HH:mm}' },
  { key: 'type', snippet: 'type: ${1|practical,interactive,emotional,ad,activity,notice|}' },
  { key: 'status', snippet: 'status: ${1|draft,review,approved,published|}' },
  { key: 'ugc', snippet: 'ugc: ${1|true,false|}' },
  { key: 'tags', snippet: 'tags: [${1}]' },
  { key: 'owner', snippet: 'owner: ${1}' },
  { key: 'reviewer', snippet: 'reviewer: ${1}' },
  // a series (SPEC §6.2): every and one end are required
  { key: 'repeat', snippet: 'repeat:\n  every: ${1|day,week,month|}\n  ${2|until: YYYY-MM-DD,count: 4|}' },
];

function roleName(role: PersonRole): string {
  return { writer: l10n.t('writer'), reviewer: l10n.t('reviewer'), lead: l10n.t('lead') }[role];
}

/** A person's card: name, id and roles, and whether they may approve posts. */
export function personCard(person: PersonConfig): vscode.MarkdownString {
  const card = new vscode.MarkdownString(undefined, true);
  card.appendMarkdown(`**${escapeMarkdown(person.name ?? person.id)}** \`${person.id}\`\n\n`);
  card.appendMarkdown(`- ${escapeMarkdown(l10n.t('Roles'))}: ${person.roles.length > 0 ? escapeMarkdown(person.roles.map(roleName).join(', ')) : '—'}\n`);
  card.appendMarkdown(`\n${escapeMarkdown(canReview(person) ? l10n.t('May approve posts') : l10n.t('May not approve posts'))}`);
  return card;
}

/** A group's card: what a lead wants to know when reading a post addressed to it. */
export function groupCard(community: Community, group: GroupConfig): vscode.MarkdownString {
  const card = new vscode.MarkdownString(undefined, true);
  card.appendMarkdown(`**${escapeMarkdown(group.name ?? group.id)}** \`${group.id}\`\n\n`);
  const rows: Array<[string, string | undefined]> = [
    [l10n.t('Platform'), group.platform],
    [l10n.t('Tier'), group.tier],
    [l10n.t('Stage'), group.stage],
    [l10n.t('Members'), group.members?.toLocaleString()],
    [l10n.t('Admins'), group.admins.length > 0 ? group.admins.join(', ') : undefined],
    [l10n.t('Parent'), group.parent],
  ];
  for (const [label, value] of rows) if (value !== undefined) card.appendMarkdown(`- ${escapeMarkdown(label)}: ${escapeMarkdown(value)}\n`);
  const upcoming = community.session.index.scheduleOf(group.id).filter((entry) => entry.time.instant >= community.session.environment.facts.now).length;
  card.appendMarkdown(`\n${escapeMarkdown(l10n.t('{0} posts scheduled from now on', upcoming))}`);
  return card;
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&');
}

/** Completion of front-matter fields and values: group ids, person ids, types, statuses, tags used elsewhere. */
export class FrontMatterCompletions implements vscode.CompletionItemProvider {
  static readonly triggerCharacters = [':', ' ', ',', '[', '-'];

  constructor(private readonly communities: Communities) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    const community = this.communities.communityOf(document.uri);
    const path = community?.pathOf(document.uri);
    if (!community?.session.loaded || path === undefined || !community.session.isPost(path)) return [];
    const text = document.getText();
    const offset = document.offsetAt(position);
    const context = frontMatterContextAt(text, offset);
    if (!context) return inFrontMatter(text, offset) && /^[a-z]*$/.test(document.lineAt(position.line).text.slice(0, position.character)) ? this.fieldItems() : [];
    const range = new vscode.Range(document.positionAt(context.itemStart), position);
    switch (context.key) {
      case 'group':
      case 'groups':
        return community.session.config.groups.map((group) => {
          const item = new vscode.CompletionItem({ label: group.id, description: group.name }, vscode.CompletionItemKind.Value);
          item.range = range;
          item.documentation = groupCard(community, group);
          return item;
        });
      case 'type':
        return POST_TYPES.map((type) => this.valueItem(type, typeDescription(type), range));
      case 'status':
        return POST_STATUSES.map((status) => this.valueItem(status, statusDescription(status), range));
      case 'tags':
        return this.tagItems(community, range);
      case 'ugc':
        return ['true', 'false'].map((value) => this.valueItem(value, undefined, range));
      case 'owner':
      case 'reviewer':
        return community.session.config.people.map((person) => {
          const item = new vscode.CompletionItem({ label: person.id, description: person.name }, vscode.CompletionItemKind.Value);
          item.range = range;
          item.documentation = personCard(person);
          // for a reviewer, the people who may approve come first
          if (context.key === 'reviewer') item.sortText = `${canReview(person) ? 0 : 1}${person.id}`;
          return item;
        });
      default:
        return [];
    }
  }

  private valueItem(value: string, description: string | undefined, range: vscode.Range): vscode.CompletionItem {
    const item = new vscode.CompletionItem({ label: value, description }, vscode.CompletionItemKind.EnumMember);
    item.range = range;
    return item;
  }

  private fieldItems(): vscode.CompletionItem[] {
    return FIELDS.map(({ key, snippet }) => {
      const item = new vscode.CompletionItem(key, vscode.CompletionItemKind.Property);
      item.insertText = new vscode.SnippetString(snippet);
      return item;
    });
  }

  private tagItems(community: Community, range: vscode.Range): vscode.CompletionItem[] {
    const counts = new Map<string, number>();
    for (const summary of community.session.index.summaries()) for (const tag of summary.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    return [...counts].map(([tag, count]) => {
      const item = this.valueItem(tag, l10n.t('used {0} times', count), range);
      item.sortText = String(1e6 - count).padStart(7, '0');
      return item;
    });
  }
}

/** Hover on a group id in a post shows the group's card; on a person id, the person's; on a type, what the type is for. */
export class FrontMatterHover implements vscode.HoverProvider {
  constructor(private readonly communities: Communities) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const community = this.communities.communityOf(document.uri);
    if (!community?.session.loaded) return undefined;
    const found = frontMatterWordAt(document.getText(), document.offsetAt(position));
    if (!found) return undefined;
    const range = new vscode.Range(document.positionAt(found.start), document.positionAt(found.end));
    if (found.key === 'group' || found.key === 'groups') {
      const group = community.session.config.groupsById.get(found.word);
      return group ? new vscode.Hover(groupCard(community, group), range) : undefined;
    }
    if (found.key === 'owner' || found.key === 'reviewer') {
      const person = community.session.config.peopleById.get(found.word);
      return person ? new vscode.Hover(personCard(person), range) : undefined;
    }
    if (found.key === 'type' && (POST_TYPES as readonly string[]).includes(found.word)) return new vscode.Hover(typeDescription(found.word as PostType), range);
    return undefined;
  }
}
