/**
 * Layout on synthetic runs and rules: gaps, ruling lines, ruled cells and rows, writing
 * directions, cell text normalisation.
 */
import { describe, expect, it } from 'vitest';
import { normalizeCellText } from './assemble.js';
import { applyX, applyY, boxToPage, frameFor, multiply, quarterOf, type Quarter } from './geometry.js';
import { scanGraphics, type OpCodes } from './graphics.js';
import { layoutPage, looksTabular } from './layout.js';
import { Rules, type HRule, type VRule } from './rules.js';
import type { Run } from './runs.js';
import { toRunGroups } from './runs.js';

/** A run of `str` starting at x on baseline `base`, 12 pt, CJK characters 1 em wide, others half. */
function run(str: string, x: number, base: number, size = 12): Run {
  let w = 0;
  for (const ch of str) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? size : size / 2;
  return { str, x0: x, x1: x + w, base, top: base - 0.86 * size, bottom: base + 0.14 * size, size };
}

const texts = (runs: Run[], rules = Rules.empty()) => layoutPage(runs, rules, 842).map((l) => l.cells.map((c) => c.text));

describe('cells from gaps (no ruling lines)', () => {
  it('a gap wider than about a character separates cells; adjacent runs join', () => {
    expect(texts([run('财政', 100, 100), run('拨款收入', 124, 100), run('预算数', 300, 100)])).toEqual([['财政拨款收入', '预算数']]);
  });

  it('a small gap between words is a space, not a new cell', () => {
    expect(texts([run('Total', 100, 100), run('amount', 133, 100)])).toEqual([['Total amount']]);
  });

  it('lines are ordered top to bottom and runs left to right, whatever the input order', () => {
    expect(texts([run('第二行', 100, 130), run('B', 300, 100), run('A', 100, 100)])).toEqual([['A', 'B'], ['第二行']]);
  });

  it('runs whose baselines differ by less than a third of the font size are one line', () => {
    expect(texts([run('项目', 100, 100), run('金额', 300, 103)])).toEqual([['项目', '金额']]);
    expect(texts([run('项目', 100, 100), run('金额', 300, 106)])).toEqual([['项目'], ['金额']]);
  });
});

describe('cells from ruling lines', () => {
  const v = (x: number, y0 = 50, y1 = 200): VRule => ({ x, y0, y1 });
  const h = (y: number, x0 = 50, x1 = 700): HRule => ({ y, x0, x1 });

  it('a vertical rule between two runs separates them even when they nearly touch', () => {
    // an amount right-aligned in one column and a name left-aligned in the next, 4 pt apart
    const runs = [run('91,016,775.35', 334.5, 100), run('一、一般公共服务支出', 416.5, 100)];
    expect(texts(runs)).toEqual([['91,016,775.35一、一般公共服务支出']]);
    expect(texts(runs, new Rules([v(60), v(414.1), v(640)], []))).toEqual([['91,016,775.35', '一、一般公共服务支出']]);
  });

  it('runs between the same two rules of a ruled table are one cell despite a gap', () => {
    const runs = [run('项', 110, 100), run('目', 170, 100), run('预算数', 260, 100)];
    expect(texts(runs)).toEqual([['项', '目', '预算数']]);
    expect(texts(runs, new Rules([v(100), v(250), v(400)], []))).toEqual([['项目', '预算数']]);
  });

  it('a rule running through text (overflowing its cell) does not split it', () => {
    const runs = [run('一般公共预算财政拨款支出决算表', 100, 100)];
    expect(texts(runs, new Rules([v(150), v(500)], []))).toEqual([['一般公共预算财政拨款支出决算表']]);
  });

  it('a ruled row: a wrapped name and amounts printed off its baseline make one line', () => {
    const rules = new Rules(
      [v(60), v(100), v(300), v(400), v(500)],
      [h(80), h(120)],
    );
    const runs = [
      run('208', 65, 104), // code, vertically centred
      run('机关事业单位基本养老保险缴', 110, 97), // name, first line
      run('费支出', 110, 111), // name, wrapped
      run('160.75', 360, 104),
      run('80.38', 470, 99),
    ];
    expect(texts(runs, rules)).toEqual([['208', '机关事业单位基本养老保险缴费支出', '160.75', '80.38']]);
  });

  it('rows separated by a rule stay separate lines', () => {
    const rules = new Rules([v(60), v(300), v(400)], [h(80), h(100), h(120)]);
    const runs = [run('行政运行', 70, 95), run('1.00', 350, 95), run('事业运行', 70, 115), run('2.00', 350, 115)];
    expect(texts(runs, rules)).toEqual([
      ['行政运行', '1.00'],
      ['事业运行', '2.00'],
    ]);
  });

  it('a "cell" that stacks numbers is really unruled rows: lines are kept apart', () => {
    const rules = new Rules([v(60), v(300), v(400)], [h(80), h(140)]);
    const runs = [run('行政运行', 70, 95), run('1.00', 350, 95), run('事业运行', 70, 115), run('2.00', 350, 115)];
    expect(texts(runs, rules)).toEqual([
      ['行政运行', '1.00'],
      ['事业运行', '2.00'],
    ]);
  });

  it('a frame around a whole text block is not a table cell', () => {
    const rules = new Rules([v(40), v(800)], [h(40), h(160)]);
    const runs = [run('第一行文字', 60, 80), run('第二行文字', 60, 100)];
    expect(texts(runs, rules)).toEqual([['第一行文字'], ['第二行文字']]);
  });
});

