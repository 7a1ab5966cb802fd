/**
 * The PDF reader on the real disclosures in the shared samples folder (read from there, never
 * copied): text, cells, pages and boxes of the normalised document.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NDocument, NLine } from '../types.js';
import { readPdf } from './index.js';

const SAMPLES = join(process.env.BUDGETLENS_SAMPLES ?? join(import.meta.dirname, '../../../../shared/samples'), 'pdf');
const sample = (name: string) => join(SAMPLES, name);
const BUDGET = sample('shanghai-putuo-government-office-2025-budget.pdf');
const FINAL = sample('shanghai-putuo-finance-bureau-2024-final.pdf');
const ALL: [string, number][] = [
  ['shanghai-final-template-2024.pdf', 23],
  ['shanghai-putuo-finance-bureau-2024-final.pdf', 25],
  ['shanghai-putuo-government-office-2025-budget.pdf', 22],
  ['shanghai-putuo-government-office-unit-2025-budget.pdf', 21],
  ['shanghai-putuo-wanli-street-2024-budget.pdf', 33],
];
const haveSamples = existsSync(BUDGET) && existsSync(FINAL);
const haveQpdf = !spawnSync('qpdf', ['--version'], { stdio: 'ignore' }).error;

const docs = new Map<string, NDocument>();
async function read(file: string): Promise<NDocument> {
  let d = docs.get(file);
  if (!d) docs.set(file, (d = await readPdf(file)));
  return d;
}

const cellTexts = (l: NLine) => l.cells.map((c) => c.text);
const PRIVATE_USE = /[\ue000-\uf8ff\ufffd]/u;

/** Invariants every document must keep, whatever its layout. */
function checkInvariants(doc: NDocument): void {
  doc.lines.forEach((l, i) => {
    expect(l.index).toBe(i);
    expect(l.lineNo).toBe(i + 1);
    expect(l.page).toBeGreaterThanOrEqual(1);
    expect(l.page).toBeLessThanOrEqual(doc.pages.length);
    if (i) expect(l.page).toBeGreaterThanOrEqual(doc.lines[i - 1].page!);
    expect(l.cells.length).toBeGreaterThan(0);
    expect(l.text).toBe(l.cells.map((c) => c.text).join('\t'));
    const page = doc.pages[l.page! - 1];
    for (const c of l.cells) {
      expect(l.text.slice(c.start, c.end)).toBe(c.text);
      expect(c.text).toBe(c.text.trim());
      expect(c.text).not.toBe('');
      expect(c.x0).toBeLessThanOrEqual(c.x1);
      const b = c.box!;
      expect(b.x0).toBeLessThanOrEqual(b.x1);
      expect(b.y0).toBeLessThan(b.y1);
      expect(b.x0).toBeGreaterThanOrEqual(-1);
      expect(b.y0).toBeGreaterThanOrEqual(-1);
      expect(b.x1).toBeLessThanOrEqual(page.width! + 1);
      expect(b.y1).toBeLessThanOrEqual(page.height! + 1);
    }
    expect(l.box).toBeDefined();
  });
}

