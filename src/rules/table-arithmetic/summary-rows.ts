/** Locating the lines of a two-sided summary table (收支总表, 财政拨款收支总表). */
import type { Column, Row, Table } from '../../model/types.js';
import { allSides, mainColumn, normName, type TableSide } from '../tables.js';

/** Numbering depth of a row name: none 0, 一、 1, （一） 2, 1. 3. */
export function numberingLevel(name: string): number {
  const s = name.replace(/\s+/g, '');
  if (/^[一二三四五六七八九十]+、/.test(s)) return 1;
  if (/^[（(][一二三四五六七八九十]+[）)]/.test(s)) return 2;
  if (/^\d{1,2}[.、．]/.test(s)) return 3;
  return 0;
}

export type Side = TableSide;

export function sides(t: Table): Side[] {
  return allSides(t);
}

export const isGrandTotal = (r: Row) => /^(?:收入总计|支出总计|总计|收支总计)$/.test(normName(r.name));
export const isCurrentTotal = (r: Row) => /^本年(?:收入|支出)合计$/.test(normName(r.name));

/** The main amount column of a side: the total column, else the first holding figures. */
export function mainIndex(cols: Column[], rows: Row[]): number {
  return mainColumn(cols, rows);
}
