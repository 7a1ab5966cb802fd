/**
 * Evidence that lowers a recognised figure's confidence (doubt.ts, numbers.ts `guessed`), and the
 * clean-up that keeps scanner dust and ruling-line debris out of cells (clean.ts, page.ts).
 */
import { describe, expect, it } from 'vitest';
import type { NLine } from '../types.js';
import { dropFaint } from './clean.js';
import { DOUBTED, doubtedCells } from './doubt.js';
import { malformedFigure, repairOcrNumbers } from './numbers.js';
import { appendOcrPage, clipToRules } from './page.js';
import type { GrayImage } from './pgm.js';
import type { OcrWord } from './tesseract.js';

const DPI = 144; // 2 px per point
const word = (text: string, left: number, width: number, conf = 95, top = 126, line = '1.1.1'): OcrWord => ({ text, left, top, width, height: 28, conf, line });

describe('repairs that guess', () => {
  it('flags a repair that changes what a figure says, not one that only changes its form', () => {
    expect(repairOcrNumbers('182.1]万元')).toEqual({ text: '182.11万元', guessed: true });
    expect(repairOcrNumbers('1O6.35')).toEqual({ text: '106.35', guessed: true });
    expect(repairOcrNumbers('1.743.91')).toEqual({ text: '1,743.91', guessed: true });
    expect(repairOcrNumbers('增加16.01%6。')).toEqual({ text: '增加16.01%。', guessed: true });
    expect(repairOcrNumbers('98。20')).toEqual({ text: '98.20', guessed: true });
    // spacing, full-width forms, a regrouped comma and framing marks keep the digits read
    expect(repairOcrNumbers('1, 016. 35')).toEqual({ text: '1,016.35', guessed: false });
    expect(repairOcrNumbers('１，２３４．５６')).toEqual({ text: '1,234.56', guessed: false });
    expect(repairOcrNumbers('1227,240.00')).toEqual({ text: '1,227,240.00', guessed: false });
    expect(repairOcrNumbers('“14,364.50|')).toEqual({ text: '14,364.50', guessed: false });
    expect(repairOcrNumbers('。207.78')).toEqual({ text: '207.78', guessed: false });
    expect(repairOcrNumbers('2026 年 3 月')).toEqual({ text: '2026 年 3 月', guessed: false });
    // I, l, L read for a 1 or a thousands comma
    expect(repairOcrNumbers('I0,800.00')).toEqual({ text: '10,800.00', guessed: true });
    expect(repairOcrNumbers('1L138,320.00')).toEqual({ text: '1,138,320.00', guessed: true });
    expect(repairOcrNumbers('0I50')).toEqual({ text: '0150', guessed: true });
    expect(repairOcrNumbers('3020I')).toEqual({ text: '30201', guessed: true });
    expect(repairOcrNumbers('0I')).toEqual({ text: '01', guessed: true });
    expect(repairOcrNumbers('_2080505-机关事业单位基本养老保险缴费支出')).toEqual({ text: '2080505-机关事业单位基本养老保险缴费支出', guessed: false });
    expect(repairOcrNumbers('2,.899.25')).toEqual({ text: '2,899.25', guessed: true });
    expect(repairOcrNumbers('HTML5 与 L2')).toEqual({ text: 'HTML5 与 L2', guessed: false });
  });

  it('knows a cell that should be a figure and is not one', () => {
    for (const bad of ['1,70.49', '工743.91', '1.2.3', '1,7434.91']) expect(malformedFigure(bad)).toBe(true);
    for (const ok of ['1,743.91', '204', '0.00', '-3.5', '12.5%', '2024年', '1.', '（1）', '行政运行', '']) expect(malformedFigure(ok)).toBe(false);
  });
});

describe('figures whose decimals break their column', () => {
  const col = (text: string, line: number) => [{ text: `名称${line}`, x0: 0, x1: 60 }, { text, x0: 200 - 6 * text.length, x1: 200 }];

  it('doubts an integer among two-decimal figures (a dropped decimal point) and a malformed cell', () => {
    const lines = [col('1,170.49', 0), col('84.60', 1), col('8460', 2), col('48.36', 3), col('33.05', 4), col('000', 5), [{ text: '合计', x0: 0, x1: 30 }, { text: '1,70.49', x0: 150, x1: 200 }]];
    expect([...doubtedCells(lines)].sort()).toEqual(['2:1', '5:1', '6:1']);
  });

  it('leaves code columns, short columns and mixed columns alone', () => {
    const codes = [0, 1, 2, 3, 4].map((i) => col(['204', '20406', '2040601', '208', '20805'][i], i));
    expect(doubtedCells(codes).size).toBe(0);
    expect(doubtedCells([col('84.60', 0), col('8460', 1), col('1.5', 2)]).size).toBe(0);
    const mixed = [col('1.5', 0), col('2.25', 1), col('3', 2), col('4.125', 3)];
    expect(doubtedCells(mixed).size).toBe(0);
  });

  it('caps the confidence of a doubted cell on an OCR page, keeps the others', () => {
    const words: OcrWord[] = [];
    ['84.60', '8460', '48.36', '33.05', '12.00'].forEach((f, i) => {
      const top = 100 + i * 40;
      words.push(word(`项目${i}`, 50, 56, 93, top, `1.1.${i}`), word(f, 400 - 12 * f.length, 12 * f.length, 92, top, `1.1.${i}`));
    });
    const lines: NLine[] = [];
    appendOcrPage(lines, { page: 1, width: 500, height: 400, dpi: DPI, words, segments: [] });
    expect(lines.map((l) => l.cells[1].confidence)).toEqual([92, DOUBTED, 92, 92, 92]);
  });

  it('caps the confidence of a figure whose repair was a guess', () => {
    const lines: NLine[] = [];
    appendOcrPage(lines, { page: 1, width: 500, height: 300, dpi: DPI, words: [word('合计', 50, 56), word('1O6.35', 300, 80, 96)], segments: [] });
    expect(lines[0].cells.map((c) => [c.text, c.confidence])).toEqual([
      ['合计', 95],
      ['106.35', DOUBTED],
    ]);
  });
});

