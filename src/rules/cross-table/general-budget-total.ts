/** 一般公共预算（财政拨款）支出总额在各表中一致；基本支出表合计 = 一般公共预算支出表基本支出合计。 */
import type { Amount, Row, Table } from '../../model/types.js';
import { fig, rowEv, tname } from '../format.js';
import { allSides, colIndex, mainColumn, normName, totalRows } from '../tables.js';
import { sameAmount, sumAgrees } from '../tolerance.js';
import { sumText } from '../table-arithmetic/sum-text.js';
import { sectionTotals } from '../table-arithmetic/total-spans.js';
import { MISPLACED_NOTE } from '../table-arithmetic/misplaced.js';
import type { FindingDraft, Rule } from '../types.js';

interface Fig {
  t: Table;
  r: Row;
  a: Amount | null;
  what: string;
  /** A figure the table prints as a sum of rows (人员经费合计 + 公用经费合计): the rows and their figures. */
  rows?: Row[];
  parts?: (Amount | null)[];
}

/** A basic-expenditure table without a grand total: its section totals over both sides, as one figure. */
function sectionSum(t: Table): Fig | undefined {
  const sides = allSides(t);
  const secs = sectionTotals(t, sides);
  if (!secs) return undefined;
  const parts: (Amount | null)[] = [];
  for (const { row, side } of secs) {
    const { rows, cols } = sides[side];
    const amountCols = cols.map((_, i) => i).filter((i) => rows.some((r) => r.values[i]));
    const ci = cols.findIndex((c) => c.role === 'total');
    const col = ci >= 0 ? ci : amountCols.length === 1 ? amountCols[0] : -1;
    if (col < 0) return undefined; // which column is the total is unclear: no comparison
    parts.push(row.values[col] ?? null);
  }
  const rows = secs.map((x) => x.row);
  return { t, r: rows[0], a: null, what: rows.map((r) => r.name.replace(/\s+/g, '')).join(' + '), rows, parts };
}

export const rule: Rule = {
  meta: {
    id: 'general-budget-total',
    title: '一般公共预算支出总额在各表中不一致',
    severity: 'error',
    category: 'cross-table',
    appliesTo: {},
    basis: '一般公共预算支出表合计 = 财政拨款收支总表中一般公共预算财政拨款支出；一般公共预算基本支出表合计（左右两栏分列时为人员经费合计 + 公用经费合计）= 一般公共预算支出表的基本支出合计',
    docs: '取一般公共预算支出表合计行的合计、基本支出，与财政拨款收支总表中的一般公共预算支出、一般公共预算基本支出表的合计对照（考虑所印精度）。基本支出表不列总合计、而分左右两栏列人员经费合计与公用经费合计（两者合起来涵盖表中全部类级科目）时，以两者之和对照。',
  },
  check(model) {
    const out: FindingDraft[] = [];
    for (const gb of model.tables.filter((t) => t.key === 'general_budget')) {
      const tot = totalRows(gb)[0];
      if (!tot) continue;
      const gbTotal = tot.values[colIndex(gb, 'total')] ?? null;
      const gbBasic = colIndex(gb, 'basic') >= 0 ? (tot.values[colIndex(gb, 'basic')] ?? null) : undefined;
      const others: { ref: Fig; mine: Amount | null | undefined; label: string }[] = [];
      for (const fs of model.tables.filter((t) => t.key === 'fiscal_summary')) {
        const rows = fs.rightRows ?? fs.rows;
        const cols = fs.rightRows ? (fs.rightColumns ?? fs.columns) : fs.columns;
        const r = rows.find((x) => /^一般公共预算(?:财政拨款)?(?:本年)?支出$/.test(normName(x.name)));
        if (r) others.push({ ref: { t: fs, r, a: r.values[mainColumn(cols, rows)] ?? null, what: r.name }, mine: gbTotal, label: '合计' });
        else {
          const cur = rows.find((x) => /^本年支出合计$/.test(normName(x.name)));
          const gi = cols.findIndex((c) => c.role === 'general_budget');
          const ti = cols.findIndex((c) => c.role === 'total');
          const oth = cols.map((c, i) => (c.role === 'gov_fund' || c.role === 'state_capital' ? i : -1)).filter((i) => i >= 0);
          // with no 政府性基金 / 国有资本经营 money in the row, its 合计 is the general budget as well
          const gbOnly = cur && ti >= 0 && oth.length > 0 && oth.every((i) => !cur.values[i] || cur.values[i]!.value.isZero());
          if (cur && gi >= 0 && !(gbOnly && sameAmount(gbTotal, cur.values[ti] ?? null))) others.push({ ref: { t: fs, r: cur, a: cur.values[gi] ?? null, what: `${cur.name}（${cols[gi].name}）` }, mine: gbTotal, label: '合计' });
        }
      }
      for (const bt of model.tables.filter((t) => t.key === 'basic')) {
        const btot = totalRows(bt)[0];
        const ci = colIndex(bt, 'total');
        if (btot && ci >= 0 && gbBasic !== undefined) others.push({ ref: { t: bt, r: btot, a: btot.values[ci] ?? null, what: '合计' }, mine: gbBasic, label: '基本支出' });
        else if (!btot && gbBasic !== undefined) {
          // no grand total printed: the section totals of its sides (人员经费合计 + 公用经费合计)
          const ref = sectionSum(bt);
          if (ref) others.push({ ref, mine: gbBasic, label: '基本支出' });
        }
      }
      for (const o of others) {
        if (o.mine === undefined || (!o.mine && !o.ref.a && !o.ref.parts)) continue;
        if (o.ref.parts ? sumAgrees(o.mine, o.ref.parts) : sameAmount(o.mine, o.ref.a)) continue;
        // the expected figure printed in a neighbouring blank-column of the same row: a placement question
        const moved = !o.ref.a && !o.ref.parts && o.ref.r.values.some((v) => v && sameAmount(v, o.mine));
        const suspect = moved;
        out.push({
          ...(suspect ? { severity: 'warning' as const } : {}),
          message: `${tname(gb)}${o.label} ${fig(o.mine)} 与${tname(o.ref.t)}“${o.ref.what.replace(/\s+/g, '')}”${o.ref.parts ? `${sumText(o.ref.parts).formula} = ${sumText(o.ref.parts).sum}` : fig(o.ref.a)} 不一致${moved ? MISPLACED_NOTE : ''}`,
          stated: fig(o.mine),
          expected: o.ref.parts ? sumText(o.ref.parts).sum : fig(o.ref.a),
          evidence: [rowEv(gb, tot), ...(o.ref.rows ?? [o.ref.r]).map((r) => rowEv(o.ref.t, r))],
        });
      }
    }
    return out;
  },
};
