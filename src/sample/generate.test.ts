/**
 * The generator itself: deterministic, arithmetically consistent truth, artefacts that never change
 * a figure, every narrative figure printed where its slot says.
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from '../model/decimal.js';
import { textToDocument } from '../readers/text.js';
import { isPageNumberLine } from '../normalize/paragraphs.js';
import { STYLE_NAMES, generateSample, renderSample } from './generate.js';
import type { TruthRow, TruthTable } from './truth.js';

const SEEDS = Array.from({ length: 60 }, (_, i) => i + 1);
const KINDS = ['budget', 'final'] as const;

const dec = (s: string | null): Decimal => (s === null ? Decimal.ZERO : Decimal.parse(s)!);

/** Every 类 = Σ its 款, every 款 = Σ its 项, the total row = Σ 类 (column by column). */
function checkHierarchy(t: TruthTable) {
  const rows = t.rows.filter((r) => r.code);
  const total = t.rows.find((r) => r.total && !r.code);
  for (const r of rows) {
    const len = r.code!.length;
    const childLen = r.codeSystem === 'econ' ? (len === 3 ? 5 : 0) : len === 3 ? 5 : len === 5 ? 7 : 0;
    if (!childLen) continue;
    const kids = rows.filter((k) => k.code!.length === childLen && k.code!.startsWith(r.code!));
    if (!kids.length) continue;
    r.values.forEach((v, i) => {
      const s = Decimal.sum(kids.map((k) => dec(k.values[i])));
      expect(s.eq(dec(v)), `${t.key} ${r.code} col ${i}: ${v} vs Σ ${s.toString()}`).toBe(true);
    });
  }
  if (total && rows.length) {
    const tops = rows.filter((r) => r.code!.length === 3);
    total.values.forEach((v, i) => {
      const s = Decimal.sum(tops.map((k) => dec(k.values[i])));
      expect(s.eq(dec(v)), `${t.key} total col ${i}`).toBe(true);
    });
  }
}

const val = (rows: TruthRow[] | undefined, name: string, col = 0) => dec(rows?.find((r) => r.name === name)?.values[col] ?? null);

