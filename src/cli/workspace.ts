import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadConfig } from '../core/config/load';
import type { Config } from '../core/config/types';
import { decodeFile } from '../core/text';
import { UsageError } from './args';

export const CONFIG_FILE_NAME = 'community.yaml';

export interface LocatedWorkspace {
  /** Absolute directory of the config file: the workspace root. */
  root: string;
  configFile: string;
  config: Config;
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
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(configFile);
  } catch (error) {
    throw new UsageError('configUnreadable', { file: configFile, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  const decoded = decodeFile(bytes);
  if (decoded.kind !== 'text') throw new UsageError('configNotUtf8', { file: configFile });
  const root = path.dirname(configFile);
  return { root, configFile, config: loadConfig(toPosix(path.relative(root, configFile)), decoded.text) };
}

export function toPosix(relative: string): string {
  return relative.split(path.sep).join('/');
}
