/**
 * A second, independent reading of a page's figures: every word that holds an amount (a figure
 * with a decimal point or thousands separators) is cut out of the page image, the cut-outs are
 * stacked into one strip, and the strip is read once more by tesseract with another model (`eng`)
 * restricted to digits and figure marks. Where the two readings disagree on the digits the figure
 * is doubted (its confidence capped, doubt.ts `DOUBTED`): tesseract can be sure of a slip
 * (`5.660717` read `5.060717` at 75, `59981.00` read `599981.00` at 81), two models rarely make
 * the same one. One extra tesseract call per page, on a small image.
 *
 * The cut-out is widened on both sides (prose word boxes are often shifted by a character), so
 * the second reading may hold a neighbour's marks too: it agrees when its digits contain the
 * first reading's digits. Points and separators are not compared (a point read as a comma is a
 * different slip, doubted by the column check in doubt.ts).
 */
import type { GrayImage } from './pgm.js';
import { writePgm } from './pgm.js';
import { DOUBTED } from './doubt.js';
import { recognizeDigits, type OcrWord } from './tesseract.js';

/** A word holding an amount: digits around a point or separator (`1,016.35`, `为26076604.39元`). */
const AMOUNT = /\d[.,，]\d/;
/** Cut-out widened by this share of the word's height on each side. */
const WIDEN = 0.5;
/** Rows of pixels taken above and below the word's box. */
const PAD = 1;
/** White space around each cut-out in the strip. */
const MARGIN = 12;
/** Cut-outs per strip at most (a page of figures has a few hundred). */
const MAX_WORDS = 600;

export interface Placed {
  word: OcrWord;
  /** Top of the cut-out in the strip. */
  y: number;
  height: number;
}

/** The words to read again. */
export function amountWords(words: readonly OcrWord[]): OcrWord[] {
  return words.filter((w) => AMOUNT.test(w.text) && w.height > 4 && w.width > 4).slice(0, MAX_WORDS);
}

/** The cut-outs of `words` stacked into one image, each on its own band. */
export function buildStrip(img: GrayImage, words: readonly OcrWord[]): { strip: GrayImage; placed: Placed[] } {
  const placed: Placed[] = [];
  const boxes = words.map((w) => {
    const e = Math.round(WIDEN * w.height);
    const x0 = Math.max(0, w.left - e);
    const x1 = Math.min(img.width, w.left + w.width + e);
    const y0 = Math.max(0, w.top - PAD);
    const y1 = Math.min(img.height, w.top + w.height + PAD);
    return { x0, x1, y0, y1 };
  });
  let height = 0;
  let width = 0;
  boxes.forEach((b, i) => {
    placed.push({ word: words[i], y: height + MARGIN, height: b.y1 - b.y0 });
    height += b.y1 - b.y0 + 2 * MARGIN;
    width = Math.max(width, b.x1 - b.x0 + 2 * MARGIN);
  });
  const data = new Uint8Array(width * height).fill(255);
  boxes.forEach((b, i) => {
    const top = placed[i].y;
    for (let y = b.y0; y < b.y1; y++) data.set(img.data.subarray(y * img.width + b.x0, y * img.width + b.x1), (top + y - b.y0) * width + MARGIN);
  });
  return { strip: { width, height, data }, placed };
}

/** Digits of a reading. */
const digits = (t: string) => t.replace(/\D/g, '');

/** The cut-outs whose second reading (words of the strip) does not contain the first reading's digits. */
export function disagreements(placed: readonly Placed[], second: readonly OcrWord[]): Set<OcrWord> {
  const out = new Set<OcrWord>();
  for (const p of placed) {
    const got = second
      .filter((w) => {
        const mid = w.top + w.height / 2;
        return mid >= p.y && mid <= p.y + p.height;
      })
      .sort((a, b) => a.left - b.left)
      .map((w) => w.text)
      .join('');
    if (!digits(got).includes(digits(p.word.text))) out.add(p.word);
  }
  return out;
}

/**
 * The page's words with the amounts the second reading disagrees with capped at `DOUBTED`, and how
 * many amounts could not be read again (all of them when the second reading cannot be made: no
 * `eng` model, a failure; the page's OCR warning then says so).
 */
export async function doubtByRereading(img: GrayImage, words: OcrWord[], dpi: number, timeoutMs: number): Promise<{ words: OcrWord[]; unverified: number }> {
  const amounts = amountWords(words);
  if (!amounts.length) return { words, unverified: 0 };
  const { strip, placed } = buildStrip(img, amounts);
  let second: OcrWord[];
  try {
    second = await recognizeDigits(writePgm(strip), dpi, timeoutMs);
  } catch {
    return { words, unverified: amounts.length };
  }
  const doubted = disagreements(placed, second);
  return { words: doubted.size ? words.map((w) => (doubted.has(w) ? { ...w, conf: Math.min(w.conf, DOUBTED) } : w)) : words, unverified: 0 };
}
