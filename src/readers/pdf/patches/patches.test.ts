/**
 * The pdf.js speed patches change how fast text is extracted, never what is extracted: the reader's
 * whole output with and without them is the same on every sample, the ruling lines recorded
 * during text extraction are those of pdf.js's operator list, and damaged or unusual input (forms
 * painted twice, unclosed saves, a broken Flate stream) reads the same either way.
 * Samples are read from the shared folder, never copied.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { NDocument } from '../../types.js';
import { scanGraphics, takeRecordedGraphics, type Segment } from '../graphics.js';
import { readPdf } from '../index.js';
import { loadPdfJs, openDocument, pdfJsPatchProblems } from '../pdfjs.js';
import { metricsOnlyUse } from './fonts.js';
import { GRAPHICS_ITEM, setPatchesEnabled } from './index.js';
import { exposeInternals, WORKER_MODULE } from './load-worker.js';
import { applySourceEdits, SOURCE_EDITS } from './source-edits.js';
import { readSfntTables, sfntMetrics } from './sfnt.js';

const SAMPLES = join(process.env.BUDGETLENS_SAMPLES ?? join(import.meta.dirname, '../../../../../shared/samples'), 'pdf');
const CORPUS = join(SAMPLES, '../corpus');
const corpusFiles = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.pdf')).sort() : [];
const sampleFiles = existsSync(SAMPLES) ? readdirSync(SAMPLES).filter((f) => f.endsWith('.pdf')).sort() : [];
const haveSamples = sampleFiles.length > 0;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'budgetlens-patches-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => setPatchesEnabled(true));

/** Every number rounded to 0.1 (boxes in points), the file name left out. */
function rounded(doc: NDocument): unknown {
  const r = (v: unknown): unknown =>
    typeof v === 'number' ? Math.round(v * 10) / 10 : Array.isArray(v) ? v.map(r) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, r(x)])) : v;
  return r({ ...doc, file: undefined });
}

async function readBothWays(file: string): Promise<{ plain: unknown; patched: unknown }> {
  setPatchesEnabled(false);
  const plain = rounded(await readPdf(file));
  setPatchesEnabled(true);
  const patched = rounded(await readPdf(file));
  return { plain, patched };
}

/** Per page: ruling lines from the recorded drawing and from the operator list, and the page's text. */
async function drawingsAndText(file: string): Promise<{ recorded: Segment[]; opList: Segment[]; text: string }[]> {
  const pdfjs = await loadPdfJs();
  const task = openDocument(pdfjs, new Uint8Array(readFileSync(file)));
  try {
    const doc = await task.promise;
    const out = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const vp = page.getViewport({ scale: 1 }).transform;
      const ops = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
      const opList = scanGraphics(ops, vp, pdfjs.OPS).segments;
      try {
        const content = await page.getTextContent();
        const drawing = takeRecordedGraphics(content, GRAPHICS_ITEM);
        const text = content.items.map((i) => ('str' in i ? `${i.str}@${i.transform.map((x) => x.toFixed(2)).join(',')}` : '')).join('|');
        out.push({ recorded: drawing ? scanGraphics(drawing, vp, pdfjs.OPS).segments : [], opList, text });
      } catch (e) {
        out.push({ recorded: [], opList, text: `error: ${(e as Error).message}` });
      }
    }
    return out;
  } finally {
    await task.destroy();
  }
}

/** Same segments in the same order, coordinates within 0.001 pt (float32 rounding in pdf.js). */
function expectSameSegments(actual: Segment[], expected: Segment[], where: string): void {
  expect(actual.length, `${where}: number of ruling lines`).toBe(expected.length);
  actual.forEach((s, i) => {
    const e = expected[i];
    expect(s.dir, `${where}: line ${i}`).toBe(e.dir);
    for (const k of ['x0', 'y0', 'x1', 'y1'] as const) expect(Math.abs(s[k] - e[k]), `${where}: line ${i} ${k}`).toBeLessThan(1e-3);
  });
}

// ---- a minimal PDF writer -------------------------------------------------------------------

function stream(dict: string, data: string | Buffer): Buffer {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
  return Buffer.concat([Buffer.from(`<< ${dict} /Length ${bytes.length} >>\nstream\n`, 'latin1'), bytes, Buffer.from('\nendstream', 'latin1')]);
}

