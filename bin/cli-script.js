// Loads the built CLI (dist/cli/alexpose.cjs) as a classic script compiled with V8's code cache
// (dist/cli/alexpose.cache, written by scripts/cli-code-cache.mjs at build time). Node 20 has no code cache for ES
// modules, and from source a 1.6 MB script is parsed, and every function a scan runs compiled, again on every run.
// A cache that does not fit is never used: V8 refuses one made by another V8 version or with other V8 flags and
// compiles from source, and the cache file starts with the SHA-256 of the script it was made from, so a rebuilt or
// edited script is never run with another script's code.
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export const CLI_SCRIPT = fileURLToPath(new URL('../dist/cli/alexpose.cjs', import.meta.url));
export const CLI_CACHE = fileURLToPath(new URL('../dist/cli/alexpose.cache', import.meta.url));
const HASH_BYTES = 32;

export const sourceHash = (source) => createHash('sha256').update(source).digest();

/** The script's cached code, or undefined when there is none for exactly this script. */
function cachedDataFor(hash) {
  if (!existsSync(CLI_CACHE)) return undefined;
  const file = readFileSync(CLI_CACHE);
  return file.subarray(0, HASH_BYTES).equals(hash) ? file.subarray(HASH_BYTES) : undefined;
}

/**
 * Compiles the CLI script (with its cache unless `useCache` is false) and runs it as Node would run a CommonJS
 * module, in strict mode as the ES module it is built from. Returns the compiled script, for making the cache.
 */
export function runCliScript({ useCache = true } = {}) {
  const bytes = readFileSync(CLI_SCRIPT);
  const hash = sourceHash(bytes);
  const source = `(function (exports, require, module, __filename, __dirname) { 'use strict'; ${bytes.toString('utf8')}\n})`;
  const script = new vm.Script(source, {
    filename: CLI_SCRIPT,
    cachedData: useCache ? cachedDataFor(hash) : undefined,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(CLI_SCRIPT), module, CLI_SCRIPT, dirname(CLI_SCRIPT));
  return { script, hash };
}
