import { parseArgs } from 'node:util';
import type { MessageData } from '../core/model';
import type { CliMessageId } from './messages';

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type FormatName = (typeof FORMATS)[number];

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
}

export type Command = { name: 'help' } | { name: 'version' } | { name: 'lint'; options: LintOptions };

export function parseCommand(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') return { name: 'help' };
  if (first === '--version' || first === '-v') return { name: 'version' };
  if (first !== 'lint') throw new UsageError('unknownCommand', { command: first });
  return parseLint(rest);
}

function parseLint(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        config: { type: 'string', short: 'c' },
        now: { type: 'string' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        locale: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError('badOption', { reason: (error as Error).message.split('\n')[0] });
  }
  const { values, positionals } = parsed;
  if (values.help) return { name: 'help' };
  const format = values.format ?? 'stylish';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError('badFormat', { value: format, choices: FORMATS.join(', ') });
  let maxWarnings: number | undefined;
  const maxWarningsText = values['max-warnings'];
  if (maxWarningsText !== undefined) {
    if (!/^-?\d+$/.test(maxWarningsText)) throw new UsageError('badMaxWarnings', { value: maxWarningsText });
    maxWarnings = Number(maxWarningsText);
  }
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
    },
  };
}