/** A PDF from object bodies: object i+1 = bodies[i], 1 = catalog, 2 = page tree of `pages`. */
function buildPdf(bodies: (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.5\n', 'latin1')];
  let size = parts[0].length;
  const offsets: number[] = [];
  bodies.forEach((b, i) => {
    offsets.push(size);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), typeof b === 'string' ? Buffer.from(b, 'latin1') : b, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(chunk);
    size += chunk.length;
  });
  let xref = `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) xref += `${String(o).padStart(10, '0')} 00000 n \n`;
  xref += `trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`;
  parts.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(parts);
}

/** Pages of Helvetica text and drawing; `forms` are form XObjects /Fm1… shared by every page. */
function makePdf(pages: (string | Buffer)[], forms: { content: string; matrix?: string }[] = []): Buffer {
  const bodies: (string | Buffer)[] = ['<< /Type /Catalog /Pages 2 0 R >>', 'PAGES', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'];
  const formIds = forms.map((_, i) => bodies.length + 1 + i);
  const xobjects = `<< ${formIds.map((id, i) => `/Fm${i + 1} ${id} 0 R`).join(' ')} >>`;
  const resources = `<< /Font << /F1 3 0 R >> /XObject ${xobjects} >>`;
  for (const f of forms) {
    bodies.push(stream(`/Type /XObject /Subtype /Form /BBox [-1000 -1000 2000 2000] ${f.matrix ? `/Matrix [${f.matrix}]` : ''} /Resources ${resources}`, f.content));
  }
  const kids: number[] = [];
  for (const p of pages) {
    bodies.push(typeof p === 'string' ? stream('', p) : p);
    const contents = bodies.length;
    bodies.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${contents} 0 R /Resources ${resources} >>`);
    kids.push(bodies.length);
  }
  bodies[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  return buildPdf(bodies);
}

function write(name: string, data: Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, data);
  return file;
}

// ---- cases ------------------------------------------------------------------------------------

