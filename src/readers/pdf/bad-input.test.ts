/**
 * Bad and unusual PDF input, generated into a temp folder: every failure is a ReadError with the
 * right code and a one-line message naming the file; scanned pages inside a readable document
 * are warnings. Real samples are read from the shared folder, never copied into the repository.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReadError } from '../types.js';
import { readPdf } from './index.js';

const SAMPLES = join(process.env.BUDGETLENS_SAMPLES ?? join(import.meta.dirname, '../../../../shared/samples'), 'pdf');
const BUDGET = join(SAMPLES, 'shanghai-putuo-government-office-2025-budget.pdf');
const haveSamples = existsSync(BUDGET);
const haveQpdf = !spawnSync('qpdf', ['--version'], { stdio: 'ignore' }).error;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'budgetlens-pdf-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

// ---- a minimal PDF writer -------------------------------------------------------------------

/** Builds a PDF from object bodies (object i+1 = bodies[i]; object 1 must be the catalog). */
function buildPdf(bodies: (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
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

function stream(dict: string, data: string | Buffer): Buffer {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
  return Buffer.concat([Buffer.from(`<< ${dict} /Length ${bytes.length} >>\nstream\n`, 'latin1'), bytes, Buffer.from('\nendstream', 'latin1')]);
}

type PageSpec = { text?: string; image?: boolean; toUnicode?: boolean };

/** A PDF whose pages show Helvetica text and/or paint a small grey image over the page. */
function makePdf(pages: PageSpec[]): Buffer {
  const bodies: (string | Buffer)[] = [];
  const add = (b: string | Buffer) => bodies.push(b) && bodies.length;
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add('PAGES');
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <00> <FF> endcodespacerange',
    '1 beginbfrange <20> <7E> <E020> endbfrange',
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const toUnicode = add(stream('', cmap));
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const pua = add(`<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode ${toUnicode} 0 R >>`);
  const image = add(stream('/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8', Buffer.from([0, 255, 255, 0])));
  const kids: number[] = [];
  for (const p of pages) {
    let ops = '';
    if (p.image) ops += 'q 400 0 0 600 100 100 cm /Im1 Do Q\n';
    if (p.text) ops += `BT /${p.toUnicode ? 'F2' : 'F1'} 14 Tf 72 720 Td (${p.text}) Tj ET\n`;
    const contents = add(stream('', ops));
    kids.push(
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${contents} 0 R ` +
          `/Resources << /Font << /F1 ${font} 0 R /F2 ${pua} 0 R >> /XObject << /Im1 ${image} 0 R >> >> >>`,
      ),
    );
  }
  bodies[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  return buildPdf(bodies);
}

function write(name: string, data: string | Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, data);
  return file;
}

/** Reads and expects a ReadError with `code` whose one-line message names the file. */
async function expectReadError(file: string, code: ReadError['code'], opts?: Parameters<typeof readPdf>[1]): Promise<ReadError> {
  let err: unknown;
  try {
    await readPdf(file, opts);
  } catch (e) {
    err = e;
  }
  expect(err, `${file} should fail with ${code}`).toBeInstanceOf(ReadError);
  const re = err as ReadError;
  expect(re.code).toBe(code);
  expect(re.file).toBe(file);
  expect(re.message).toContain(file);
  expect(re.message).not.toMatch(/\n/);
  expect(re.message).toMatch(/[\u4e00-\u9fff]/);
  return re;
}

// ---- cases ----------------------------------------------------------------------------------

describe('readPdf: files that are not readable PDFs', () => {
  it('missing file → not-found', async () => {
    await expectReadError(join(dir, 'does-not-exist.pdf'), 'not-found');
  });

  it('empty file → empty', async () => {
    await expectReadError(write('empty.pdf', ''), 'empty');
  });

  it('random bytes with a .pdf extension → unsupported', async () => {
    let x = 12345;
    const bytes = Buffer.alloc(4096, 0).map(() => ((x = (x * 1103515245 + 12345) >>> 0), x >>> 24));
    await expectReadError(write('random.pdf', bytes), 'unsupported');
  });

  it('a text file renamed .pdf → unsupported', async () => {
    await expectReadError(write('notes.pdf', '2024年度部门决算\n收入总计 671.84 万元\n'), 'unsupported');
  });

  it.runIf(haveSamples)('a truncated real PDF (first 30% of its bytes) → corrupt', async () => {
    const data = readFileSync(BUDGET);
    await expectReadError(write('truncated.pdf', data.subarray(0, Math.floor(data.length * 0.3))), 'corrupt');
  });

  it('a header followed by garbage → corrupt', async () => {
    await expectReadError(write('header-only.pdf', '%PDF-1.7\n' + 'x'.repeat(2000)), 'corrupt');
  });

  it('every page image-only (a scan) → scanned', async () => {
    const re = await expectReadError(write('scan.pdf', makePdf([{ image: true }, { image: true }])), 'scanned');
    expect(re.message).toContain('图像');
  });

  it('no text and no images at all → scanned (no text layer)', async () => {
    await expectReadError(write('blank.pdf', makePdf([{}])), 'scanned');
  });

  it('text without a usable Unicode mapping (private-use code points) → garbled', async () => {
    const re = await expectReadError(write('pua.pdf', makePdf([{ text: 'Income total 671.84 and more words here', toUnicode: true }])), 'garbled');
    expect(re.message).toMatch(/\d+%/);
  });

  it.runIf(haveSamples)('more pages than maxPages → too-large', async () => {
    const re = await expectReadError(BUDGET, 'too-large', { maxPages: 1 });
    expect(re.message).toContain('22');
  });

  it.runIf(haveSamples)('more bytes than maxBytes → too-large', async () => {
    await expectReadError(BUDGET, 'too-large', { maxBytes: 10_000 });
  });

  it.runIf(haveSamples)('over the time limit → timeout', async () => {
    const re = await expectReadError(BUDGET, 'timeout', { timeoutMs: 1 });
    expect(re.message).toContain('超时');
  });

  it.runIf(haveSamples)('a time limit reached in the middle of a document stops reading promptly', async () => {
    const final = join(SAMPLES, 'shanghai-putuo-finance-bureau-2024-final.pdf');
    const t0 = Date.now();
    // well under the time a full read takes (about 150 ms on a quiet machine, 25 pages)
    const re = await expectReadError(final, 'timeout', { timeoutMs: 30 });
    expect(Date.now() - t0).toBeLessThan(1500);
    expect(re.message).toMatch(/已读 \d+\/25 页/);
  });
});

// qpdf (Debian package qpdf) generates the encrypted files; without it these cases are skipped
describe('readPdf: encryption (qpdf generates the files)', () => {
  it.skipIf(!haveQpdf || !haveSamples)('a PDF that needs a user password → encrypted', async () => {
    const out = join(dir, 'user-password.pdf');
    const r = spawnSync('qpdf', ['--encrypt', 'secret', 'owner', '256', '--', BUDGET, out]);
    expect(r.status).toBe(0);
    await expectReadError(out, 'encrypted');
  });

  it.skipIf(!haveQpdf || !haveSamples)('an owner-password-only PDF that opens without a password is read', async () => {
    const out = join(dir, 'owner-only.pdf');
    const r = spawnSync('qpdf', ['--encrypt', '', 'owner', '256', '--print=none', '--extract=n', '--', BUDGET, out]);
    expect(r.status).toBe(0);
    const doc = await readPdf(out);
    expect(doc.lines.some((l) => l.text.includes('预算主管部门：上海市普陀区人民政府办公室'))).toBe(true);
  });
});

describe('readPdf: readable documents with unusual pages', () => {
  it('one text page and one image-only page → the text, and a warning for the scanned page', async () => {
    const file = write('mixed.pdf', makePdf([{ text: 'Budget 2025 total 91,016,775.35' }, { image: true }]));
    const doc = await readPdf(file);
    expect(doc.format).toBe('pdf');
    expect(doc.pages).toHaveLength(2);
    expect(doc.pages[1].imageOnly).toBe(true);
    expect(doc.pages[0].imageOnly).toBeFalsy();
    expect(doc.lines.map((l) => l.text)).toContain('Budget 2025 total 91,016,775.35');
    expect(doc.warnings).toEqual([{ code: 'image-only-page', page: 2, message: '第2页只有图像，没有文字层（扫描件？），未能读取' }]);
  });

  it('a blank page (no text, no image) is neither an error nor a warning', async () => {
    const doc = await readPdf(write('with-blank.pdf', makePdf([{ text: 'Page one' }, {}])));
    expect(doc.pages).toHaveLength(2);
    expect(doc.pages[1].imageOnly).toBeFalsy();
    expect(doc.warnings).toEqual([]);
  });
});
