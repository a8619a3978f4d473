import * as vscode from 'vscode';
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
}

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
  const services = new Promise<Services>((resolve) => {
    setTimeout(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded late on purpose, see above
      const { startServices } = require('./services.js') as ServicesModule;
      resolve(startServices(context));
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
  return { ready, activationMs: moduleLoadMs + performance.now() - started, activatedAt };
}

export function deactivate(): void {}
