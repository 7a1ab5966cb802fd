/**
 * Loads pdf.js (legacy build, for Node 20) once per process and opens documents with the options
 * this reader needs: the package's own CMaps and standard fonts (without them CJK text goes
 * missing), no eval, no system fonts, no font faces, no console output. The worker module comes
 * with the speed patches of patches/ installed (plain pdf.js if they cannot be).
 */
import { createRequire, Module } from 'node:module';
import { dirname, join, sep } from 'node:path';
import type { PDFDocumentLoadingTask } from 'pdfjs-dist/types/src/display/api.js';
import { patchesActive, sourceEditDrift } from './patches/index.js';
import { loadPatchedWorker } from './patches/load-worker.js';

export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loaded: Promise<PdfJs> | undefined;

/** Folder of the installed pdfjs-dist package. */
function packageDir(): string {
  return dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
}

/**
 * The legacy build bundles core-js polyfills; on Node 20 some of them *replace* built-ins that work
 * (notably `Array.prototype.push`, with a JavaScript version several times slower, which made font
 * parsing ~30% slower and slows every other module in the process too). The features pdf.js really
 * lacks on Node 20 are *added* methods (Promise.withResolvers, Uint8Array.fromBase64, …) and stay;
 * built-ins that existed before the import are put back.
 */
const RESTORE: [object, PropertyKey][] = [
  [Array.prototype, 'push'],
  [JSON, 'parse'],
  [Function.prototype, 'toString'],
];

async function load(): Promise<PdfJs> {
  const saved = RESTORE.map(([owner, key]) => [owner, key, Object.getOwnPropertyDescriptor(owner, key)] as const);
  const withoutCanvas = skipCanvasBinding();
  try {
    const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as PdfJs;
    // Without a real worker (Node), pdf.js runs its worker code on the main thread. Importing it here,
    // rather than letting pdf.js import it lazily, keeps the polyfill repair below effective for it
    // too, and lets the speed patches (patches/) be installed on its classes.
    const g = globalThis as { pdfjsWorker?: unknown };
    if (!g.pdfjsWorker) {
      const worker = await loadPatchedWorker();
      workerProblems = worker.problems;
      g.pdfjsWorker = worker.module;
    }
    return pdfjs;
  } finally {
    withoutCanvas();
    for (const [owner, key, desc] of saved) if (desc) Object.defineProperty(owner, key, desc);
  }
}

/** Stand-ins for the DOM classes pdf.js's display layer wants at import (rendering only). */
class NotForRendering {}

/**
 * On Node, pdf.js's display module loads the native canvas binding (@napi-rs/canvas, ~20 MB
 * resident) as soon as it is imported, only to take DOMMatrix, ImageData and Path2D from it for
 * rendering, which this reader never does (its one import-time use is constructing an unused
 * matrix). So, for the duration of the import only, `require('@napi-rs/canvas')` from pdf.js
 * gets an empty module (through Node's documented `require.cache`) and the three globals are
 * empty stand-ins; both are removed again afterwards, so that anything else in the process that
 * wants the real binding or the real classes still gets them. Returns the undo function.
 */
function skipCanvasBinding(): () => void {
  const undo: (() => void)[] = [];
  const g = globalThis as Record<string, unknown>;
  for (const name of ['DOMMatrix', 'ImageData', 'Path2D']) {
    if (g[name] !== undefined) continue;
    g[name] = NotForRendering;
    undo.push(() => {
      if (g[name] === NotForRendering) delete g[name];
    });
  }
  try {
    const req = createRequire(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.mjs'));
    const key = req.resolve('@napi-rs/canvas');
    if (!req.cache[key]) {
      const stub = new Module(key);
      stub.filename = key;
      stub.loaded = true;
      stub.exports = {};
      req.cache[key] = stub;
      undo.push(() => {
        if (req.cache[key] === stub) delete req.cache[key];
      });
    }
  } catch {
    // the binding is not installed: pdf.js does without it (and says so at verbosity 0: not at all)
  }
  return () => undo.forEach((u) => u());
}

let workerProblems: string[] = ['pdf.js not loaded yet'];

/** Why the speed patches are not active in this process (empty when they are). */
export function pdfJsPatchProblems(): string[] {
  const drift = sourceEditDrift().map((id) => `source edit not made (pdf.js changed): ${id}`);
  return patchesActive() ? drift : workerProblems.length ? workerProblems : ['switched off'];
}

export function loadPdfJs(): Promise<PdfJs> {
  loaded ??= load().catch((e) => {
    loaded = undefined;
    throw e;
  });
  return loaded;
}

/** Opens a document from bytes. The caller owns the task and must destroy it. */
export function openDocument(pdfjs: PdfJs, data: Uint8Array): PDFDocumentLoadingTask {
  const dir = packageDir();
  return pdfjs.getDocument({
    data,
    cMapUrl: join(dir, 'cmaps') + sep,
    cMapPacked: true,
    standardFontDataUrl: join(dir, 'standard_fonts') + sep,
    isEvalSupported: false,
    useSystemFonts: false,
    // no font faces: also what lets patches/fonts.ts skip converting font programs
    disableFontFace: true,
    // pdf.js must not print warnings (stdout belongs to the report)
    verbosity: 0,
    stopAtErrors: false,
  });
}
