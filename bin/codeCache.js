'use strict';
// Loads ccal's bundle with V8's code cache, which the build writes beside it (scripts/write-code-cache.cjs): the
// bytecode of the functions a few ccal commands ran, so a run does not parse and compile them again (some 40 ms of a
// 600 ms run). V8 checks the cache against its own version and flags, and rejects it on a mismatch (the bundle is then
// compiled as usual); it compares the source by length only, so the cache file starts with the bundle's SHA-256.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { createRequire, wrap } = require('node:module');

const HASH_BYTES = 32;

/** The bundle's code cache file: ccal.js → ccal.jsc. */
function codeCacheFileOf(bundle) {
  return bundle.replace(/\.js$/, '.jsc');
}

function sha256(bytes) {
  return crypto.createHash('sha256').update(bytes).digest();
}

/** The V8 data of a code cache file made for these exact bundle bytes; undefined when there is none or it is stale. */
function cachedDataFor(bundleBytes, cacheFile) {
  let file;
  try {
    file = fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  if (file.length <= HASH_BYTES || !file.subarray(0, HASH_BYTES).equals(sha256(bundleBytes))) return undefined;
  return file.subarray(HASH_BYTES);
}

/**
 * Runs a CommonJS bundle as `require` would, from its code cache when that is valid. Returns its exports and the
 * compiled script (whose `cachedDataRejected` says whether V8 took the cache).
 */
function loadBundle(bundle, { useCodeCache = true } = {}) {
  const bytes = fs.readFileSync(bundle);
  const cachedData = useCodeCache ? cachedDataFor(bytes, codeCacheFileOf(bundle)) : undefined;
  const script = new vm.Script(wrap(bytes.toString('utf8')), { filename: bundle, cachedData });
  const bundleModule = { exports: {}, filename: bundle };
  script.runInThisContext().call(bundleModule.exports, bundleModule.exports, createRequire(bundle), bundleModule, bundle, path.dirname(bundle));
  return { exports: bundleModule.exports, script, usedCodeCache: cachedData !== undefined && !script.cachedDataRejected };
}

/** Writes the code cache of a bundle loaded with loadBundle, after it ran what the cache should hold. */
function writeCodeCache(bundle, script) {
  fs.writeFileSync(codeCacheFileOf(bundle), Buffer.concat([sha256(fs.readFileSync(bundle)), script.createCachedData()]));
}

module.exports = { loadBundle, writeCodeCache };
