/** 合计行 = 各类（最上级科目）之和，逐列成立。 */
import type { Amount, Row } from '../../model/types.js';
import { fig, rowEv, tname } from '../format.js';
import { ARITH_KEYS, DOUBT_NOTE, extractionDoubt, totalRows } from '../tables.js';
import { sumAgrees } from '../tolerance.js';
import type { FindingDraft, Rule } from '../types.js';
import { sumText } from './sum-text.js';
import { SUSPECT_NOTE, tableSuspect } from './suspect.js';
import { explainedByOneMove, MISPLACED_NOTE } from './misplaced.js';

/** The top-level coded rows of the dominant code system (the rows a grand total adds up). */
export function topRows(rows: Row[]): Row[] {
  const coded = rows.filter((r) => r.code && r.codeLevel);
  if (!coded.length) return [];
  const bySys = new Map<string, Row[]>();
  for (const r of coded) bySys.set(r.codeSystem ?? 'function', [...(bySys.get(r.codeSystem ?? 'function') ?? []), r]);
  const main = [...bySys.values()].sort((a, b) => b.length - a.length)[0];
  const minLevel = Math.min(...main.map((r) => r.codeLevel!));
  return main.filter((r) => r.codeLevel === minLevel);
}

export const rule: Rule = {
  meta: {
    id: 'column-total',
    title: '合计行不等于各科目之和',
    severity: 'error',
    category: 'table-arithmetic',
    appliesTo: {},
    basis: '报表合计（总计）行 = 各类级科目之和（明细列表时为各行之和），逐列成立',
    docs: '在分科目列示的报表中，逐列核对合计（总计）行等于最上级科目各行之和（空白按 0 计，按所印精度考虑舍入）。',
  },
  check(model) {
    const out: FindingDraft[] = [];
    for (const t of model.tables.filter((x) => ARITH_KEYS.includes(x.key))) {
      for (const { rows, cols } of [{ rows: t.rows, cols: t.columns }, { rows: t.rightRows ?? [], cols: t.rightColumns ?? t.columns }]) {
        const tops = topRows(rows);
        if (!tops.length) continue;
        for (const tot of totalRows(t, rows)) {
          const bad: string[] = [];
          let stated = '';
          for (let i = 0; i < Math.max(tot.values.length, cols.length); i++) {
            const parts = tops.map((r) => r.values[i] ?? null);
            const total = tot.values[i] ?? null;
            if (!total && parts.every((p) => !p)) continue;
            if (!total) continue; // a blank total cell: nothing stated
            if (sumAgrees(total, parts)) continue;
            const s = sumText(parts);
            bad.push(`${cols[i]?.name ? `“${cols[i].name}”列 ` : ''}${fig(total)} ≠ ${s.formula} = ${s.sum}`);
            stated ||= fig(total);
          }
          if (!bad.length) continue;
          const n = Math.max(tot.values.length, cols.length);
          const holds = (vals: (Amount | null)[][]) => {
            for (let i = 0; i < n; i++) {
              const total = vals[0][i] ?? null;
              if (total && !sumAgrees(total, vals.slice(1).map((v) => v[i] ?? null))) return false;
            }
            return true;
          };
          const moved = explainedByOneMove([tot, ...tops], holds, (_k, j) => j < n);
          const doubt = extractionDoubt(t, [tot, ...tops]) || moved;
          const suspect = tableSuspect(t);
          out.push({
            ...(doubt || suspect ? { severity: 'warning' as const } : {}),
            message: `${tname(t)}“${tot.name.replace(/\s+/g, '') || '合计'}”行不等于各科目之和：${bad.join('；')}${suspect ? SUSPECT_NOTE : moved ? MISPLACED_NOTE : doubt ? DOUBT_NOTE : ''}`,
            stated,
            evidence: [rowEv(t, tot), ...tops.slice(0, 6).map((r) => rowEv(t, r))],
          });
        }
      }
    }
    return out;
  },
};