describe.runIf(haveSamples)('readPdf on the real samples', () => {
  it('2025 budget of 上海市普陀区人民政府办公室: cover, summary table cells with page and box', async () => {
    const doc = await read(BUDGET);
    expect(doc.format).toBe('pdf');
    expect(doc.file).toBe(BUDGET);
    expect(doc.pages).toHaveLength(22);
    expect(doc.warnings).toEqual([]);
    expect(doc.lines.some((l) => l.text.includes('预算主管部门：上海市普陀区人民政府办公室'))).toBe(true);
    const row = doc.lines.find((l) => cellTexts(l).includes('一、财政拨款收入'));
    expect(row).toBeDefined();
    expect(cellTexts(row!)).toEqual(['一、财政拨款收入', '91,016,775.35', '一、一般公共服务支出', '82,096,797.42']);
    expect(row!.page).toBe(8);
    const amount = row!.cells[1];
    expect(amount.box).toBeDefined();
    // the summary table sits in the upper half of a landscape page; the amount right of its label
    expect(doc.pages[7]).toMatchObject({ number: 8, width: 842, height: 595 });
    expect(amount.box!.y0).toBeGreaterThan(100);
    expect(amount.box!.y1).toBeLessThan(300);
    expect(amount.x0).toBeGreaterThan(row!.cells[0].x1);
    // the total line of the same table
    expect(doc.lines.some((l) => l.text === '收入总计\t91,016,775.35\t支出总计\t91,016,775.35')).toBe(true);
    checkInvariants(doc);
  });

  it('function-classification rows: codes, name and amounts are separate cells', async () => {
    const doc = await read(BUDGET);
    const row = doc.lines.find((l) => l.page === 9 && l.cells[3]?.text === '行政运行');
    expect(row && cellTexts(row)).toEqual(['201', '03', '01', '行政运行', '12,029,501.84', '12,029,501.84']);
  });

  it('final accounts (25 pages): text on every page but the one that only draws an empty grid, CJK, no private-use characters', async () => {
    const doc = await read(FINAL);
    expect(doc.pages).toHaveLength(25);
    const pagesWithText = new Set(doc.lines.map((l) => l.page));
    // page 14 draws only the ruling lines of a table continued from page 13 (pdftotext finds no text either)
    for (let p = 1; p <= 25; p++) expect(pagesWithText.has(p), `page ${p}`).toBe(p !== 14);
    expect(doc.pages[13].imageOnly).toBeFalsy();
    expect(doc.warnings).toEqual([]);
    for (const p of pagesWithText) {
      expect(doc.lines.some((l) => l.page === p && /[\u4e00-\u9fff]/.test(l.text)), `CJK on page ${p}`).toBe(true);
    }
    expect(doc.lines.filter((l) => PRIVATE_USE.test(l.text))).toEqual([]);
    checkInvariants(doc);
  });

  it('final accounts: a ruled row with amounts printed off the label baseline stays one line', async () => {
    const doc = await read(FINAL);
    const total = doc.lines.find((l) => l.page === 10 && l.cells.some((c) => c.text === '合计'));
    expect(total && cellTexts(total)).toEqual(['类', '款', '项', '合计', '2,940.05', '2,336.91', '603.14']);
    const row = doc.lines.find((l) => l.page === 10 && l.cells[3]?.text === '行政运行');
    expect(row && cellTexts(row)).toEqual(['201', '06', '01', '行政运行', '1,511.89', '1,503.52', '8.37']);
  });

  it('final accounts: a name wrapped over two lines inside its ruled cell is one cell', async () => {
    const doc = await read(FINAL);
    const row = doc.lines.find((l) => l.page === 10 && l.cells.some((c) => c.text === '机关事业单位基本养老保险缴费支出'));
    expect(row && cellTexts(row)).toEqual(['208', '05', '05', '机关事业单位基本养老保险缴费支出', '160.75', '160.75']);
  });

  it('final accounts: narrative amounts and percentages come through intact', async () => {
    const doc = await read(FINAL);
    const narrative = doc.lines.filter((l) => l.page! >= 21).map((l) => l.text).join('\n');
    expect(narrative).toMatch(/\d+\.\d{2}万元/);
    expect(narrative).toMatch(/\d+\.\d{2}%/);
    // no spaces left between CJK characters (pdf.js spacing artefacts)
    expect(narrative).not.toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff]/u);
  });

  it.each(ALL)('%s: every page read, no warnings, invariants hold', async (name, pages) => {
    const doc = await read(sample(name));
    expect(doc.pages).toHaveLength(pages);
    expect(doc.pages.every((p, i) => p.number === i + 1 && p.width! > 0 && p.height! > 0)).toBe(true);
    expect(doc.lines.length).toBeGreaterThan(pages * 5);
    expect(doc.warnings).toEqual([]);
    expect(doc.lines.filter((l) => PRIVATE_USE.test(l.text))).toEqual([]);
    checkInvariants(doc);
  });
});

describe.runIf(haveSamples && haveQpdf)('readPdf on rotated pages (/Rotate set with qpdf)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'budgetlens-pdf-rot-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('pages turned by 90° and 270° give the same upright lines, boxes on the turned page', async () => {
    const out = join(dir, 'rotated.pdf');
    const r = spawnSync('qpdf', [BUDGET, '--pages', '.', '8-9', '--', '--rotate=+90:1', '--rotate=+270:2', out]);
    expect(r.status).toBe(0);
    const rotated = await readPdf(out);
    const original = await read(BUDGET);
    const orig = (p: number) => original.lines.filter((l) => l.page === p).map((l) => l.text);
    expect(rotated.lines.filter((l) => l.page === 1).map((l) => l.text)).toEqual(orig(8));
    expect(rotated.lines.filter((l) => l.page === 2).map((l) => l.text)).toEqual(orig(9));
    // a landscape page turned by a quarter is displayed portrait
    expect(rotated.pages[0]).toMatchObject({ width: 595, height: 842 });
    checkInvariants(rotated);
    // turned clockwise, the top of the table is on the right of the displayed page
    const title = rotated.lines.find((l) => l.page === 1)!;
    expect(title.box!.x0).toBeGreaterThan(595 / 2);
    expect(title.box!.y1 - title.box!.y0).toBeGreaterThan(title.box!.x1 - title.box!.x0);
  });
});
