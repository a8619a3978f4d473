import * as vscode from 'vscode';
import { slugify } from '../core/editing';
import { newPostText, nextFreeSlot, publishText } from '../core/newPost';
import { POST_TYPES, type PostType } from '../core/model';
import { isPostPath } from '../core/posts';
import { isSafeWorkspacePath } from '../core/workspacePath';
import { parsePublish } from '../core/time/publish';
import type { Communities, Community } from './community';
import { typeDescription } from './editing';
import { clock } from './locale';
import { meIn } from './myPosts';
import type { GroupsNode } from './tree';
import { l10n } from './l10n';

async function pickCommunity(communities: Communities): Promise<Community | undefined> {
  const loaded = communities.all().filter((community) => community.session.loaded);
  if (loaded.length <= 1) return loaded[0];
  const picked = await vscode.window.showQuickPick(
    loaded.map((community) => ({ label: community.label, community })),
    { placeHolder: l10n.t('Which community?') },
  );
  return picked?.community;
}

/** Where new posts go: the fixed folders at the start of the first `posts` glob (posts/ by default). */
export function postsFolder(community: Community): string {
  const glob = community.session.config.postGlobs.find((candidate) => !candidate.startsWith('!')) ?? 'posts/**/*.md';
  const folders: string[] = [];
  for (const segment of glob.split('/').slice(0, -1)) {
    if (/[*?{[]/.test(segment)) break;
    folders.push(segment);
  }
  return folders.map((folder) => `${folder}/`).join('');
}

export async function freePath(community: Community, folder: string, base: string): Promise<string> {
  for (let suffix = 1; ; suffix++) {
    const path = `${folder}${base}${suffix === 1 ? '' : `-${suffix}`}.md`;
    if (!(await community.exists(path))) return path;
  }
}

/**
 * New Post: asks for group(s), type, a date and time (the next slot the rules accept for those groups) and a
 * title, then creates posts/YYYY-MM/YYYY-MM-DD-slug.md from the type's template with one undoable edit.
 */
export async function newPost(communities: Communities, preset?: { groupId?: string; date?: string }): Promise<vscode.Uri | undefined> {
  const community = await pickCommunity(communities);
  if (!community) {
    void vscode.window.showWarningMessage(l10n.t('No community.yaml in this workspace yet: run "Community Calendar: Create community.yaml" first.'));
    return undefined;
  }
  const { config } = community.session;
  const groupPicks = await vscode.window.showQuickPick(
    config.groups.map((group) => ({ label: group.id, description: group.name, picked: group.id === preset?.groupId })),
    { canPickMany: true, placeHolder: l10n.t('Groups to post to') },
  );
  if (!groupPicks || groupPicks.length === 0) return undefined;
  const groups = groupPicks.map((pick) => pick.label);
  const typePick = await vscode.window.showQuickPick(POST_TYPES.map((type) => ({ label: type, description: typeDescription(type) })), { placeHolder: l10n.t('Type of post') });
  if (!typePick) return undefined;
  const type = typePick.label as PostType;
  const { timezone } = community.session.environment.facts;
  const from = preset?.date ? Math.max(clock(), timezone.toInstant({ ...parseDay(preset.date), hour: 8, minute: 0, second: 0, millisecond: 0 })) : clock();
  const slot = publishText(nextFreeSlot(community.session.environment, community.session.index, groups, from));
  const publish = await vscode.window.showInputBox({
    prompt: l10n.t('Publish date and time ({0})', timezone.name),
    value: slot,
    validateInput: (value) => (parsePublish(value).ok ? undefined : l10n.t('Write a date and time such as 2026-11-23 08:30')),
  });
  if (!publish) return undefined;
  const title = await vscode.window.showInputBox({ prompt: l10n.t('Title'), validateInput: (value) => (value.trim() ? undefined : l10n.t('A post needs a title')) });
  if (!title) return undefined;
  const day = publish.trim().slice(0, 10);
  const path = await freePath(community, `${postsFolder(community)}${day.slice(0, 7)}/`, `${day}-${slugify(title)}`);
  // the folder comes from community.yaml, which compileGlob already keeps inside the workspace; checked again before writing
  if (!isSafeWorkspacePath(path)) return undefined;
  if (!isPostPath(config, path)) void vscode.window.showWarningMessage(l10n.t('{0} is outside the posts globs of community.yaml and will not be checked.', path));
  const uri = community.uriOf(path);
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { ignoreIfExists: false });
  // only a person of this community: an id it does not know would be an error in the new file
  const owner = meIn(community)?.id;
  edit.insert(uri, new vscode.Position(0, 0), newPostText({ title: title.trim(), groups, publish: publish.trim(), type, owner }));
  if (!(await vscode.workspace.applyEdit(edit))) return undefined;
  const editor = await vscode.window.showTextDocument(uri);
  const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
  editor.selection = new vscode.Selection(end, end);
  return uri;
}

function parseDay(day: string): { year: number; month: number; day: number } {
  const [year, month, date] = day.split('-').map(Number);
  return { year, month, day: date };
}

/** Opens community.yaml with the group's id selected. */
export async function revealGroup(communities: Communities, node?: GroupsNode): Promise<void> {
  const community = node?.community ?? (await pickCommunity(communities));
  if (!community) return;
  const editor = await vscode.window.showTextDocument(community.configUri);
  if (node?.kind !== 'group') return;
  const { idSpan } = node.group;
  const range = new vscode.Range(editor.document.positionAt(idSpan.start), editor.document.positionAt(idSpan.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

const SAMPLE_CONFIG = `# yaml-language-server: $schema=https://github.com/community-calendar/community-calendar/raw/main/schemas/community.schema.json
timezone: Asia/Shanghai
posts: ["posts/**/*.md"]
groups:
  - id: brand
    name: 品牌会员社区
    platform: wecom
    tier: regular
    stage: launch
    members: 200
    admins: [小李]
  - id: brand-vip
    name: 品牌VIP群
    platform: wecom
    tier: core
    stage: launch
    members: 60
    admins: [小李]
    parent: brand
rules:
  ad-ratio: { max: 0.2 }
dates: []
`;

function samplePost(publish: string): string {
  return `---
title: 欢迎加入我们的社群
group: brand-vip
publish: ${publish}
type: notice
status: draft
tags: [欢迎]
---
各位新朋友好！这里每天会分享实用的小知识和群内活动。

有问题随时在群里@管理员。
`;
}

/**
 * Starts a community in an empty folder: community.yaml with two groups and a first post scheduled in the quiet
 * hours, so the first diagnostic and its quick fix appear straight away.
 */
export async function scaffold(communities: Communities): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showWarningMessage(l10n.t('Open a folder first, then create community.yaml in it.'));
    return;
  }
  const configUri = vscode.Uri.joinPath(folder.uri, 'community.yaml');
  try {
    await vscode.workspace.fs.stat(configUri);
    await vscode.window.showTextDocument(configUri);
    return;
  } catch {
    // not there yet: create it
  }
  const tomorrow = new Date(clock() + 86_400_000 + 8 * 3_600_000);
  const day = tomorrow.toISOString().slice(0, 10);
  const postUri = vscode.Uri.joinPath(folder.uri, 'posts', day.slice(0, 7), `${day}-welcome.md`);
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(configUri, { ignoreIfExists: true });
  edit.insert(configUri, new vscode.Position(0, 0), SAMPLE_CONFIG);
  edit.createFile(postUri, { ignoreIfExists: true });
  edit.insert(postUri, new vscode.Position(0, 0), samplePost(`${day} 23:00`));
  if (!(await vscode.workspace.applyEdit(edit))) return;
  await vscode.workspace.saveAll(false);
  await communities.discover();
  await vscode.window.showTextDocument(postUri);
}
