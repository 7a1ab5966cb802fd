/**
 * Two-sided summary tables (收支总体情况表, 财政拨款收支总体情况表) printed as a ruled grid whose
 * producer writes each revenue figure and the expenditure label after it as one text item
 * (`225,431.78 一、一般公共服务支出` across the rule between the two halves). Generated pages go
 * through the PDF reader's layout (runs → cut at rules → lines of cells) into a normalised document
 * and are extracted: every left row a revenue item with its own figure, every right row an
 * expenditure item with its own.
 */
import { describe, expect, it } from 'vitest';
import { appendLines } from '../../readers/pdf/assemble.js';
import { frameFor } from '../../readers/pdf/geometry.js';
import { layoutPage } from '../../readers/pdf/layout.js';
import { splitRunsAtRules } from '../../readers/pdf/rule-split.js';
import { Rules, type HRule, type VRule } from '../../readers/pdf/rules.js';
import type { Run } from '../../readers/pdf/runs.js';
import type { NDocument, NLine } from '../../readers/types.js';
import { FUNCTION_CLASSES } from '../../sample/codes.js';
import { formatFen, sum, WAN_CENT, type Fen } from '../../sample/money.js';
import { Rng } from '../../sample/prng.js';
import { cnNumber } from '../../sample/tables.js';
import { buildModel } from '../index.js';
import { tableOf, vals } from './testing.js';

const SIZE = 10;
const PAGE = { width: 842, height: 595 };
/** Column rules: left label | left figure | right label | right figure. */
const COLS = [42, 231, 420, 609, 798];
const ROW_H = 16.3;

function advance(ch: string): number {
  if (/[\u3000-\u9fff\uff00-\uffef]/.test(ch)) return SIZE;
  return /[ ,.]/.test(ch) ? SIZE / 4 : SIZE / 2;
}
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += advance(ch);
  return w;
}
const run = (str: string, x: number, base: number): Run => ({ str, x0: x, x1: x + width(str), base, top: base - 0.86 * SIZE, bottom: base + 0.14 * SIZE, size: SIZE });
const fmt = (x: Fen) => formatFen(x, '万元', 2, { group: true });
const wan = (x: Fen) => formatFen(x, '万元', 2, { group: false }).replace(/\.?0+$/, '');

interface Item {
  label: string;
  amount: Fen;
}

/** One page: title, unit, the two-level header, then rows [left?, right?] in a ruled grid. */
function page(title: string, rows: [Item | undefined, Item | undefined][], notes: string[]): { runs: Run[]; rules: Rules } {
  const runs: Run[] = [run(title, 370, 60), run('单位名称：某某局', 42, 90), run('单位：万元', 738, 90)];
  let y = 120;
  runs.push(run('收入', 221, y), run('支出', 599, y));
  y += ROW_H;
  runs.push(run('项目', 127, y), run('预算', 316, y), run('项目', 504, y), run('预算', 693, y));
  // a rule above the table and one a little below each row's baseline
  const rule = (at: number): HRule => ({ y: at, x0: COLS[0], x1: COLS[4] });
  const hs: HRule[] = [rule(108), rule(124), rule(y + 4)];
  for (const [l, r] of rows) {
    y += ROW_H;
    hs.push(rule(y + 4));
    if (l) runs.push(run(l.label, COLS[0] + 5, y));
    const figEnd = COLS[2] - 0.4;
    const lf = l ? fmt(l.amount) : undefined;
    if (r && lf) {
      // the left figure and the right label: one item across the middle rule
      runs.push({ ...run(`${lf} ${r.label}`, figEnd - width(lf), y), x1: COLS[2] + 5 + width(r.label) });
    } else if (lf) runs.push(run(lf, figEnd - width(lf), y));
    else if (r) runs.push(run(r.label, COLS[2] + 5, y));
    if (r) runs.push(run(fmt(r.amount), COLS[4] - 0.4 - width(fmt(r.amount)), y));
  }
  for (const n of notes) runs.push(run(n, 42, (y += ROW_H)));
  const top = 108;
  const bottom = hs[hs.length - 1].y;
  const vs: VRule[] = COLS.map((x, i) => ({ x, y0: i % 2 ? top + ROW_H : top, y1: bottom }));
  return { runs, rules: new Rules(vs, hs) };
}

