/**
 * Runs cut at vertical rules that cross them at a space (one text item spanning two grid cells).
 */
import { describe, expect, it } from 'vitest';
import { layoutPage } from './layout.js';
import { splitRunsAtRules } from './rule-split.js';
import { Rules, type HRule, type VRule } from './rules.js';
import type { Run } from './runs.js';

/** Advance of a character in a typical CJK font at `size`: ideographs 1 em, digits ½, `,` `.` and space ¼. */
function advance(ch: string, size: number): number {
  if (/[\u3000-\u9fff\uff00-\uffef]/.test(ch)) return size;
  if (/[ ,.]/.test(ch)) return size / 4;
  return size / 2;
}

function run(str: string, x: number, base: number, size = 10): Run {
  let w = 0;
  for (const ch of str) w += advance(ch, size);
  return { str, x0: x, x1: x + w, base, top: base - 0.86 * size, bottom: base + 0.14 * size, size };
}

/** A figure right-aligned to end just before `rule`, a space, then a label starting `pad` after it: one item. */
function straddling(figure: string, label: string, rule: number, base: number, pad = 5): Run {
  const fig = run(figure, 0, base);
  const lab = run(label, rule + pad, base);
  const x0 = rule - 0.4 - (fig.x1 - fig.x0);
  return { ...lab, str: `${figure} ${label}`, x0 };
}

const v = (x: number, y0 = 50, y1 = 200): VRule => ({ x, y0, y1 });
const h = (y: number, x0 = 40, x1 = 800): HRule => ({ y, x0, x1 });

describe('splitRunsAtRules', () => {
  it('cuts a figure and the next cell’s label written as one item at the rule between them', () => {
    const rules = new Rules([v(40), v(230), v(420), v(610), v(800)], []);
    const out = splitRunsAtRules([straddling('123,456.78', '一、一般公共服务支出', 420, 100)], rules);
    expect(out.map((r) => r.str)).toEqual(['123,456.78', '一、一般公共服务支出']);
    expect(out[0].x1).toBeLessThanOrEqual(420);
    expect(out[1].x0).toBeGreaterThanOrEqual(420);
    expect(out[1].x1).toBeCloseTo(425 + 100);
  });

  it('cuts at every rule crossing a space (figures of neighbouring columns as one item)', () => {
    const rules = new Rules([v(40), v(300), v(360), v(420)], []);
    // one space standing for the whole gap: 0.00 ends at 359.5, 1,577.77 is right-aligned at 419
    const item = { ...run('0.00', 342, 100), str: '0.00 1,577.77', x1: 419 };
    expect(splitRunsAtRules([item], rules).map((r) => r.str)).toEqual(['0.00', '1,577.77']);
  });

  it('leaves a run alone when the rule runs through a word, misses its line, or there is no rule', () => {
    const title = run('项目支出 绩效目标表', 100, 100); // the rule goes through 绩效目标
    expect(splitRunsAtRules([title], new Rules([v(175)], []))).toEqual([title]);
    const item = straddling('7.00', '二、外交支出', 420, 100);
    expect(splitRunsAtRules([item], new Rules([v(420, 120, 200)], []))).toEqual([item]);
    const runs = [item];
    expect(splitRunsAtRules(runs, Rules.empty())).toBe(runs);
  });

  it('in a ruled grid the row becomes one line of four cells', () => {
    const rules = new Rules([v(40), v(230), v(420), v(610), v(800)], [h(88), h(104), h(120)]);
    const runs = [run('一、预算拨款', 46, 100), straddling('225,431.78', '一、一般公共服务支出', 420, 100), run('7.00', 778, 100), run('二、外交支出', 425, 116), run('0.00', 778, 116)];
    const texts = (rs: readonly Run[]) => layoutPage(rs, rules, 842).map((l) => l.cells.map((c) => c.text));
    // uncut, the straddling item fits no grid cell and its line is read apart from its row
    expect(texts(runs)).not.toContainEqual(['一、预算拨款', '225,431.78', '一、一般公共服务支出', '7.00']);
    expect(texts(splitRunsAtRules(runs, rules))).toEqual([
      ['一、预算拨款', '225,431.78', '一、一般公共服务支出', '7.00'],
      ['二、外交支出', '0.00'],
    ]);
  });
});
