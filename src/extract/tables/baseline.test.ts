import { describe, expect, it } from 'vitest';
import type { NLine } from '../../readers/types.js';
import { joinBaselineFragments } from './baseline.js';

/** A PDF-like line: cells as [text, x0, x1], at a y position. */
function line(index: number, y: number, ...cells: [string, number, number][]): NLine {
  let at = 0;
  const cs = cells.map(([text, x0, x1]) => {
    const c = { text, start: at, end: at + text.length, x0, x1 };
    at += text.length + 1;
    return c;
  });
  return { index, lineNo: index + 1, page: 1, text: cells.map((c) => c[0]).join('\t'), cells: cs, box: { x0: cells[0][1], y0: y, x1: cells[cells.length - 1][2], y1: y + 8 } };
}
const texts = (ls: NLine[]) => ls.map((l) => l.cells.map((c) => c.text));

describe('figures wrapped in narrow PDF columns', () => {
  it('puts the last digits printed under a figure back at its end', () => {
    const ls = joinBaselineFragments([
      line(0, 100, ['合计', 165, 193], ['174,900.6', 290, 337], ['101,833.8', 341, 388], ['717.0', 737, 765]),
      line(1, 109, ['4 4', 332, 393], ['1', 760, 770]),
      line(2, 120, ['201130', 92, 124], ['行政运行', 148, 185], ['6,231.5', 300, 337]),
      line(3, 129, ['1', 120, 129], ['4', 332, 341]),
    ]);
    expect(texts(ls)).toEqual([
      ['合计', '174,900.64', '101,833.84', '717.01'],
      ['2011301', '行政运行', '6,231.54'],
    ]);
  });
  it('joins a row whose wrapped cells stand above and below its own line', () => {
    const ls = joinBaselineFragments([
      line(0, 100, ['某单位（本', 45, 128], ['143,999.0', 285, 318]),
      line(1, 105, ['313001', 11, 34], ['984,760.87', 144, 181]),
      line(2, 110, ['级）', 45, 60], ['0', 315, 318]),
    ]);
    expect(texts(ls)).toEqual([['313001', '某单位（本级）', '984,760.87', '143,999.00']]);
  });
  it('leaves lines of small figures that match no figure above alone', () => {
    const input = [line(0, 100, ['合计', 10, 30], ['5.00', 100, 120]), line(1, 109, ['1', 200, 205], ['2', 300, 305])];
    expect(texts(joinBaselineFragments(input))).toEqual([
      ['合计', '5.00'],
      ['1', '2'],
    ]);
  });
});
