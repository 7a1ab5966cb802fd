/**
 * Lookup structures for resolve.ts, built once per model: resolving a mention used to scan every
 * row of every coded table (and every mention) for each mention, so its cost grew with the square
 * of the document's length (8× the pages, 15× the rule time). With these maps each mention costs
 * about the same whatever the length; results are the same, in the same order.
 *
 * The index belongs to one run of the rules over one model (engine.ts gives each run a view that
 * carries it); a model used outside a run gets a fresh index on every call.
 */
import type { DisclosureModel, Mention, Row, Table } from '../model/types.js';
import { normName } from './tables.js';

export const FUNCTION_TABLES: readonly string[] = ['general_budget', 'expenditure', 'revenue'];

export interface TableCodes {
  /** Rows by their exact code, in table order. */
  byCode: Map<string, Row[]>;
  /** Rows whose code starts with the key (the row of the key itself included). */
  byPrefix: Map<string, Row[]>;
}

export interface ResolveIndex {
  /** Function-classification rows of the coded tables, by `level \0 normName(name)`, in document order. */
  functionRows: Map<string, Row[]>;
  tableCodes: Map<Table, TableCodes>;
  /** Mentions with role 'final', by sentence. */
  finalMentions: Map<string, Mention[]>;
  /** Memoised results of the resolvers (keys chosen by resolve.ts). */
  memo: Map<string, unknown>;
}

/**
 * The model as the engine hands it to rules for one run: with its lookup index, built on first use and
 * dropped with the run (no module-level cache).
 */
export interface IndexedModel extends DisclosureModel {
  readonly ruleIndex?: ResolveIndex;
}

/** A view of the model that carries its own index for one run of the rules. */
export function withRuleIndex(m: DisclosureModel): IndexedModel {
  let index: ResolveIndex | undefined;
  const view = { ...m } as IndexedModel;
  Object.defineProperty(view, 'ruleIndex', { enumerable: false, get: () => (index ??= build(view)) });
  return view;
}

export const levelNameKey = (level: number, name: string) => `${level}\u0000${name}`;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function build(m: DisclosureModel): ResolveIndex {
  const functionRows = new Map<string, Row[]>();
  for (const t of m.tables) {
    if (!FUNCTION_TABLES.includes(t.key)) continue;
    for (const r of t.rows) {
      if (!r.code || (r.codeSystem ?? 'function') !== 'function' || r.codeLevel === undefined) continue;
      push(functionRows, levelNameKey(r.codeLevel, normName(r.name)), r);
    }
  }
  const tableCodes = new Map<Table, TableCodes>();
  for (const t of m.tables) {
    const byCode = new Map<string, Row[]>();
    const byPrefix = new Map<string, Row[]>();
    for (const r of t.rows) {
      const c = r.code;
      if (!c) continue;
      push(byCode, c, r);
      for (let k = 1; k <= c.length; k++) push(byPrefix, c.slice(0, k), r);
    }
    tableCodes.set(t, { byCode, byPrefix });
  }
  const finalMentions = new Map<string, Mention[]>();
  for (const x of m.mentions) if (x.role === 'final') push(finalMentions, x.text, x);
  return { functionRows, tableCodes, finalMentions, memo: new Map() };
}

/** The model's index: the run's (engine view), or built afresh for a model used outside a run. */
export function resolveIndex(m: DisclosureModel): ResolveIndex {
  return (m as IndexedModel).ruleIndex ?? build(m);
}

/** A memoised value of the model's index. */
export function memoised<T>(m: DisclosureModel, key: string, compute: () => T): T {
  const memo = resolveIndex(m).memo;
  if (memo.has(key)) return memo.get(key) as T;
  const v = compute();
  memo.set(key, v);
  return v;
}
