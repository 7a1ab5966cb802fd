/**
 * Doubt from where figures were placed (layout-doubt.ts): a small unruled table whose figure row and
 * header disagree in cell count, a row split over two lines, and both across a page break.
 */
import { describe, expect, it } from 'vitest';
import type { NLine } from '../types.js';
import { DOUBTED } from './doubt.js';
import { misplacedFigures, type LayoutLine } from './layout-doubt.js';
import { appendOcrPage, doubtAcrossPages } from './page.js';
import type { OcrWord } from './tesseract.js';

const line = (ruled: boolean, ...cells: [string, number, number][]): LayoutLine => ({ ruled, cells: cells.map(([text, x0, x1]) => ({ text, x0, x1 })) });
const HEADER = line(false, ['合计', 44, 61], ['因公出国（境）费', 187, 258], ['公务接待费', 268, 319], ['小计', 372, 389], ['购置费', 478, 510], ['运行费', 521, 560]);
const TITLE = line(false, ['2024年部门“三公”经费预算表', 150, 400]);
const PROSE = line(false, ['其他相关情况说明：本部门无政府性基金预算，也无国有资本经营预算，故相关表格为空表。', 36, 560]);

describe('figures of a small unruled table', () => {
  it('doubts a figure row with fewer cells than its header (a blank column: which heading each figure has is a guess)', () => {
    const row = line(false, ['8.94', 153, 170], ['3.39', 338, 355], ['5.55', 444, 461], ['5.55', 531, 547]);
    expect([...misplacedFigures([TITLE, HEADER, row, PROSE], 595)].sort()).toEqual(['2:0', '2:1', '2:2', '2:3']);
  });

  it('doubts a row with as many cells as its header but two figures under one heading (a sub-heading line lost)', () => {
    const row = line(false, ['3.60', 153, 169], ['3.00', 196, 213], ['1.17', 328, 344], ['1.17', 470, 490], ['2.43', 515, 530], ['3.00', 540, 556]);
    expect(misplacedFigures([TITLE, HEADER, row, PROSE], 595).size).toBe(6);
  });

  it('trusts a row whose cells match its header, a ruled row, and a large table (its columns are set by many rows)', () => {
    const full = line(false, ['8.94', 44, 61], ['3.39', 187, 258], ['0.00', 268, 319], ['5.55', 372, 389], ['0.00', 478, 510], ['5.55', 521, 560]);
    expect(misplacedFigures([TITLE, HEADER, full, PROSE], 595).size).toBe(0);
    const ruledHeader = { ...HEADER, ruled: true };
    const ruledRow = line(true, ['8.94', 44, 61], ['3.39', 187, 258]);
    expect(misplacedFigures([TITLE, ruledHeader, ruledRow, PROSE], 595).size).toBe(0);
    const rows = [1, 2, 3, 4].map((i) => line(false, [`20${i}`, 44, 61], [`${i}.00`, 187, 258], [`${i}.00`, 268, 319]));
    expect(misplacedFigures([TITLE, HEADER, ...rows, PROSE], 595).size).toBe(0);
  });
});

describe('a row split over two lines', () => {
  it('doubts the row name and the figures of the line below it, down a run of such lines', () => {
    const lines = [line(false, ['2、公务接待费', 37, 147], ['3.89', 149, 193], ['3.89', 195, 237]), line(false, ['3、公务用车购置及运行维护费', 37, 147]), line(false, ['46.58', 149, 193], ['52.66', 195, 237]), line(false, ['1,304.69', 149, 193], ['852.59', 195, 237])];
    expect([...misplacedFigures(lines, 595)].sort()).toEqual(['1:0', '2:0', '2:1', '3:0', '3:1']);
  });

  it('doubts a code alone on its line and the figures of the name below it', () => {
    const lines = [line(true, ['221', 37, 77]), line(true, ['住房保障支出', 79, 216], ['95.30', 218, 273], ['95.30', 275, 323]), line(true, ['2210201', 37, 77], ['住房公积金', 79, 216], ['95.30', 218, 273])];
    expect([...misplacedFigures(lines, 595)].sort()).toEqual(['0:0', '1:1', '1:2']);
  });

  it('leaves the one figure row of a table under a header of several cells', () => {
    const row = line(true, ['8.94', 44, 61], ['3.39', 187, 258], ['0.00', 268, 319], ['5.55', 372, 389], ['0.00', 478, 510], ['5.55', 521, 560]);
    expect(misplacedFigures([TITLE, { ...HEADER, ruled: true }, row], 595).size).toBe(0);
  });
});

describe('on OCR pages', () => {
  const DPI = 144; // 2 px per point
  const w = (text: string, left: number, top: number, line: string): OcrWord => ({ text, left, top, width: 12 * [...text].length, height: 28, conf: 92, line });
  const header = ['合计', '因公出国费', '公务接待费', '小计', '购置费', '运行费'].map((t, i) => w(t, 80 + 180 * i, 560, '1.1.9'));

  it('caps the confidence of a header-less figure row at the head of a page whose header ended the previous page', () => {
    const p1: NLine[] = [];
    const p2: NLine[] = [];
    appendOcrPage(p1, { page: 1, width: 600, height: 300, dpi: DPI, words: [w('三公经费预算表', 400, 500, '1.1.8'), ...header], segments: [] });
    appendOcrPage(p2, { page: 2, width: 600, height: 300, dpi: DPI, words: [w('8.94', 100, 60, '1.1.1'), w('3.39', 460, 60, '1.1.1'), w('5.55', 820, 60, '1.1.1')], segments: [] });
    expect(p2[0].cells.map((c) => c.confidence)).toEqual([92, 92, 92]);
    doubtAcrossPages(new Map([[1, p1], [2, p2]]), () => 600);
    expect(p2[0].cells.map((c) => c.confidence)).toEqual([DOUBTED, DOUBTED, DOUBTED]);
  });

  it('caps them on one page too', () => {
    const lines: NLine[] = [];
    appendOcrPage(lines, { page: 1, width: 600, height: 300, dpi: DPI, words: [...header, w('8.94', 100, 600, '1.1.10'), w('3.39', 460, 600, '1.1.10')], segments: [] });
    expect(lines[1].cells.map((c) => [c.text, c.confidence])).toEqual([
      ['8.94', DOUBTED],
      ['3.39', DOUBTED],
    ]);
  });
});
