import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Services } from '../../../src/extension/services';
import type { GroupsNode } from '../../../src/extension/tree';
import { activeServices, screenshot, sleep, until, workspaceUri } from './helpers';
import { at } from '../../support/defined';

// "Now" is 2026-11-23 09:00 Shanghai time (run.mjs). The suite adds posts for two of the example's people who own none
// of its posts: 李想 (lixiang, a writer) and 周颖 (zhouying, a reviewer).
const FOLDER = 'posts/2026-11';
const PREFIX = 'people-suite-';
const POSTS: Record<string, { title: string; publish: string; status: string; owner: string; reviewer?: string }> = {
  'a-soup.md': { title: '李想：冬季暖汤', publish: '2026-11-25 10:00', status: 'draft', owner: 'lixiang' },
  'b-story.md': { title: '李想：睡前故事', publish: '2026-11-24 20:30', status: 'review', owner: 'lixiang', reviewer: 'zhouying' },
  'c-past.md': { title: '李想：上周回顾', publish: '2026-11-20 10:00', status: 'published', owner: 'lixiang', reviewer: 'zhouying' },
  'd-lead.md': { title: '周颖：会员日预告', publish: '2026-11-26 12:00', status: 'review', owner: 'zhouying', reviewer: 'lixiang' },
  'e-lead.md': { title: '周颖：周末安排', publish: '2026-11-27 12:00', status: 'draft', owner: 'zhouying' },
};

function myPostsNode(api: Services): Extract<GroupsNode, { kind: 'myPosts' }> | undefined {
  const [first] = api.tree.getChildren();
  return first?.kind === 'myPosts' ? first : undefined;
}

/** The suite's own posts in the index. */
function suitePosts(api: Services): number {
  const community = api.communities.all()[0];
  return community ? [...community.session.index.summaries()].filter((summary) => summary.path.startsWith(`${FOLDER}/${PREFIX}`)).length : 0;
}

function titles(api: Services, node: GroupsNode): string[] {
  return api.tree.getChildren(node).map((child) => String(api.tree.getTreeItem(child).label));
}

suite('People: My Posts, completion and hover', () => {
  let api: Services;
  const settings = () => vscode.workspace.getConfiguration('communityCalendar');

  suiteSetup(async () => {
    ({ services: api } = await activeServices());
    for (const [name, post] of Object.entries(POSTS)) {
      const reviewer = post.reviewer ? `reviewer: ${post.reviewer}\n` : '';
      fs.writeFileSync(path.join(workspaceUri(FOLDER).fsPath, PREFIX + name), `---\ntitle: ${post.title}\ngroup: mom-vip\npublish: ${post.publish}\ntype: practical\nstatus: ${post.status}\nowner: ${post.owner}\n${reviewer}---\n正文\n`);
    }
    await until('the suite\'s posts loaded', () => suitePosts(api) === Object.keys(POSTS).length);
  });

  suiteTeardown(async () => {
    await settings().update('me', undefined, vscode.ConfigurationTarget.Global);
    for (const name of Object.keys(POSTS)) fs.rmSync(path.join(workspaceUri(FOLDER).fsPath, PREFIX + name), { force: true });
    await until('the suite\'s posts gone', () => suitePosts(api) === 0);
  });

  test('My Posts lists the configured person\'s coming posts and open reviews by time, and only with communityCalendar.me set', async () => {
    assert.equal(myPostsNode(api), undefined, 'no My Posts while communityCalendar.me is unset');
    await settings().update('me', 'lixiang', vscode.ConfigurationTarget.Global);
    const node = await until('My Posts at the top of the tree', () => myPostsNode(api));
    assert.equal(node.personId, 'lixiang');
    const item = api.tree.getTreeItem(node);
    assert.equal(item.label, 'My Posts');
    // owned from now on (not the past one), and the lead's post waiting for her review, by publish time
    assert.deepEqual(titles(api, node), ['李想：睡前故事', '李想：冬季暖汤', '周颖：会员日预告']);
    assert.equal(item.description, '李想 · 3 posts');
    const review = at(api.tree.getChildren(node), 2);
    assert.equal(api.tree.getTreeItem(review).description, '11-26 12:00 · to review');
    assert.deepEqual(api.tree.getTreeItem(review).command?.arguments, [workspaceUri(`${FOLDER}/${PREFIX}d-lead.md`)]);
    await vscode.commands.executeCommand('workbench.view.extension.communityCalendar');
    await api.treeView.reveal(node, { expand: true, focus: false, select: false });
    await sleep(1000);
    await screenshot('my-posts');

    await settings().update('me', 'zhouying', vscode.ConfigurationTarget.Global);
    await until('the reviewer\'s posts', () => {
      const lead = myPostsNode(api);
      // her own coming posts, and 李想's story waiting for her review
      return lead?.personId === 'zhouying' && titles(api, lead).join('|') === '李想：睡前故事|周颖：会员日预告|周颖：周末安排';
    });
    await settings().update('me', 'nobody', vscode.ConfigurationTarget.Global);
    const unknown = await until('a hint for an unknown id', () => (myPostsNode(api)?.personId === 'nobody' ? myPostsNode(api) : undefined));
    assert.equal(api.tree.getTreeItem(unknown).description, '"nobody" is not in people');
    assert.deepEqual(api.tree.getChildren(unknown), []);
    await settings().update('me', undefined, vscode.ConfigurationTarget.Global);
    await until('My Posts gone when the setting is cleared', () => myPostsNode(api) === undefined);
  });

  test('completes person ids after owner: and shows a person on hover', async () => {
    const uri = workspaceUri(`${FOLDER}/${PREFIX}a-soup.md`);
    const document = await vscode.workspace.openTextDocument(uri);
    const label = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);
    const ownerLine = document.getText().split('\n').indexOf('owner: lixiang');
    const owners = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(ownerLine, 7));
    assert.deepEqual(owners.items.filter((item) => item.kind === vscode.CompletionItemKind.Value).map(label).sort(), ['amay', 'chenjing', 'linxiao', 'lixiang', 'susu', 'wangfang', 'zhaoxiaoman', 'zhouying']);
    const hover = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(ownerLine, 9));
    const text = hover.flatMap((entry) => entry.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
    assert.match(text, /李想/);
    assert.match(text, /writer/);
    assert.match(text, /May not approve posts/);
  });
});
