import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { bootMeta, type CalendarBoot, type CalendarState, type WebviewToHost } from '../../src/shared/protocol';
import { launchChromium } from './chromium';
import { novemberState } from './fixtures';

const REPO = path.resolve(__dirname, '../../..');
const NONCE = 'test-nonce-1234567890';

/** The VS Code theme variables the calendar uses, for a light and a dark page. */
export const THEMES = {
  light: { '--vscode-foreground': '#3b3b3b', '--vscode-editor-background': '#ffffff', '--vscode-descriptionForeground': '#717171', '--vscode-charts-blue': '#1a85ff', '--vscode-charts-green': '#388a34', '--vscode-charts-purple': '#652d90', '--vscode-charts-red': '#e51400', '--vscode-charts-orange': '#d18616', '--vscode-charts-yellow': '#bf8803', '--vscode-panel-border': '#e5e5e5', '--vscode-button-secondaryBackground': '#e5e5e5', '--vscode-button-secondaryForeground': '#3b3b3b', '--vscode-button-background': '#005fb8', '--vscode-editorWarning-foreground': '#bf8803', '--vscode-editorError-foreground': '#e51400', '--vscode-textLink-foreground': '#005fb8', '--vscode-editorWidget-background': '#f8f8f8', '--vscode-focusBorder': '#005fb8', '--vscode-dropdown-background': '#ffffff', '--vscode-dropdown-border': '#cecece', '--vscode-editorHoverWidget-background': '#f8f8f8', '--vscode-editorHoverWidget-border': '#c8c8c8', '--vscode-font-family': 'sans-serif', '--vscode-font-size': '13px' },
  dark: { '--vscode-foreground': '#cccccc', '--vscode-editor-background': '#1f1f1f', '--vscode-descriptionForeground': '#9d9d9d', '--vscode-charts-blue': '#3794ff', '--vscode-charts-green': '#89d185', '--vscode-charts-purple': '#b180d7', '--vscode-charts-red': '#f14c4c', '--vscode-charts-orange': '#d18616', '--vscode-charts-yellow': '#cca700', '--vscode-panel-border': '#2b2b2b', '--vscode-button-secondaryBackground': '#313131', '--vscode-button-secondaryForeground': '#cccccc', '--vscode-button-background': '#0078d4', '--vscode-editorWarning-foreground': '#cca700', '--vscode-editorError-foreground': '#f14c4c', '--vscode-textLink-foreground': '#4daafc', '--vscode-editorWidget-background': '#202020', '--vscode-focusBorder': '#0078d4', '--vscode-dropdown-background': '#313131', '--vscode-dropdown-border': '#3c3c3c', '--vscode-editorHoverWidget-background': '#202020', '--vscode-editorHoverWidget-border': '#454545', '--vscode-font-family': 'sans-serif', '--vscode-font-size': '13px' },
} as const;

/** What the panel's HTML gives the calendar to draw its frame with, for the fixtures' November. */
export function novemberBoot(): CalendarBoot {
  const { locale, today, labels } = novemberState();
  return { locale, today, labels };
}

function page(theme: keyof typeof THEMES, savedState: unknown, boot: CalendarBoot | undefined): string {
  const variables = Object.entries(THEMES[theme]).map(([name, value]) => `${name}: ${value};`).join(' ');
  // the same CSP as the extension's panel; the stub stands in for VS Code's webview API
  return `<!DOCTYPE html><html><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self' data:; font-src data:; style-src 'self' 'nonce-${NONCE}'; script-src 'nonce-${NONCE}'">
<meta name="csp-nonce" content="${NONCE}">${boot ? `\n${bootMeta(boot)}` : ''}
<style nonce="${NONCE}">html { ${variables} }</style>
<link rel="stylesheet" href="/media/calendar.css"></head>
<body class="vscode-${theme}"><div id="toolbar"></div><div id="calendar"></div><section id="summary"></section>
<script nonce="${NONCE}">
window.__messages = []; window.__state = ${JSON.stringify(savedState ?? null)};
window.acquireVsCodeApi = () => ({ postMessage: (m) => {
  window.__messages.push(m);
  if (m.type !== 'webview/ready') return;
  window.__readyAt = performance.now();
  // the page draws its frame after saying it is ready: the frame after the one that paints it
  requestAnimationFrame(() => requestAnimationFrame(() => (window.__framedAt = performance.now())));
}, getState: () => window.__state ?? undefined, setState: (s) => { window.__state = s; } });
</script>
<script nonce="${NONCE}" src="/dist/webview/calendar.js"></script></body></html>`;
}

