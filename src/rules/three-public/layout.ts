/** The “三公” table's cells by item, whether items are rows (北京) or columns (上海). */
import type { Amount, Row, Table } from '../../model/types.js';
import { normName } from '../tables.js';
import { sumAgrees } from '../tolerance.js';

export type Item = 'total' | 'outbound' | 'vehicle' | 'purchase' | 'operation' | 'reception';

export interface ItemCell {
  row: Row;
  col: number;
  amount: Amount | null;
}

export interface Group {
  /** Column header (row orientation) or period (column orientation). */
  label: string;
  cells: Partial<Record<Item, ItemCell>>;
}

const stripPeriod = (s: string) =>
  normName(s)
    .replace(/[/／|]+$/, '')
    .replace(/(?:\d{4}年(?:度)?)?(?:年初)?(?:预算数|决算数|预算|决算|执行数)$/, '')
    .replace(/[/／|]+$/, '');

export function itemOf(name: string): Item | undefined {
  const n = stripPeriod(name);
  if (!n) return undefined;
  if (/机关运行/.test(n)) return undefined;
  if (/(?:购置及运行(?:维护)?费|小计)$/.test(n)) return 'vehicle';
  if (/购置费$/.test(n)) return 'purchase';
  if (/运行(?:维护)?费$/.test(n)) return 'operation';
  if (/因公出国（境）费(?:用)?$/.test(n)) return 'outbound';
  if (/公务接待费$/.test(n)) return 'reception';
  if (/(?:合计|总计)$/.test(n) || /三公”?经费$/.test(n)) return 'total';
  return undefined;
}

const periodOf = (name: string) => (/决算/.test(name) ? '决算数' : /上年/.test(name) ? '上年' : /预算/.test(name) ? '预算数' : '');

/** The item of each column; a bare period header (`决算数`) next to `X/预算数` belongs to X (paired columns). */
export function columnItems(t: Table): (Item | undefined)[] {
  const out: (Item | undefined)[] = [];
  t.columns.forEach((c, i) => {
    let it = itemOf(c.name);
    if (!it && i > 0 && /^(?:\d{4}年(?:度)?)?(?:预算数|决算数|预算|决算)$/.test(normName(c.name)) && periodOf(t.columns[i - 1].name) !== periodOf(c.name)) it = out[i - 1];
    out.push(it);
  });
  return out;
}

export function threePublicGroups(t: Table): Group[] {
  const rowItems = t.rows.map((r) => itemOf(r.name));
  if (rowItems.filter(Boolean).length >= 3) {
    return t.columns.map((c, ci) => {
      const cells: Group['cells'] = {};
      t.rows.forEach((r, ri) => {
        const it = rowItems[ri];
        if (it && !cells[it]) cells[it] = { row: r, col: ci, amount: r.values[ci] ?? null };
      });
      return { label: c.name, cells };
    });
  }
  const colItems = columnItems(t);
  if (colItems.filter(Boolean).length < 3) return [];
  // periods are told apart only when the table has both 预算 and 决算 columns (决算表: 预算数 / 决算数 pairs)
  const split = t.columns.some((c) => /决算/.test(c.name)) && t.columns.some((c) => /预算/.test(c.name) && !/决算/.test(c.name));
  const per = (name: string) => (split ? periodOf(name) : '');
  const periods = [...new Set(t.columns.map((c) => per(c.name)))];
  const out: Group[] = [];
  for (const r of t.rows) {
    if (!r.values.some((v) => v)) continue;
    for (const p of periods) {
      const cells: Group['cells'] = {};
      t.columns.forEach((c, ci) => {
        const it = colItems[ci];
        if (it && per(c.name) === p && !cells[it]) cells[it] = { row: r, col: ci, amount: r.values[ci] ?? null };
      });
      out.push({ label: p, cells });
    }
  }
  return out;
}

/** Do the table's groups satisfy 合计 = 三项之和 and 用车 = 购置 + 运行, given the cells' values? */
export function groupHolds(g: Group, value: (c: ItemCell) => Amount | null = (c) => c.amount): boolean {
  const c = g.cells;
  const sum = (total: ItemCell | undefined, parts: (ItemCell | undefined)[]) =>
    !total || parts.some((p) => !p) || sumAgrees(value(total), (parts as ItemCell[]).map(value));
  return sum(c.total, [c.outbound, c.vehicle, c.reception]) && sum(c.vehicle, [c.purchase, c.operation]);
}

/** Does the “三公” table fail its own relations (then figures read from it are doubtful)? */
export function threePublicInconsistent(t: Table): boolean {
  return threePublicGroups(t).some((g) => !groupHolds(g));
}
