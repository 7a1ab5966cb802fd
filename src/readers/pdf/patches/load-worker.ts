/**
 * Loads pdf.js's worker module (which, on Node, runs on the main thread) with its internal classes
 * exported, and installs the patches on them.
 *
 * The module's source is read from the installed pdfjs-dist and imported from memory with one
 * change: its closing `export { WorkerMessageHandler };` also exports the top-level bindings
 * listed in internals.ts. The module has no imports of its own and uses `import.meta.url` only to
 * locate WebAssembly decoders this reader never configures. If the source is not as expected, or a
 * binding is missing, the unmodified module is imported instead (and no patch is active).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { INTERNAL_NAMES } from './internals.js';
import { installPatches } from './index.js';

export const WORKER_MODULE = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

const EXPORTS = 'export { WorkerMessageHandler };';

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
  return `${source.slice(0, at)}export { WorkerMessageHandler, ${INTERNAL_NAMES.join(', ')} };\n`;
}

export async function loadPatchedWorker(): Promise<LoadedWorker> {
  const path = createRequire(import.meta.url).resolve(WORKER_MODULE);
  let problems: string[];
  try {
    const patched = exposeInternals(await readFile(path, 'utf8'));
    if (patched) {
      const module = (await import(`data:text/javascript;base64,${Buffer.from(patched).toString('base64')}`)) as Record<string, unknown>;
      problems = installPatches(module);
      if (!problems.length) return { module, problems };
    } else {
      problems = ['pdf.worker.mjs does not end with the expected export'];
    }
  } catch (e) {
    problems = [`patched worker failed to load: ${(e as Error).message}`];
  }
  return { module: await import(WORKER_MODULE), problems };
}
