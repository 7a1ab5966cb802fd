/**
 * Column-number and row-number markers: a 栏次 row printing `1 2 3 …` under the header, a 行次 column
 * numbering the rows of a final-accounts table. They are structure, never amounts: marker rows are
 * taken out of the body, marker columns out of the table.
 */
import type { Row } from '../../model/types.js';
import type { ColSpec } from './columns.js';

/** Labels a marker row may carry (栏次, 行次, the 甲/乙 letters of label columns). */
const MARKER_LABEL = /^(?:栏次|栏号|行次|列次|[甲乙丙丁]{1,4}|栏次[甲乙丙丁]{0,4}|[甲乙丙丁]{1,4}栏次)*$/;
const MARKER_WORD = /栏次|行次|栏号|列次/;
const PLAIN_INT = /^\d{1,3}$/;

/** A header name that says the column numbers rows (行次) or columns (栏次). */
export const isMarkerColumnName = (name: string) => /^(?:行次|栏次|行号|栏号|序号)$/.test(name.replace(/\s+/g, ''));

/**
 * Is a body line a marker row: its label empty or 栏次 / 行次 (possibly with 甲 乙 for the label
 * columns), its figures whole numbers counting up by one? Without a marker word the count must start
 * at 1 and run over at least three columns; with one, two numbers suffice.
 */
export function isMarkerRow(label: string, codes: number, vals: { text: string; kind: string }[]): boolean {
  if (codes) return false;
  const l = label.replace(/\s+/g, '');
  if (!MARKER_LABEL.test(l)) return false;
  const worded = MARKER_WORD.test(l);
  const nums = vals.filter((v) => v.kind === 'num');
  if (nums.length !== vals.length) return worded && nums.length >= 1 && nums.every((v) => PLAIN_INT.test(v.text)) && consecutive(nums.map((v) => Number(v.text)));
  if (!nums.every((v) => PLAIN_INT.test(v.text))) return false;
  const ns = nums.map((v) => Number(v.text));
  if (!consecutive(ns)) return false;
  if (worded) return ns.length >= 2 || (ns.length === 1 && ns[0] === 1);
  return ns.length >= 3 && ns[0] === 1;
}

function consecutive(ns: number[]): boolean {
  if (!ns.length) return false;
  for (let i = 1; i < ns.length; i++) if (ns[i] !== ns[i - 1] + 1) return false;
  return true;
}

/**
 * Marker columns of built rows: named 行次 / 栏次, or holding whole numbers that count rows (each
 * printed figure one more than the one above it, at least four of them, starting at 1). Returns the
 * indexes to drop.
 */
export function markerColumns(cols: ColSpec[], rows: Row[]): number[] {
  const out: number[] = [];
  cols.forEach((c, i) => {
    if (isMarkerColumnName(c.name) || isMarkerColumnName(c.path[c.path.length - 1] ?? '')) {
      out.push(i);
      return;
    }
    const vs = rows.map((r) => r.values[i]).filter((v) => v);
    if (vs.length < 4) return;
    if (!vs.every((v) => v!.precision === 0 && PLAIN_INT.test(v!.raw.trim()))) return;
    const ns = vs.map((v) => Number(v!.raw.trim()));
    if (ns[0] === 1 && consecutive(ns)) out.push(i);
  });
  return out;
}

/** Takes marker columns out of a table side (columns and each row's values). */
export function dropMarkerColumns(cols: ColSpec[], rows: Row[]): { cols: ColSpec[]; rows: Row[] } {
  const drop = markerColumns(cols, rows);
  if (!drop.length) return { cols, rows };
  const keep = (_: unknown, i: number) => !drop.includes(i);
  for (const r of rows) r.values = r.values.filter(keep);
  return { cols: cols.filter(keep), rows };
}
