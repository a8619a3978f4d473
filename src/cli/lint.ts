import * as path from 'node:path';
import type { Locale, Severity } from '../core/base/domain';
import type { LintOptions } from './args';
import { openCache, saveCache } from './cache';
import { github } from './formatters/github';
import { json } from './formatters/json';
import { countBySeverity, type FileReport, type Formatter } from './formatters/report';
import { sarif } from './formatters/sarif';
import { stylish } from './formatters/stylish';
import type { CliIO } from './io';
import { joinNormalised } from '../node/joinPath';
import { openWorkspace } from './load';
import { cliMessage } from './messages';
import { endingInLineBreak, joinedWrites, writeAll } from './output';
import { selectPaths } from './selection';
import { toPosix } from './workspace';

const FORMATTERS: Readonly<Record<LintOptions['format'], Formatter>> = { stylish, json, sarif, github };

/** The formats that leave info diagnostics out of their report: their runs need not compute them. */
const WITHOUT_INFO: ReadonlySet<LintOptions['format']> = new Set(['json', 'github']);

function shownFrom(options: LintOptions): Severity {
  if (options.quiet) return 'error';
  return WITHOUT_INFO.has(options.format) ? 'warning' : 'info';
}

export async function lint(options: LintOptions, io: CliIO, locale: Locale, version: string): Promise<number> {
  const cliCache = openCache(options, io, locale, version);
  const workspace = await openWorkspace(io, locale, { ...options, shownFrom: shownFrom(options), postCache: cliCache?.cache, resultsOnly: true });
  if (!workspace) return 2;
  const { root, session } = workspace;
  // a path that does not exist is a usage error before any post is read
  const selection = selectPaths(io.cwd, root, session.configPath, options.paths);
  await session.loadPosts();
  if (cliCache) saveCache(cliCache, io, locale);

  // unless the current directory is inside the root, a file's display path is the root's plus its own (the two paths
  // part above the root): no path.relative per file
  const rootDisplay = toPosix(path.relative(io.cwd, root));
  const cwdInsideRoot = rootDisplay === '..' || rootDisplay.endsWith('/..');
  const normalisedRoot = path.normalize(root);
  const relativePaths = session.files().filter((relative) => selection.includes(relative));
  relativePaths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const counts = { errors: 0, warnings: 0 };
  // each file's report is made as the formatter reaches it, and counted then (every formatter reads every file)
  function* files(): Generator<FileReport> {
    for (const relative of relativePaths) {
      const diagnostics = session.diagnosticsFor(relative).filter((diagnostic) => !options.quiet || diagnostic.severity === 'error');
      const { errors, warnings } = countBySeverity(diagnostics);
      counts.errors += errors;
      counts.warnings += warnings;
      const absolutePath = joinNormalised(normalisedRoot, relative);
      const displayPath = cwdInsideRoot ? toPosix(path.relative(io.cwd, absolutePath)) || relative : rootDisplay ? `${rootDisplay}/${relative}` : relative;
      yield { absolutePath, relativePath: relative, displayPath, diagnostics };
    }
  }
  const forcedColor = io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0';
  const color = options.format === 'stylish' && (forcedColor || (io.stdoutIsTTY && io.env.NO_COLOR === undefined));
  // the formatter's text as it comes, ending in a line break when there is any text
  await writeAll(io.stdout, joinedWrites(endingInLineBreak(FORMATTERS[options.format]({ root, files: files(), locale, color, toolVersion: version }))));

  const { errors, warnings } = counts;
  if (errors > 0) return 1;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr.write(`${cliMessage('tooManyWarnings', { max: options.maxWarnings }, locale)}\n`);
    return 1;
  }
  return 0;
}
