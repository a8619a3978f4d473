import { main } from './main';

/** The bundle's entry points: bin/ccal.js runs the command line; the build's code cache warm-up calls main. */
export { main };

/** ccal as the `ccal` command: the process's arguments and streams, its exit status set when the command ends. */
export function runCommandLine(): void {
  // `ccal lint | head` closes the pipe early: stop quietly instead of dying on EPIPE with a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });

  main({ argv: process.argv.slice(2), cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, stdoutIsTTY: process.stdout.isTTY === true }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`ccal: internal error: ${String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
