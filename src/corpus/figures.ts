/**
 * Figures of one model that the cross-document rules compare: function-class rows of the
 * expenditure tables (current and 年初预算 columns), "三公" items, and key facts; all in 万元 with
 * their printed precision and source.
 */
import { radiusWan, toWan } from '../model/amount.js';
import type { Decimal } from '../model/decimal.js';
import type { Amount, FactKey, Row, Table } from '../model/types.js';
import type { CorpusModel } from './model.js';

export interface Figure {
  value: Decimal;
  /** Half a unit of the last printed place, in 万元. */
  radius: Decimal;
  amount?: Amount;
  label: string;
  source: Amount['source'];
  text: string;
}

export function figureOf(a: Amount, label: string, text: string): Figure {
  return { value: toWan(a), radius: radiusWan(a), amount: a, label, source: a.source, text };
}

/** Do two figures agree within their printed precision? */
export function agree(a: Figure, b: Figure): boolean {
  return a.value.sub(b.value).abs().cmp(a.radius.add(b.radius)) <= 0;
}

const tableOf = (m: CorpusModel, key: Table['key']) => m.tables.find((t) => t.key === key && t.rows.length > 0);

function rowText(t: Table, r: Row): string {
  return `${t.title}：${r.code ? `${r.code} ` : ''}${r.name} ${r.values.map((v) => v?.raw ?? '').join(' ')}`.trim();
}

/** Function-classification rows (code → figure) of a column role of the 一般公共预算 (or 支出) table. */
export function functionColumn(m: CorpusModel, role: 'total' | 'budget', keys: Table['key'][] = ['general_budget', 'expenditure']): Map<string, Figure> {
  const out = new Map<string, Figure>();
  for (const key of keys) {
    const t = tableOf(m, key);
    if (!t) continue;
    // a 年初预算 block split into 基本支出 / 项目支出 columns has no total column of its own
    const i = t.columns.findIndex((c) => c.role === role && !(role === 'budget' && /基本支出|项目支出|人员经费|公用经费/.test(c.name.replace(/\s+/g, ''))));
    if (i < 0) continue;
    for (const r of t.rows) {
      const v = r.values[i];
      if (!v) continue;
      const code = r.code && (r.codeSystem ?? 'function') === 'function' ? r.code : r.isTotal ? 'total' : undefined;
      if (!code || out.has(code)) continue;
      out.set(code, figureOf(v, code === 'total' ? '合计' : `${code} ${r.name}`, rowText(t, r)));
    }
    if (out.size) return out;
  }
  return out;
}

/**
 * 基本支出 or 项目支出 of the 一般公共预算 table's total row: the column of that role (`current`), or a
 * 年初预算 column named for it (`budget`, final accounts that split their 年初预算 columns).
 */
export function generalSplit(m: CorpusModel, part: 'basic' | 'project', of: 'current' | 'budget'): Figure | undefined {
  const t = tableOf(m, 'general_budget');
  if (!t) return undefined;
  const word = part === 'basic' ? '基本支出' : '项目支出';
  const i = t.columns.findIndex((c) => (of === 'current' ? c.role === part : c.role === 'budget' && c.name.replace(/\s+/g, '').includes(word)));
  if (i < 0) return undefined;
  const r = t.rows.find((x) => x.isTotal && !x.code && x.values[i]);
  const v = r?.values[i];
  return r && v ? figureOf(v, `一般公共预算${word}`, rowText(t, r)) : undefined;
}

/** Code → printed name, from every function-classification row of the model's tables. */
export function codeNames(m: CorpusModel): Map<string, { name: string; source: Amount['source']; text: string }> {
  const out = new Map<string, { name: string; source: Amount['source']; text: string }>();
  for (const t of m.tables) {
    for (const r of t.rows) {
      if (!r.code || (r.codeSystem ?? 'function') !== 'function' || !r.name) continue;
      if (!out.has(r.code)) out.set(r.code, { name: r.name, source: r.source, text: rowText(t, r) });
    }
  }
  return out;
}

/** A fact as a figure (amount facts only). */
export function factFigure(m: CorpusModel, k: FactKey): Figure | undefined {
  const f = m.facts[k];
  if (!f?.amount) return undefined;
  return { ...figureOf(f.amount, k, f.text), value: f.value };
}
