import * as fs from 'node:fs';
import * as path from 'node:path';
import { planCsv } from '../core/export/csv';
import { planIcs } from '../core/export/ics';
import { planJson } from '../core/export/json';
import { planRows, type PlanRow } from '../core/export/plan';
import type { Locale } from '../core/model';
import type { TimeZone } from '../core/time/zone';
import { UsageError, type ExportFormatName, type ExportOptions } from './args';
import type { CliIO } from './io';
import { loadWorkspace, selectedGroups } from './load';
import { terminalText } from './terminalText';

type PlanWriter = (rows: readonly PlanRow[], zone: TimeZone, now: number) => string;

const WRITERS: Readonly<Record<ExportFormatName, PlanWriter>> = {
  ics: (rows, zone, now) => planIcs(rows, { zone, now }),
  csv: (rows, zone) => planCsv(rows, zone),
  json: (rows, zone) => planJson(rows, zone),
};

/** `ccal export`: the plan of the selected groups and days, to stdout or --output; exit 0, or 2 on a usage or config error. */
export async function exportPlan(options: ExportOptions, io: CliIO, locale: Locale): Promise<number> {
  const workspace = await loadWorkspace(io, locale, options);
  if (!workspace) return 2;
  const { config, facts } = workspace.session.environment;
  const rows = planRows(workspace.session.index, { groups: selectedGroups(config, options.groups, locale), from: options.from, to: options.to });
  const text = WRITERS[options.format](rows, config.timezone, facts.now);
  if (options.output === undefined) {
    // a terminal shows the plan; a pipe or a file gets it byte for byte
    io.stdout.write(io.stdoutIsTTY ? terminalText(text) : text);
    return 0;
  }
  try {
    fs.writeFileSync(path.resolve(io.cwd, options.output), text);
  } catch (error) {
    throw new UsageError('cannotWrite', { file: options.output, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  return 0;
}
