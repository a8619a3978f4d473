import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CACHE_STRATEGIES, type CacheStrategy } from '../core/cache/stamp';
import type { MessageData } from '../core/base/domain';
import { isDateKey, type DateKey } from '../core/time/dates';
import type { CliMessageId } from './messages';

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type FormatName = (typeof FORMATS)[number];
export const EXPORT_FORMATS = ['ics', 'csv', 'json'] as const;
export type ExportFormatName = (typeof EXPORT_FORMATS)[number];

/** A mistake in how ccal was called, or a workspace it cannot use: reported in one line, exit status 2. */
export class UsageError extends Error {
  constructor(
    readonly messageId: CliMessageId,
    readonly data: MessageData,
  ) {
    super(messageId);
  }
}

export interface LintOptions {
  paths: string[];
  format: FormatName;
  config?: string;
  now?: string;
  maxWarnings?: number;
  quiet: boolean;
  locale?: string;
  /** Keep each file's results between runs (SPEC §8); `cacheLocation` when the user named the file. */
  cache: boolean;
  cacheLocation?: string;
  cacheStrategy: CacheStrategy;
}

/** What export and stats share: local days (inclusive), group ids (each with its subgroups), config and "now". */
export interface PlanCommandOptions {
  from?: DateKey;
  to?: DateKey;
  groups: string[];
  config?: string;
  now?: string;
}

export interface ExportOptions extends PlanCommandOptions {
  format: ExportFormatName;
  /** File to write; stdout when absent. */
  output?: string;
}

export interface StatsOptions extends PlanCommandOptions {
  json: boolean;
}

export interface PlanOptions extends PlanCommandOptions {
  owner?: string;
  json: boolean;
}

export type Command =
  | { name: 'help' }
  | { name: 'version' }
  | { name: 'lint'; options: LintOptions }
  | { name: 'export'; options: ExportOptions }
  | { name: 'stats'; options: StatsOptions }
  | { name: 'plan'; options: PlanOptions };

const COMMON_OPTIONS = {
  config: { type: 'string', short: 'c' },
  now: { type: 'string' },
  locale: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const PLAN_OPTIONS = {
  ...COMMON_OPTIONS,
  from: { type: 'string' },
  to: { type: 'string' },
  group: { type: 'string', short: 'g', multiple: true },
} as const;

export function parseCommand(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') return { name: 'help' };
  if (first === '--version' || first === '-v') return { name: 'version' };
  switch (first) {
    case 'lint':
      return parseLint(rest);
    case 'export':
      return parseExport(rest);
    case 'stats':
      return parseStats(rest);
    case 'plan':
      return parsePlan(rest);
    default:
      throw new UsageError('unknownCommand', { command: first });
  }
}

/** node's parseArgs, its complaints turned into one-line usage errors. */
function parseOptions<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError('badOption', { reason: (error as Error).message.split('\n', 1)[0] ?? '' });
  }
}

/** `--max-warnings -1` (ESLint's "no limit"): node's parser would read the negative value as an option. */
function joinNegativeValues(argv: readonly string[], option: string): string[] {
  const joined: string[] = [];
  for (let index = 0, arg = argv[0]; arg !== undefined; arg = argv[++index]) {
    const next = argv[index + 1];
    if (arg === option && next !== undefined && /^-\d+$/.test(next)) {
      joined.push(`${option}=${next}`);
      index++;
    } else joined.push(arg);
  }
  return joined;
}

function parseLint(argv: readonly string[]): Command {
  const { values, positionals } = parseOptions({
    args: joinNegativeValues(argv, '--max-warnings'),
    allowPositionals: true,
    strict: true,
    options: {
      ...COMMON_OPTIONS,
      format: { type: 'string', short: 'f' },
      'max-warnings': { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      cache: { type: 'boolean' },
      'cache-location': { type: 'string' },
      'cache-strategy': { type: 'string' },
    },
  });
  if (values.help) return { name: 'help' };
  const format = values.format ?? 'stylish';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError('badFormat', { value: format, choices: FORMATS.join(', ') });
  let maxWarnings: number | undefined;
  const maxWarningsText = values['max-warnings'];
  if (maxWarningsText !== undefined) {
    if (!/^-?\d+$/.test(maxWarningsText)) throw new UsageError('badMaxWarnings', { value: maxWarningsText });
    maxWarnings = Number(maxWarningsText);
  }
  const cacheStrategy = values['cache-strategy'] ?? 'metadata';
  if (!(CACHE_STRATEGIES as readonly string[]).includes(cacheStrategy)) throw new UsageError('badCacheStrategy', { value: cacheStrategy, choices: CACHE_STRATEGIES.join(', ') });
  return {
    name: 'lint',
    options: {
      paths: positionals,
      format: format as FormatName,
      config: values.config,
      now: values.now,
      maxWarnings: maxWarnings !== undefined && maxWarnings >= 0 ? maxWarnings : undefined,
      quiet: values.quiet ?? false,
      locale: values.locale,
      cache: values.cache ?? false,
      cacheLocation: values['cache-location'],
      cacheStrategy: cacheStrategy as CacheStrategy,
    },
  };
}

function dateOption(option: 'from' | 'to', value: string | undefined): DateKey | undefined {
  if (value !== undefined && !isDateKey(value)) throw new UsageError('badDate', { option: `--${option}`, value });
  return value;
}

function planOptionsOf(values: { from?: string; to?: string; group?: string[]; config?: string; now?: string }): PlanCommandOptions {
  const from = dateOption('from', values.from);
  const to = dateOption('to', values.to);
  if (from !== undefined && to !== undefined && from > to) throw new UsageError('badRange', { from, to });
  return { from, to, groups: values.group ?? [], config: values.config, now: values.now };
}

function parseExport(argv: readonly string[]): Command {
  const { values } = parseOptions({ args: [...argv], strict: true, options: { ...PLAN_OPTIONS, format: { type: 'string', short: 'f' }, output: { type: 'string', short: 'o' } } });
  if (values.help) return { name: 'help' };
  const format = values.format;
  if (format === undefined) throw new UsageError('missingExportFormat', { choices: EXPORT_FORMATS.join(', ') });
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError('badFormat', { value: format, choices: EXPORT_FORMATS.join(', ') });
  return { name: 'export', options: { ...planOptionsOf(values), format: format as ExportFormatName, output: values.output } };
}

function parseStats(argv: readonly string[]): Command {
  const { values } = parseOptions({ args: [...argv], strict: true, options: { ...PLAN_OPTIONS, json: { type: 'boolean' } } });
  if (values.help) return { name: 'help' };
  return { name: 'stats', options: { ...planOptionsOf(values), json: values.json ?? false } };
}

function parsePlan(argv: readonly string[]): Command {
  const { values } = parseOptions({ args: [...argv], strict: true, options: { ...PLAN_OPTIONS, owner: { type: 'string' }, json: { type: 'boolean' } } });
  if (values.help) return { name: 'help' };
  return { name: 'plan', options: { ...planOptionsOf(values), owner: values.owner, json: values.json ?? false } };
}
