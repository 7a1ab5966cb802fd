/**
 * OCR of scanned pages: each image-only page of a PDF is rendered (`pdftoppm -gray`, default
 * 300 dpi), straightened when askew (deskew.ts), its ruling lines found in the image (rulings.ts) and its words read by tesseract
 * (`chi_sim+eng`); page.ts turns both into normalised lines with boxes in PDF points. Pages run
 * a few at a time, each with its own time limit; a page that fails is reported and skipped.
 */
import { availableParallelism } from 'node:os';
import type { NLine, ReaderWarning } from '../types.js';
import { appendOcrPage, doubtAcrossPages } from './page.js';
import { writePgm, type GrayImage } from './pgm.js';
import { preparePage } from './prepare.js';
import { doubtByRereading } from './reread.js';
import { recognize, ToolError, type OcrWord } from './tesseract.js';

export interface OcrOptions {
  /** Rendering resolution. Default 300 dpi. */
  dpi?: number;
  /** Pages recognised at the same time. Default: 2, at most the number of cores. */
  concurrency?: number;
  /** Time limit of one page (render + recognise). Default 120 s. */
  pageTimeoutMs?: number;
  /** Tesseract languages. Default `chi_sim` (its model reads Latin letters and digits too; adding `eng` made it read 万元 as `A, th` and 其中 as `HH`). */
  langs?: string;
  /** Epoch ms by which all pages must be done (the reader's deadline); later pages are not started. */
  endAt?: number;
  /** Waited for before each page; resolves with the release (a batch's workers share a few OCR slots). */
  gate?: () => Promise<() => void>;
}

/** Pixels of one rendered page at most (A4 at 300 dpi is 8.7 million). */
const MAX_PIXELS = 36_000_000;

export const OCR_DEFAULTS = { dpi: 300, pageTimeoutMs: 120_000, langs: 'chi_sim' } as const;

export interface OcrPageRequest {
  page: number;
  width: number;
  height: number;
}

export interface OcrResult {
  /** Lines per page that had text (numbered within the page; the caller renumbers). */
  lines: Map<number, NLine[]>;
  warnings: ReaderWarning[];
  /** The OCR programs are not installed. */
  missing: boolean;
  /** Pages not done because `endAt` passed. */
  timedOut: boolean;
}

export async function ocrPages(file: string, pages: OcrPageRequest[], opts: OcrOptions = {}): Promise<OcrResult> {
  const dpi = opts.dpi ?? OCR_DEFAULTS.dpi;
  const timeout = opts.pageTimeoutMs ?? OCR_DEFAULTS.pageTimeoutMs;
  const concurrency = Math.max(1, opts.concurrency ?? Math.min(2, availableParallelism()));
  const result: OcrResult = { lines: new Map(), warnings: [], missing: false, timedOut: false };
  const endAt = opts.endAt ?? Infinity;
  const failed = new Map<number, string>();
  /** Amounts per page that the second reading could not check. */
  const unchecked = new Map<number, number>();
  let next = 0;
  const worker = async () => {
    while (next < pages.length && !result.missing && !result.timedOut) {
      const req = pages[next++];
      const release = opts.gate ? await opts.gate() : undefined;
      const left = endAt - Date.now();
      if (left <= 0) {
        release?.();
        result.timedOut = true;
        break;
      }
      try {
        const { lines, unverified } = await ocrOne(file, req, dpi, Math.min(timeout, left), opts.langs ?? OCR_DEFAULTS.langs);
        // nothing recognised (a photo, a blank scan): the page stays an unread image-only page
        if (lines.length) result.lines.set(req.page, lines);
        if (unverified) unchecked.set(req.page, unverified);
      } catch (e) {
        if (e instanceof ToolError && e.kind === 'missing') result.missing = true;
        else if (e instanceof ToolError && e.kind === 'timeout' && Date.now() >= endAt) result.timedOut = true;
        else failed.set(req.page, e instanceof ToolError && e.kind === 'timeout' ? `超过 ${Math.round(timeout / 1000)} 秒` : '识别程序出错');
      } finally {
        release?.();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, pages.length) }, worker));
  const widths = new Map(pages.map((r) => [r.page, r.width]));
  doubtAcrossPages(result.lines, (page) => widths.get(page) || 595);
  for (const req of pages) {
    const lines = result.lines.get(req.page);
    if (lines) result.warnings.push(ocrWarning(req.page, dpi, lines, unchecked.get(req.page) ?? 0));
    else if (failed.has(req.page)) result.warnings.push({ code: 'ocr-failed', page: req.page, message: `第${req.page}页为扫描图像，文字识别（OCR）失败（${failed.get(req.page)}），已跳过` });
  }
  return result;
}

