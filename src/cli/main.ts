import { version } from '../../package.json';
import { localeFromTag } from '../core/messages';
import type { Locale } from '../core/model';
import { parseCommand, UsageError } from './args';
import { exportPlan } from './export';
import type { CliIO } from './io';
import { lint } from './lint';
import { cliMessage, HELP } from './messages';
import { plan } from './plan';
import { stats } from './stats';
import { terminalLine } from './terminalText';

function localeOf(io: CliIO): Locale {
  const flag = io.argv.indexOf('--locale');
  const fromFlag = flag !== -1 ? io.argv[flag + 1] : io.argv.find((arg) => arg.startsWith('--locale='))?.slice('--locale='.length);
  return localeFromTag(fromFlag ?? io.env.CCAL_LOCALE ?? io.env.LC_ALL ?? io.env.LC_MESSAGES ?? io.env.LANG);
}

/** Runs ccal; resolves to the exit status: 0 clean, 1 problems found, 2 usage or configuration error. */
export async function main(io: CliIO): Promise<number> {
  const locale = localeOf(io);
  try {
    const command = parseCommand(io.argv);
    switch (command.name) {
      case 'help':
        io.stdout.write(`${HELP[locale]}\n`);
        return 0;
      case 'version':
        io.stdout.write(`${version}\n`);
        return 0;
      case 'lint':
        return await lint(command.options, io, locale, version);
      case 'export':
        return await exportPlan(command.options, io, locale);
      case 'stats':
        return await stats(command.options, io, locale);
      case 'plan':
        return await plan(command.options, io, locale);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`ccal: ${terminalLine(cliMessage(error.messageId, error.data, locale))}\n`);
      return 2;
    }
    // A bug: say so in one line; the stack only on request.
    io.stderr.write(`ccal: internal error: ${(error as Error).message ?? String(error)}${io.env.CCAL_DEBUG ? `\n${(error as Error).stack}` : ' (set CCAL_DEBUG=1 for details)'}\n`);
    return 2;
  }
}
