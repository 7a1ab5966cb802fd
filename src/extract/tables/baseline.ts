/**
 * Digits printed on a baseline of their own: some PDF tables set the last digit(s) of each figure
 * (`174,900.6` / `4`) and of each code (`201130` / `1`) a little lower, so the reader returns them as
 * a line of bare digit fragments under the figures. Each fragment is put back at the end of the
 * figure it stands under, lest the figure read truncated and the fragments read as a row.
 */
import type { NCell, NLine } from '../../readers/types.js';

const FRAGMENTS = /^\d{1,2}(?: \d{1,2})*$/;
const ENDS_IN_DIGIT = /\d$/;

/** Pieces of a line's cells that end in a digit (figures, codes), with an estimate of their right edge. */
interface Piece {
  cell: number;
  /** Index of the piece among the cell's space-separated parts. */
  part: number;
  text: string;
  x1: number;
}

function pieces(line: NLine): Piece[] {
  const out: Piece[] = [];
  line.cells.forEach((c, ci) => {
    const parts = c.text.split(' ');
    const w = (c.x1 - c.x0) / Math.max(1, c.text.length);
    let at = 0;
    parts.forEach((p, k) => {
      if (p && ENDS_IN_DIGIT.test(p)) out.push({ cell: ci, part: k, text: p, x1: c.x0 + (at + p.length) * w });
      at += p.length + 1;
    });
  });
  return out;
}

/** A digit-fragment cell (`4`, `4 4 3`). */
const isFragmentCell = (c: NCell) => FRAGMENTS.test(c.text);

/**
 * Is `frag` a line of digit fragments (plus, perhaps, the wrapped tail of a name: no digits) close
 * below `above`, on the same page?
 */
function isFragmentLine(frag: NLine, above: NLine, maxLines: number): boolean {
  if (frag.page !== above.page || frag.index <= above.index || frag.index - above.index > maxLines) return false;
  if (!frag.cells.some(isFragmentCell) || !frag.cells.every((c) => isFragmentCell(c) || !/\d/.test(c.text))) return false;
  if (frag.box && above.box) {
    const h = Math.max(1, above.box.y1 - above.box.y0);
    if (Math.abs(frag.box.y0 - above.box.y0) > 1.25 * maxLines * h) return false;
  }
  return true;
}

/**
 * For each fragment cell, the pieces of the line above whose right edge falls within it: as many as
 * it holds fragments, else no match (the fragment line is then left alone).
 */
function matchFragments(frag: NLine, prev: NLine): { piece: Piece; digits: string }[] | undefined {
  const ps = pieces(prev);
  const out: { piece: Piece; digits: string }[] = [];
  for (const c of frag.cells) {
    if (!isFragmentCell(c)) continue;
    const ds = c.text.split(' ');
    const tol = Math.max(3, (c.x1 - c.x0) / Math.max(1, c.text.length));
    const hits = ps.filter((p) => p.x1 >= c.x0 - tol && p.x1 <= c.x1 + tol);
    if (hits.length !== ds.length) return undefined;
    hits.forEach((p, i) => out.push({ piece: p, digits: ds[i] }));
  }
  return out;
}

const overlaps = (a: NCell, b: NCell) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0;

function withCells(line: NLine, cells: NCell[], others: NLine[] = []): NLine {
  const out = Object.assign({}, line, { cells, text: cells.map((c) => c.text).join('\t') });
  for (const o of others)
    if (o.box && out.box) out.box = { x0: Math.min(out.box.x0, o.box.x0), y0: Math.min(out.box.y0, o.box.y0), x1: Math.max(out.box.x1, o.box.x1), y1: Math.max(out.box.y1, o.box.y1) };
  return out;
}

/** The fragments appended to the pieces they complete. */
function completed(line: NLine, m: { piece: Piece; digits: string }[]): NCell[] {
  const texts = line.cells.map((c) => c.text.split(' '));
  for (const { piece, digits } of m) texts[piece.cell][piece.part] += digits;
  return line.cells.map((c, ci) => (texts[ci].join(' ') === c.text ? c : Object.assign({}, c, { text: texts[ci].join(' ') })));
}

/** Text cells of a fragment line (a wrapped name's tail) appended to the cell above them, else kept. */
function addTextCells(cells: NCell[], frag: NLine): NCell[] {
  const out = [...cells];
  for (const c of frag.cells) {
    if (isFragmentCell(c)) continue;
    const k = out.findIndex((o) => overlaps(o, c) && !/\d$/.test(o.text));
    if (k >= 0) out[k] = Object.assign({}, out[k], { text: out[k].text + c.text, x1: Math.max(out[k].x1, c.x1) });
    else out.push(c);
  }
  return out.sort((a, b) => a.x0 - b.x0);
}

/**
 * Lines of a table with wrapped figures joined (PDF tables only; other lines are returned as they
 * are). A figure too wide for its column wraps its last digit(s) onto a second line: the fragments
 * are put back at the end of the figure above them. When the figure's first line stands above the
 * row's own line (cells of one line centred between the two lines of the wrapped cells), the three
 * lines are one row and are joined into one line.
 */
export function joinBaselineFragments(lines: NLine[]): NLine[] {
  const out: NLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const prev = out[out.length - 1];
    if (prev && isFragmentLine(l, prev, 1)) {
      const m = matchFragments(l, prev);
      if (m) {
        out[out.length - 1] = withCells(prev, addTextCells(completed(prev, m), l), [l]);
        continue;
      }
    }
    const above = out[out.length - 2];
    if (prev && above && isFragmentLine(l, above, 2)) {
      const m = matchFragments(l, above);
      const aboveCells = completed(above, m ?? []);
      // the row's line and the first lines of its wrapped cells must not share a figure column
      const figs = (cs: NCell[]) => cs.filter((c) => /\d$/.test(c.text));
      if (m && !figs(aboveCells).some((a) => figs(prev.cells).some((b) => overlaps(a, b)))) {
        const merged = addTextCells([...aboveCells, ...prev.cells].sort((a, b) => a.x0 - b.x0), l);
        out.splice(out.length - 2, 2, withCells(prev, merged, [above, l]));
        continue;
      }
    }
    out.push(l);
  }
  return out;
}
