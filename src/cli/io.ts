import type { OutputStream } from './output';

/** Everything the CLI touches besides the files of the workspace, injected so tests can run it in-process. */
export interface CliIO {
  argv: readonly string[];
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: OutputStream;
  stderr: { write(text: string): unknown };
  stdoutIsTTY: boolean;
}
