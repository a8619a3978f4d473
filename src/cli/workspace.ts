import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadConfig } from '../core/config/load';
import type { Config } from '../core/model/config';
import { MAX_CONFIG_BYTES } from '../core/session/host';
import { textOf, type DecodedFile } from '../core/base/text';
import { MAX_WORD_LIST_BYTES } from '../core/compliance/wordList';
import { attachWordLists, wordListPaths } from '../core/config/wordLists';
import { readBoundedFile, readNamedWorkspaceFile } from '../node/files';
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
    const start = paths[0] === undefined ? cwd : path.resolve(cwd, paths[0]);
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
  const text = textOf(content);
  if (text === undefined) {
    if (typeof content !== 'string' && content.kind === 'unreadable') throw new UsageError('configUnreadable', { file: configFile, reason: content.reason });
    if (typeof content !== 'string' && content.kind === 'skipped') throw new UsageError(content.reason.why === 'tooLarge' ? 'configTooLarge' : 'configNotRegular', { file: configFile, limit: MAX_CONFIG_BYTES / 1_048_576 });
    throw new UsageError('configNotUtf8', { file: configFile });
  }
  const root = path.dirname(configFile);
  const config = loadConfig(toPosix(path.relative(root, configFile)), text);
  attachWordLists(config, readWordListFiles(root, config));
  return { root, configFile, config };
}

/** The word list files community.yaml names, read from inside the workspace folder only. */
function readWordListFiles(root: string, config: Config): Map<string, string | DecodedFile | undefined> {
  const paths = wordListPaths(config);
  if (paths.length === 0) return new Map();
  const realRoot = fs.realpathSync(root);
  return new Map(paths.map((listPath) => [listPath, readNamedWorkspaceFile(realRoot, path.join(root, ...listPath.split('/')), MAX_WORD_LIST_BYTES)]));
}

export function toPosix(relative: string): string {
  return relative.split(path.sep).join('/');
}
