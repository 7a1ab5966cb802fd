/**
 * The second reading of a page's amounts (reread.ts): cut-outs stacked in a strip, read again with
 * another model; a figure the two readings disagree on is doubted. The integration test reads a
 * generated, scanned table and plants a slip in tesseract's first answer (one digit changed).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSample } from '../../sample/generate.js';
import { textToScan } from '../../sample/scan-generated.js';
import { DOUBTED } from './doubt.js';
import { writePgm } from './pgm.js';
import { preparePage } from './prepare.js';
import { amountWords, buildStrip, disagreements, doubtByRereading } from './reread.js';
import { recognize, type OcrWord } from './tesseract.js';

const word = (text: string, left: number, top: number, conf = 90): OcrWord => ({ text, left, top, width: 20 * text.length, height: 30, conf, line: '1.1.1' });

describe('second reading of amounts', () => {
  it('reads again only words holding an amount', () => {
    const ws = [word('合计', 0, 0), word('2026', 100, 0), word('1,016.35', 200, 0), word('为36076604.39元', 0, 50), word('201', 0, 100), word('88.44%。', 300, 50)];
    expect(amountWords(ws).map((w) => w.text)).toEqual(['1,016.35', '为36076604.39元', '88.44%。']);
  });

  it('says how many amounts it could not check when the second reading cannot be made', async () => {
    const img = { width: 400, height: 200, data: new Uint8Array(400 * 200).fill(255) };
    const ws = [word('合计', 0, 20), word('1,016.35', 200, 20), word('59981.00', 50, 120)];
    const path = process.env.PATH;
    const cache = process.env.BUDGETLENS_OCR_CACHE;
    process.env.PATH = ''; // no tesseract to be found
    delete process.env.BUDGETLENS_OCR_CACHE;
    try {
      const r = await doubtByRereading(img, ws, 300, 10_000);
      expect(r.unverified).toBe(2);
      expect(r.words).toBe(ws); // confidences as read
    } finally {
      process.env.PATH = path;
      if (cache !== undefined) process.env.BUDGETLENS_OCR_CACHE = cache;
    }
  });

  it('stacks the cut-outs one per band, widened on both sides', () => {
    const img = { width: 400, height: 200, data: new Uint8Array(400 * 200).fill(255) };
    const ws = [word('5.660717', 100, 20), word('59981.00', 50, 120)];
    const { strip, placed } = buildStrip(img, ws);
    expect(placed.map((p) => p.word.text)).toEqual(['5.660717', '59981.00']);
    expect(placed[1].y).toBeGreaterThan(placed[0].y + placed[0].height);
    expect(strip.width).toBeGreaterThanOrEqual(ws[0].width + 30); // half a line height on each side
    expect(strip.height).toBeGreaterThan(placed[1].y + placed[1].height);
  });

  it('agrees when the second reading holds the first reading’s digits (marks and neighbours aside)', () => {
    const placed = [
      { word: word('5.060717', 0, 0), y: 10, height: 30 },
      { word: word('59981.00', 0, 0), y: 60, height: 30 },
      { word: word('2,677,690.66', 0, 0), y: 110, height: 30 },
    ];
    const second = [word('5.660717', 12, 12), word('759981.007,', 12, 62), word('2,677,690,66', 12, 112)];
    expect([...disagreements(placed, second)].map((w) => w.text)).toEqual(['5.060717']);
    // nothing read in a band: the reading is not confirmed
    expect([...disagreements(placed, second.slice(1))].map((w) => w.text)).toEqual(['5.060717']);
  });
});

describe('second reading on a scanned table', () => {
  const work = mkdtempSync(join(tmpdir(), 'budgetlens-reread-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('doubts a planted one-digit slip and keeps the figures read right', async () => {
    const { text } = generateSample({ kind: 'final', seed: 4 });
    const lines = text.split('\n');
    const first = lines.findIndex((l) => l.includes('\t'));
    let end = first;
    while (end < lines.length && lines[end].includes('\t')) end++;
    const file = join(work, 'table.pdf');
    await textToScan([lines[0], ...lines.slice(first - 2, end)].join('\n'), file, { dpi: 200, noise: 0.001, skew: 0.3, seed: 5, ruled: true });
    const dpi = 300;
    const { clean } = await preparePage(file, 1, dpi, 60_000);
    const words = await recognize(writePgm(clean), dpi, 120_000);
    const amounts = amountWords(words);
    expect(amounts.length).toBeGreaterThanOrEqual(6);
    // the slip: one digit of the first amount changed in the first reading, its confidence high
    const target = amounts[0];
    const slipped = target.text.replace(/\d/, (d) => String((Number(d) + 5) % 10));
    const planted = words.map((w) => (w === target ? { ...w, text: slipped, conf: 90 } : w));
    const { words: out, unverified } = await doubtByRereading(clean, planted, dpi, 120_000);
    expect(unverified).toBe(0);
    const byText = (t: string) => out.filter((w) => w.text === t);
    expect(byText(slipped).every((w) => w.conf <= DOUBTED)).toBe(true);
    // the other amounts, read right, keep their confidence (at most one false doubt)
    expect(out.filter((w, i) => words[i] !== target && w.conf < words[i].conf).length).toBeLessThanOrEqual(1);
  }, 120_000);
});
