import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CommunityCalendarApi } from '../../../src/extension/extension';
import type { Services } from '../../../src/extension/services';
import type { GroupsNode } from '../../../src/extension/tree';

export const EXTENSION_ID = 'community-calendar.community-calendar';

export function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

/** Polls until `check` returns a value (not undefined/false) or the time is up. */
export async function until<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** The extension's services once every community is loaded, and how long activation took. */
export async function activeServices(): Promise<{ services: Services; activationMs: number }> {
  const extension = vscode.extensions.getExtension<CommunityCalendarApi>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed`);
  const api = await extension.activate();
  return { services: await api.ready, activationMs: api.activationMs };
}

export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need a workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...relative.split('/'));
}

export function ccalDiagnostics(uri: vscode.Uri, ruleId?: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'ccal' && (!ruleId || (typeof diagnostic.code === 'object' && diagnostic.code.value === ruleId)));
}

/** Whether test/integration/run.mjs drives the workbench's browser (screenshots, webview queries and clicks). */
export function runnerBrowser(): boolean {
  return process.env.VSCODE_TEST_SHOTS_DIR !== undefined;
}

/**
 * Asks the runner (which watches this log) for something with a `[kind] name …` line and waits for its answer
 * file `<shots>/<answer>` to be marked done; returns the answer file's path.
 */
async function askRunner(dir: string, request: string, answer: string): Promise<string> {
  const file = path.join(dir, answer);
  fs.rmSync(`${file}.done`, { force: true });
  console.log(request);
  await until(request, () => fs.existsSync(`${file}.done`), 30_000);
  return file;
}

function runnerDir(what: string): string {
  const dir = process.env.VSCODE_TEST_SHOTS_DIR;
  if (!dir) throw new Error(`${what} need the test runner`);
  return dir;
}

/** Asks the runner a `[kind] name selector` question whose answer is JSON. */
async function askRunnerJson<T>(what: string, kind: string, name: string, selector: string): Promise<T> {
  const file = await askRunner(runnerDir(what), `[${kind}] ${name} ${selector}`, `${name}.json`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

/** Asks the runner to click, as a user would, the first element a selector finds; says why when it could not. */
async function askRunnerClick(what: string, kind: string, name: string, selector: string): Promise<void> {
  const outcome = fs.readFileSync(await askRunner(runnerDir(what), `[${kind}] ${name} ${selector}`, `${name}.click`), 'utf8');
  if (outcome !== 'ok') throw new Error(`clicking ${selector} failed: ${outcome}`);
}

/** Asks the runner for a screenshot of the workbench, and waits for it; nothing outside the runner. */
export async function screenshot(name: string): Promise<void> {
  if (!runnerBrowser()) return;
  await askRunner(runnerDir('screenshots'), `[screenshot] ${name}`, `${name}.png`);
}

/** Asks the runner for the inner texts of the elements a selector finds in the visible webview. */
export function webviewTexts(name: string, selector: string): Promise<string[]> {
  return askRunnerJson('webview queries', 'webview-query', name, selector);
}

/** Asks the runner to click, as a user would, the first element a selector finds in the visible webview. */
export function webviewClick(name: string, selector: string): Promise<void> {
  return askRunnerClick('webview clicks', 'webview-click', name, selector);
}

/** An element of the workbench as the runner reads it: its text, its ::after content (file decoration badges), its accessible name. */
export interface WorkbenchElement {
  text: string;
  after: string;
  label: string;
}

/** Asks the runner for the elements a selector finds in the workbench page (outside the webviews). */
export function workbenchElements(name: string, selector: string): Promise<WorkbenchElement[]> {
  return askRunnerJson('workbench queries', 'workbench-query', name, selector);
}

/** Asks the runner to click, as a user would, the first element a selector finds in the workbench page. */
export function workbenchClick(name: string, selector: string): Promise<void> {
  return askRunnerClick('workbench clicks', 'workbench-click', name, selector);
}

/** Asks the runner how much of each element's text a reader sees in the visible webview (test/webview/visibleCharacters.ts). */
export function webviewVisibleCharacters(name: string, selector: string): Promise<Array<{ text: string; characters: number; visible: number }>> {
  return askRunnerJson('webview measures', 'webview-visible-characters', name, selector);
}

export interface WebviewBox {
  text: string;
  top: number;
  left: number;
  width: number;
  height: number;
  /** The inside of the element; for `html`, the webview's viewport. */
  clientWidth: number;
  clientHeight: number;
}

/** Where the elements a selector finds in the visible webview are, in CSS pixels of the webview. */
export function webviewBoxes(name: string, selector: string): Promise<WebviewBox[]> {
  return askRunnerJson('webview measures', 'webview-boxes', name, selector);
}

export type GroupNode = Extract<GroupsNode, { kind: 'group' }>;

/** A group's node among the top groups of the (single) community's tree. */
export function groupNode(api: Services, id: string): GroupNode {
  const [root] = api.tree.getChildren();
  const node = api.tree.getChildren(root).find((candidate): candidate is GroupNode => candidate.kind === 'group' && candidate.group.id === id);
  if (!node) throw new Error(`no ${id} group in the tree`);
  return node;
}
