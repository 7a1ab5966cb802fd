/**
 * The 一般公共预算 spending total when the 一般公共预算支出表's printed 合计 is contradicted by the
 * other tables. A budget's 一般公共预算 spending is stated three ways: the 一般公共预算支出表's 合计;
 * the 财政拨款收支总表's 本年支出合计 less the 政府性基金 and 国有资本经营 tables' totals; and that
 * table's 一般公共预算 revenue lines (本年 + 上年结转). When the last two agree (within the rounding
 * tails of the cells added) and the printed 合计 differs from both, the printed cell is the odd one out
 * (a hand edit the checker reports as an error): the draft states the figure the two agree on, from
 * the cells it is computed from. In every other case the printed 合计 stands.
 */
import { Decimal } from '../model/decimal.js';
import { toWan } from '../model/amount.js';
import type { DisclosureModel, Row, Table } from '../model/types.js';
import type { SourceRef } from '../model/source.js';
import type { Figure, Figures } from './figures.js';

const compact = (s: string) => s.replace(/\s+/g, '').replace(/^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])/, '');
const SPENDING_TOTAL = /^(?:本年支出(?:合计)?|支出合计)$/;
const GRAND_TOTAL = /^支出总计$/;
const CARRIED = /^年终结转(?:结余)?$/;
const GB_REVENUE = /^一般公共预算(?:拨款|资金|财政拨款)?(?:收入)?$/;
/** One cent (万元) per cell added: the tables' tails (明细数加计之和与合计数有尾差). */
const TAIL = Decimal.parse('0.01')!;

type Cell = { value: Decimal; source: SourceRef };

function first(r: Row): Cell | null {
  const a = r.values.find((v) => v);
  return a ? { value: toWan(a), source: a.source } : null;
}

/** A fund table's total: its 合计 cell, zero when the table states it is empty or prints no figure. */
function fundTotal(model: DisclosureModel, key: 'gov_fund' | 'state_capital'): Cell | 'zero' | null {
  const t = model.tables.find((x) => x.key === key);
  if (!t) return null;
  if (t.emptyStatement || t.rows.every((r) => r.values.every((v) => !v || v.value.isZero()))) return 'zero';
  const total = t.rows.find((r) => r.isTotal);
  return total ? first(total) : null;
}

const within = (a: Decimal, b: Decimal, cells: number) => a.sub(b).abs().lte(TAIL.mul(Decimal.of(BigInt(cells))));

/** The corrected `gb_total`, or null when the printed one stands. */
export function corroboratedGbTotal(model: DisclosureModel, printed: Figure | undefined): Figure | null {
  if (!printed || model.identity.kind !== 'budget') return null;
  const fs: Table | undefined = model.tables.find((x) => x.key === 'fiscal_summary' && x.rightRows?.length);
  if (!fs) return null;
  const right = fs.rightRows!;
  // this year's spending; a 支出总计 only where no 年终结转结余 is printed beside it
  const carried = right.some((r) => CARRIED.test(compact(r.name)) && r.values.some((v) => v && !v.value.isZero()));
  const spendRow = right.find((r) => SPENDING_TOTAL.test(compact(r.name))) ?? (carried ? undefined : right.find((r) => GRAND_TOTAL.test(compact(r.name))));
  const spend = spendRow && first(spendRow);
  const gf = fundTotal(model, 'gov_fund');
  const sc = fundTotal(model, 'state_capital');
  if (!spend || !gf || !sc) return null;
  const others = [gf, sc].filter((x): x is Cell => x !== 'zero');
  const derived = others.reduce((acc, c) => acc.sub(c.value), spend.value);
  const revenue = fs.rows.filter((r) => GB_REVENUE.test(compact(r.name))).map(first).filter((c): c is Cell => !!c);
  if (!revenue.length) return null;
  const stated = Decimal.sum(revenue.map((c) => c.value));
  const tails = 1 + others.length + revenue.length;
  if (!within(derived, stated, tails) || within(printed.value, derived, tails)) return null;
  const note = `一般公共预算支出表所列合计 ${printed.value.toGrouped()}万元，与财政拨款收支总表本年支出合计减政府性基金、国有资本经营预算支出（${derived.toGrouped()}万元）及该表一般公共预算收入（${stated.toGrouped()}万元）均不一致；草稿中一般公共预算支出按后两者一致的 ${derived.toGrouped()}万元填写，请核对该表合计。`;
  return { key: 'gb_total', value: derived, sources: [spend.source, ...others.map((c) => c.source)], note };
}

/** Replaces `gb_total` in the figures when the other tables contradict the printed 合计. */
export function correctGbTotal(model: DisclosureModel, out: Figures): void {
  const c = corroboratedGbTotal(model, out.get('gb_total'));
  if (c) out.set('gb_total', c);
}
