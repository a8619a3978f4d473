import * as fs from 'node:fs';
import * as path from 'node:path';
import { planCsv } from '../core/export/csv';
import { icsPieces } from '../core/export/ics';
import { planJson } from '../core/export/json';
import { planRows, type PlanRow } from '../core/export/plan';
import type { Locale } from '../core/base/domain';
import type { TimeZone } from '../core/time/zone';
import { UsageError, type ExportFormatName, type ExportOptions } from './args';
import type { CliIO } from './io';
import { loadWorkspace, selectedGroups } from './load';
import { joinedWrites, writeAll } from './output';
import { terminalText } from './terminalText';

/** The plan's text in pieces: an iCalendar file is written as it is made, an event a piece. */
type PlanWriter = (rows: readonly PlanRow[], zone: TimeZone, now: number) => Iterable<string>;

const WRITERS: Readonly<Record<ExportFormatName, PlanWriter>> = {
  ics: (rows, zone, now) => icsPieces(rows, { zone, now }),
  csv: (rows, zone) => [planCsv(rows, zone)],
  json: (rows, zone) => [planJson(rows, zone)],
};

/** `ccal export`: the plan of the selected groups and days, to stdout or --output; exit 0, or 2 on a usage or config error. */
export async function exportPlan(options: ExportOptions, io: CliIO, locale: Locale): Promise<number> {
  const workspace = await loadWorkspace(io, locale, options);
  if (!workspace) return 2;
  const { config, facts } = workspace.session.environment;
  const rows = planRows(workspace.session.index, { groups: selectedGroups(config, options.groups, locale), from: options.from, to: options.to });
  const texts = joinedWrites(WRITERS[options.format](rows, config.timezone, facts.now));
  if (options.output === undefined) {
    // a terminal shows the plan; a pipe or a file gets it byte for byte
    await writeAll(io.stdout, io.stdoutIsTTY ? shownOnTerminal(texts) : texts);
    return 0;
  }
  // made whole before the file is opened, so a file it replaces is left as it was should making it fail
  writeFile(path.resolve(io.cwd, options.output), options.output, [...texts]);
  return 0;
}

function* shownOnTerminal(texts: Iterable<string>): Generator<string> {
  for (const text of texts) yield terminalText(text);
}

/** Writes the texts to a file, each whole at the descriptor's position; a file that cannot be written is a usage error naming `display`. */
function writeFile(file: string, display: string, texts: readonly string[]): void {
  let descriptor: number | undefined;
  try {
    descriptor = fs.openSync(file, 'w');
    for (const text of texts) fs.writeFileSync(descriptor, text);
  } catch (error) {
    throw new UsageError('cannotWrite', { file: display, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  } finally {
    if (descriptor !== undefined) fs.closeSync(descriptor);
  }
}
