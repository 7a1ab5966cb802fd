/**
 * The "三公" table's figures: a row per item (Beijing) or one row with a column per item (Shanghai,
 * Chongqing, Hangzhou), possibly in two year blocks (上年 / 本年) or with a 小计 for the vehicle.
 */
import type { Column, DocKind, Fact, FactKey, Row, Table } from '../../model/types.js';
import { Decimal } from '../../model/decimal.js';
import { compact, fact, isMarkerRow, set, tablesOf, type Facts } from './table-cells.js';

const ITEMS: { key: FactKey; re: RegExp }[] = [
  { key: 'operating_expenses', re: /机关运行经费|行政运行经费/ },
  { key: 'three_public_outbound', re: /因公出国/ },
  { key: 'three_public_reception', re: /公务接待/ },
  { key: 'three_public_vehicle', re: /购置[及和与]运行/ },
  { key: 'three_public_vehicle_purchase', re: /购置费?$|购置费/ },
  { key: 'three_public_vehicle_operation', re: /运行(维护)?费/ },
  { key: 'three_public_total', re: /^(合计|总计|小计)$|^[“"]?三公[”"]?经费(?:财政拨款)?(?:预算|决算)?(?:数|总额|合计|总计)?$/ },
];

function itemOf(label: string): FactKey | null {
  const t = compact(label).replace(/^其中/, '');
  for (const it of ITEMS) if (it.re.test(t)) return it.key;
  return null;
}

/** A group heading merged into its first child's name (`公务用车购置及运行费公务用车购置费`): the child. */
function withoutVehicleGroup(name: string): string {
  const t = compact(name);
  const m = /^(?:公务用车)?购置[及和与]运行(?:维护)?费(?:用|支出)?(?=(?:公务用车)?(?:购置|运行))/.exec(t);
  return m ? t.slice(m[0].length) : t;
}

/** A 小计 column standing alone before the vehicle purchase / operation columns is the vehicle subtotal. */
function subtotalOfVehicle(cols: Column[], i: number): boolean {
  const next = cols[i + 1] ? itemOf(withoutVehicleGroup(cols[i + 1].name.split('/').pop() ?? '')) : null;
  return next === 'three_public_vehicle_purchase' || next === 'three_public_vehicle_operation';
}

/** The "三公" table: a row per item (Beijing) or one row with a column per item (Shanghai). */
export function threePublic(tables: Table[], kind: DocKind | undefined, year: number | undefined, out: Facts) {
  for (const t of tablesOf(tables, 'three_public')) {
    const itemRows = t.rows.filter((r) => itemOf(r.name) && itemOf(r.name) !== 'three_public_total');
    const found: Facts = {};
    if (itemRows.length >= 2) {
      // rows per item: the column of this year's budget (预算) or actual (决算)
      const ci = yearColumn(t.columns, kind);
      if (ci < 0) continue;
      for (const r of t.rows) {
        const k = r.isTotal ? 'three_public_total' : itemOf(r.name);
        if (!k) continue;
        const a = r.values[ci];
        if (a) set(found, k, fact(k, a, t, r.name));
        else if (t.rows.some((x) => x.values[ci])) set(found, k, blank(k, t, r, r.name));
      }
    } else {
      // one row, a column per item: the total row (合计) when several rows (one per unit) are printed
      const rows = t.rows.filter((x) => x.values.some(Boolean) && !isMarkerRow(x));
      const r = rows.find((x) => x.isTotal) ?? rows.sort((a, b) => count(b) - count(a))[0];
      if (!r) continue;
      const cols: { k: FactKey; i: number }[] = [];
      t.columns.forEach((c, i) => {
        const path = c.name.split('/');
        if (kind === 'final' && /预算/.test(path[path.length - 1]) && !/机关运行/.test(c.name)) return;
        if (kind !== 'final' && /决算/.test(path[path.length - 1])) return;
        // the most specific part of the header path names the item: 公务用车购置及运行费 / 公务用车购置费 / 决算数
        let k: FactKey | null = null;
        for (let p = path.length - 1; p >= 0 && !k; p--) {
          if (/^小计$/.test(compact(path[p]))) {
            if (path.slice(0, p).some((g) => /购置[及和与]运行/.test(g)) || subtotalOfVehicle(t.columns, i)) k = 'three_public_vehicle';
            continue;
          }
          k = itemOf(withoutVehicleGroup(path[p]));
        }
        if (k) cols.push({ k, i });
      });
      const keyed = new Map<FactKey, number>();
      for (const { k, i } of blockOfYear(cols, t.columns, year)) {
        if (keyed.has(k)) keyed.set(k, -1); // ambiguous: leave to the narrative
        else keyed.set(k, i);
      }
      for (const [k, i] of keyed) {
        if (i < 0) continue;
        const a = r.values[i];
        if (a) set(found, k, fact(k, a, t, t.columns[i].name));
        else set(found, k, blank(k, t, r, t.columns[i].name));
      }
    }
    // keep the table's figures only where they add up (a misread column would not)
    for (const k of consistentKeys(found)) set(out, k, found[k]);
  }
}

