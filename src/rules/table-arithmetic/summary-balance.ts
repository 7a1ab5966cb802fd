/** 收支总表：收入总计 = 支出总计；本年收入合计 + 上年结转… = 收入总计；本年支出合计 + 结转下年… = 支出总计。 */
import type { Row, Table } from '../../model/types.js';
import { fig, rowEv, tname } from '../format.js';
import { sameAmount, sumAgrees } from '../tolerance.js';
import { normName } from '../tables.js';
import type { FindingDraft, Rule } from '../types.js';
import { sumText } from './sum-text.js';
import { isCurrentTotal, isGrandTotal, mainIndex, numberingLevel, sides } from './summary-rows.js';

/** Lines that add to the year's total: carry-overs and transfers (结转, 结余, 弥补, 调入 …). */
const CARRY_LINE = /结转|结余|弥补|提取|分配|调入|调出|动用|事业基金|转入|转出/;
/** A classification item (支出 class, 款, 项) rather than an addition to the total. */
const ITEM_LINE = /(?:支出|事务|运行|补助|缴费|医疗|离退休)$/;

function carryIdentity(t: Table, rows: Row[], col: number, what: string): FindingDraft | undefined {
  const ci = rows.findIndex(isCurrentTotal);
  const gi = rows.findIndex((r, i) => i > ci && isGrandTotal(r));
  if (ci < 0 || gi < 0) return undefined;
  const between = rows.slice(ci + 1, gi).filter((r) => r.name.trim());
  const minLevel = between.length ? Math.min(...between.map((r) => numberingLevel(r.name))) : 0;
  // sub-items of a carry-over line (`年初结转和结余` → `一般公共预算财政拨款 …`) are not added again
  const extras = between.filter((r, k) => {
    if (numberingLevel(r.name) !== minLevel) return false;
    const isFund = /^(?:一般公共预算|政府性基金|国有资本经营|财政拨款|事业收入|其他)/.test(normName(r.name));
    return !(isFund && between.slice(0, k).some((x) => /结转|结余/.test(x.name)));
  });
  // a breakdown of 本年支出合计 by function class printed under it (一般公共服务支出 …) is part of it,
  // not an addition: then only the carry-over lines are added
  const items = extras.filter((r) => ITEM_LINE.test(normName(r.name)) && !CARRY_LINE.test(normName(r.name)));
  const adds = items.length ? extras.filter((r) => CARRY_LINE.test(normName(r.name))) : extras;
  const parts = [rows[ci].values[col] ?? null, ...adds.map((r) => r.values[col] ?? null)];
  const total = rows[gi].values[col] ?? null;
  if (!total || sumAgrees(total, parts)) return undefined;
  const s = sumText(parts);
  return {
    message: `${tname(t)}${what}不符：${[rows[ci], ...adds].map((r) => r.name.replace(/\s+/g, '')).join(' + ')} = ${s.formula} = ${s.sum}，而${rows[gi].name.replace(/\s+/g, '')}为 ${fig(total)}`,
    stated: fig(total),
    expected: s.sum,
    evidence: [rowEv(t, rows[ci]), ...adds.map((r) => rowEv(t, r)), rowEv(t, rows[gi])],
  };
}

export const rule: Rule = {
  meta: {
    id: 'summary-balance',
    title: '收支总表不平衡',
    severity: 'error',
    category: 'table-arithmetic',
    appliesTo: {},
    basis: '收入总计 = 支出总计；本年收入合计 + 上年结转（结余）（+ 用事业基金弥补收支差额等）= 收入总计；本年支出合计 + 结转下年（年末结转和结余、结余分配）= 支出总计',
    docs: '在收支总表和财政拨款收支总表中核对：两侧总计相等；本年收入合计加其后列出的结转结余等各行等于收入总计；本年支出合计加其后列出的结转、结余分配等各行等于支出总计（只加同一层级的行，避免把“其中”项重复计入）。',
  },
  check(model) {
    const out: FindingDraft[] = [];
    for (const t of model.tables.filter((x) => x.key === 'summary' || x.key === 'fiscal_summary')) {
      const ss = sides(t);
      const totals: { row: Row; col: number }[] = [];
      for (const s of ss) {
        const col = mainIndex(s.cols, s.rows);
        const label = s.side === 'right' ? '支出' : s.side === 'left' ? '收入' : '';
        const f = carryIdentity(t, s.rows, col, label ? `${label}方` : '');
        if (f) out.push(f);
        const g = s.rows.find(isGrandTotal);
        if (g) totals.push({ row: g, col });
      }
      if (ss.length === 2 && totals.length === 2) {
        const [a, b] = totals;
        const va = a.row.values[a.col] ?? null;
        const vb = b.row.values[b.col] ?? null;
        if (va && vb && !sameAmount(va, vb)) {
          out.push({
            message: `${tname(t)}收入总计 ${fig(va)} 与支出总计 ${fig(vb)} 不相等`,
            stated: fig(va),
            expected: fig(vb),
            evidence: [rowEv(t, a.row), rowEv(t, b.row)],
          });
        }
      }
    }
    return out;
  },
};
