/**
 * What a correct parser must recover from a generated document: identity, the contract facts
 * (万元 as exact decimal strings; staff in persons) and the tables (key, unit, rows with code, name
 * and values as printed, as decimal strings).
 */
import type { FactKey, TableKey } from '../model/types.js';
import {
  aggBasic, aggFiscal, aggProjectAll, aggTotal, aggregate, threeTotalOf, vehicleOf,
  type DocData,
} from './data.js';
import { printedDecimal, wanString, type Fen, type Unit } from './money.js';
import type { Style } from './style.js';
import type { TRow, TSpec } from './spec.js';

export interface TruthRow {
  code?: string;
  /** Classification system of `code`. */
  codeSystem?: 'function' | 'econ';
  /** 1 = 类, 2 = 款, 3 = 项. */
  level?: 1 | 2 | 3;
  /** Without numbering (`一、`, `（一）`, `1.`, `其中：`) and white space. Empty = unlabelled data row. */
  name: string;
  total?: boolean;
  /** One per amount column, as printed (decimal string without separators); `null` = blank cell. */
  values: (string | null)[];
}

export interface TruthTable {
  key: TableKey;
  title: string;
  unit: Unit;
  /** The table states it has no data. */
  empty: boolean;
  columns: string[];
  rows: TruthRow[];
  /** Two-sided tables: the right-hand side (`rows` is the left). */
  rightColumns?: string[];
  rightRows?: TruthRow[];
}

export interface SampleTruth {
  identity: { org: string; year: number; kind: 'budget' | 'final'; scope: 'department' | 'unit'; region: 'beijing' | 'shanghai' | 'national' };
  /** Contract facts: amounts in 万元 (exact decimal strings), staff counts in persons. */
  facts: Partial<Record<FactKey, string>>;
  tables: TruthTable[];
}

function truthRows(rows: TRow[], unit: Unit, prec: number): TruthRow[] {
  return rows
    .filter((r) => !r.id.startsWith('pad:'))
    .map((r) => {
      const o: TruthRow = { name: r.name.replace(/\s+/g, ''), values: r.values.map((v) => (v === null ? null : printedDecimal(v, unit, prec).toFixed(prec))) };
      if (r.code) {
        o.code = r.code;
        o.codeSystem = r.codeSystem;
        o.level = r.level;
      }
      if (r.total) o.total = true;
      return o;
    });
}

export function tableTruth(t: TSpec): TruthTable {
  if (t.shape === 'two-sided') {
    return {
      key: t.key,
      title: t.title,
      unit: t.unit,
      empty: false,
      columns: t.left!.columns,
      rows: truthRows(t.left!.rows, t.unit, t.prec),
      rightColumns: t.right!.columns,
      rightRows: truthRows(t.right!.rows, t.unit, t.prec),
    };
  }
  return { key: t.key, title: t.title, unit: t.unit, empty: !!t.empty, columns: t.columns, rows: truthRows(t.rows, t.unit, t.prec) };
}

/** A narrative figure as printed, in 万元. */
function narrWan(v: Fen, s: Style): string {
  const d = printedDecimal(v, s.narrUnit, s.narrPrec);
  return (s.narrUnit === '元' ? d.shift(-4) : d).toString();
}

export function buildTruth(d: DocData, s: Style, tables: TSpec[], stated: Partial<Record<FactKey, Fen | number>>): SampleTruth {
  const a = aggregate(d.leaves);
  const F = aggFiscal(a);
  const R = F + a.otherRevenue;
  const T = R + a.carryIn;
  const E = aggTotal(a);
  const facts: Partial<Record<FactKey, string>> = {
    total_revenue: wanString(T),
    total_expenditure: wanString(T),
    current_revenue: wanString(R),
    current_expenditure: wanString(E),
    fiscal_appropriation_revenue: wanString(F),
    general_budget_appropriation: wanString(F),
    basic_expenditure: wanString(aggBasic(a)),
    project_expenditure: wanString(aggProjectAll(a)),
    personnel_expenses: wanString(a.personnel),
    public_expenses: wanString(a.public),
    three_public_total: wanString(threeTotalOf(d.three)),
    three_public_outbound: wanString(d.three.outbound),
    three_public_vehicle: wanString(vehicleOf(d.three)),
    three_public_vehicle_purchase: wanString(d.three.vehiclePurchase),
    three_public_vehicle_operation: wanString(d.three.vehicleOperation),
    three_public_reception: wanString(d.three.reception),
  };
  for (const k of ['operating_expenses', 'procurement_total', 'prior_year_total'] as const) {
    const v = stated[k];
    if (v !== undefined) facts[k] = narrWan(v as Fen, s);
  }
  for (const k of ['staff_authorized', 'staff_actual'] as const) {
    const v = stated[k];
    if (v !== undefined) facts[k] = String(v);
  }
  return {
    identity: { org: d.org.name, year: d.year, kind: d.kind, scope: d.scope, region: s.region },
    facts,
    // the standard tables (a consolidated by-unit table is not one)
    tables: tables.filter((t) => t.key !== 'other').map(tableTruth),
  };
}
