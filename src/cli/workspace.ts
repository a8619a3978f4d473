import * as fs from 'node:fs';
import * as path from 'node:path';
import { MAX_CONFIG_BYTES } from '../core/host';
import { textOf } from '../core/text';
import { readBoundedFile } from '../node/files';
import { UsageError } from './args';

export const CONFIG_FILE_NAME = 'community.yaml';

export interface LocatedWorkspace {
  /** Absolute directory of the config file: the workspace root. */
  root: string;
  configFile: string;
  /** The config file's text, read (it may be a link to outside the folder: the user named or placed it). */
  configText: string;
}

function isDirectory(candidate: string): boolean {
  try {
    return fs.statSync(candidate).isDirectory();
  } catch {
    return false;
  }
}

/** Finds community.yaml: --config, else walking up from the first path given, else from the working directory. */
export function locateWorkspace(cwd: string, configOption: string | undefined, paths: readonly string[]): LocatedWorkspace {
  let configFile: string | undefined;
  if (configOption !== undefined) {
    configFile = path.resolve(cwd, configOption);
    if (!fs.existsSync(configFile)) throw new UsageError('noSuchPath', { path: configOption });
  } else {
    const start = paths.length > 0 ? path.resolve(cwd, paths[0]) : cwd;
    let dir = isDirectory(start) ? start : path.dirname(start);
    for (;;) {
      const candidate = path.join(dir, CONFIG_FILE_NAME);
      if (fs.existsSync(candidate)) {
        configFile = candidate;
        break;
      }
      const parent = path.dirname(dir);
      if (parent === dir) throw new UsageError('noConfig', { dir: isDirectory(start) ? start : path.dirname(start) });
      dir = parent;
    }
  }
  const content = readBoundedFile(configFile, MAX_CONFIG_BYTES);
  const configText = textOf(content);
  if (configText === undefined) {
    if (typeof content !== 'string' && content.kind === 'unreadable') throw new UsageError('configUnreadable', { file: configFile, reason: content.reason });
    if (typeof content !== 'string' && content.kind === 'skipped') throw new UsageError(content.reason.why === 'tooLarge' ? 'configTooLarge' : 'configNotRegular', { file: configFile, limit: MAX_CONFIG_BYTES / 1_048_576 });
    throw new UsageError('configNotUtf8', { file: configFile });
  }
  return { root: path.dirname(configFile), configFile, configText };
}

export function toPosix(relative: string): string {
  return relative.split(path.sep).join('/');
}
