/**
 * Lookup structures for resolve.ts, built once per model: resolving a mention used to scan every
 * row of every coded table (and every mention) for each mention, so its cost grew with the square
 * of the document's length (8× the pages, 15× the rule time). With these maps each mention costs
 * about the same whatever the length; results are the same, in the same order.
 *
 * The index belongs to one model and is rebuilt if the model's tables or mentions are replaced or
 * change in number (rules never change a model; tests may build one and change it).
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

interface Cached {
  tables: Table[];
  tableCount: number;
  mentions: Mention[];
  mentionCount: number;
  index: ResolveIndex;
}

const cache = new WeakMap<DisclosureModel, Cached>();

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

/** The model's index (built on first use). */
export function resolveIndex(m: DisclosureModel): ResolveIndex {
  const c = cache.get(m);
  if (c && c.tables === m.tables && c.tableCount === m.tables.length && c.mentions === m.mentions && c.mentionCount === m.mentions.length) {
    return c.index;
  }
  const index = build(m);
  cache.set(m, { tables: m.tables, tableCount: m.tables.length, mentions: m.mentions, mentionCount: m.mentions.length, index });
  return index;
}

/** A memoised value of the model's index. */
export function memoised<T>(m: DisclosureModel, key: string, compute: () => T): T {
  const memo = resolveIndex(m).memo;
  if (memo.has(key)) return memo.get(key) as T;
  const v = compute();
  memo.set(key, v);
  return v;
}