describe('looksTabular', () => {
  it('prose is not, columns are', () => {
    expect(looksTabular([run('这是一段正文。', 60, 100), run('第二行正文。', 60, 120)])).toBe(false);
    expect(looksTabular([run('项目', 60, 100), run('预算数', 300, 100), run('合计', 60, 120), run('1.00', 300, 120)])).toBe(true);
  });
});

describe('geometry', () => {
  it('every frame maps to and from the page', () => {
    for (const q of [0, 1, 2, 3] as Quarter[]) {
      const f = frameFor(q, 842, 595);
      const id = multiply(f.fromFrame, f.toFrame);
      expect(id.map((x) => Math.round(x * 1e9) / 1e9 + 0)).toEqual([1, 0, 0, 1, 0, 0]);
      // the frame covers the page exactly
      const corners = [
        [0, 0],
        [842, 595],
      ].map(([x, y]) => [applyX(f.toFrame, x, y), applyY(f.toFrame, x, y)]);
      const xs = corners.map((c) => c[0]).sort((a, b) => a - b);
      const ys = corners.map((c) => c[1]).sort((a, b) => a - b);
      expect([xs[0], xs[1], ys[0], ys[1]].map(Math.round)).toEqual([0, f.width, 0, f.height]);
    }
  });

  it('baseline directions map to quarters and the frame makes them rightward', () => {
    const dirs: [number, number, Quarter][] = [
      [1, 0, 0],
      [0, 1, 1],
      [-1, 0, 2],
      [0, -1, 3],
    ];
    for (const [dx, dy, q] of dirs) {
      expect(quarterOf(dx, dy)).toBe(q);
      const f = frameFor(q, 842, 595);
      expect(Math.round(f.toFrame[0] * dx + f.toFrame[2] * dy)).toBe(1);
      expect(Math.round(f.toFrame[1] * dx + f.toFrame[3] * dy) + 0).toBe(0);
    }
  });

  it('boxes map back to the page with x0 ≤ x1, y0 ≤ y1', () => {
    expect(boxToPage(frameFor(1, 842, 595), 10, 20, 30, 40)).toEqual({ x0: 802, y0: 10, x1: 822, y1: 30 });
  });
});

describe('text items → runs', () => {
  const vp = [1, 0, 0, -1, 0, 792]; // a portrait page, PDF y up → viewport y down
  const item = (str: string, x: number, y: number, width: number, m = [12, 0, 0, 12]) => ({
    str,
    dir: 'ltr',
    transform: [...m, x, y],
    width,
    height: 12,
    fontName: 'f1',
    hasEOL: false,
  });
  const content = (items: ReturnType<typeof item>[]) => ({ items, styles: { f1: { ascent: 0.9, descent: -0.1, vertical: false, fontFamily: 'sans' } }, lang: null });

  it('drops whitespace items, trims spaces, splits at runs of blanks, drops fake-bold duplicates', () => {
    const groups = toRunGroups(content([item('  ', 10, 700, 6), item(' 收入 ', 72, 700, 48), item('项目    预算数', 200, 700, 132), item('项目    预算数', 200.3, 700.2, 132)]), vp, 612, 792);
    expect(groups).toHaveLength(1);
    expect(groups[0].runs.map((r) => r.str)).toEqual(['收入', '项目', '预算数']);
    const [a, b, c] = groups[0].runs;
    expect(a.x0).toBeCloseTo(84);
    expect(a.x1).toBeCloseTo(108);
    expect(a.base).toBeCloseTo(92);
    expect(b.x1).toBeLessThan(c.x0);
  });

  it('text rotated on the page gets its own upright frame; the main direction comes first', () => {
    const groups = toRunGroups(content([item('正文正文正文', 72, 700, 72), item('侧边', 20, 100, 24, [0, 12, -12, 0])]), vp, 612, 792);
    expect(groups.map((g) => g.frame.quarter)).toEqual([0, 3]);
    const side = groups[1].runs[0];
    expect(side.x1 - side.x0).toBeCloseTo(24);
  });
});