describe('cells of an unruled row', () => {
  it('splits a label from an amount at a smaller gap than two words, keeps a year and a unit in prose', () => {
    const lines: NLine[] = [];
    // 合计 ends at 100, the amount starts 26 px (about one line height) later
    appendOcrPage(lines, { page: 1, width: 500, height: 300, dpi: DPI, words: [word('合计', 44, 56), word('2,899.25', 126, 90)], segments: [] });
    expect(lines[0].cells.map((c) => c.text)).toEqual(['合计', '2,899.25']);
    const prose: NLine[] = [];
    // a year spaced from 年 by a line height, an amount printed with a narrow space on each side
    appendOcrPage(prose, { page: 1, width: 500, height: 300, dpi: DPI, words: [word('2026', 44, 50), word('年预算', 120, 84), word('80.11', 212, 60), word('万元', 282, 56)], segments: [] });
    expect(prose[0].cells.map((c) => c.text)).toEqual(['2026年预算80.11万元']);
  });

  it('does not let a quote read into the gap between two header cells join them', () => {
    const lines: NLine[] = [];
    // 公务接待费 starts 45 px after 费 (1.6 line heights), but its first 17 px are a hallucinated ”
    appendOcrPage(lines, { page: 1, width: 600, height: 300, dpi: DPI, words: [word('出国费', 40, 84), word('”公务', 169, 99), word('接待费', 270, 84)], segments: [] });
    expect(lines[0].cells.map((c) => c.text)).toEqual(['出国费', '公务接待费']);
  });
});

describe('ruling-line debris', () => {
  const rule = { x: 200, y0: 0, y1: 400 };

  it('cuts a word stretched over a rule back to it and drops the mark read there', () => {
    const w = word('“一般', 196, 60);
    expect(clipToRules(w, [rule])).toMatchObject({ text: '一般', left: 201, width: 55 });
    expect(clipToRules(word('02”', 160, 44), [rule])).toMatchObject({ text: '02', left: 160, width: 39 });
    expect(clipToRules(word('”', 196, 8), [rule])).toBeUndefined();
    // a word crossing the rule by more than half its height overflows its cell: left alone
    expect(clipToRules(word('一般行政', 150, 120), [rule])).toMatchObject({ text: '一般行政', left: 150, width: 120 });
  });

  it('splits cells at a `|` tesseract read for a rule the image search missed', () => {
    const lines: NLine[] = [];
    const words = [word('本年收入合计|', 50, 130), word('3,394.52', 190, 70), word('|本年支出合计|', 265, 140), word('3,394.52', 410, 70)];
    appendOcrPage(lines, { page: 1, width: 600, height: 300, dpi: DPI, words, segments: [] });
    expect(lines[0].cells.map((c) => c.text)).toEqual(['本年收入合计', '3,394.52', '本年支出合计', '3,394.52']);
  });

  it('whitens faint marks (dust, a rule’s fringe) and keeps printed strokes with their fringe', () => {
    const img: GrayImage = { width: 40, height: 20, data: new Uint8Array(800).fill(255) };
    const set = (x: number, y: number, v: number) => (img.data[y * 40 + x] = v);
    // a faint speck and a faint line remnant
    set(3, 3, 190);
    set(4, 3, 170);
    for (let y = 0; y < 20; y++) set(20, y, 210);
    // a decimal point: a dark core with a grey fringe
    set(30, 10, 40);
    set(31, 10, 180);
    dropFaint(img);
    expect([img.data[3 * 40 + 3], img.data[3 * 40 + 4], img.data[5 * 40 + 20]]).toEqual([255, 255, 255]);
    expect([img.data[10 * 40 + 30], img.data[10 * 40 + 31]]).toEqual([40, 180]);
  });
});
