// pdf.js in the browser, with every asset served from the built bundle (web/dist/pdfjs/, copied
// at build time by vite.config.ts): no CDN, no eval.
import * as pdfjs from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist';

const ASSETS = `${import.meta.env.BASE_URL}pdfjs/`;
pdfjs.GlobalWorkerOptions.workerSrc = `${ASSETS}pdf.worker.min.mjs`;

export type { PDFDocumentProxy };

export function loadPdf(url: string): { promise: Promise<PDFDocumentProxy>; destroy: () => void } {
  const task = pdfjs.getDocument({
    url,
    withCredentials: true,
    cMapUrl: `${ASSETS}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${ASSETS}standard_fonts/`,
    wasmUrl: `${ASSETS}wasm/`,
    iccUrl: `${ASSETS}iccs/`,
    isEvalSupported: false,
    enableXfa: false,
  });
  return { promise: task.promise, destroy: () => void task.destroy() };
}
