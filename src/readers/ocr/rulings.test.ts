import { describe, expect, it } from 'vitest';
import { frameFor } from '../pdf/geometry.js';
import { Rules } from '../pdf/rules.js';
import type { NLine } from '../types.js';
import { appendOcrPage } from './page.js';
import { parsePgm, writePgm, type GrayImage } from './pgm.js';
import { findRulings } from './rulings.js';
import type { OcrWord } from './tesseract.js';

const DPI = 144; // 2 px per point
const blank = (w: number, h: number): GrayImage => ({ width: w, height: h, data: new Uint8Array(w * h).fill(255) });
function rect(img: GrayImage, x0: number, y0: number, x1: number, y1: number, v = 0): void {
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) img.data[y * img.width + x] = v;
}

/** A 3 × 3 grid (columns at 100, 400, 600, 800 px; rows at 100, 160, 220, 280 px), 2 px lines, and glyph-like blobs. */
function gridImage(): GrayImage {
  const img = blank(1000, 600);
  for (const y of [100, 160, 220, 280]) rect(img, 100, y, 802, y + 2);
  for (const x of [100, 400, 600, 800]) rect(img, x, 100, x + 2, 282);
  // glyphs: short strokes (a CJK character is ~ 20 px here) must not count as rules
  for (let i = 0; i < 10; i++) {
    rect(img, 120 + i * 24, 120, 140 + i * 24, 122);
    rect(img, 130 + i * 24, 112, 132 + i * 24, 140);
  }
  return img;
}

describe('findRulings', () => {
  it('finds the long dark runs of a table grid in points, not the strokes of characters', () => {
    const img = parsePgm(writePgm(gridImage()));
    const rules = Rules.fromSegments(findRulings(img, DPI), frameFor(0, 500, 300));
    // a 2 px line at pixel 100 is centred at 101 px = 50.5 pt
    expect(rules.h.map((r) => r.y)).toEqual([50.5, 80.5, 110.5, 140.5]);
    expect(rules.v.map((r) => r.x)).toEqual([50.5, 200.5, 300.5, 400.5]);
    expect(rules.h[0].x0).toBe(50);
    expect(rules.h[0].x1).toBe(401);
    expect(rules.v.every((r) => r.y0 === 50 && r.y1 === 141)).toBe(true);
  });

  it('still sees a rule drawn slightly askew (a scan fed at an angle)', () => {
    const img = blank(1000, 200);
    // 0.4°: the line climbs 5 px over 700 px
    for (let x = 100; x < 800; x++) {
      const y = 100 - Math.round(((x - 100) * 5) / 700);
      rect(img, x, y, x + 1, y + 2);
    }
    const rules = Rules.fromSegments(findRulings(img, DPI), frameFor(0, 500, 100));
    expect(rules.h.length).toBeGreaterThan(0);
    const longest = Math.max(...rules.h.map((r) => r.x1 - r.x0));
    expect(longest).toBeGreaterThan(100); // points: most of the 350 pt line in one piece
  });
});

describe('OCR words into cells', () => {
  const w = (text: string, left: number, top: number, width: number, conf = 95, line = '1.1.1'): OcrWord => ({ text, left, top, width, height: 28, conf, line });
  // one table row: 合计 in column 1, 1,016.35 (split by OCR) and 98.20 in columns 2 and 3, close to the rule between them
  const words = [w('合', 110, 126, 26), w('计', 140, 126, 26), w('1,', 520, 126, 20), w('016.', 542, 126, 30), w('35', 574, 126, 16), w('98.20', 606, 126, 60, 41)];

  it('splits a line at the vertical rules, joins a split figure, and keeps the lowest figure confidence per cell', () => {
    const lines: NLine[] = [];
    appendOcrPage(lines, { page: 1, width: 500, height: 300, dpi: DPI, words, segments: findRulings(gridImage(), DPI) });
    expect(lines).toHaveLength(1);
    expect(lines[0].cells.map((c) => c.text)).toEqual(['合计', '1,016.35', '98.20']);
    expect(lines[0].cells.map((c) => c.confidence)).toEqual([95, 95, 41]);
    // boxes in points (pixels × 72 / dpi); a cell inside a ruled grid cell spans it (rules at 400
    // and 600 px: 200.5 and 300.5 pt), so a header and a figure of one column line up
    expect(lines[0].cells[1].box).toMatchObject({ x0: 201.5, x1: 299.5 });
    expect(lines[0].cells[1]).toMatchObject({ x0: 201.5, x1: 299.5 });
  });

  it('without rules, splits only at wide gaps', () => {
    const lines: NLine[] = [];
    appendOcrPage(lines, { page: 1, width: 500, height: 300, dpi: DPI, words, segments: [] });
    // 合计 → 1,016.35 is far apart; 1,016.35 → 98.20 only 16 px (about half a line height): one cell
    expect(lines[0].cells.map((c) => c.text)).toEqual(['合计', '1,016.35 98.20']);
  });
});

describe('deskew', () => {
  it('measures a page turned by a fraction of a degree and straightens it', async () => {
    const { measureSkew, rotate, deskew } = await import('./deskew.js');
    const img = blank(800, 400);
    // three "text lines" of blobs and a rule, all climbing 0.5° to the right
    const t = Math.tan((0.5 * Math.PI) / 180);
    for (const base of [100, 200, 300]) for (let x = 50; x < 750; x += 12) rect(img, x, Math.round(base - x * t), x + 8, Math.round(base - x * t) + 10);
    const skew = measureSkew(img);
    expect(Math.abs(Math.abs(skew) - 0.5)).toBeLessThan(0.06);
    expect(Math.abs(measureSkew(rotate(img, skew)))).toBeLessThan(0.06);
    expect(deskew(blank(200, 200)).degrees).toBe(0);
  });
});
