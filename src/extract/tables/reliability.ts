/**
 * Extraction's own confidence in a table, from what the reading shows — never from whether the
 * table's relations hold (a table full of real errors is still reliable). A table is unreliable when
 * its column headings were read as a data row (a row name that holds two or more of the table's
 * column headings: a wide table split across pages, a repeated header glued to a row), or when the
 * figures of several rows were printed into their names' cells and could not be told apart.
 */
import type { Column, Row, Table } from '../../model/types.js';
import { figuresInName } from '../../model/table-stats.js';

const squeeze = (s: string) => s.replace(/\s+/g, '');

const MONEY_HEADING = /资金|支出|收入|经费|预算|决算|拨款|结转|结余|费/;

/** Amount columns' headings specific enough to be recognised inside a row name (not 合计, 小计, 金额). */
function distinctiveHeadings(cols: Column[]): string[] {
  const names = cols.filter((c) => c.role !== 'other' && c.role !== 'code' && c.role !== 'name').map((c) => squeeze(c.name).replace(/[（(][^）)]*[）)]$/, '')).filter((n) => n.length >= 4 && MONEY_HEADING.test(n));
  return [...new Set(names)];
}

/** How many different column headings a row name contains (a heading inside a longer one counts once). */
function headingsIn(name: string, headings: string[]): number {
  const n = squeeze(name);
  const hits = headings.filter((h) => n.includes(h));
  return hits.filter((h) => !hits.some((o) => o !== h && o.includes(h))).length;
}

const MIN_GLUED_ROWS = 2;

/** The reason (Chinese) a table cannot be checked reliably, or undefined. */
export function unreliableReason(t: Table): string | undefined {
  // tables of items described in words (绩效目标, 其他): nothing is computed from their columns
  if (t.key === 'performance' || t.key === 'other') return undefined;
  const sides: [Row[], Column[]][] = [[t.rows, t.columns]];
  if (t.rightRows) sides.push([t.rightRows, t.rightColumns ?? t.columns]);
  for (const [rows, cols] of sides) {
    const headings = distinctiveHeadings(cols);
    if (headings.length < 2) continue;
    const r = rows.find((x) => headingsIn(x.name, headings) >= 2);
    if (r) return `表头文字被读成了数据行（“${squeeze(r.name).slice(0, 40)}”），列可能未对齐`;
  }
  const glued = [...t.rows, ...(t.rightRows ?? [])].filter(figuresInName);
  if (glued.length >= MIN_GLUED_ROWS) return `${glued.length} 行的数字与项目名称粘连，无法分清各栏`;
  return undefined;
}
