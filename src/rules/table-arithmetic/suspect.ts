/**
 * A table whose relations fail on most of its rows is more likely read with its columns out of line
 * than printed that way: its arithmetic findings are reported as warnings.
 */
import type { Table } from '../../model/types.js';
import { allSides } from '../tables.js';
import { checkRow, hierarchyGroups, hierarchyHolds, relations } from './relations.js';
import { namedSubtotals } from './named-subtotals.js';

const cache = new WeakMap<Table, boolean>();

export const SUSPECT_NOTE = '（该表多数行不平，可能是提取时列未对齐，请核对原表）';

export function tableSuspect(t: Table): boolean {
  const hit = cache.get(t);
  if (hit !== undefined) return hit;
  let checked = 0;
  let failed = 0;
  let hChecked = 0;
  let hFailed = 0;
  for (const { rows, cols } of allSides(t)) {
    const rels = relations(t, cols);
    for (const r of rows) {
      for (const rel of rels) {
        if (rel.parts.every((alt) => alt.every((i) => !r.values[i]))) continue;
        checked++;
        if (checkRow(t, r, rel)) failed++;
      }
    }
    for (const g of [...hierarchyGroups(rows), ...namedSubtotals(rows)]) {
      hChecked++;
      if (!hierarchyHolds(g.parent, g.kids, Math.max(cols.length, g.parent.values.length))) hFailed++;
    }
  }
  const bad = (f: number, n: number, min: number) => f >= min && f * 2 >= n;
  const suspect = bad(failed, checked, 3) || bad(hFailed, hChecked, 2);
  cache.set(t, suspect);
  return suspect;
}
