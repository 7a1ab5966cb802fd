/** Helpers shared by the table fact readers: quoting a cell as a fact, finding rows, marker rows. */
import type { Amount, Fact, FactKey, Row, Table, TableKey } from '../../model/types.js';
import { toWan } from '../../model/amount.js';

export type Facts = Partial<Record<FactKey, Fact>>;

export const compact = (s: string) => s.replace(/[\s:：;；]/g, '');

export function fact(key: FactKey, a: Amount, t: Table, label: string): Fact {
  return { key, value: toWan(a), amount: a, text: `${t.title}：${label} ${a.raw}`, source: a.source, from: 'table' };
}

export const tablesOf = (tables: Table[], key: TableKey) => tables.filter((t) => t.key === key && (t.rows.length || t.rightRows?.length));

export function firstRow(rows: Row[] | undefined, re: RegExp): Row | undefined {
  return rows?.find((r) => re.test(compact(r.name)));
}

export function valueAt(r: Row | undefined, i: number): Amount | null {
  if (!r || i < 0) return null;
  return r.values[i] ?? null;
}

export function set(out: Facts, key: FactKey, f: Fact | null | undefined) {
  if (f && !out[key]) out[key] = f;
}

/**
 * A 栏次 / 行次 marker row (`1 2 3 …` under the header): most of its cells are small whole numbers
 * printed without decimals. Such a row is never a total, whatever its label.
 */
export function isMarkerRow(r: Row): boolean {
  const vals = r.values.filter((v): v is Amount => !!v);
  if (vals.length < 2) return false;
  const small = vals.filter((v) => /^\d{1,2}$/.test(v.raw.trim())).length;
  return small >= 2 && small * 2 >= vals.length;
}