describe('ruling lines from the operator list', () => {
  const OPS: OpCodes = {
    save: 10,
    restore: 11,
    transform: 12,
    constructPath: 91,
    stroke: 20,
    closeStroke: 21,
    fill: 22,
    eoFill: 23,
    fillStroke: 24,
    eoFillStroke: 25,
    closeFillStroke: 26,
    closeEOFillStroke: 27,
    paintFormXObjectBegin: 74,
    paintFormXObjectEnd: 75,
    paintImageXObject: 85,
    paintInlineImageXObject: 86,
    paintImageMaskXObject: 83,
    paintImageMaskXObjectGroup: 84,
    paintInlineImageXObjectGroup: 87,
    paintImageXObjectRepeat: 88,
    paintImageMaskXObjectRepeat: 89,
  };
  const vp = [1, 0, 0, -1, 0, 800];

  it('stroked lines and thin filled rectangles are rules; clips and thick fills are not; the CTM applies', () => {
    const ops = {
      fnArray: [12, 91, 91, 91, 10, 12, 91, 11, 85],
      argsArray: [
        [1, 0, 0, 1, 0, 0],
        [20, [new Float32Array([0, 10, 10, 1, 200, 10])], null], // stroked horizontal line
        [23, [new Float32Array([0, 100, 10, 1, 100.5, 10, 1, 100.5, 300, 1, 100, 300, 4])], null], // thin filled rect: vertical
        [28, [new Float32Array([0, 0, 0, 1, 500, 0, 1, 500, 500, 4])], null], // clip path (endPath)
        null,
        [1, 0, 0, 1, 50, 0], // translate
        [22, [new Float32Array([0, 0, 0, 1, 100, 0, 1, 100, 50, 1, 0, 50, 4])], null], // thick fill: no rule
        null,
        ['img', 2, 2],
      ],
    };
    const g = scanGraphics(ops, vp, OPS);
    expect(g.images).toBe(1);
    expect(g.segments).toEqual([
      { dir: 'h', x0: 10, x1: 200, y0: 790, y1: 790 },
      { dir: 'v', x0: 100.25, x1: 100.25, y0: 500, y1: 790 },
    ]);
  });

  it('collinear pieces join into one rule', () => {
    const rules = Rules.fromSegments(
      [
        { dir: 'v', x0: 100, x1: 100, y0: 10, y1: 20 },
        { dir: 'v', x0: 100.4, x1: 100.4, y0: 20.5, y1: 40 },
        { dir: 'h', x0: 10, x1: 50, y0: 5, y1: 5 },
        { dir: 'h', x0: 51, x1: 90, y0: 5.3, y1: 5.3 },
      ],
      frameFor(0, 842, 595),
    );
    expect(rules.v).toHaveLength(1);
    expect(rules.v[0]).toMatchObject({ y0: 10, y1: 40 });
    expect(rules.h).toHaveLength(1);
    expect(rules.h[0]).toMatchObject({ x0: 10, x1: 90 });
  });
});

describe('cell text normalisation', () => {
  it('full-width digits and punctuation inside numbers become ASCII; spaces between CJK go', () => {
    expect(normalizeCellText('16，320.00')).toBe('16,320.00');
    expect(normalizeCellText('１２３．４５')).toBe('123.45');
    expect(normalizeCellText('增长１９．８６％')).toBe('增长19.86%');
    expect(normalizeCellText('基 本 支 出')).toBe('基本支出');
    expect(normalizeCellText('财政拨款 收入')).toBe('财政拨款收入');
    expect(normalizeCellText('上海市 XX 局')).toBe('上海市 XX 局');
    expect(normalizeCellText('2024 年度')).toBe('2024 年度');
  });

  it('Kangxi radicals and compatibility ideographs become ordinary ideographs', () => {
    expect(normalizeCellText('\u2f00般公共预算\u2f47出')).toBe('一般公共预算日出');
    expect(normalizeCellText('\uf9b5')).toBe('\u4f8b');
  });
});
