import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire, wrap } from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';

/**
 * services.js run from a V8 code cache that the extension keeps in its global storage: the bytecode of what the
 * first activation after an install or update compiled, so later activations do not parse and compile it again
 * (some 30 ms of loading services.js alone). The cache can only be made by the VS Code that uses it (its V8 and
 * flags), hence at run time. Its name holds the bundle's hash and V8's version; a cache V8 rejects is made anew.
 */
export interface LoadedBundle {
  exports: unknown;
  /** Whether the bundle came from a code cache V8 took. */
  usedCodeCache: boolean;
  /**
   * Writes the code cache of what has run so far, unless it was used: call it once the bundle's start-up work is done.
   * Returns the file written, if one was.
   */
  saveCodeCache(): string | undefined;
}

const CACHE_PREFIX = 'services-';
const CACHE_SUFFIX = '.jsc';

/** Runs a CommonJS bundle as `require` would, with a code cache in `cacheFolder` (none when undefined). */
export function loadWithCodeCache(bundle: string, cacheFolder: string | undefined): LoadedBundle {
  const source = fs.readFileSync(bundle);
  const cacheFile = cacheFolder && path.join(cacheFolder, `${CACHE_PREFIX}${crypto.createHash('sha256').update(source).digest('hex').slice(0, 16)}-${process.versions.v8}${CACHE_SUFFIX}`);
  const cachedData = cacheFile ? readIfPresent(cacheFile) : undefined;
  const script = new vm.Script(wrap(source.toString('utf8')), { filename: bundle, cachedData });
  const bundleModule = { exports: {} };
  script.runInThisContext().call(bundleModule.exports, bundleModule.exports, createRequire(bundle), bundleModule, bundle, path.dirname(bundle));
  const usedCodeCache = cachedData !== undefined && !script.cachedDataRejected;
  return {
    exports: bundleModule.exports,
    usedCodeCache,
    saveCodeCache: () => (cacheFile && cacheFolder && !usedCodeCache && writeCodeCache(cacheFolder, cacheFile, script) ? cacheFile : undefined),
  };
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Replaces the caches of earlier builds with this one, atomically (a second window may be reading it); false when it
 * could not be written, which only costs speed.
 */
function writeCodeCache(folder: string, file: string, script: vm.Script): boolean {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(temporary, script.createCachedData());
    fs.renameSync(temporary, file);
    for (const name of fs.readdirSync(folder)) {
      if (name.startsWith(CACHE_PREFIX) && name.endsWith(CACHE_SUFFIX) && path.join(folder, name) !== file) fs.rmSync(path.join(folder, name), { force: true });
    }
    return true;
  } catch {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // a folder that cannot be written holds no temporary file either
    }
    return false;
  }
}
