/** Everything the CLI touches besides the files of the workspace, injected so tests can run it in-process. */
export interface CliIO {
  argv: readonly string[];
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  stdoutIsTTY: boolean;
}
