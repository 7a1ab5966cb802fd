/**
 * Scanned PDFs for tests and the OCR benchmark: every page of a PDF rendered to a greyscale image
 * (`pdftoppm -gray`, default 200 dpi), optionally spoiled like a scan (speckle noise, a small
 * skew), and written back as an image-only PDF (one Flate-compressed DeviceGray image per page, no
 * text layer). The PDF is written by hand: a handful of objects and a cross-reference table.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { parsePgm, type GrayImage } from '../readers/ocr/pgm.js';
import { run } from '../readers/ocr/tesseract.js';
import { Rng } from './prng.js';

export interface ScanOptions {
  /** Rendering resolution. Default 200. */
  dpi?: number;
  /** Share of pixels turned to random dark or light specks (0–1). Default 0. */
  noise?: number;
  /** Page rotation in degrees (a scan fed askew). Default 0. */
  skew?: number;
  /** Seed of the noise. */
  seed?: number;
}

/** Renders `input` (a PDF) page by page and writes the scan to `output`; returns the page count. */
export async function pdfToScan(input: string, output: string, opts: ScanOptions = {}): Promise<number> {
  const dpi = opts.dpi ?? 200;
  const dir = mkdtempSync(join(tmpdir(), 'budgetlens-scan-'));
  try {
    await run('pdftoppm', ['-r', String(dpi), '-gray', input, join(dir, 'p')], { timeoutMs: 300_000, maxBytes: 1 << 20 });
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.pgm'))
      .sort((a, b) => pageNo(a) - pageNo(b));
    const rng = new Rng(opts.seed ?? 1);
    const pages = files.map((f) => {
      const img = parsePgm(readFileSync(join(dir, f)));
      if (opts.noise) speckle(img, opts.noise, rng);
      return img;
    });
    writeFileSync(output, imagePdf(pages, dpi, opts.skew ?? 0));
    return pages.length;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pageNo = (f: string) => Number(/-(\d+)\.pgm$/.exec(f)?.[1] ?? 0);

/** Turns a share of pixels into specks: mostly grey dirt on the paper, a few white drop-outs in ink. */
export function speckle(img: GrayImage, share: number, rng: Rng): void {
  const n = Math.round(img.width * img.height * share);
  const data = img.data;
  for (let k = 0; k < n; k++) {
    const i = Math.floor((rng.u32() / 0x100000000) * data.length);
    data[i] = data[i] < 128 ? 200 + Math.floor((rng.u32() / 0x100000000) * 55) : Math.floor((rng.u32() / 0x100000000) * 140);
  }
}

/** An image-only PDF: each image fills a page of its size at `dpi`, turned by `skew` degrees about the centre. */
export function imagePdf(pages: GrayImage[], dpi: number, skew = 0): Buffer {
  const objs: Buffer[] = [];
  const add = (b: Buffer | string) => objs.push(typeof b === 'string' ? Buffer.from(b, 'latin1') : b) - 0; // object n = index + 1
  const kids: number[] = [];
  // 1: catalog, 2: pages (written last, once the kids are known)
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add('');
  const rad = (skew * Math.PI) / 180;
  const c = Math.cos(rad);
  const s = Math.sin(rad);
  for (const img of pages) {
    const w = (img.width * 72) / dpi;
    const h = (img.height * 72) / dpi;
    const pixels = deflateSync(Buffer.from(img.data.buffer, img.data.byteOffset, img.width * img.height));
    const imgNo = objs.length + 1;
    add(Buffer.concat([Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${img.width} /Height ${img.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${pixels.length} >>\nstream\n`, 'latin1'), pixels, Buffer.from('\nendstream', 'latin1')]));
    // rotate about the page centre, then scale the unit square to the page
    const e = w / 2 - c * (w / 2) + s * (h / 2);
    const f = h / 2 - s * (w / 2) - c * (h / 2);
    const content = `q 1 0 0 1 0 0 cm 1 g 0 0 ${n(w)} ${n(h)} re f Q q ${n(c)} ${n(s)} ${n(-s)} ${n(c)} ${n(e)} ${n(f)} cm ${n(w)} 0 0 ${n(h)} 0 0 cm /Im0 Do Q`;
    const contentNo = objs.length + 1;
    add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    kids.push(objs.length + 1);
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${n(w)} ${n(h)}] /Resources << /XObject << /Im0 ${imgNo} 0 R >> >> /Contents ${contentNo} 0 R >>`);
  }
  objs[1] = Buffer.from(`<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`, 'latin1');
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0].length;
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(offset);
    const b = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), o, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(b);
    offset += b.length;
  });
  const xref = [`xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

const n = (v: number) => (Math.round(v * 10000) / 10000).toString();
