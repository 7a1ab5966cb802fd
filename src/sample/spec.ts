/** Abstract tables: what a table holds, before it is laid out as text. */
import type { TableKey } from '../model/types.js';
import type { Fen, Unit } from './money.js';

export interface TRow {
  /** Stable id within the table (`f:2010301`, `e:30101`, `total`, `l:本年收入合计`), for mutations. */
  id: string;
  code?: string;
  codeSystem?: 'function' | 'econ';
  level?: 1 | 2 | 3;
  name: string;
  /** Printed before the name in the same cell (`一、`, `（一）`, `1.`, `其中：`); not part of the name. */
  prefix?: string;
  total?: boolean;
  /** One per amount column; `null` = blank cell. */
  values: (Fen | null)[];
  /** Government economic 款 (dual economic layouts). */
  gov?: { code: string; name: string };
}

export interface HeaderGroup {
  label: string;
  /** Amount-column indices covered (inclusive). */
  from: number;
  to: number;
}

export interface TSide {
  /** Label over the side (`收入`, `支出`, `财政拨款收入`). */
  head: string;
  /** Label of the item column (`项目`). */
  itemLabel: string;
  columns: string[];
  groups?: HeaderGroup[];
  rows: TRow[];
}

/** `by-unit`: one row per unit of the department (合计, 本级, each unit), a name column and amounts. */
export type TableShape = 'function' | 'econ' | 'two-sided' | 'three-vertical' | 'three-horizontal' | 'by-unit';

export interface TSpec {
  key: TableKey;
  title: string;
  unit: Unit;
  prec: number;
  shape: TableShape;
  /** Amount columns. */
  columns: string[];
  /** Group labels over amount columns (one header line per nesting level). */
  groups?: HeaderGroup[][];
  /** A label over all amount columns (`本年预算数`). */
  banner?: string;
  rows: TRow[];
  /** Two-sided tables: `rows`/`columns` are unused; both sides here. */
  left?: TSide;
  right?: TSide;
  /** Statement under an empty table. */
  emptyNote?: string;
  /** The table has no data (政府性基金 / 国有资本经营 when nothing is appropriated). */
  empty?: boolean;
}