describe('pdf.js speed patches', () => {
  it('are installed on the pdf.js in use (else: plain pdf.js, correct but several times slower)', async () => {
    await loadPdfJs();
    expect(pdfJsPatchProblems()).toEqual([]);
  });

  it.runIf(haveSamples)('leave the reader output unchanged on every sample: lines, cells, pages, warnings, boxes to 0.1 pt', async () => {
    for (const f of sampleFiles) {
      const { plain, patched } = await readBothWays(join(SAMPLES, f));
      expect(patched, f).toEqual(plain);
    }
    // reads every sample twice, once with plain (slow) pdf.js: ~25 s quiet, 100 s on the loaded shared machine
  }, 240_000);

  it.runIf(corpusFiles.length > 0)('leave the output unchanged where simple TrueType fonts take the metrics-only path (corpus samples)', async () => {
    let compared = 0;
    for (const f of corpusFiles) {
      const before = metricsOnlyUse.simpleTrueType;
      const patched = rounded(await readPdf(join(CORPUS, f)));
      if (metricsOnlyUse.simpleTrueType === before) continue;
      setPatchesEnabled(false);
      const plain = rounded(await readPdf(join(CORPUS, f)));
      setPatchesEnabled(true);
      expect(patched, f).toEqual(plain);
      if (++compared === 4) break;
    }
    expect(compared, 'corpus files with simple TrueType fonts compared').toBe(4);
  }, 240_000);

  it.runIf(haveSamples)('record the same ruling lines as the operator list, on every page of every sample', async () => {
    for (const f of sampleFiles) {
      const pages = await drawingsAndText(join(SAMPLES, f));
      pages.forEach((p, i) => expectSameSegments(p.recorded, p.opList, `${f} page ${i + 1}`));
      expect(pages.some((p) => p.recorded.length > 0), f).toBe(true);
    }
  });

  it('forms (painted twice, nested, with a Matrix, leaving a save open), curves, closing strokes, clips, zero-height rectangles: recorded = operator list', async () => {
    const grid = '0 0 m 200 0 l S 0 20 m 200 20 l S 0 0 m 0 20 l S 200 0 m 200 20 l S';
    const file = write(
      'forms.pdf',
      makePdf(
        [
          [
            'q 1 0 0 1 50 50 cm /Fm1 Do /Fm1 Do Q',
            'q 0.5 0 0 0.5 300 300 cm /Fm2 Do Q',
            '100 100 m 200 100 l S 100 150 200 0 re f 100 160 200 1 re f',
            '300 400 m 350 420 400 400 v S 300 450 m 350 470 400 450 y S 300 500 m 400 500 l 400 600 l s',
            'q 10 10 100 100 re W n Q q 2 0 0 2 0 0 cm 10 700 m 60 700 l S Q',
            'BT /F1 12 Tf 72 720 Td (Hello) Tj ET',
            '/Fm3 Do 0 0 m 0 100 l S /Fm1 Do',
          ].join('\n'),
          'BT /F1 12 Tf 72 720 Td (Second page) Tj ET /Fm1 Do q 1 0 0 1 0 300 cm /Fm2 Do Q',
          // a form whose content stream breaks off with an error (too many operands), then more drawing
          'BT /F1 12 Tf 72 720 Td (Third page) Tj ET q 1 0 0 1 100 100 cm /Fm4 Do 5 5 m 5 105 l S Q 20 20 m 220 20 l S',
        ],
        [
          { content: grid, matrix: '1 0 0 1 10 20' },
          { content: 'BT /F1 10 Tf 0 0 Td (In a form) Tj ET 0 -5 m 100 -5 l S q 1 0 0 1 0 -100 cm /Fm1 Do Q', matrix: '1 0 0 1 5 5' },
          { content: 'q 2 0 0 2 0 0 cm 0 0 m 50 0 l S 0 0 50 1 re f' },
          { content: `q 3 0 0 3 0 0 cm 0 0 m 40 0 l S ${Array.from({ length: 40 }, (_, i) => i).join(' ')} m 0 0 m 0 40 l S` },
        ],
      ),
    );
    const pages = await drawingsAndText(file);
    pages.forEach((p, i) => expectSameSegments(p.recorded, p.opList, `page ${i + 1}`));
    // Fm1 drawn twice at the top, once more inside Fm2 and at the end: each use is recorded
    expect(pages[0].recorded.length).toBeGreaterThan(12);

    setPatchesEnabled(false);
    const plain = await drawingsAndText(file);
    setPatchesEnabled(true);
    expect(pages.map((p) => p.text)).toEqual(plain.map((p) => p.text));
    expect(pages[0].text).toContain('In a form');
    expect(pages[2].recorded.length).toBe(3); // the broken form's first line, then the page's two
  });

  it('Flate content streams, valid and damaged, give the same text as without the patches', async () => {
    const text = 'BT /F1 12 Tf 72 720 Td (Compressed text on this page) Tj 0 -20 Td (and a second line) Tj ET 0 0 m 100 0 l S';
    const packed = deflateSync(Buffer.from(text, 'latin1'));
    const file = write(
      'flate.pdf',
      makePdf([
        stream('/Filter /FlateDecode', packed),
        // truncated: zlib rejects it, pdf.js's own decoder reads what is there
        stream('/Filter /FlateDecode', packed.subarray(0, packed.length - 8)),
        // no zlib header (raw deflate)
        stream('/Filter /FlateDecode', packed.subarray(2)),
      ]),
    );
    const patched = await drawingsAndText(file);
    setPatchesEnabled(false);
    const plain = await drawingsAndText(file);
    setPatchesEnabled(true);
    expect(patched.map((p) => p.text)).toEqual(plain.map((p) => p.text));
    expect(patched[0].text).toContain('Compressed text on this page');
    expect(patched[1].text).toMatch(/^error: /); // pdf.js's own decoder gives up on it too
    // and the reader says so the same way
    const a = await readBothWays(file);
    expect(a.patched).toEqual(a.plain);
  });
});

describe('source edits', () => {
  it('finds every edited passage exactly once in the installed pdf.js', () => {
    const source = readFileSync(createRequire(import.meta.url).resolve(WORKER_MODULE), 'utf8');
    const { source: out, missing } = applySourceEdits(source, 'export { WorkerMessageHandler };');
    expect(missing).toEqual([]);
    for (const e of SOURCE_EDITS) expect(out).toContain(e.replace);
    expect(out).toContain('const __budgetlensEdits = { on: true, missing: [] };\nexport { WorkerMessageHandler };');
  });

  it('leaves a passage found twice or not at all unedited, and names it', () => {
    const edits = [
      { id: 'twice', find: 'a();', replace: 'b();' },
      { id: 'absent', find: 'z();', replace: 'y();' },
      { id: 'once', find: 'c();', replace: 'd();' },
    ];
    const r = applySourceEdits('a(); a(); c();\nexport { X };', 'export { X };', edits);
    expect(r.missing).toEqual(['twice', 'absent']);
    expect(r.source).toBe('a(); a(); d();\nconst __budgetlensEdits = { on: true, missing: ["twice","absent"] };\nexport { X };');
  });

  it('replacements keep `$` patterns literal', () => {
    const r = applySourceEdits('p();\nE', 'E', [{ id: 'x', find: 'p();', replace: "q('$&');" }]);
    expect(r.source.startsWith("q('$&');")).toBe(true);
  });
});

