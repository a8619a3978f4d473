import * as path from 'node:path';
import { createEnvironment } from '../core/index/evaluate';
import { WorkspaceIndex } from '../core/index/workspace';
import type { Locale } from '../core/model';
import { parsePublish } from '../core/time/publish';
import type { TimeZone } from '../core/time/zone';
import { UsageError, type LintOptions } from './args';
import { diagnosticMessage } from '../core/diagnostics';
import { github } from './formatters/github';
import { json } from './formatters/json';
import { countBySeverity, type FileReport, type Formatter } from './formatters/report';
import { sarif } from './formatters/sarif';
import { stylish } from './formatters/stylish';
import { cliMessage } from './messages';
import { selectPaths } from './selection';
import { evaluatePosts } from './posts';
import { findPosts, locateWorkspace, toPosix } from './workspace';
import type { CliIO } from './main';

const FORMATTERS: Readonly<Record<LintOptions['format'], Formatter>> = { stylish, json, sarif, github };

/** "Now" from --now / CCAL_NOW (local time in the workspace zone unless an offset is given), else the clock. */
export function resolveNow(value: string | undefined, zone: TimeZone, clock: number): number {
  if (value === undefined || value.trim() === '') return clock;
  const parsed = parsePublish(value);
  if (parsed.ok) {
    const { local, offsetMinutes } = parsed;
    if (offsetMinutes === undefined) return zone.toInstant(local);
    return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second, local.millisecond) - offsetMinutes * 60_000;
  }
  if (parsed.problem === 'dateOnly') {
    const [year, month, day] = value.trim().split('-').map(Number);
    return zone.toInstant({ year, month, day, hour: 0, minute: 0, second: 0, millisecond: 0 });
  }
  throw new UsageError('badNow', { value });
}

export async function lint(options: LintOptions, io: CliIO, locale: Locale, version: string): Promise<number> {
  const { root, configFile, config } = locateWorkspace(io.cwd, options.config, options.paths);
  const configErrors = config.problems.filter((problem) => problem.severity === 'error');
  const displayConfig = path.relative(io.cwd, configFile) || configFile;
  if (configErrors.length > 0) {
    const index = new WorkspaceIndex(createEnvironment(config, 0));
    for (const diagnostic of index.diagnosticsFor(config.path).filter((candidate) => candidate.severity === 'error')) {
      const location = `${displayConfig}:${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}`;
      io.stderr.write(`ccal: ${cliMessage('configError', { location, message: diagnosticMessage(diagnostic, locale) }, locale)}\n`);
    }
    return 2;
  }
  const now = resolveNow(options.now ?? io.env.CCAL_NOW, config.timezone, Date.now());
  const env = createEnvironment(config, now);
  const posts = await findPosts(root, config.postGlobs);
  const selection = selectPaths(io.cwd, root, config.path, options.paths, new Set(posts));
  const results = evaluatePosts(root, [...posts, ...selection.extraPosts], env);
  const index = new WorkspaceIndex(env);
  index.load(results);

  const files: FileReport[] = [];
  for (const relative of index.files()) {
    if (!selection.includes(relative)) continue;
    const diagnostics = index.diagnosticsFor(relative).filter((diagnostic) => !options.quiet || diagnostic.severity === 'error');
    const absolutePath = path.join(root, ...relative.split('/'));
    files.push({ absolutePath, relativePath: relative, displayPath: toPosix(path.relative(io.cwd, absolutePath)) || relative, diagnostics });
  }
  files.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
  const forcedColor = io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0';
  const color = options.format === 'stylish' && (forcedColor || (io.stdoutIsTTY && io.env.NO_COLOR === undefined));
  const output = FORMATTERS[options.format]({ root, files, locale, color, toolVersion: version });
  if (output.length > 0) io.stdout.write(output.endsWith('\n') ? output : `${output}\n`);

  const { errors, warnings } = countBySeverity(files.flatMap((file) => file.diagnostics));
  if (errors > 0) return 1;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr.write(`${cliMessage('tooManyWarnings', { max: options.maxWarnings }, locale)}\n`);
    return 1;
  }
  return 0;
}
