/**
 * PDF input: turns a PDF into the normalised document (src/readers/types.ts), like the text
 * reader does for .txt files, so nothing downstream knows the format.
 *
 * Pages are read one after the other with pdf.js: text items → runs in the upright frame of their
 * writing direction → lines and cells (ruling lines of tables taken into account) → normalised
 * NLine/NCell with page boxes. Bad input ends in a ReadError with a one-line Chinese message.
 *
 * pdf.js runs with the speed patches of patches/ (same output, several times faster): text comes
 * straight from its worker side, ruling lines are recorded while the text is extracted, fonts are
 * not converted. Without them (`setPatchesEnabled(false)`, or a pdf.js they do not fit) the same
 * steps go through pdf.js's public API: getTextContent, and getOperatorList for ruling lines.
 */
import type { PDFDocumentProxy, PDFPageProxy, TextContent } from 'pdfjs-dist/types/src/display/api.js';
import { ReadError, type NDocument, type NLine, type NPage, type ReaderWarning } from '../types.js';
import { appendLines } from './assemble.js';
import { Deadline, DeadlineExceeded } from './deadline.js';
import { DriftCheck } from './drift.js';
import { fail, fromPdfJsError, warn } from './errors.js';
import { round2 } from './geometry.js';
import { scanGraphics, takeRecordedGraphics, type PageGraphics } from './graphics.js';
import { layoutPage, looksTabular } from './layout.js';
import { splitRunsAtRules } from './rule-split.js';
import { directTextContent, GRAPHICS_ITEM, takeSkippedFonts } from './patches/index.js';
import { loadPdfJs, openDocument, type PdfJs } from './pdfjs.js';
import { readPdfBytes } from './preflight.js';
import { countChars, GARBLED_SHARE, share, type CharCount } from './quality.js';
import { Rules } from './rules.js';
import { ocrScannedPages } from './scanned.js';
import type { OcrOptions } from '../ocr/index.js';
import { toRunGroups } from './runs.js';

export interface PdfReadOptions {
  /** More pages than this: ReadError 'too-large'. Default 500. */
  maxPages?: number;
  /** A larger file: ReadError 'too-large'. Default 200 MB. */
  maxBytes?: number;
  /** Reading longer than this: ReadError 'timeout'. Default 60 s. */
  timeoutMs?: number;
  /** OCR of image-only pages (ocr/index.ts); `false`: report them as before, unread. */
  ocr?: OcrOptions | false;
}

export const PDF_DEFAULTS = { maxPages: 500, maxBytes: 200 * 1024 * 1024, timeoutMs: 60_000 } as const;

export async function readPdf(file: string, opts: PdfReadOptions = {}): Promise<NDocument> {
  const maxPages = opts.maxPages ?? PDF_DEFAULTS.maxPages;
  const maxBytes = opts.maxBytes ?? PDF_DEFAULTS.maxBytes;
  const timeoutMs = opts.timeoutMs ?? PDF_DEFAULTS.timeoutMs;
  const deadline = new Deadline(timeoutMs);
  let pagesDone = 0;
  let pageCount = 0;
  try {
    const data = await readPdfBytes(file, maxBytes);
    const pdfjs = await deadline.race(loadPdfJs());
    const task = openDocument(pdfjs, data);
    try {
      const doc = await deadline.race(task.promise).catch((e) => {
        throw e instanceof DeadlineExceeded ? e : fromPdfJsError(file, e);
      });
      pageCount = doc.numPages;
      if (pageCount > maxPages) throw fail.tooManyPages(file, pageCount, maxPages);
      const read = await readPages(file, pdfjs, doc, task.docId, deadline, () => pagesDone++, opts.ocr);
      // fonts whose damaged program had to be skipped (their text came from the ToUnicode map)
      const skipped = takeSkippedFonts(task.docId);
      if (skipped.length) read.warnings.unshift(warn.skippedFonts(skipped));
      return read;
    } finally {
      takeSkippedFonts(task.docId);
      await task.destroy().catch(() => undefined);
    }
  } catch (e) {
    if (e instanceof DeadlineExceeded) throw fail.timeout(file, timeoutMs, pagesDone, pageCount);
    throw e;
  } finally {
    deadline.dispose();
  }
}

