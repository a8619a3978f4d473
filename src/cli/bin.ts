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

  main({ argv: process.argv.slice(2), cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, stdoutIsTTY: process.stdout.isTTY === true }).then(exitWhenWritten, (error: unknown) => {
    process.stderr.write(`ccal: internal error: ${String(error)}\n`);
    exitWhenWritten(2);
  });
}

/**
 * Ends the process once stdout and stderr have taken everything written to them (their writes complete in order). Left
 * to end by itself, Node would first take V8's heap apart page by page: some 30 ms after a lint of 10 000 posts.
 */
function exitWhenWritten(code: number): void {
  process.exitCode = code;
  let pending = 2;
  const written = () => {
    if (--pending === 0) process.exit();
  };
  process.stdout.write('', written);
  process.stderr.write('', written);
}
