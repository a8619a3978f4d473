import * as path from 'node:path';
import * as vscode from 'vscode';
import { loadWithCodeCache } from './codeCache';
import { CALENDAR_VIEW_TYPE, COMMANDS, type CommandId } from './ids';
import type { Services, startServices } from './services';

type ServicesModule = { startServices: typeof startServices };

/** What activate() returns: used by the integration tests and the benchmark. */
export interface CommunityCalendarApi {
  /** Resolves with the extension's services once every community has been read and checked. */
  ready: Promise<Services>;
  /** Milliseconds spent loading this bundle plus running activate(). */
  activationMs: number;
  /** When activate() was called (Date.now()): the benchmark times the Problems panel from here. */
  activatedAt: number;
  /** The code cache of services.js written after the start (see codeCache.ts); undefined when none was. */
  codeCacheSaved: Promise<string | undefined>;
}

/** How long after every community is loaded the code cache of services.js is written, when it was missing. */
const CODE_CACHE_DELAY_MS = 3000;

// Set by the bundle's first line (esbuild banner): with the line below, the time this bundle took to load.
declare const __ccal_load_start: number | undefined;
const moduleLoadMs = typeof __ccal_load_start === 'number' ? performance.now() - __ccal_load_start : 0;

/**
 * A thin shell: it registers the commands and the calendar's serializer (both must exist as soon as the
 * extension is active) and loads the engine and everything else on the next turn of the event loop, so
 * activation itself stays within a few milliseconds.
 */
export function activate(context: vscode.ExtensionContext): CommunityCalendarApi {
  const activatedAt = Date.now();
  const started = performance.now();
  let codeCacheSaved: (file: string | undefined) => void = () => undefined;
  const savedCodeCache = new Promise<string | undefined>((resolve) => (codeCacheSaved = resolve));
  const services = new Promise<Services>((resolve) => {
    setTimeout(() => {
      const bundle = loadWithCodeCache(path.join(__dirname, 'services.js'), context.globalStorageUri.scheme === 'file' ? context.globalStorageUri.fsPath : undefined);
      const loaded = (bundle.exports as ServicesModule).startServices(context);
      resolve(loaded);
      // the cache then holds what the start compiled; written a little later, off the user's first steps
      loaded.loaded.then(
        () => setTimeout(() => codeCacheSaved(bundle.saveCodeCache()), CODE_CACHE_DELAY_MS),
        () => codeCacheSaved(undefined),
      );
    }, 0);
  });
  for (const id of Object.values(COMMANDS) as CommandId[]) {
    context.subscriptions.push(vscode.commands.registerCommand(id, async (...args: unknown[]) => (await services).commands[id](...args)));
  }
  context.subscriptions.push(
    vscode.window.registerWebviewPanelSerializer(CALENDAR_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel) => (await services).revivePanel(panel),
    }),
  );
  const ready = services.then(async (loaded) => {
    await loaded.loaded;
    return loaded;
  });
  return { ready, activationMs: moduleLoadMs + performance.now() - started, activatedAt, codeCacheSaved: savedCodeCache };
}

export function deactivate(): void {}