describe('exposing pdf.js internals', () => {
  it('adds the internal names to the final export, and refuses a source that does not end as expected', () => {
    const src = 'class Font {}\nexport { WorkerMessageHandler };\n\n//# sourceMappingURL=pdf.worker.mjs.map';
    const out = exposeInternals(src)!;
    expect(out).toMatch(/^class Font \{\}\nconst __budgetlensEdits = \{ on: true, missing: \["text-transform-inline","text-state-flat-clone"\] \};\nexport \{ WorkerMessageHandler, Font, /);
    expect(out).toMatch(/, __budgetlensEdits \};\n$/);
    expect(out).not.toContain('sourceMappingURL');
    expect(exposeInternals('export { Other };')).toBeNull();
    expect(exposeInternals('export { WorkerMessageHandler };\nexport { WorkerMessageHandler };')).toBeNull();
    expect(exposeInternals('export { WorkerMessageHandler };\nfoo();')).toBeNull();
  });
});

// ---- sfnt tables --------------------------------------------------------------------------------

/** An sfnt with the given tables (tag → bytes), table records in the order given. */
function sfnt(tables: [string, Uint8Array][], version = '\x00\x01\x00\x00'): Uint8Array {
  const head = 12 + 16 * tables.length;
  const out = Buffer.alloc(head + tables.reduce((n, [, d]) => n + d.length, 0));
  out.write(version, 0, 'latin1');
  out.writeUInt16BE(tables.length, 4);
  let at = head;
  tables.forEach(([tag, data], i) => {
    out.write(tag, 12 + 16 * i, 'latin1');
    out.writeUInt32BE(at, 12 + 16 * i + 8);
    out.writeUInt32BE(data.length, 12 + 16 * i + 12);
    out.set(data, at);
    at += data.length;
  });
  return new Uint8Array(out);
}

function headTable(unitsPerEm: number, indexToLocFormat = 0): Uint8Array {
  const b = Buffer.alloc(54);
  b.writeUInt32BE(0x00010000, 0);
  b.writeUInt16BE(unitsPerEm, 18);
  b.writeInt16BE(indexToLocFormat, 50);
  return b;
}

function hheaTable(ascent: number, descent: number, lineGap: number): Uint8Array {
  const b = Buffer.alloc(36);
  b.writeUInt32BE(0x00010000, 0);
  b.writeInt16BE(ascent, 4);
  b.writeInt16BE(descent, 6);
  b.writeInt16BE(lineGap, 8);
  return b;
}

function maxpTable(version = 0x00010000, length = 32): Uint8Array {
  const b = Buffer.alloc(length);
  b.writeUInt32BE(version, 0);
  b.writeUInt16BE(10, 4);
  return b;
}

const some = new Uint8Array(8);

describe('sfnt metrics (what pdf.js takes from head and hhea)', () => {
  const trueType = (over: Record<string, Uint8Array | null> = {}) => {
    const base: Record<string, Uint8Array | null> = { head: headTable(2048), hhea: hheaTable(1802, -246, 67), maxp: maxpTable(), hmtx: some, loca: some, glyf: some, ...over };
    return sfnt(Object.entries(base).filter((e): e is [string, Uint8Array] => e[1] !== null));
  };

  it('ascent, descent and line gap in em units', () => {
    const t = readSfntTables(trueType())!;
    expect(sfntMetrics(t)).toEqual({ ascent: 1802 / 2048, descent: -246 / 2048, lineGap: 67 / 2048 });
  });

  it('tables pdf.js would reject or repair: no metrics (pdf.js converts the font itself)', () => {
    for (const missing of ['head', 'hhea', 'maxp', 'hmtx', 'loca', 'glyf']) expect(sfntMetrics(readSfntTables(trueType({ [missing]: null }))!), missing).toBeNull();
    expect(sfntMetrics(readSfntTables(trueType({ head: headTable(2048, 7) }))!)).toBeNull();
    expect(sfntMetrics(readSfntTables(trueType({ maxp: maxpTable(0x00020000, 20) }))!)).toBeNull();
    // a CFF-flavoured font without post goes another way in pdf.js
    const cff = sfnt([['CFF ', some], ['head', headTable(1000)], ['hhea', hheaTable(880, -120, 0)], ['maxp', maxpTable(0x5000, 6)], ['hmtx', some]], 'OTTO');
    expect(sfntMetrics(readSfntTables(cff)!)).toBeNull();
  });

  it('collections and directories pointing outside the data are not read', () => {
    expect(readSfntTables(sfnt([['head', headTable(1000)]], 'ttcf'))).toBeNull();
    const t = trueType();
    expect(readSfntTables(t.subarray(0, t.length - 4))).toBeNull();
    expect(readSfntTables(new Uint8Array(6))).toBeNull();
  });
});