describe('generateSample', () => {
  it('is a pure function of kind, seed and artefacts', () => {
    for (const kind of KINDS)
      for (const seed of [1, 7, 2024]) {
        expect(generateSample({ kind, seed }).text).toBe(generateSample({ kind, seed }).text);
        expect(generateSample({ kind, seed, artefacts: true }).text).toBe(generateSample({ kind, seed, artefacts: true }).text);
      }
    expect(generateSample({ kind: 'budget', seed: 1 }).text).not.toBe(generateSample({ kind: 'budget', seed: 2 }).text);
  });

  it('prints the nine standard tables of its kind, with consistent arithmetic', () => {
    for (const kind of KINDS)
      for (const seed of SEEDS) {
        const { truth } = generateSample({ kind, seed });
        expect(truth.identity.kind).toBe(kind);
        expect(new Set(truth.tables.map((t) => t.key))).toEqual(
          new Set(['summary', 'revenue', 'expenditure', 'fiscal_summary', 'general_budget', 'basic', 'three_public', 'gov_fund', 'state_capital']),
        );
        for (const t of truth.tables) if (t.rows.some((r) => r.code)) checkHierarchy(t);
        const by = new Map(truth.tables.map((t) => [t.key, t]));
        const wan = (t: TruthTable, d: Decimal) => (t.unit === '元' ? d.shift(-4) : d);
        const facts = truth.facts;
        // 合计 = 基本 + 项目 on every row of the expenditure and general budget tables
        for (const key of ['expenditure', 'general_budget'] as const) {
          const t = by.get(key)!;
          const [c0, c1, c2] = t.columns.length === 5 ? [0, 1, 4] : [0, 1, 2];
          for (const r of t.rows) expect(dec(r.values[c0]).eq(dec(r.values[c1]).add(dec(r.values[c2]))), `${key} ${r.code ?? r.name}`).toBe(true);
        }
        const gb = by.get('general_budget')!;
        const gbTotal = gb.rows.find((r) => r.total)!;
        expect(wan(gb, dec(gbTotal.values[0])).toString()).toBe(facts.general_budget_appropriation);
        const basic = by.get('basic')!;
        const bTotal = basic.rows.find((r) => r.total)!;
        expect(wan(basic, dec(bTotal.values[0])).toString()).toBe(wan(gb, dec(gbTotal.values[1])).toString());
        expect(wan(basic, dec(bTotal.values[1])).toString()).toBe(facts.personnel_expenses);
        expect(wan(basic, dec(bTotal.values[2])).toString()).toBe(facts.public_expenses);
        const sum = by.get('summary')!;
        const totalName = kind === 'final' ? '总计' : '收入总计';
        expect(wan(sum, val(sum.rows, totalName)).toString()).toBe(facts.total_revenue);
        expect(wan(sum, val(sum.rightRows, kind === 'final' ? '总计' : '支出总计')).toString()).toBe(facts.total_expenditure);
        expect(wan(sum, val(sum.rows, '本年收入合计')).toString()).toBe(facts.current_revenue);
        expect(wan(sum, val(sum.rightRows, '本年支出合计')).toString()).toBe(facts.current_expenditure);
        // 本年收入合计 + 结转 = 收入总计, 本年支出合计 + 结转 = 支出总计
        for (const side of [sum.rows, sum.rightRows!]) {
          const cur = side.find((r) => /^本年(收入|支出)合计$/.test(r.name))!;
          const tot = side.find((r) => /^(收入|支出)?总计$/.test(r.name))!;
          const carry = Decimal.sum(side.filter((r) => /结转/.test(r.name)).map((r) => dec(r.values[0])));
          expect(dec(cur.values[0]).add(carry).eq(dec(tot.values[0])), `${kind} ${seed} summary balance`).toBe(true);
        }
        const three = by.get('three_public')!;
        const threeVals = three.rows.flatMap((r) => r.values).map(dec);
        expect(threeVals.some((v) => (three.unit === '元' ? v.shift(-4) : v).toString() === facts.three_public_total) || facts.three_public_total === '0').toBe(true);
        // the 三公 total is the sum of its items
        const t3 = [facts.three_public_outbound, facts.three_public_vehicle, facts.three_public_reception].map((x) => Decimal.parse(x!)!);
        expect(Decimal.sum(t3).toString()).toBe(facts.three_public_total);
        expect(Decimal.parse(facts.three_public_vehicle_purchase!)!.add(Decimal.parse(facts.three_public_vehicle_operation!)!).toString()).toBe(facts.three_public_vehicle);
        for (const k of ['gov_fund', 'state_capital'] as const) expect(by.get(k)!.empty).toBe(true);
      }
  });

  it('prints every narrative figure where its slot says', () => {
    for (const kind of KINDS)
      for (const seed of SEEDS.slice(0, 20)) {
        const doc = renderSample({ kind, seed });
        for (const s of doc.slots) expect(doc.text.includes(s.text), `${kind} ${seed} ${s.id} ${s.text}`).toBe(true);
        expect(doc.slots.filter((s) => s.cat === 'pct-change').length).toBeGreaterThan(0);
      }
  });

  it('artefacts never change a figure', () => {
    const numbers = (text: string) => {
      const doc = textToDocument('x.txt', text);
      const out: string[] = [];
      for (const l of doc.lines) {
        const t = l.cells.map((c) => c.text).join(' ');
        if (isPageNumberLine(t)) continue;
        for (const m of t.matchAll(/\d[\d,]*(?:\.\d+)?/g)) out.push(Decimal.parse(m[0].replace(/,/g, ''))!.toString());
      }
      return out.sort();
    };
    for (const kind of KINDS)
      for (const seed of SEEDS.slice(0, 25)) {
        const clean = generateSample({ kind, seed }).text;
        const dirty = generateSample({ kind, seed, artefacts: true }).text;
        expect(numbers(dirty), `${kind} ${seed}`).toEqual(numbers(clean));
      }
  });

  it('renders one mutation at a time and keeps the rest', () => {
    const a = renderSample({ kind: 'budget', seed: 5 });
    const slot = a.slots.find((s) => s.cat === 'pct-change')!;
    const b = renderSample({ kind: 'budget', seed: 5 }, { overrides: new Map([[slot.id, '99.99']]) });
    const la = a.text.split('\n');
    const lb = b.text.split('\n');
    expect(lb.length).toBe(la.length);
    const diff = la.filter((l, i) => l !== lb[i]);
    expect(diff.length).toBe(1);
    expect(lb.join('\n')).toContain('99.99%');
  });

  describe('named regional styles', () => {
    const seeds = SEEDS.slice(0, 12);
    for (const style of STYLE_NAMES)
      it(`${style}: consistent arithmetic, every slot printed, the region's traits present`, () => {
        for (const kind of KINDS)
          for (const seed of seeds) {
            const doc = renderSample({ kind, seed, style });
            expect(doc.style.family).toBe(style);
            expect(renderSample({ kind, seed, style }).text).toBe(doc.text);
            for (const t of doc.truth.tables) if (t.rows.some((r) => r.code)) checkHierarchy(t);
            for (const s of doc.slots) expect(doc.text.includes(s.text), `${style} ${kind} ${seed} ${s.id}`).toBe(true);
            const f = doc.truth.facts;
            const items = [f.three_public_outbound, f.three_public_vehicle, f.three_public_reception].map((x) => Decimal.parse(x!)!);
            expect(Decimal.sum(items).toString()).toBe(f.three_public_total);
            const text = doc.text;
            if (kind === 'final') {
              expect(text).toContain('行次');
              expect(text).toMatch(/栏次\s+1\s+2/);
            }
            if (style === 'jiangsu') {
              expect(text).toMatch(/公开0[1-9]表/);
              expect(text).toMatch(/栏次\s+1\s+2\s+3/);
              if (kind === 'budget') expect(text).toMatch(/会议费\s+培训费/);
              expect(text).toMatch(/故本表无数据/);
            }
            if (style === 'guangdong') {
              expect(text).toContain('（按功能分类科目）');
              expect(text).toMatch(/\n\d{3}\s+\d{2}\s+\d{2}\s+\S/);
              expect(doc.style.tableUnit).toBe('元');
            }
            if (style === 'beijing') expect(text).toContain(`表1 ${doc.data.org.name}`);
            // 年初预算 ≤ 调整预算 on every row of a final's 一般公共预算 table that shows both
            const gb = doc.truth.tables.find((t) => t.key === 'general_budget')!;
            if (gb.columns[0] === '年初预算')
              for (const r of gb.rows) expect(dec(r.values[0]).lte(dec(r.values[1])), `${style} ${seed} ${r.code}`).toBe(true);
          }
      });
  });
});
