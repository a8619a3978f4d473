import * as path from 'node:path';
import type { Config, GroupConfig } from '../core/model/config';
import { diagnosticMessage } from '../core/session/diagnostics';
import { selectGroups } from '../core/editor/groupSelection';
import type { PostCache } from '../core/cache/postCache';
import { compareDiagnostics, configDiagnostics } from '../core/index/workspace';
import type { ShownFrom } from '../core/rules/evaluate';
import type { Locale } from '../core/base/domain';
import { WorkspaceSession } from '../core/session/session';
import { resolveNow } from '../core/time/now';
import { NodeWorkspaceHost } from '../node/host';
import { UsageError } from './args';
import type { CliIO } from './io';
import { cliMessage } from './messages';
import { terminalLine } from './terminalText';
import { locateWorkspace, toPosix } from './workspace';

/** The reading thread's bundle, beside the CLI's in dist/. */
const READER_THREAD = path.join(__dirname, 'ccal-reader.js');

/** Writes each error in community.yaml as one line on stderr; true when there was any, and the run must stop (exit 2). */
function reportConfigErrors(config: Config, configFile: string, io: CliIO, locale: Locale): boolean {
  const errors = configDiagnostics(config).filter((diagnostic) => diagnostic.severity === 'error');
  if (errors.length === 0) return false;
  const displayConfig = path.relative(io.cwd, configFile) || configFile;
  for (const diagnostic of errors.sort(compareDiagnostics)) {
    const location = `${displayConfig}:${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}`;
    io.stderr.write(`ccal: ${terminalLine(cliMessage('configError', { location, message: diagnosticMessage(diagnostic, locale) }, locale))}\n`);
  }
  return true;
}

/** The groups --group selects (each with the groups under it), or every group; an unknown id is a usage error. */
export function selectedGroups(config: Config, ids: readonly string[], locale: Locale): GroupConfig[] {
  const selection = selectGroups(config, ids);
  if (selection.ok) return selection.groups;
  const hint = selection.suggestion === undefined ? '' : cliMessage('didYouMean', { suggestion: selection.suggestion }, locale);
  throw new UsageError('unknownGroup', { group: selection.unknownGroup, hint });
}

export interface WorkspaceOptions {
  config?: string;
  now?: string;
  /** The paths `ccal lint` was given: community.yaml is looked for from the first. */
  paths?: readonly string[];
  /** The least severe finding the output shows (SessionOptions.shownFrom). */
  shownFrom?: ShownFrom;
  /** `ccal lint --cache`: results of earlier runs (SessionOptions.cache). */
  postCache?: PostCache;
  /** Whether the command reads only each file's diagnostics (SessionOptions.resultsOnly). */
  resultsOnly?: boolean;
}

export interface OpenedWorkspace {
  /** Absolute directory of community.yaml. */
  root: string;
  /** Its config read and free of errors, "now" set; keeps no post texts once loadPosts has checked them. */
  session: WorkspaceSession;
}

/**
 * The workspace of the community.yaml found from the working directory (or --config, or the first of `paths`), its
 * config read, with "now" from --now, CCAL_NOW or the clock; the posts are not read yet. Undefined when
 * community.yaml has errors, already reported.
 */
export async function openWorkspace(io: CliIO, locale: Locale, options: WorkspaceOptions): Promise<OpenedWorkspace | undefined> {
  const { root, configFile, configText } = locateWorkspace(io.cwd, options.config, options.paths ?? []);
  // "now" is read in the config's time zone, known only once the config is: the session asks for it after that
  let now = 0;
  const session = new WorkspaceSession(new NodeWorkspaceHost(root, { readerThread: READER_THREAD }), toPosix(path.relative(root, configFile)), () => now, {
    keepContents: false,
    shownFrom: options.shownFrom,
    cache: options.postCache,
    resultsOnly: options.resultsOnly,
  });
  const config = await session.openConfig(configText);
  if (reportConfigErrors(config, configFile, io, locale)) return undefined;
  const resolved = resolveNow(options.now ?? io.env.CCAL_NOW, config.timezone, Date.now());
  if (!resolved.ok) throw new UsageError('badNow', { value: resolved.value });
  now = resolved.now;
  return { root, session };
}

/** The whole workspace, read once, for the commands that read the plan (export, stats, plan): they show no findings, so no rule runs. */
export async function loadWorkspace(io: CliIO, locale: Locale, options: WorkspaceOptions): Promise<OpenedWorkspace | undefined> {
  const workspace = await openWorkspace(io, locale, { ...options, shownFrom: 'nothing' });
  await workspace?.session.loadPosts();
  return workspace;
}
