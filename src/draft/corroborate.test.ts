/**
 * The draft's 一般公共预算 total when the 一般公共预算支出表's printed 合计 is wrong: generated budgets
 * whose table 合计 is changed (after the truth is taken) are drafted with the figure the 财政拨款收支总表
 * and the fund tables agree on; a changed 财政拨款收支总表 leaves the printed 合计 standing.
 */
import { describe, expect, it } from 'vitest';
import { textToDocument } from '../readers/text.js';
import { buildModel } from '../extract/index.js';
import { renderSample, STYLE_NAMES, type Mutation } from '../sample/generate.js';
import type { TSpec } from '../sample/spec.js';
import { collectFigures } from './figures.js';
import { draftModel } from './draft.js';
import { draftMarkdown, draftText } from './render-text.js';

/** 50.60 万元 in fen (the sample's money unit). */
const DELTA = 50_600_000n;

const modelOf = (seed: number, style: (typeof STYLE_NAMES)[number], m: Mutation = {}) =>
  buildModel(textToDocument(`corroborate-${style}-${seed}.txt`, renderSample({ kind: 'budget', seed, style }, m).text));

function gbTotal(seed: number, style: (typeof STYLE_NAMES)[number], m: Mutation = {}) {
  const model = modelOf(seed, style, m);
  const f = collectFigures(model).get('gb_total')!;
  const gb = model.tables.find((t) => t.key === 'general_budget')!;
  return { value: f.value.toString(), fromGbTable: f.sources.every((s) => s.line >= gb.source.line && s.line <= gb.rows[gb.rows.length - 1].source.line) };
}

const bump = (rows: { total?: boolean; values: (bigint | null)[] }[]) => {
  const r = rows.find((x) => x.total)!;
  r.values[0] = (r.values[0] ?? 0n) + DELTA;
};
const wrongGbTotal: Mutation = { tables: (ts: TSpec[]) => bump(ts.find((t) => t.key === 'general_budget')!.rows) };
const wrongFiscalSpending: Mutation = {
  tables: (ts: TSpec[]) => {
    const right = ts.find((t) => t.key === 'fiscal_summary')!.right!.rows;
    const r = right.find((x) => /本年支出|支出合计|支出总计/.test(x.name))!;
    r.values[0] = (r.values[0] ?? 0n) + DELTA;
  },
};

describe('draft: a contradicted 一般公共预算 total', () => {
  for (const style of STYLE_NAMES)
    it(`${style}: the figure the other tables agree on replaces a wrong printed 合计; a wrong 财政拨款收支总表 does not`, () => {
      for (let seed = 1; seed <= 4; seed++) {
        const clean = gbTotal(seed, style);
        expect(clean.fromGbTable, `seed ${seed}`).toBe(true);
        const fixed = gbTotal(seed, style, wrongGbTotal);
        expect(fixed.value, `seed ${seed}`).toBe(clean.value);
        expect(fixed.fromGbTable, `seed ${seed}`).toBe(false);
        const kept = gbTotal(seed, style, wrongFiscalSpending);
        expect(kept, `seed ${seed}`).toEqual(clean);
      }
    });
});

describe('draft: the reader is told when a figure departs from the printed total', () => {
  it('a note in the draft, its text and its Markdown names the printed 合计 and the figure used; none for a clean budget', () => {
    let noted = 0;
    for (const style of STYLE_NAMES) {
      const clean = draftModel(modelOf(1, style));
      expect(clean.notes, style).toEqual([]);
      const d = draftModel(modelOf(1, style, wrongGbTotal));
      const used = collectFigures(modelOf(1, style)).get('gb_total')!.value.toGrouped();
      if (!d.sections.some((s) => s.paragraphs.some((p) => p.figures.some((f) => f.key === 'gb_total' || f.key.split(/[:/]/).includes('gb_total'))))) continue;
      expect(d.notes, style).toHaveLength(1);
      expect(d.notes[0]).toContain(`${used}万元`);
      expect(d.notes[0]).toContain('请核对该表合计');
      expect(draftText(d)).toContain(`注：${d.notes[0]}`);
      expect(draftMarkdown(d)).toContain(d.notes[0]);
      noted++;
    }
    expect(noted, 'styles whose draft states the 一般公共预算 total').toBeGreaterThan(0);
  });
});
