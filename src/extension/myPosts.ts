import * as vscode from 'vscode';
import type { PersonConfig } from '../core/model/config';
import type { PostSummary } from '../core/model/schedule';
import type { Community } from './community';
import { SETTINGS } from './ids';
import { l10n } from './l10n';

/** The most posts My Posts lists: a person's plan for weeks ahead, not a workspace-sized tree. */
export const MY_POSTS_LIMIT = 100;

/** The person id in `communityCalendar.me`, or undefined when it is not set. */
export function configuredMe(): string | undefined {
  const me = vscode.workspace.getConfiguration(SETTINGS.section).get<string>(SETTINGS.me)?.trim();
  return me ? me : undefined;
}

/** `me` as a person of this community, when it names one. */
export function meIn(community: Community): PersonConfig | undefined {
  const me = configuredMe();
  return me === undefined ? undefined : community.session.config.peopleById.get(me);
}

export interface MyPost {
  summary: PostSummary;
  /** Why it is listed: the person owns it, or is to review it. */
  role: 'owner' | 'reviewer';
}

/**
 * A person's coming posts (owner, publish from now on) and open reviews (reviewer, status review, whenever they
 * are due), each post once, by publish time then path; posts without a valid time last. At most MY_POSTS_LIMIT.
 */
export function myPosts(community: Community, personId: string): { posts: MyPost[]; total: number } {
  const now = community.session.environment.facts.now;
  const found: MyPost[] = [];
  for (const summary of community.session.index.summaries()) {
    if (summary.owner === personId && summary.time && summary.time.instant >= now) found.push({ summary, role: 'owner' });
    else if (summary.reviewer === personId && summary.status === 'review') found.push({ summary, role: 'reviewer' });
  }
  found.sort((a, b) => {
    const left = a.summary.time?.instant ?? Infinity;
    const right = b.summary.time?.instant ?? Infinity;
    if (left !== right) return left < right ? -1 : 1;
    return a.summary.path < b.summary.path ? -1 : a.summary.path > b.summary.path ? 1 : 0;
  });
  return { posts: found.slice(0, MY_POSTS_LIMIT), total: found.length };
}

/** The My Posts node: the person and how many posts, or a hint when `me` names nobody in this community. */
export function myPostsItem(community: Community, personId: string): vscode.TreeItem {
  const person = community.session.config.peopleById.get(personId);
  if (!person) {
    const item = new vscode.TreeItem(l10n.t('My Posts'), vscode.TreeItemCollapsibleState.None);
    item.iconPath = new vscode.ThemeIcon('warning');
    item.description = l10n.t('"{0}" is not in people', personId);
    item.tooltip = l10n.t('The setting communityCalendar.me is "{0}", but people in community.yaml has no such id.', personId);
    item.command = { command: 'workbench.action.openSettings', title: l10n.t('Open Settings'), arguments: [`${SETTINGS.section}.${SETTINGS.me}`] };
    return item;
  }
  const { posts, total } = myPosts(community, personId);
  const item = new vscode.TreeItem(l10n.t('My Posts'), posts.length > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
  // a colon keeps it apart from the groups' items, whose ids are [a-z0-9-]+
  item.id = `${community.configUri.toString()}#:my-posts`;
  item.iconPath = new vscode.ThemeIcon('account');
  item.description = `${person.name ?? person.id} · ${total === 1 ? l10n.t('1 post') : l10n.t('{0} posts', total)}`;
  item.tooltip = total > posts.length ? l10n.t('Coming posts and open reviews of {0}; the first {1} of {2} are listed', person.name ?? person.id, posts.length, total) : l10n.t('Coming posts and open reviews of {0}', person.name ?? person.id);
  return item;
}

/** One of my posts: title, when, and for a review an eye and "review". */
export function myPostItem(community: Community, post: MyPost, typeIcon: string): vscode.TreeItem {
  const { summary } = post;
  const item = new vscode.TreeItem(summary.title ?? summary.path, vscode.TreeItemCollapsibleState.None);
  const when = summary.time ? `${summary.time.date.slice(5)} ${String(summary.time.local.hour).padStart(2, '0')}:${String(summary.time.local.minute).padStart(2, '0')}` : l10n.t('no time');
  item.description = post.role === 'reviewer' ? `${when} · ${l10n.t('to review')}` : when;
  item.iconPath = new vscode.ThemeIcon(post.role === 'reviewer' ? 'eye' : typeIcon);
  item.tooltip = `${summary.path}${summary.status ? ` · ${summary.status}` : ''}`;
  item.id = `${community.configUri.toString()}#:my-posts/${summary.path}`;
  item.command = { command: 'vscode.open', title: l10n.t('Open Post'), arguments: [community.uriOf(summary.path)] };
  return item;
}
