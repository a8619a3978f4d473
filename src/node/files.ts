import { glob } from 'tinyglobby';

/**
 * The files under a folder that match the globs (`!` excludes), relative with forward slashes. The CLI and the
 * extension (for local folders) both list posts with it, so both see the same ones.
 */
export function findFilesUnder(root: string, globs: readonly string[]): Promise<string[]> {
  return glob([...globs], { cwd: root, onlyFiles: true, expandDirectories: false, ignore: ['**/node_modules/**', '**/.git/**'] });
}