/** A generated department: revenue items and expenditure classes with amounts that add up. */
function department(seed: number) {
  const rng = new Rng(seed);
  const amount = () => BigInt(rng.int(0, 3) === 0 ? 0 : rng.int(1, 9_000_000)) * WAN_CENT;
  const revenue: Item[] = ['预算拨款', '财政专户拨款', '事业收入', '事业单位经营收入', '其他收入'].map((n, i) => ({ label: `${cnNumber(i + 1)}、${n}`, amount: amount() }));
  const funds: Item[] = ['一般公共预算', '政府性基金预算', '国有资本经营预算'].map((n, i) => ({ label: `${cnNumber(i + 1)}、${n}`, amount: amount() }));
  const classes = FUNCTION_CLASSES.slice(0, 12 + rng.int(0, 8));
  const spend = (total: Fen): Item[] => {
    const out = classes.map(([, name], i) => ({ label: `${cnNumber(i + 1)}、${name}`, amount: 0n }));
    // the total spread over a few classes
    let left = total;
    for (let k = 0; k < 3 && left > 0n; k++) {
      const a = k === 2 ? left : (left * BigInt(rng.int(1, 60))) / 100n / WAN_CENT * WAN_CENT;
      out[rng.int(0, out.length - 1)].amount += a;
      left -= a;
    }
    return out;
  };
  return { revenue, funds, spendAll: spend(sum(revenue.map((r) => r.amount))), spendFiscal: spend(sum(funds.map((r) => r.amount))) };
}

/** Rows of a summary table: items side by side, then the side totals. */
function summaryRows(left: Item[], right: Item[], leftTotal: string, rightTotal: string): [Item | undefined, Item | undefined][] {
  const rows: [Item | undefined, Item | undefined][] = [];
  for (let i = 0; i < Math.max(left.length, right.length); i++) rows.push([left[i], right[i]]);
  const l = sum(left.map((x) => x.amount));
  const r = sum(right.map((x) => x.amount));
  rows.push([{ label: `本年${leftTotal}合计`, amount: l }, { label: `本年${rightTotal}合计`, amount: r }]);
  rows.push([{ label: `${leftTotal}总计`, amount: l }, { label: `${rightTotal}总计`, amount: r }]);
  return rows;
}

function documentOf(pages: { runs: Run[]; rules: Rules }[], cut: boolean): NDocument {
  const lines: NLine[] = [];
  const frame = frameFor(0, PAGE.width, PAGE.height);
  pages.forEach((p, i) => appendLines(lines, layoutPage(cut ? splitRunsAtRules(p.runs, p.rules) : p.runs, p.rules, PAGE.width), frame, i + 1));
  return { file: 'generated.pdf', format: 'pdf', geometry: 'points', pages: pages.map((_, i) => ({ number: i + 1, ...PAGE })), lines, warnings: [] };
}

const plain = (label: string) => label.replace(/^[一二三四五六七八九十]+、/, '');

describe('two-sided summary tables with figure and next label as one item', () => {
  for (const seed of [1, 2, 3]) {
    const d = department(seed);
    const notes = ['注：本表反映部门全部收支的总体情况。', '表中金额按万元列示，合计可能有尾差。'];
    const pages = [
      page('收支总体情况表', summaryRows(d.revenue, d.spendAll, '收入', '支出'), notes),
      page('财政拨款收支总体情况表', summaryRows(d.funds, d.spendFiscal, '收入', '支出'), notes),
    ];

    it(`seed ${seed}: each side holds its own items with their own figures`, () => {
      const m = buildModel(documentOf(pages, true));
      const cases: [string, Item[], Item[]][] = [
        ['summary', d.revenue, d.spendAll],
        ['fiscal_summary', d.funds, d.spendFiscal],
      ];
      for (const [key, left, right] of cases) {
        const t = tableOf(m.tables, key);
        const lt = sum(left.map((x) => x.amount));
        const rt = sum(right.map((x) => x.amount));
        expect(t?.rows.map((r) => [r.name, vals(r)])).toEqual([
          ...left.map((x) => [plain(x.label), [wan(x.amount)]]),
          ['本年收入合计', [wan(lt)]],
          ['收入总计', [wan(lt)]],
        ]);
        expect(t?.rightRows?.map((r) => [r.name, vals(r)])).toEqual([
          ...right.map((x) => [plain(x.label), [wan(x.amount)]]),
          ['本年支出合计', [wan(rt)]],
          ['支出总计', [wan(rt)]],
        ]);
      }
      expect(m.facts.general_budget_appropriation?.value.toString()).toBe(wan(d.funds[0].amount));
      expect(m.facts.total_revenue?.value.toString()).toBe(wan(sum(d.revenue.map((x) => x.amount))));
    });
  }

  it('the fixture has the defect the cut removes: read uncut, expenditure lines land on the left', () => {
    const d = department(1);
    const m = buildModel(documentOf([page('收支总体情况表', summaryRows(d.revenue, d.spendAll, '收入', '支出'), [])], false));
    expect(tableOf(m.tables, 'summary')?.rows.some((r) => /支出$/.test(r.name) && !/合计|总计/.test(r.name))).toBe(true);
  });
});
