/** “三公”经费表：合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费；公务用车 = 购置费 + 运行费。 */
import { plus, figU, rowEv, tname } from '../format.js';
import { sumAgrees } from '../tolerance.js';
import type { FindingDraft, Rule } from '../types.js';
import { Group, groupHolds, ItemCell, threePublicGroups } from './layout.js';
import { explainedByOneMove, MISPLACED_NOTE } from '../table-arithmetic/misplaced.js';

function checkSum(t: Parameters<typeof rowEv>[0], g: Group, total: ItemCell | undefined, parts: (ItemCell | undefined)[], what: string): FindingDraft | undefined {
  if (!total || parts.some((p) => !p)) return undefined;
  const ps = parts as ItemCell[];
  if (ps.every((p) => !p.amount) && !total.amount) return undefined;
  if (sumAgrees(total.amount, ps.map((p) => p.amount))) return undefined;
  const rows = [total.row, ...ps.map((p) => p.row)].filter((r, i, a) => a.indexOf(r) === i);
  return {
    message: `${tname(t)}${g.label ? `（${g.label}）` : ''}${what}不符：${plus(ps.map((p) => p.amount))} ≠ ${figU(total.amount)}`,
    stated: total.amount ? total.amount.raw : '0',
    expected: `${plus(ps.map((p) => p.amount))}`,
    evidence: rows.map((r) => rowEv(t, r)),
  };
}

export const rule: Rule = {
  meta: {
    id: 'three-public-total',
    title: '“三公”经费表合计与分项不符',
    severity: 'error',
    category: 'three-public',
    appliesTo: {},
    basis: '“三公”经费 = 因公出国（境）费 + 公务用车购置及运行（维护）费 + 公务接待费；公务用车购置及运行费 = 购置费 + 运行维护费',
    docs: '在“三公”经费表中（分项按行或按列排列均可，预算数、决算数分别检查），核对合计等于三项之和、公务用车购置及运行费等于购置费与运行维护费之和。空白单元格按 0 计。',
  },
  check(model) {
    const out: FindingDraft[] = [];
    for (const t of model.tables.filter((x) => x.key === 'three_public')) {
      for (const g of threePublicGroups(t)) {
        const c = g.cells;
        // one figure in the wrong column of the row explains the failure: a warning
        const rows = [...new Set(Object.values(c).map((x) => x!.row))];
        const inGroup = new Set(Object.values(c).map((x) => `${rows.indexOf(x!.row)}:${x!.col}`));
        const moved = explainedByOneMove(rows, (vals) => groupHolds(g, (cell) => vals[rows.indexOf(cell.row)][cell.col] ?? null), (k, j) => inGroup.has(`${k}:${j}`));
        const a = checkSum(t, g, c.total, [c.outbound, c.vehicle, c.reception], '合计与三项之和');
        const b = checkSum(t, g, c.vehicle, [c.purchase, c.operation], '公务用车购置及运行费与购置费、运行费之和');
        for (const f of [a, b]) if (f) out.push(moved ? { ...f, severity: 'warning', message: f.message + MISPLACED_NOTE } : f);
      }
    }
    return out;
  },
};
