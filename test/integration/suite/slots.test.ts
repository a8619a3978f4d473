import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Services } from '../../../src/extension/services';
import type { GroupsNode } from '../../../src/extension/tree';
import { activeServices, groupNode, runnerBrowser, screenshot, sleep, until, webviewClick, webviewTexts, workspaceUri } from './helpers';
import { at } from '../../support/defined';

// The example community has a rhythm (SPEC §6.1): three daily slots its series fill, and the core groups' 3 + 2 + 1.

suite('Open slots in VS Code', () => {
  let api: Services;
  const created: vscode.Uri[] = [];

  suiteSetup(async () => {
    ({ services: api } = await activeServices());
  });

  suiteTeardown(async () => {
    for (const uri of created) {
      await vscode.window.showTextDocument(uri);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of created) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    const community = api.communities.all()[0];
    assert.ok(community);
    await until('the created posts gone again', () => created.every((uri) => !community.session.index.hasPost(vscode.workspace.asRelativePath(uri, false))));
  });

  test('a rhythm in community.yaml gives the groups open slots, listed in the Groups view', async () => {
    const community = api.communities.all()[0];
    assert.ok(community);
    const open = await until('open slots of mom-vip', () => community.session.index.openSlotsOf('mom-vip').length > 0 && community.session.index.openSlotsOf('mom-vip'));
    const vip = groupNode(api, 'mom-vip');
    const slotsNode = api.tree.getChildren(vip).find((node) => node.kind === 'openSlots');
    assert.ok(slotsNode, 'an Open slots node under the group');
    const weekAhead = open.filter((slot) => slot.instant < community.session.environment.facts.now + 7 * 86_400_000);
    assert.equal(api.tree.getTreeItem(slotsNode).label, `Open slots (${weekAhead.length})`);
  });

  test('clicking a ghost chip creates the post for its slot, and the chip turns into the post', async function () {
    if (!runnerBrowser()) return this.skip();
    const community = api.communities.all()[0];
    assert.ok(community);
    const { groups } = community.session.config;
    // the core groups' open slots, in both themes, for the docs
    const vip = groups.find((candidate) => candidate.id === 'mom-vip');
    assert.ok(vip);
    await vscode.commands.executeCommand('communityCalendar.openCalendar', { kind: 'group', community, group: vip } satisfies GroupsNode);
    await until('mom-vip\'s ghost chips', async () => (await webviewTexts('slot-chips-vip', '.ccal-slot[data-slot-group="mom-vip"]')).length > 0);
    const workbench = vscode.workspace.getConfiguration('workbench');
    await workbench.update('colorTheme', 'Default Dark Modern', vscode.ConfigurationTarget.Global);
    await sleep(1500);
    await screenshot('slots-month-dark');
    await workbench.update('colorTheme', 'Default Light Modern', vscode.ConfigurationTarget.Global);
    await sleep(1500);
    await screenshot('slots-month-light');
    await workbench.update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
    // a group without subgroups and an open slot of a named type (sh-city's weekend afternoons): all its slots show
    const group = groups.find((candidate) => !groups.some((child) => child.parent === candidate.id) && community.session.index.openSlotsOf(candidate.id).some((open) => open.type !== undefined));
    assert.ok(group, 'a group without subgroups, with an open slot of a named type');
    const slot = community.session.index.openSlotsOf(group.id).find((candidate) => candidate.type !== undefined);
    assert.ok(slot?.type);
    const type = slot.type;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // the group's node, as the Groups view's "show in calendar" passes it
    const node: GroupsNode = { kind: 'group', community, group };
    await vscode.commands.executeCommand('communityCalendar.openCalendar', node);
    // a day shows three chips and "+N more" past four posts: count both
    const postsShownOn = async (date: string) => {
      const titles = await webviewTexts('slot-day-titles', `.ccal-day[data-date="${date}"] .ccal-chip-title`);
      const more = await webviewTexts('slot-day-more', `.ccal-day[data-date="${date}"] .ccal-more`);
      return { titles, count: titles.length + (more.length > 0 ? Number(/\d+/.exec(at(more, 0))?.[0] ?? 0) : 0) };
    };
    const chip = `.ccal-slot[data-slot-group="${group.id}"][data-slot-date="${slot.date}"][data-slot-time="${slot.time}"]`;
    assert.deepEqual(await until('the ghost chip', async () => {
      const texts = await webviewTexts('slot-chip', chip);
      return texts.length > 0 && texts;
    }), [`＋ ${slot.time} ${type}`]);
    const before = (await postsShownOn(slot.date)).count;
    await webviewClick('slot-chip-click', chip);
    const path = `posts/${slot.date.slice(0, 7)}/${slot.date}-${type}-${slot.time.replace(':', '')}.md`;
    const uri = workspaceUri(path);
    created.push(uri);
    const editor = await until('the new post open in an editor', () => vscode.window.activeTextEditor?.document.uri.toString() === uri.toString() && vscode.window.activeTextEditor);
    const text = editor.document.getText();
    assert.match(text, new RegExp(`^---\\ntitle: "\\(title\\) ${type} post at ${slot.time}"\\ngroup: ${group.id}\\npublish: ${slot.date} ${slot.time}\\ntype: ${type}\\nstatus: draft\\n---\\n`));
    await until('the new post in the index, filling the slot', () => community.session.index.summaryOf(path) !== undefined && !community.session.index.openSlotsOf(group.id).some((candidate) => candidate.date === slot.date && candidate.time === slot.time));
    await until('the post in place of the chip', async () => (await postsShownOn(slot.date)).count === before + 1 && (await webviewTexts('slot-chip-gone', chip)).length === 0);
  });
});
