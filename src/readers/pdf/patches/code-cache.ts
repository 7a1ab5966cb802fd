/**
 * Loads pdf.js's (already rewritten) worker module as a classic script with a V8 code cache, so
 * that a new process does not compile again the functions an earlier process compiled.
 *
 * Node 20 has no compile cache for ES modules (`module.enableCompileCache` is Node 22), but
 * `vm.Script` accepts V8 code-cache data. The module qualifies for it because it has no imports,
 * uses `import.meta` only as `import.meta.url` (to locate WebAssembly decoders this reader never
 * configures) and ends with one `export { … };`. So its source becomes the body of a strict
 * function that takes that URL and returns the exported bindings (`toClassicScript`).
 *
 * The cache is produced once, after the first document has been read (`createCachedData()` then
 * also holds the functions compiled lazily while reading it, which is most of the saving), and is
 * stored beside the rewritten module under a name keyed by the script's hash, `process.version`
 * and the process's V8 flags. A cache V8 rejects is replaced after the next document; a missing or
 * unwritable folder only means no cache. Whoever calls this falls back to importing the module
 * when it returns null.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Script } from 'node:vm';

const EXPORTS = /\nexport \{ ([\w$, ]+) \};\s*$/;
const META_URL = 'import.meta.url';
/** The parameter standing for `import.meta.url`; must not occur in the module. */
const URL_PARAM = '__budgetlensImportMetaUrl';

/** The script for a module source: a function expression `(url) => exports`; null if the module does not qualify. */
export function toClassicScript(moduleSource: string): string | null {
  const m = EXPORTS.exec(moduleSource);
  if (!m || moduleSource.includes(URL_PARAM)) return null;
  let body = moduleSource.slice(0, m.index);
  // any other use of import.meta, a static import or export, or top-level await would not run
  if (body.split(META_URL).join('').includes('import.meta')) return null;
  if (/^\s*(import|export)\s/m.test(body) || /^await\s/m.test(body)) return null;
  body = body.split(META_URL).join(URL_PARAM);
  return `(function (${URL_PARAM}) {\n'use strict';\n${body}\nreturn { ${m[1]} };\n})`;
}

export interface CachedScript {
  /** The module's exports. */
  exports: Record<string, unknown>;
  /** 'accepted': compiled from the cache; 'none': no cache yet; 'rejected': V8 refused the cache. */
  cache: 'accepted' | 'none' | 'rejected';
  /** The cache file. */
  cacheFile: string;
  /** Writes the cache (unless it was accepted); resolves false when it could not be written. */
  save(): Promise<boolean>;
}

/** What V8 checks a cache against besides the source: the Node (V8) version and the V8 flags. */
function runtimeKey(): string {
  return [process.version, process.arch, process.execArgv.join(' '), process.env.NODE_OPTIONS ?? ''].join('\n');
}

/**
 * Runs `script` (from `toClassicScript`) in this context with the code cache kept in `dir` under
 * `stem`; `url` is the module's URL, `filename` the name stack traces show.
 */
export function runWithCodeCache(script: string, url: string, filename: string, dir: string, stem: string): CachedScript {
  const key = createHash('sha1').update(script).update('\0').update(runtimeKey()).digest('hex').slice(0, 16);
  const cacheFile = join(dir, `${stem}.${key}.v8cache`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // no cache yet
  }
  const compiled = new Script(script, { filename, cachedData });
  const cache = !cachedData ? 'none' : compiled.cachedDataRejected ? 'rejected' : 'accepted';
  const factory = compiled.runInThisContext() as (url: string) => Record<string, unknown>;
  const exports = factory(url);
  const save = async (): Promise<boolean> => {
    if (cache === 'accepted') return true;
    try {
      const data = compiled.createCachedData();
      await mkdir(dir, { recursive: true });
      // written whole under another name first: a concurrent process never reads half a cache
      const tmp = `${cacheFile}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
      await writeFile(tmp, data);
      await rename(tmp, cacheFile);
      return true;
    } catch {
      return false; // read-only install
    }
  };
  return { exports, cache, cacheFile, save };
}