async function readPages(file: string, pdfjs: PdfJs, doc: PDFDocumentProxy, docId: string, deadline: Deadline, onPage: () => void, ocr: OcrOptions | false | undefined): Promise<NDocument> {
  // pdf.js failures while reading pages mean a damaged file; our own errors pass through unchanged
  const call = <T>(p: Promise<T>): Promise<T> =>
    deadline.race(p).catch((e) => {
      throw e instanceof DeadlineExceeded ? e : fromPdfJsError(file, e);
    });
  const lines: NLine[] = [];
  const pages: NPage[] = [];
  const warnings: ReaderWarning[] = [];
  const total: CharCount = { chars: 0, bad: 0 };
  const noText: number[] = [];

  const unreadable: number[] = [];
  const drift = new DriftCheck();
  for (let n = 1; n <= doc.numPages; n++) {
    deadline.check();
    let page: PDFPageProxy | undefined;
    try {
      page = await call(doc.getPage(n));
      const vp = page.getViewport({ scale: 1 });
      pages.push({ number: n, width: round2(vp.width), height: round2(vp.height) });
      // straight from pdf.js's worker side when the patches allow (patches/direct-text.ts)
      const direct = drift.directText ? ((await call(directTextContent(docId, n - 1))) as TextContent | undefined) : undefined;
      let content = direct ?? ((await call(page.getTextContent())) as TextContent);
      // the page's drawing, recorded while its text was extracted (absent without the patches)
      let drawing = takeRecordedGraphics(content, GRAPHICS_ITEM);
      if (direct && !content.items.length) {
        // no text the direct way: make sure pdf.js's public API agrees (drift.ts)
        const api = (await call(page.getTextContent())) as TextContent;
        if (drift.textAgrees(n, api)) takeRecordedGraphics(api, GRAPHICS_ITEM);
        else {
          content = api;
          drawing = takeRecordedGraphics(api, GRAPHICS_ITEM);
        }
      }
      const groups = toRunGroups(content, vp.transform, vp.width, vp.height);
      const count: CharCount = { chars: 0, bad: 0 };
      for (const g of groups) for (const r of g.runs) countChars(r.str, count);
      total.chars += count.chars;
      total.bad += count.bad;
      if (!groups.length) {
        noText.push(n);
        continue;
      }
      if (count.chars >= 20 && share(count) > GARBLED_SHARE) warnings.push(warn.garbledPage(n, share(count)));
      // ruling lines are only looked for where the text looks like a table (reading them costs time)
      let graphics: PageGraphics | undefined;
      if (groups.some((g) => looksTabular(g.runs))) {
        graphics = drawing && drift.recordedGraphics ? scanGraphics(drawing, vp.transform, pdfjs.OPS) : undefined;
        if (graphics && !graphics.segments.length && drift.needsGraphicsProof) {
          // the recorder saw no lines on a table page: once per document, ask pdf.js's operator list (drift.ts)
          const listed = await readGraphics(pdfjs, page, call);
          if (!drift.graphicsAgree(n, listed)) graphics = listed;
        }
        graphics ??= await readGraphics(pdfjs, page, call);
      }
      for (const g of groups) {
        const rules = graphics ? Rules.fromSegments(graphics.segments, g.frame) : Rules.empty();
        // a text item spanning two grid cells is cut at their rule first (OCR runs never span one)
        appendLines(lines, layoutPage(splitRunsAtRules(g.runs, rules), rules, g.frame.width), g.frame, n);
      }
    } catch (e) {
      // a damaged page is reported and skipped; a damaged document fails below
      if (!(e instanceof ReadError) || e.code !== 'corrupt') throw e;
      unreadable.push(n);
      if (pages.length < n) pages.push({ number: n });
      warnings.push(warn.unreadablePage(n));
    } finally {
      page?.cleanup();
      onPage();
    }
  }
  if (unreadable.length === doc.numPages) throw fail.corrupt(file);
  warnings.push(...drift.warnings());

  // does a page without text paint images (a scan)? undefined when the page cannot be read
  const paintsImages = async (n: number): Promise<boolean | undefined> => {
    deadline.check();
    let page: PDFPageProxy | undefined;
    try {
      page = await call(doc.getPage(n));
      return (await readGraphics(pdfjs, page, call)).images > 0;
    } catch (e) {
      if (e instanceof ReadError && e.code === 'corrupt') return undefined;
      throw e;
    } finally {
      page?.cleanup();
    }
  };

  // pages without text: scanned pages are read by OCR (or reported), blank ones (or only ruling lines) are not
  const scans: number[] = [];
  for (const n of noText) if (await paintsImages(n)) scans.push(n);
  if (scans.length && ocr !== false) {
    const done = await ocrScannedPages(file, pages, scans, lines, warnings, { ...ocr, endAt: deadline.endsAt });
    if (done.timedOut) throw new DeadlineExceeded();
    if (done.missing) warnings.push({ code: 'ocr-missing', message: '未安装文字识别程序（tesseract-ocr、tesseract-ocr-chi-sim），扫描页未能读取' });
  }
  const ocrd = new Set(pages.filter((p) => p.ocr).map((p) => p.number));
  if (total.chars === 0 && !lines.length) {
    // nothing to read at all: say whether the pages are pictures (scans) or text turned into shapes
    throw scans.length ? fail.scanned(file, doc.numPages) : fail.noText(file, doc.numPages);
  }
  if (share(total) > GARBLED_SHARE) throw fail.garbled(file, share(total));
  for (const n of scans) {
    if (ocrd.has(n)) continue;
    pages[n - 1].imageOnly = true;
    warnings.push(warn.imageOnlyPage(n));
  }
  return { file, format: 'pdf', geometry: 'points', pages, lines, warnings };
}

async function readGraphics(pdfjs: PdfJs, page: PDFPageProxy, call: <T>(p: Promise<T>) => Promise<T>): Promise<PageGraphics> {
  const ops = await call(page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE }));
  return scanGraphics(ops, page.getViewport({ scale: 1 }).transform, pdfjs.OPS);
}

export { ReadError } from '../types.js';
