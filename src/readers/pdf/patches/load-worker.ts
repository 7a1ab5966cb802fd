/**
 * Loads pdf.js's worker module (which, on Node, runs on the main thread) with its internal classes
 * exported, and installs the patches on them.
 *
 * The module's source is that of the installed pdfjs-dist with two changes: its closing
 * `export { WorkerMessageHandler };` also exports the top-level bindings listed in internals.ts, and
 * the edits of source-edits.ts are made (each only where its passage is found as expected).
 * (The module has no imports of its own and uses `import.meta.url` only to locate WebAssembly
 * decoders this reader never configures.) The changed source is kept in
 * `node_modules/.cache/budgetlens/`, named after the original's version, size and time, so that
 * later processes import it like any file; where that folder cannot be written it is imported
 * from memory (a data: URL, some 70 ms slower to load). If the source is not as expected, or a
 * binding is missing, the unmodified module is imported instead (and no patch is active).
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { INTERNAL_NAMES } from './internals.js';
import { installPatches } from './index.js';
import { applySourceEdits, EDIT_SWITCH, SOURCE_EDITS } from './source-edits.js';

export const WORKER_MODULE = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

const EXPORTS = 'export { WorkerMessageHandler };';
const EXPORTS_PATCHED = `export { WorkerMessageHandler, ${INTERNAL_NAMES.join(', ')}, ${EDIT_SWITCH} };\n`;
/** Part of the cached file's name: changes with the exported names and the source edits. */
const TRANSFORM_ID = createHash('sha1').update(EXPORTS_PATCHED).update(JSON.stringify(SOURCE_EDITS)).digest('hex').slice(0, 8);

export interface LoadedWorker {
  module: unknown;
  /** Why the patches are not active (empty when they are). */
  problems: string[];
}

/** The worker source with the internals exported; null when its end is not as expected. */
export function exposeInternals(source: string): string | null {
  const at = source.lastIndexOf(EXPORTS);
  if (at < 0 || source.indexOf(EXPORTS) !== at) return null;
  const tail = source.slice(at + EXPORTS.length);
  // only comments (the source map reference) may follow; drop them
  if (tail.replace(/\/\/[^\n]*/g, '').trim()) return null;
  return applySourceEdits(source.slice(0, at) + EXPORTS_PATCHED, EXPORTS_PATCHED).source;
}

/** `…/node_modules/.cache/budgetlens` for the node_modules holding pdfjs-dist; null if not under one. */
function cacheDir(workerPath: string): string | null {
  const marker = `${sep}node_modules${sep}`;
  const at = workerPath.lastIndexOf(marker);
  return at < 0 ? null : join(workerPath.slice(0, at + marker.length), '.cache', 'budgetlens');
}

/** The cached changed source, written first if need be; null where it cannot be. */
async function cachedModuleUrl(workerPath: string, patched: () => Promise<string | null>): Promise<string | null> {
  const dir = cacheDir(workerPath);
  if (!dir) return null;
  const st = await stat(workerPath);
  const version = (createRequire(import.meta.url)('pdfjs-dist/package.json') as { version?: string }).version ?? 'unknown';
  const file = join(dir, `pdf.worker.${version}.${st.size}.${Math.round(st.mtimeMs)}.${TRANSFORM_ID}.mjs`);
  try {
    await stat(file);
    return pathToFileURL(file).href;
  } catch {
    // not there yet
  }
  const source = await patched();
  if (!source) return null;
  try {
    await mkdir(dir, { recursive: true });
    // written whole under another name first: a concurrent process never imports half a file
    const tmp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(tmp, source);
    await rename(tmp, file);
    return pathToFileURL(file).href;
  } catch {
    return null; // read-only install
  }
}

/** Imports a candidate worker module and installs the patches; the problems if that fails. */
async function tryPatched(url: string): Promise<LoadedWorker> {
  try {
    const module = (await import(url)) as Record<string, unknown>;
    return { module, problems: installPatches(module) };
  } catch (e) {
    return { module: undefined, problems: [`patched worker failed to load: ${(e as Error).message}`] };
  }
}

export async function loadPatchedWorker(): Promise<LoadedWorker> {
  const path = createRequire(import.meta.url).resolve(WORKER_MODULE);
  let source: string | null | undefined;
  const patched = async () => (source ??= exposeInternals(await readFile(path, 'utf8')));
  let problems: string[] = [];
  try {
    const cached = await cachedModuleUrl(path, patched);
    if (cached) {
      const w = await tryPatched(cached);
      if (!w.problems.length) return w;
      problems = w.problems;
    }
    // from memory (no cache folder, or a damaged cached file)
    const s = await patched();
    if (s) {
      const w = await tryPatched(`data:text/javascript;base64,${Buffer.from(s).toString('base64')}`);
      if (!w.problems.length) return w;
      problems = w.problems;
    } else {
      problems = ['pdf.worker.mjs does not end with the expected export'];
    }
  } catch (e) {
    problems = [`patched worker failed to load: ${(e as Error).message}`];
  }
  return { module: await import(WORKER_MODULE), problems };
}
