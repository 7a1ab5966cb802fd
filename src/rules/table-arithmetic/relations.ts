/** The relations a table's rows must satisfy, and their check (shared by rules and the extraction sanity test). */
import type { Column, Row, Table } from '../../model/types.js';
import { fig } from '../format.js';
import { childrenOf, codeCounts, colIndex } from '../tables.js';
import { sumAgrees } from '../tolerance.js';
import { sumText } from './sum-text.js';

const EXTRA_EXPENDITURE = /上缴上级|经营支出|对附属单位补助|对下级单位补助/;
/** A fiscal-appropriation fund column (一般公共预算资金, 政府性基金, 国有资本经营预算…), with or without its group path. */
const FISCAL_FUND = /(?:一般公共预算|政府性基金|国有资本经营)(?:预算)?(?:资金|拨款|收入)?$/;
const NESTED_FISCAL = /^(?:本年)?财政拨款(?:收入)?(?:小计)?$/;
/** A generic subtotal column (`小计`, `本年收入/小计`), not a named one (`基本支出/小计` takes its group's role). */
const SUBTOTAL = /(?:^|\/)(?:本年收入|上年结转结余?|本年)?小计$/;

export interface Relation {
  total: number;
  parts: number[][]; // alternatives: the relation holds if any of them sums to the total
  what: string;
}

export function relations(t: Table, cols: Column[]): Relation[] {
  const out: Relation[] = [];
  const total = colIndex(t, 'total', cols);
  const basic = colIndex(t, 'basic', cols);
  const project = colIndex(t, 'project', cols);
  const personnel = colIndex(t, 'personnel', cols);
  const pub = colIndex(t, 'public', cols);
  const name = (i: number) => cols[i].name.replace(/\s+/g, '');
  if (total >= 0 && basic >= 0 && project >= 0) {
    const extra = cols.map((c, i) => i).filter((i) => i !== total && i !== basic && i !== project && EXTRA_EXPENDITURE.test(name(i)));
    // columns printed under `其中` may be parts of 基本支出 / 项目支出 rather than additions to them
    const ofWhich = extra.length > 0 && cols.some((c) => /其中/.test(c.name));
    out.push({ total, parts: ofWhich ? [[basic, project, ...extra], [basic, project]] : [[basic, project, ...extra]], what: `合计 = ${[basic, project, ...extra].map(name).join(' + ')}` });
  }
  if (personnel >= 0 && pub >= 0) {
    const whole = basic >= 0 ? basic : t.key === 'basic' ? total : -1;
    if (whole >= 0) out.push({ total: whole, parts: [[personnel, pub]], what: `${name(whole)} = ${name(personnel)} + ${name(pub)}` });
  }
  if (t.key === 'revenue' && total >= 0 && basic < 0 && project < 0) {
    const others = cols.map((_, i) => i).filter((i) => i !== total);
    const nested = others.filter((i) => NESTED_FISCAL.test(name(i)));
    // 小计 columns (本年收入 / 小计 …, 上年结转结余 / 小计 …) each open a block of the columns after
    // them: 小计 = its block, 合计 = the 小计s (and any column before the first block)
    const subs = others.filter((i) => i > total && SUBTOTAL.test(name(i)) && !nested.includes(i));
    const alts: number[][] = [];
    if (subs.length) {
      subs.forEach((s, k) => {
        const end = k + 1 < subs.length ? subs[k + 1] : cols.length;
        const block = others.filter((i) => i > s && i < end);
        const plain = block.filter((i) => !nested.includes(i));
        // a 财政拨款 小计, or one whose group was not read (a bare `小计`), followed by fund columns is the
        // 财政拨款 subtotal: its block may end where the fund columns end (事业收入, 其他收入 … are beside
        // it, not under it)
        const lead = block.findIndex((i) => !FISCAL_FUND.test(name(i)));
        const funds = lead > 0 ? block.slice(0, lead) : [];
        const alts = plain.length < block.length ? [block, plain] : [block];
        if ((name(s) === '小计' || /财政拨款\/?小计$/.test(name(s))) && funds.length && funds.length < block.length) alts.push(funds);
        if (plain.length) out.push({ total: s, parts: alts, what: `${name(s)} = ${plain.map(name).join(' + ')}` });
      });
      alts.push(others.filter((i) => i < subs[0] || subs.includes(i)));
    }
    const details = others.filter((i) => !subs.includes(i));
    alts.push(details);
    if (nested.length) alts.push(details.filter((i) => !nested.includes(i)));
    out.push({ total, parts: alts, what: subs.length ? `合计 = ${subs.map(name).join(' + ')}` : '合计 = 各项收入之和' });
  }
  return out;
}

export function checkRow(t: Table, r: Row, rel: Relation): string | undefined {
  const total = r.values[rel.total] ?? null;
  let firstAlt: string | undefined;
  for (const alt of rel.parts) {
    const parts = alt.map((i) => r.values[i] ?? null);
    if (parts.every((p) => !p)) return undefined; // components not printed: nothing to check
    if (sumAgrees(total, parts)) return undefined;
    if (!firstAlt) {
      const s = sumText(parts);
      firstAlt = `${fig(total)} ≠ ${s.formula} = ${s.sum}`;
    }
  }
  void t;
  return firstAlt;
}


/** Parents of a coded table with their children (codes listed once), per side. */
export function hierarchyGroups(rows: Row[]): { parent: Row; kids: Row[] }[] {
  const coded = rows.filter((r) => r.code && r.codeLevel);
  const counts = codeCounts(coded);
  const out: { parent: Row; kids: Row[] }[] = [];
  for (const parent of coded) {
    if (counts.get(parent.code!)! > 1) continue;
    const kids = childrenOf(parent, coded);
    // a child code printed twice (a listing, or a 项 printed with its 款 code): which rows add up is unknown
    if (kids.some((k) => counts.get(k.code!)! > 1)) continue;
    if (kids.length) out.push({ parent, kids });
  }
  return out;
}

/** Does a parent equal the sum of its children in every column? */
export function hierarchyHolds(parent: Row, kids: Row[], n: number): boolean {
  for (let i = 0; i < n; i++) {
    const parts = kids.map((k) => k.values[i] ?? null);
    const total = parent.values[i] ?? null;
    if (!total && parts.every((p) => !p)) continue;
    if (!sumAgrees(total, parts)) return false;
  }
  return true;
}
