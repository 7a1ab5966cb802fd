/**
 * Doubt from where a figure was placed, not from how it was read: OCR'd table rows whose figures may
 * stand in the wrong column or the wrong row although every digit is right. Such a figure gets the
 * doubted confidence (doubt.ts `DOUBTED`), so a finding resting on it is a warning, never an error.
 * The signals are reading evidence only (cell counts and positions), never whether a relation holds:
 *
 * - a small unruled table (at most `SMALL_TABLE` rows of figures, e.g. the 三公 table) whose figure
 *   row has another number of cells than its header line, or two figures nearest to one header cell:
 *   without rules, nothing but the header's cells places the figures in columns, and the counts say
 *   some heading, sub-heading or blank was lost or glued;
 * - a line starting with a figure (no row name) right after a row name (alone or with figures): one
 *   row split over two lines, so which row each figure belongs to is a guess (chains down a run of
 *   such lines); likewise a classification code alone on its line with its name on the next.
 */
import { FIGURE_CELL } from './doubt.js';
import { malformedFigure } from './numbers.js';

export interface LayoutLine {
  cells: { text: string; x0: number; x1: number }[];
  /** The line crosses vertical ruling lines (its cells are grid cells). */
  ruled: boolean;
}

/** An unruled table with at most this many rows of figures places its figures by its header only. */
export const SMALL_TABLE = 3;
/** A one-cell line wider than this share of the page is prose: a table's header is not above it. */
const PROSE_SHARE = 0.45;
/** How far up (lines) a figure row looks for its header. */
const HEADER_REACH = 6;

const isFigure = (t: string) => FIGURE_CELL.test(t.trim());
const figureCount = (l: LayoutLine) => l.cells.filter((c) => isFigure(c.text)).length;
const isProse = (l: LayoutLine, pageWidth: number) => l.cells.length === 1 && l.cells[0].x1 - l.cells[0].x0 > PROSE_SHARE * pageWidth && !isFigure(l.cells[0].text);

/** Keys (`line:cell`) of cells whose figures' column or row is uncertain from the page's layout. */
export function misplacedFigures(lines: LayoutLine[], pageWidth: number): Set<string> {
  const out = new Set<string>();
  const doubtFigures = (li: number) => lines[li].cells.forEach((c, ci) => isFigure(c.text) && out.add(`${li}:${ci}`));
  lines.forEach((l, li) => {
    if (l.ruled || l.cells.length < 2 || !figureCount(l)) return;
    const header = headerAbove(lines, li, pageWidth);
    if (header === undefined) return;
    if (lines[header].cells.length === l.cells.length && !sharedHeading(lines[header], l)) return;
    if (figureRowsAround(lines, header, pageWidth) <= SMALL_TABLE) doubtFigures(li);
  });
  // a row split over two lines: a row name (then figures only), then a line of figures only
  let chained = false;
  lines.forEach((l, li) => {
    if (!l.cells.length || !isFigure(l.cells[0].text) || li === 0) {
      chained = false;
      return;
    }
    const prev = lines[li - 1];
    const rowName = prev.cells.length > 0 && !isFigure(prev.cells[0].text) && prev.cells.slice(1).every((c) => isFigure(c.text) || malformedFigure(c.text)) && !isProse(prev, pageWidth);
    if (rowName || chained) {
      // the row name too: extraction may join the two lines and cite the name's line for the figures
      lines[li - 1].cells.forEach((_, ci) => out.add(`${li - 1}:${ci}`));
      doubtFigures(li);
      chained = true;
    }
  });
  // a classification code alone on its line, its name (and figures) on the next: a row split in two
  lines.forEach((l, li) => {
    const prev = lines[li - 1];
    if (!prev || prev.cells.length !== 1 || !CODE.test(prev.cells[0].text.trim()) || !l.cells.length || isFigure(l.cells[0].text) || CODE.test(l.cells[0].text.trim())) return;
    out.add(`${li - 1}:0`);
    doubtFigures(li);
  });
  return out;
}

/** Two figures of the row nearest to one header cell (a sub-heading line lost: 预算数 / 决算数). */
function sharedHeading(header: LayoutLine, row: LayoutLine): boolean {
  const nearest = (c: { x0: number; x1: number }) => {
    let best = -1;
    let gap = Infinity;
    header.cells.forEach((h, i) => {
      const d = Math.max(0, h.x0 - c.x1, c.x0 - h.x1);
      if (d < gap) [best, gap] = [i, d];
    });
    return best;
  };
  const seen = new Set<number>();
  for (const c of row.cells) {
    if (!isFigure(c.text)) continue;
    const h = nearest(c);
    if (seen.has(h)) return true;
    seen.add(h);
  }
  return false;
}

/** A classification code (类 to 项, 3 to 7 digits). */
const CODE = /^\d{3,7}$/;

/** The nearest line above `li` with two or more cells and no figure: the row's header (or none). */
function headerAbove(lines: LayoutLine[], li: number, pageWidth: number): number | undefined {
  for (let k = li - 1; k >= 0 && k >= li - HEADER_REACH; k--) {
    const l = lines[k];
    if (isProse(l, pageWidth)) return undefined;
    if (l.cells.length >= 2 && !figureCount(l)) return l.ruled ? undefined : k;
  }
  return undefined;
}

/** Lines with figures below a header, up to the next prose or header line. */
function figureRowsAround(lines: LayoutLine[], header: number, pageWidth: number): number {
  let n = 0;
  for (let k = header + 1; k < lines.length; k++) {
    const l = lines[k];
    if (isProse(l, pageWidth) || (l.cells.length >= 2 && !figureCount(l))) break;
    if (figureCount(l)) n++;
  }
  return n;
}