/** Rounding of three printed figures (万元, 2 decimals). */
const TOLERANCE = Decimal.of(15, 3);

const count = (r: Row) => r.values.filter(Boolean).length;

/** A blank cell in a table that prints figures stands for zero. */
function blank(key: FactKey, t: Table, r: Row, label: string): Fact {
  return { key, value: Decimal.ZERO, text: `${t.title}：${label}（空白）`, source: r.source, from: 'table' };
}

function yearColumn(cols: Column[], kind: DocKind | undefined): number {
  const want = kind === 'final' ? 'final' : 'budget';
  let i = cols.findIndex((c) => c.role === want);
  if (i < 0) i = cols.findIndex((c) => c.role !== 'prior' && (c.role === 'amount' || c.role === 'total'));
  return i;
}

/**
 * The items of a table that add up: none when the items do not make the total; the total, the
 * vehicle figure and the other items but not the vehicle's parts when only the parts do not make
 * the vehicle figure.
 */
function consistentKeys(f: Facts): FactKey[] {
  const v = (k: FactKey) => f[k]?.value;
  const near = (a: Decimal, b: Decimal) => a.sub(b).abs().lte(TOLERANCE);
  const atMost = (a: Decimal, b: Decimal) => a.lte(b.add(TOLERANCE));
  const sum = (...xs: (Decimal | undefined)[]) => xs.reduce<Decimal>((acc, x) => (x ? acc.add(x) : acc), Decimal.ZERO);
  const tot = v('three_public_total');
  const o = v('three_public_outbound');
  const veh = v('three_public_vehicle');
  const rec = v('three_public_reception');
  const p = v('three_public_vehicle_purchase');
  const op = v('three_public_vehicle_operation');
  const keys = Object.keys(f) as FactKey[];
  const partsFit = !veh || ((!p || !op || near(sum(p, op), veh)) && atMost(sum(p, op), veh));
  const vehicle = veh ?? (p || op ? sum(p, op) : undefined);
  if (tot) {
    if (o && vehicle && rec && !near(sum(o, vehicle, rec), tot)) return [];
    if (!atMost(sum(o, vehicle, rec), tot)) return [];
  }
  if (partsFit) return keys;
  // the vehicle figure is confirmed by the total only when every item is printed
  if (!(tot && o && rec)) return [];
  return keys.filter((k) => k !== 'three_public_vehicle_purchase' && k !== 'three_public_vehicle_operation');
}

/**
 * Columns in two blocks (上年 / 本年: the same items printed twice): the block of the document's
 * year. A repeated item starts a new block; a block is dated by a year (`2026年预算数`) or 本年 / 上年
 * in its headers. Undated blocks are all kept (their repeated items are then ambiguous).
 */
function blockOfYear(cols: { k: FactKey; i: number }[], columns: Column[], year: number | undefined): { k: FactKey; i: number }[] {
  const blocks: { k: FactKey; i: number }[][] = [];
  let seen = new Set<FactKey>();
  for (const c of cols) {
    if (!blocks.length || seen.has(c.k)) {
      blocks.push([]);
      seen = new Set();
    }
    blocks[blocks.length - 1].push(c);
    seen.add(c.k);
  }
  if (blocks.length < 2) return cols;
  const dated = blocks.map((b) => {
    const names = b.map(({ i }) => columns[i].name).join(' ');
    const y = /(\d{4})\s*年/.exec(names);
    if (y && year) return Number(y[1]) === year ? 'current' : 'other';
    if (/本年|本期/.test(names)) return 'current';
    if (/上年|上期/.test(names)) return 'other';
    return 'unknown';
  });
  const current = blocks.filter((_, k) => dated[k] === 'current');
  if (current.length === 1) return current[0];
  return cols;
}
