/**
 * Evidence that a recognised figure may be wrong even when tesseract was sure of it. A cell so
 * doubted gets a confidence no higher than `DOUBTED` (below the rules' low-confidence threshold,
 * rules/low-confidence.ts), so that an error finding resting on it becomes a warning:
 *
 * - a repair guessed a character (readers/ocr/numbers.ts `guessed`): `182.1]` → `182.11`;
 * - the cell should be one figure and is not one (`1,70.49`, `工743.91`);
 * - the figure's decimals differ from those of its column on the page (`8460` among `84.60`,
 *   `000` for `0.00`): tesseract dropped or invented a decimal point.
 */
import { malformedFigure } from './numbers.js';

/** Highest confidence of a doubted cell. */
export const DOUBTED = 40;

export interface PlacedText {
  text: string;
  x0: number;
  x1: number;
}

const FIGURE = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;
/** A cell that is one amount (a figure with decimals or thousands groups, not a code nor a year). */
export const FIGURE_CELL = /^[-−]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)%?$/;

/** A column of figures needs this many members before its odd ones out are doubted. */
const MIN_COLUMN = 4;
/** Share of a column's figures that must agree on their decimals. */
const AGREE = 0.6;

/**
 * Cells of a page (lines of cells, each with its horizontal extent) doubted from the page alone:
 * malformed figures and figures whose decimals break their column's. Keys are `line:cell`.
 */
export function doubtedCells(lines: PlacedText[][]): Set<string> {
  const out = new Set<string>();
  const figures: { key: string; x0: number; x1: number; decimals: number }[] = [];
  lines.forEach((cells, li) =>
    cells.forEach((c, ci) => {
      const t = c.text.trim();
      if (cells.length > 1 && malformedFigure(t)) out.add(`${li}:${ci}`);
      const m = FIGURE.exec(t);
      if (m && cells.length > 1) figures.push({ key: `${li}:${ci}`, x0: c.x0, x1: c.x1, decimals: m[1]?.length ?? 0 });
    }),
  );
  for (const column of columns(figures)) {
    if (column.length < MIN_COLUMN) continue;
    const counts = new Map<number, number>();
    for (const f of column) counts.set(f.decimals, (counts.get(f.decimals) ?? 0) + 1);
    const [decimals, n] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    if (decimals === 0 || n < AGREE * column.length) continue;
    for (const f of column) if (f.decimals !== decimals) out.add(f.key);
  }
  return out;
}

/** Figures grouped into columns: those whose extents overlap (transitively). */
function columns<T extends { x0: number; x1: number }>(items: T[]): T[][] {
  const sorted = [...items].sort((a, b) => a.x0 - b.x0);
  const out: T[][] = [];
  let cur: T[] = [];
  let right = -Infinity;
  for (const it of sorted) {
    if (cur.length && it.x0 > right) {
      out.push(cur);
      cur = [];
      right = -Infinity;
    }
    cur.push(it);
    right = Math.max(right, it.x1);
  }
  if (cur.length) out.push(cur);
  return out;
}