async function ocrOne(file: string, req: OcrPageRequest, dpi: number, timeoutMs: number, langs: string): Promise<{ lines: NLine[]; unverified: number }> {
  const start = Date.now();
  // a huge page (a poster, a hostile MediaBox) is rendered at a lower resolution: bounded memory
  if (req.width > 0 && req.height > 0) dpi = Math.max(36, Math.min(dpi, Math.floor(72 * Math.sqrt(MAX_PIXELS / (req.width * req.height)))));
  const { clean, segments, width, height } = await preparePage(file, req.page, dpi, timeoutMs);
  let words = await recognize(writePgm(clean), dpi, Math.max(1000, timeoutMs - (Date.now() - start)), langs);
  if (words.some((w) => w.height > LARGE * dpi && w.conf < 70)) {
    // large type (a cover title) is read badly at full resolution: read it again at half
    const half = await recognize(writePgm(halve(clean)), dpi / 2, Math.max(1000, timeoutMs - (Date.now() - start)), langs);
    words = mergeLarge(words, half, dpi);
  }
  const reread = await doubtByRereading(clean, words, dpi, Math.max(1000, timeoutMs - (Date.now() - start)));
  words = reread.words;
  const lines: NLine[] = [];
  appendOcrPage(lines, { page: req.page, width: req.width || (width * 72) / dpi, height: req.height || (height * 72) / dpi, dpi, words, segments });
  return { lines, unverified: reread.unverified };
}

/** Glyphs taller than this share of an inch (about 19 pt) are large type. */
const LARGE = 0.27;

/** The image at half size (2 × 2 pixels averaged). */
function halve(img: GrayImage): GrayImage {
  const w = img.width >> 1;
  const h = img.height >> 1;
  const data = new Uint8Array(w * h);
  const src = img.data;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const i = 2 * y * img.width + 2 * x;
      data[y * w + x] = (src[i] + src[i + 1] + src[i + img.width] + src[i + img.width + 1]) >> 2;
    }
  return { width: w, height: h, data };
}

/** Large-type lines from the half-size pass (scaled back) replace the full-size words in their band. */
function mergeLarge(full: OcrWord[], half: OcrWord[], dpi: number): OcrWord[] {
  const large = half
    .map((w) => ({ ...w, left: w.left * 2, top: w.top * 2, width: w.width * 2, height: w.height * 2, line: `h${w.line}` }))
    .filter((w) => w.height > LARGE * dpi * 0.75);
  if (!large.length) return full;
  const lines = new Set(large.map((w) => w.line));
  const bands = [...lines].map((l) => {
    const ws = large.filter((w) => w.line === l);
    return { top: Math.min(...ws.map((w) => w.top)), bottom: Math.max(...ws.map((w) => w.top + w.height)) };
  });
  const kept = full.filter((w) => {
    const mid = w.top + w.height / 2;
    return !bands.some((b) => mid >= b.top && mid <= b.bottom);
  });
  const bandWords = half
    .map((w) => ({ ...w, left: w.left * 2, top: w.top * 2, width: w.width * 2, height: w.height * 2, line: `h${w.line}` }))
    .filter((w) => lines.has(w.line));
  return [...kept, ...bandWords];
}

function ocrWarning(page: number, dpi: number, lines: NLine[], unchecked: number): ReaderWarning {
  let low = Infinity;
  for (const l of lines) for (const c of l.cells) if (c.confidence !== undefined && c.confidence < low) low = c.confidence;
  const tail = (low < Infinity ? `，数字最低置信度 ${low}` : '') + (unchecked ? `，${unchecked} 个数字未能二次识别核对（缺少 tesseract 英文数据 tesseract-ocr-eng 或识别出错）` : '');
  return { code: 'ocr', page, message: `第${page}页为扫描图像，已用文字识别（OCR，${dpi} dpi）读取${tail}，请对照原件核对` };
}
