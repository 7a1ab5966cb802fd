// The red box's geometry in the web UI: evidence lines followed over wrapped sentences, union
// and scaling of boxes.
import { describe, expect, it } from 'vitest';
import { evidenceLines, highlightBox, scaleBox, unionBoxes } from '../../web/src/lib/boxes.js';
import type { Line } from '../../web/src/lib/types.js';

const box = (y: number, x1 = 500) => ({ x0: 58, y0: y, x1, y1: y + 12 });
const lines: Line[] = [
  { lineNo: 10, page: 6, text: '3. 组织事务经费增加。', box: box(300) },
  { lineNo: 11, page: 6, text: '4. “一般公共服务支出（类）宣传事务”110.60万元，主要用于宣传事务。2023', box: box(320) },
  { lineNo: 12, page: 6, text: '年当年预算执行数为114.00万元，比2023年预算执行数减少2.98%。主要原因是：宣传事务一般', box: box(335) },
  { lineNo: 13, page: 6, text: '务经费增加。', box: box(350, 130) },
  { lineNo: 14, page: 6, text: '5. “一般公共服务支出（类）统战事务”11.91万元', box: box(370) },
  { lineNo: 15, page: 7, text: '务经费增加。', box: box(40) },
];
const quote = '2023年当年预算执行数为114.00万元，比2023年预算执行数减少2.98%。 主要原因：宣传事务一般务经费增加。';

describe('evidenceLines', () => {
  it('follows a quote wrapped over the next lines of the page and stops at the next item', () => {
    const got = evidenceLines([{ line: 11, page: 6, text: quote }], lines).map((l) => l.lineNo);
    expect(got).toEqual([11, 12, 13]);
  });
  it('takes the line alone when the next line is not part of the quote', () => {
    expect(evidenceLines([{ line: 14, page: 6, text: '统战事务 11.91万元' }], lines).map((l) => l.lineNo)).toEqual([14]);
  });
  it('never crosses a page and ignores evidence without a line', () => {
    expect(evidenceLines([{ line: 13, page: 6, text: '务经费增加。 务经费增加。' }], lines).map((l) => l.lineNo)).toEqual([13]);
    expect(evidenceLines([{ page: 6, text: quote }], lines)).toEqual([]);
  });
});

describe('highlightBox', () => {
  it('is the union of the evidence box and the lines the quote goes on to', () => {
    const b = highlightBox([{ line: 11, page: 6, text: quote, box: box(320, 480) }], lines, 6);
    expect(b).toEqual({ x0: 58, y0: 320, x1: 500, y1: 362 });
  });
  it('is the evidence box itself without lines, and nothing on another page', () => {
    expect(highlightBox([{ page: 6, text: 'x', box: box(320) }], [], 6)).toEqual(box(320));
    expect(highlightBox([{ page: 6, text: 'x', box: box(320) }], [], 7)).toBeUndefined();
  });
});

describe('unionBoxes and scaleBox', () => {
  it('unites and scales', () => {
    const u = unionBoxes([box(10, 100), { x0: 20, y0: 5, x1: 60, y1: 8 }]);
    expect(u).toEqual({ x0: 20, y0: 5, x1: 100, y1: 22 });
    expect(scaleBox(u!, 2, 1)).toEqual({ left: 39, top: 9, width: 162, height: 36 });
  });
});
