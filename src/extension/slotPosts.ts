import * as vscode from 'vscode';
import { POST_TYPE_NAMES, POST_TYPES, type PostType } from '../core/base/domain';
import { newPostText } from '../core/editor/newPost';
import type { PlanSlot } from '../core/model/schedule';
import { isPostPath } from '../core/session/posts';
import { isSafeWorkspacePath } from '../core/base/workspacePath';
import { freePath, postsFolder } from './postPaths';
import type { Community } from './community';
import { typeDescription } from './editing';
import { displayLocale } from './locale';
import { l10n } from './l10n';

/** What a ghost chip, a tree node or a code action names: a slot of a group; the host looks it up again. */
export interface SlotRequest {
  group: string;
  date: string;
  time: string;
  type?: PostType;
}

/** What the create-slot-posts command takes (from a tree node or a code action): plain data, checked again. */
export interface SlotCommandArgument {
  configUri: string;
  slots: SlotRequest[];
}

/** The command's argument, if it has exactly that shape. */
export function parseSlotCommandArgument(value: unknown): SlotCommandArgument | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { configUri, slots } = value as Record<string, unknown>;
  if (typeof configUri !== 'string' || !Array.isArray(slots)) return undefined;
  const requests: SlotRequest[] = [];
  for (const slot of slots as unknown[]) {
    if (typeof slot !== 'object' || slot === null) return undefined;
    const { group, date, time, type } = slot as Record<string, unknown>;
    if (typeof group !== 'string' || typeof date !== 'string' || typeof time !== 'string') return undefined;
    if (type !== undefined && !(POST_TYPES as readonly unknown[]).includes(type)) return undefined;
    requests.push({ group, date, time, ...(type === undefined ? {} : { type: type as PostType }) });
  }
  return { configUri, slots: requests };
}

/** The open slot a request names, if it is still open: a webview or a stale node cannot make up one. */
export function openSlotOf(community: Community, request: SlotRequest): PlanSlot | undefined {
  if (!community.session.loaded) return undefined;
  return community.session.index.openSlotsOf(request.group).find((slot) => slot.date === request.date && slot.time === request.time && slot.type === request.type);
}

/**
 * Creates one draft post per slot in one undoable edit — posts/YYYY-MM/YYYY-MM-DD-<type>-HHMM.md, front matter
 * pre-filled (a title to replace, group, publish, type, status draft), body from the type's template — and opens the
 * first with its title selected (beside the calendar when asked from it, where the chip then turns into the post).
 * A slot of any type takes the type asked for once. Returns the files created.
 */
export async function createSlotPosts(community: Community, slots: readonly PlanSlot[], viewColumn?: vscode.ViewColumn): Promise<vscode.Uri[]> {
  if (slots.length === 0) {
    void vscode.window.showInformationMessage(l10n.t('That slot is no longer open.'));
    return [];
  }
  let anyType: PostType | undefined;
  if (slots.some((slot) => !slot.type)) {
    const pick = await vscode.window.showQuickPick(POST_TYPES.map((type) => ({ label: type, description: typeDescription(type) })), { placeHolder: l10n.t('Type of post for the slots of any type') });
    if (!pick) return [];
    anyType = pick.label as PostType;
  }
  const locale = displayLocale();
  const edit = new vscode.WorkspaceEdit();
  const uris: vscode.Uri[] = [];
  const taken = new Set<string>();
  for (const slot of slots) {
    const type = slot.type ?? (anyType as PostType);
    const base = `${slot.date}-${type}-${slot.time.replace(':', '')}`;
    let path = await freePath(community, `${postsFolder(community)}${slot.date.slice(0, 7)}/`, base);
    for (let suffix = 2; taken.has(path); suffix++) path = await freePath(community, `${postsFolder(community)}${slot.date.slice(0, 7)}/`, `${base}-${suffix}`);
    // the folder comes from community.yaml's globs, which compileGlob keeps inside the workspace; checked again
    if (!isSafeWorkspacePath(path) || !isPostPath(community.session.config, path)) continue;
    taken.add(path);
    const uri = community.uriOf(path);
    const title = l10n.t('(title) {0} post at {1}', POST_TYPE_NAMES[type][locale], slot.time);
    edit.createFile(uri, { ignoreIfExists: false });
    edit.insert(uri, new vscode.Position(0, 0), newPostText({ title, groups: [slot.groupId], publish: `${slot.date} ${slot.time}`, type }));
    uris.push(uri);
  }
  const [first] = uris;
  if (first === undefined || !(await vscode.workspace.applyEdit(edit))) return [];
  const editor = await vscode.window.showTextDocument(first, { viewColumn });
  const titleLine = editor.document.lineAt(1);
  editor.selection = new vscode.Selection(titleLine.range.start.translate(0, 'title: '.length), titleLine.range.end);
  return uris;
}