export interface WebviewHarness {
  page: Page;
  /** What the webview sent to the host so far. */
  messages(): Promise<WebviewToHost[]>;
  /** The messages of one type, once at least one has arrived (a drop is reported after its animation). */
  messagesOfType(type: WebviewToHost['type']): Promise<WebviewToHost[]>;
  /** Sends the host's full state and waits for the calendar to draw it. */
  sendState(state: CalendarState): Promise<number>;
  /** From navigation start to the frame after the one that painted the page's frame (before any state), in ms. */
  framedAt(): Promise<number>;
  close(): Promise<void>;
}

/**
 * Serves the built webview and its CSS from localhost and opens it in Debian's Chromium. The page carries the boot
 * data the panel's HTML does (`novemberBoot()` unless another, or none with `boot: null`). With `clock`, the page's
 * timers run on Playwright's clock: a test moves time on with `page.clock.fastForward` instead of waiting it out.
 */
export async function openCalendar(options: { theme?: keyof typeof THEMES; savedState?: unknown; viewport?: { width: number; height: number }; boot?: CalendarBoot | null; clock?: boolean } = {}): Promise<WebviewHarness> {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (url.pathname === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(options.theme ?? 'light', options.savedState, options.boot === null ? undefined : (options.boot ?? novemberBoot())));
      return;
    }
    const file = path.join(REPO, path.normalize(url.pathname));
    if (!file.startsWith(REPO) || !fs.existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': file.endsWith('.css') ? 'text/css' : 'text/javascript' }).end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    // a server left listening would keep mocha from ever exiting
    server.close();
    throw error;
  }
  const tab = await browser.newPage({ viewport: options.viewport ?? { width: 1300, height: 1000 } });
  const errors: string[] = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  if (options.clock) await tab.clock.install();
  await tab.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  await tab.waitForFunction(() => (window as unknown as { __messages: unknown[] }).__messages.length > 0);
  return {
    page: tab,
    messages: () => tab.evaluate(() => (window as unknown as { __messages: WebviewToHost[] }).__messages),
    messagesOfType: async (type) => {
      await tab.waitForFunction((wanted) => (window as unknown as { __messages: WebviewToHost[] }).__messages.some((message) => message.type === wanted), type, { timeout: 5_000 });
      return tab.evaluate((wanted) => (window as unknown as { __messages: WebviewToHost[] }).__messages.filter((message) => message.type === wanted), type);
    },
    sendState: async (state) => {
      const elapsed = await tab.evaluate(async (sent) => {
        const started = performance.now();
        document.body.dataset.ready = '';
        window.postMessage({ type: 'state/full', state: sent }, '*');
        while (document.body.dataset.ready !== 'true') await new Promise((resolve) => setTimeout(resolve, 1));
        await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
        return performance.now() - started;
      }, state);
      if (errors.length > 0) throw new Error(`webview errors: ${errors.map((error) => error.slice(0, 300)).join('; ')}`);
      return elapsed;
    },
    framedAt: async () => {
      await tab.waitForFunction(() => (window as unknown as { __framedAt?: number }).__framedAt !== undefined);
      return tab.evaluate(() => (window as unknown as { __framedAt: number }).__framedAt);
    },
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
