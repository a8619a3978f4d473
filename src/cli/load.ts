import * as path from 'node:path';
import type { Config, GroupConfig } from '../core/config/types';
import { diagnosticMessage } from '../core/diagnostics';
import { selectGroups } from '../core/groupSelection';
import type { PostCache } from '../core/cache/postCache';
import { createEnvironment, type RuleEnvironment } from '../core/index/evaluate';
import { WorkspaceIndex } from '../core/index/workspace';
import type { Locale, Severity } from '../core/model';
import { parsePublish, wallClockAsUtc } from '../core/time/publish';
import type { TimeZone } from '../core/time/zone';
import { UsageError } from './args';
import type { CliIO } from './main';
import { cliMessage } from './messages';
import { evaluatePosts } from './posts';
import { listPosts } from '../node/files';
import { locateWorkspace, type LocatedWorkspace } from './workspace';
import { terminalLine } from './terminalText';

/** "Now" from --now / CCAL_NOW (local time in the workspace zone unless an offset is given), else the clock. */
export function resolveNow(value: string | undefined, zone: TimeZone, clock: number): number {
  if (value === undefined || value.trim() === '') return clock;
  const parsed = parsePublish(value);
  if (parsed.ok) {
    const { local, offsetMinutes } = parsed;
    if (offsetMinutes === undefined) return zone.toInstant(local);
    return wallClockAsUtc(local) - offsetMinutes * 60_000;
  }
  if (parsed.problem === 'dateOnly') {
    const [year, month, day] = value.trim().split('-').map(Number);
    return zone.toInstant({ year, month, day, hour: 0, minute: 0, second: 0, millisecond: 0 });
  }
  throw new UsageError('badNow', { value });
}

/** The rule environment of a run: the config, "now" from --now, CCAL_NOW or the clock, and the least severity shown. */
export function runEnvironment(config: Config, nowOption: string | undefined, io: CliIO, shownFrom: Severity = 'info'): RuleEnvironment {
  return createEnvironment(config, resolveNow(nowOption ?? io.env.CCAL_NOW, config.timezone, Date.now()), shownFrom);
}

/** Writes each error in community.yaml as one line on stderr; true when there was any, and the run must stop (exit 2). */
export function reportConfigErrors({ configFile, config }: LocatedWorkspace, io: CliIO, locale: Locale): boolean {
  if (!config.problems.some((problem) => problem.severity === 'error')) return false;
  const displayConfig = path.relative(io.cwd, configFile) || configFile;
  const index = new WorkspaceIndex(createEnvironment(config, 0));
  for (const diagnostic of index.diagnosticsFor(config.path).filter((candidate) => candidate.severity === 'error')) {
    const location = `${displayConfig}:${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}`;
    io.stderr.write(`ccal: ${terminalLine(cliMessage('configError', { location, message: diagnosticMessage(diagnostic, locale) }, locale))}\n`);
  }
  return true;
}

/** Lists, reads and checks the workspace's posts and builds the index over them: the calendar rules see all of them. */
export async function indexPosts(root: string, env: RuleEnvironment, cache?: PostCache): Promise<WorkspaceIndex> {
  const { files, skipped } = listPosts(root, env.config.postSelection);
  const index = new WorkspaceIndex(env);
  index.load(await evaluatePosts(root, files, skipped, env, cache));
  return index;
}

/** The groups --group selects (each with the groups under it), or every group; an unknown id is a usage error. */
export function selectedGroups(config: Config, ids: readonly string[], locale: Locale): GroupConfig[] {
  const selection = selectGroups(config, ids);
  if (selection.ok) return selection.groups;
  const hint = selection.suggestion === undefined ? '' : cliMessage('didYouMean', { suggestion: selection.suggestion }, locale);
  throw new UsageError('unknownGroup', { group: selection.unknownGroup, hint });
}

export interface LoadedWorkspace {
  located: LocatedWorkspace;
  env: RuleEnvironment;
  index: WorkspaceIndex;
}

/**
 * The whole workspace of the community.yaml found from the working directory (or --config), indexed, for the
 * commands that read the plan (export, stats); undefined when community.yaml has errors, already reported.
 */
export async function loadWorkspace(io: CliIO, locale: Locale, options: { config?: string; now?: string }): Promise<LoadedWorkspace | undefined> {
  const located = locateWorkspace(io.cwd, options.config, []);
  if (reportConfigErrors(located, io, locale)) return undefined;
  const env = runEnvironment(located.config, options.now, io);
  return { located, env, index: await indexPosts(located.root, env) };
}
