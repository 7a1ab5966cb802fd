/**
 * The standard tables of a budget (9) or final-accounts (9) disclosure, as abstract tables built
 * from the document's figures. Titles, columns and row labels follow the regional templates.
 */
import type { TableKey } from '../model/types.js';
import type { Rng } from './prng.js';
import { ECON, ECON_CLASSES, FUNCTION_CLASSES, GOV_ECON_NAMES, econName, type EconClass } from './codes.js';
import {
  aggBasic, aggFiscal, aggProjectAll, aggTotal, aggregate, econTree, fiscalOf, functionTree, threeTotalOf, vehicleOf,
  type Agg, type DocData, type ThreePublic,
} from './data.js';
import type { Fen } from './money.js';
import type { Style } from './style.js';
import type { HeaderGroup, TRow, TSide, TSpec } from './spec.js';

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** 1 → 一, 12 → 十二, 21 → 二十一. */
export function cnNumber(n: number): string {
  if (n <= 10) return CN[n];
  if (n < 20) return '十' + CN[n - 10];
  const t = Math.floor(n / 10);
  return CN[t] + '十' + (n % 10 ? CN[n % 10] : '');
}

/** The national 9 in the order the template prints them. */
export function tableOrder(d: DocData, s: Style): TableKey[] {
  if (d.kind === 'budget') {
    return s.titles === 'shanghai'
      ? ['summary', 'revenue', 'expenditure', 'fiscal_summary', 'general_budget', 'gov_fund', 'state_capital', 'basic', 'three_public']
      : ['summary', 'revenue', 'expenditure', 'fiscal_summary', 'general_budget', 'basic', 'three_public', 'gov_fund', 'state_capital'];
  }
  return s.region === 'shanghai'
    ? ['summary', 'revenue', 'expenditure', 'fiscal_summary', 'general_budget', 'basic', 'three_public', 'gov_fund', 'state_capital']
    : ['summary', 'revenue', 'expenditure', 'fiscal_summary', 'general_budget', 'basic', 'gov_fund', 'state_capital', 'three_public'];
}

export function tableTitle(key: TableKey, d: DocData, s: Style, variant: number): string {
  let title = baseTitle(key, d, s, variant);
  if (s.threeExtra && key === 'three_public') title = title.replace(/经费(?=支出)/, '经费、会议费、培训费');
  if (s.titleSuffix && (key === 'general_budget' || key === 'gov_fund' || key === 'expenditure')) title += '（按功能分类科目）';
  if (s.titleSuffix && key === 'basic') title += '（按经济分类科目）';
  if (s.titleOrgYear) title = `${d.org.name}${d.year}年${d.kind === 'final' ? '度' : ''}${title.replace(/^\d{4}年度?/, '')}`;
  return title;
}

function baseTitle(key: TableKey, d: DocData, s: Style, variant: number): string {
  const q = s.quote;
  const y = d.year;
  const unitWord = d.scope === 'unit' ? '单位' : '部门';
  if (d.kind === 'final') {
    const t: Partial<Record<TableKey, string>> = {
      summary: '收入支出决算总表',
      revenue: '收入决算表',
      expenditure: '支出决算表',
      fiscal_summary: '财政拨款收入支出决算总表',
      general_budget: '一般公共预算财政拨款支出决算表',
      basic: '一般公共预算财政拨款基本支出决算表',
      gov_fund: '政府性基金预算财政拨款收入支出决算表',
      state_capital: variant % 2 ? '国有资本经营预算财政拨款支出决算表' : '国有资本经营预算财政拨款收入支出决算表',
      three_public: `财政拨款${q[0]}三公${q[1]}经费支出决算表`,
    };
    const title = t[key]!;
    return variant % 3 === 0 ? `${y}年度${title}` : title;
  }
  switch (s.titles) {
    case 'beijing': {
      const t: Partial<Record<TableKey, string>> = {
        summary: `${unitWord}收支总体情况表`,
        revenue: `${unitWord}收入总体情况表`,
        expenditure: `${unitWord}支出总体情况表`,
        fiscal_summary: '财政拨款收支总体情况表',
        general_budget: '一般公共预算支出情况表',
        basic: '一般公共预算基本支出情况表',
        three_public: `一般公共预算${q[0]}三公${q[1]}经费支出情况表`,
        gov_fund: '政府性基金预算支出情况表',
        state_capital: '国有资本经营预算财政拨款支出表',
      };
      return t[key]!;
    }
    case 'beijing2020': {
      const t: Partial<Record<TableKey, string>> = {
        summary: `${unitWord}预算收支总表`,
        revenue: `${unitWord}收入总表`,
        expenditure: `${unitWord}支出总表`,
        fiscal_summary: '财政拨款收支总表',
        general_budget: '一般公共预算支出表',
        basic: '一般公共预算基本支出表',
        three_public: `一般公共预算${q[0]}三公${q[1]}经费支出表`,
        gov_fund: '政府性基金预算支出表',
        state_capital: '国有资本经营预算支出表',
      };
      return `${y}年${t[key]!}`;
    }
    case 'shanghai': {
      const t: Partial<Record<TableKey, string>> = {
        summary: `${unitWord}财务收支预算总表`,
        revenue: `${unitWord}收入预算总表`,
        expenditure: `${unitWord}支出预算总表`,
        fiscal_summary: `${unitWord}财政拨款收支预算总表`,
        general_budget: `${unitWord}一般公共预算支出功能分类预算表`,
        gov_fund: `${unitWord}政府性基金预算支出功能分类预算表`,
        state_capital: `${unitWord}国有资本经营预算支出功能分类预算表`,
        basic: `${unitWord}一般公共预算基本支出部门预算经济分类预算表`,
        three_public: `${unitWord}${q[0]}三公${q[1]}经费和机关运行经费预算表`,
      };
      return `${y}年${t[key]!}`;
    }
    default: {
      const t: Partial<Record<TableKey, string>> = {
        summary: `${unitWord}收支总表`,
        revenue: `${unitWord}收入总表`,
        expenditure: `${unitWord}支出总表`,
        fiscal_summary: '财政拨款收支总表',
        general_budget: '一般公共预算支出表',
        basic: '一般公共预算基本支出表',
        three_public: `一般公共预算${q[0]}三公${q[1]}经费支出表`,
        gov_fund: '政府性基金预算支出表',
        state_capital: '国有资本经营预算支出表',
      };
      return variant % 2 ? `${y}年${t[key]!}` : t[key]!;
    }
  }
}

/** Builds one table. `rng` decides template variants only. */
export function buildTable(key: TableKey, d: DocData, s: Style, rng: Rng): TSpec {
  const title = tableTitle(key, d, s, rng.int(0, 5));
  const z = (v: Fen): Fen | null => (v === 0n && s.blankZero ? null : v);
  const base = { key, title, unit: s.tableUnit, prec: s.tablePrec };
  const tree = functionTree(d.leaves);
  const all = aggregate(d.leaves);

  const functionRows = (vals: (a: Agg) => (Fen | null)[], keep: (a: Agg) => boolean = () => true): TRow[] => {
    const rows: TRow[] = tree
      .filter((n) => keep(n.agg))
      .map((n) => ({ id: `f:${n.code}`, code: n.code, codeSystem: 'function' as const, level: n.level, name: n.name, values: vals(n.agg) }));
    const total: TRow = { id: 'total', name: s.totalLabel, total: true, values: vals(all) };
    return s.totalFirst ? [total, ...rows] : [...rows, total];
  };

  switch (key) {
    case 'summary':
      return twoSided(base, summarySides(d, s, z));
    case 'fiscal_summary':
      return twoSided(base, fiscalSides(d, s, z, rng));
    case 'revenue': {
      if (d.kind === 'final') {
        const columns = ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'];
        const vals = (a: Agg) => {
          const other = d.otherSource === '其他收入' ? a.otherRevenue : 0n;
          const shiye = d.otherSource === '事业收入' ? a.otherRevenue : 0n;
          return [z(aggFiscal(a) + a.otherRevenue), z(aggFiscal(a)), null, shiye ? shiye : null, null, null, other ? other : null];
        };
        return { ...base, shape: 'function', columns, rows: functionRows(vals) };
      }
      if (s.titles === 'shanghai') {
        const columns = ['合计', '财政拨款收入', '事业收入', '事业单位经营收入', '其他收入'];
        const vals = (a: Agg) => {
          const other = d.otherSource === '其他收入' ? a.otherRevenue : 0n;
          const shiye = d.otherSource === '事业收入' ? a.otherRevenue : 0n;
          return [z(aggFiscal(a) + a.otherRevenue), z(aggFiscal(a)), shiye ? shiye : null, null, other ? other : null];
        };
        return { ...base, shape: 'function', columns, groups: [[{ label: '收入预算', from: 0, to: 4 }]], rows: functionRows(vals) };
      }
      if (s.revenueFundGroup) {
        const columns = ['合计', '小计', '一般公共预算资金', '政府性基金', '事业收入', '其他收入', '上年结转'];
        const vals = (a: Agg) => {
          const other = d.otherSource === '其他收入' ? a.otherRevenue : 0n;
          const shiye = d.otherSource === '事业收入' ? a.otherRevenue : 0n;
          return [z(aggFiscal(a) + a.otherRevenue + a.carryIn), z(aggFiscal(a)), z(aggFiscal(a)), null, shiye ? shiye : null, other ? other : null, a.carryIn ? a.carryIn : null];
        };
        const groups: HeaderGroup[][] = [[{ label: '财政拨款', from: 1, to: 3 }]];
        return { ...base, shape: 'function', columns, groups, banner: '本年收入', rows: functionRows(vals) };
      }
      const columns = ['合计', '上年结转', '一般公共预算拨款收入', '政府性基金预算拨款收入', '事业收入', '其他收入'];
      const vals = (a: Agg) => {
        const other = d.otherSource === '其他收入' ? a.otherRevenue : 0n;
        const shiye = d.otherSource === '事业收入' ? a.otherRevenue : 0n;
        return [z(aggFiscal(a) + a.otherRevenue + a.carryIn), a.carryIn ? a.carryIn : null, z(aggFiscal(a)), null, shiye ? shiye : null, other ? other : null];
      };
      return { ...base, shape: 'function', columns, rows: functionRows(vals) };
    }
    case 'expenditure': {
      if (d.kind === 'final') {
        const columns = ['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'];
        return { ...base, shape: 'function', columns, rows: functionRows((a) => [z(aggTotal(a)), z(aggBasic(a)), z(aggProjectAll(a)), null, null, null]) };
      }
      const extra = s.titles === 'beijing2020' || (s.titles === 'national' && rng.chance(400));
      const columns = extra ? ['合计', '基本支出', '项目支出', '上缴上级支出', '事业单位经营支出', '对下级单位补助支出'] : ['合计', '基本支出', '项目支出'];
      const vals = (a: Agg) => {
        const v = [z(aggTotal(a)), z(aggBasic(a)), z(aggProjectAll(a))];
        return extra ? [...v, null, null, null] : v;
      };
      const groups = s.titles === 'shanghai' ? [[{ label: '支出预算', from: 0, to: 2 }]] : undefined;
      return { ...base, shape: 'function', columns, groups, rows: functionRows(vals) };
    }
    case 'general_budget': {
      const split = d.kind === 'budget' && s.titles === 'beijing' && rng.chance(500);
      if (split) {
        const columns = ['合计', '小计', '人员经费', '公用经费', '项目支出'];
        const groups: HeaderGroup[][] = [[{ label: '基本支出', from: 1, to: 3 }]];
        return {
          ...base, shape: 'function', columns, groups, banner: '本年预算数',
          rows: functionRows((a) => [z(aggFiscal(a)), z(aggBasic(a)), z(a.personnel), z(a.public), z(a.project)], (a) => aggFiscal(a) > 0n),
        };
      }
      if (d.kind === 'final' && s.finalBudgetCols) {
        // 调整预算 of a 项: its 年初预算 raised to what was spent when more was spent; nodes add their 项
        const adjusted = new Map<Agg, Fen>();
        const leafAdj = (code: string) => d.leaves.filter((l) => l.code.startsWith(code)).reduce((t, l) => t + (l.budget > fiscalOf(l) ? l.budget : fiscalOf(l)), 0n);
        for (const n of tree) adjusted.set(n.agg, leafAdj(n.code));
        adjusted.set(all, leafAdj(''));
        const adjOf = (a: Agg): Fen => adjusted.get(a) ?? 0n;
        const columns = ['年初预算', '调整预算', '合计', '基本支出', '项目支出'];
        const groups: HeaderGroup[][] = [[{ label: '决算数', from: 2, to: 4 }]];
        return {
          ...base, shape: 'function', columns, groups,
          rows: functionRows((a) => [z(a.budget), z(adjOf(a)), z(aggFiscal(a)), z(aggBasic(a)), z(a.project)], (a) => aggFiscal(a) > 0n),
        };
      }
      const groups = s.titles === 'shanghai' ? [[{ label: '一般公共预算支出', from: 0, to: 2 }]] : undefined;
      return {
        ...base, shape: 'function', columns: ['合计', '基本支出', '项目支出'], groups,
        rows: functionRows((a) => [z(aggFiscal(a)), z(aggBasic(a)), z(a.project)], (a) => aggFiscal(a) > 0n),
      };
    }
    case 'basic': {
      const nodes = econTree(d.leaves);
      const rows: TRow[] = nodes.map((n) => {
        const cls = n.code.slice(0, 3) as EconClass;
        const gov = n.level === 1 ? { code: ECON_CLASSES[cls].gov, name: ECON_CLASSES[cls].govName } : { code: ECON[n.code].gov, name: GOV_ECON_NAMES[ECON[n.code].gov] };
        return { id: `e:${n.code}`, code: n.code, codeSystem: 'econ' as const, level: n.level, name: econName(n.code), values: [z(n.amount), z(n.personnel), z(n.public)], gov };
      });
      const total: TRow = { id: 'total', name: s.totalLabel, total: true, values: [z(aggBasic(all)), z(all.personnel), z(all.public)] };
      const columns = d.kind === 'final' ? ['合计', '人员经费', '公用经费'] : ['合计', '人员经费', '公用经费'];
      const groups = s.titles === 'shanghai' ? [[{ label: '一般公共预算基本支出', from: 0, to: 2 }]] : undefined;
      return { ...base, shape: 'econ', columns, groups, rows: s.totalFirst ? [total, ...rows] : [...rows, total] };
    }
    case 'three_public':
      return threePublicTable(base, d, s);
    case 'gov_fund':
    case 'state_capital': {
      const what = key === 'gov_fund' ? '政府性基金预算' : '国有资本经营预算';
      const columns = d.kind === 'final' && key === 'gov_fund' ? ['年初结转和结余', '本年收入', '小计', '基本支出', '项目支出', '年末结转和结余'] : ['合计', '基本支出', '项目支出'];
      const groups = d.kind === 'final' && key === 'gov_fund' ? [[{ label: '本年支出', from: 2, to: 4 }]] : undefined;
      const who = d.scope === 'unit' ? '本单位' : '本部门';
      const note = s.columnIndexRow && d.kind === 'budget'
        ? `注：${who}无${what}财政拨款收入，也没有使用${what}财政拨款安排的支出，故本表无数据。`
        : d.kind === 'final'
        ? rng.pick([
            `注：${who}${d.year}年度无${what}财政拨款收入、支出及结转结余，故本表无数据。`,
            `注：${d.org.name}没有${what}财政拨款支出，本表为空表。`,
          ])
        : rng.pick([
            `注：${who}${d.year}年无${what}财政拨款安排的预算，故本表为空表。`,
            `${who}${d.year}年没有使用${what}财政拨款安排的支出，本表无数据。`,
          ]);
      const rows: TRow[] = rng.chance(500) ? [{ id: 'total', name: s.totalLabel, total: true, values: columns.map(() => null) }] : [];
      return { ...base, shape: 'function', columns, groups, rows, empty: true, emptyNote: note };
    }
    default:
      throw new Error(`no builder for table ${key}`);
  }
}

function twoSided(base: Pick<TSpec, 'key' | 'title' | 'unit' | 'prec'>, sides: { left: TSide; right: TSide }): TSpec {
  return { ...base, shape: 'two-sided', columns: [], rows: [], left: sides.left, right: sides.right };
}

const row = (id: string, name: string, values: (Fen | null)[], extra: Partial<TRow> = {}): TRow => ({ id, name, values, ...extra });

/** Function classes of the right side of a 收支总表: those with spending, or the whole catalogue. */
function classRows(d: DocData, s: Style, value: (cls: string) => Fen, width: number, fill: (v: Fen) => (Fen | null)[]): TRow[] {
  const present = new Set(d.leaves.map((l) => l.code.slice(0, 3)));
  const list = s.summaryAllClasses ? FUNCTION_CLASSES.slice(0, 24) : FUNCTION_CLASSES.filter(([c]) => present.has(c));
  const enumerate = s.region !== 'shanghai' || s.summaryAllClasses;
  return list.map(([code, name], i) => {
    const v = present.has(code) ? value(code) : 0n;
    const values = present.has(code) ? fill(v) : new Array<Fen | null>(width).fill(null);
    return row(`c:${code}`, name, values, enumerate ? { prefix: `${cnNumber(i + 1)}、` } : {});
  });
}

function summarySides(d: DocData, s: Style, z: (v: Fen) => Fen | null): { left: TSide; right: TSide } {
  const a = aggregate(d.leaves);
  const F = aggFiscal(a);
  const R = F + a.otherRevenue;
  const E = aggTotal(a);
  const T = R + a.carryIn;
  const other = d.otherSource === '其他收入' ? a.otherRevenue : 0n;
  const shiye = d.otherSource === '事业收入' ? a.otherRevenue : 0n;
  const opt = (v: Fen) => (v ? [v] : [null]);
  const byClass = (c: string) => aggTotal(aggregate(d.leaves.filter((l) => l.code.startsWith(c))));
  const col = d.kind === 'final' ? '决算数' : '预算数';
  let left: TRow[];
  let footL: TRow[];
  let footR: TRow[];
  if (d.kind === 'final') {
    left = [
      row('l:gb', '一般公共预算财政拨款收入', [z(F)], { prefix: '一、' }),
      row('l:gf', '政府性基金预算财政拨款收入', [null], { prefix: '二、' }),
      row('l:sc', '国有资本经营预算财政拨款收入', [null], { prefix: '三、' }),
      row('l:up', '上级补助收入', [null], { prefix: '四、' }),
      row('l:sy', '事业收入', opt(shiye), { prefix: '五、' }),
      row('l:jy', '经营收入', [null], { prefix: '六、' }),
      row('l:fs', '附属单位上缴收入', [null], { prefix: '七、' }),
      row('l:qt', '其他收入', opt(other), { prefix: '八、' }),
    ];
    footL = [
      row('l:cur', '本年收入合计', [z(R)], { total: true }),
      row('l:use', '使用非财政拨款结余（含专用结余）', [null]),
      row('l:carry', '年初结转和结余', opt(a.carryIn)),
      row('l:tot', '总计', [z(T)], { total: true }),
    ];
    footR = [
      row('r:cur', '本年支出合计', [z(E)], { total: true }),
      row('r:dist', '结余分配', [null]),
      row('r:carry', '年末结转和结余', opt(a.carryOut)),
      row('r:tot', '总计', [z(T)], { total: true }),
    ];
  } else if (s.titles === 'shanghai') {
    left = [
      row('l:fa', '财政拨款收入', [z(F)], { prefix: '一、' }),
      row('l:gb', '一般公共预算资金', [z(F)], { prefix: '1. ' }),
      row('l:gf', '政府性基金', [null], { prefix: '2. ' }),
      row('l:sc', '国有资本经营预算', [null], { prefix: '3. ' }),
      row('l:sy', '事业收入', opt(shiye), { prefix: '二、' }),
      row('l:jy', '事业单位经营收入', [null], { prefix: '三、' }),
      row('l:qt', '其他收入', opt(other), { prefix: '四、' }),
    ];
    footL = [row('l:cur', '本年收入合计', [z(R)], { total: true }), row('l:tot', '收入总计', [z(T)], { total: true })];
    footR = [row('r:cur', '本年支出合计', [z(E)], { total: true }), row('r:tot', '支出总计', [z(T)], { total: true })];
  } else {
    left = [
      row('l:gb', '一般公共预算拨款收入', [z(F)], { prefix: '一、' }),
      row('l:gf', '政府性基金预算拨款收入', [null], { prefix: '二、' }),
      row('l:sc', '国有资本经营预算拨款收入', [null], { prefix: '三、' }),
      row('l:sy', '事业收入', opt(shiye), { prefix: '四、' }),
      row('l:jy', '事业单位经营收入', [null], { prefix: '五、' }),
      row('l:qt', '其他收入', opt(other), { prefix: '六、' }),
    ];
    footL = [
      row('l:cur', '本年收入合计', [z(R)], { total: true }),
      row('l:carry', '上年结转结余', opt(a.carryIn)),
      row('l:tot', '收入总计', [z(T)], { total: true }),
    ];
    footR = [
      row('r:cur', '本年支出合计', [z(E)], { total: true }),
      row('r:carry', '年终结转结余', [null]),
      row('r:tot', '支出总计', [z(T)], { total: true }),
    ];
  }
  const right = classRows(d, s, byClass, 1, (v) => [z(v)]);
  return {
    left: { head: d.kind === 'final' ? '收入' : '收 入', itemLabel: '项目', columns: [col], rows: [...left, ...pad(left, right), ...footL] },
    right: { head: d.kind === 'final' ? '支出' : '支 出', itemLabel: '项目', columns: [col], rows: [...right, ...pad(right, left), ...footR] },
  };
}

/** Empty filler rows so that both sides' footers start on the same line. */
function pad(a: TRow[], b: TRow[]): TRow[] {
  const n = Math.max(0, b.length - a.length);
  return Array.from({ length: n }, (_, i) => ({ id: `pad:${i}`, name: '', values: [] as (Fen | null)[] }));
}

function fiscalSides(d: DocData, s: Style, z: (v: Fen) => Fen | null, rng: Rng): { left: TSide; right: TSide } {
  const a = aggregate(d.leaves);
  const F = aggFiscal(a);
  const byClass = (c: string) => aggFiscal(aggregate(d.leaves.filter((l) => l.code.startsWith(c))));
  const wide = s.titles === 'shanghai' || d.kind === 'final' || rng.chance(400);
  const col = d.kind === 'final' ? '决算数' : '预算数';
  const rightCols = wide
    ? d.kind === 'final'
      ? ['合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款']
      : ['合计', '一般公共预算', '政府性基金预算', '国有资本经营预算']
    : [col];
  const fill = (v: Fen | null): (Fen | null)[] => (wide ? [v, v, null, null] : [v]);
  let left: TRow[];
  let footL: TRow[];
  let footR: TRow[];
  let rightHead: TRow[] = [];
  if (d.kind === 'final') {
    left = [
      row('l:gb', '一般公共预算财政拨款', [z(F)], { prefix: '一、' }),
      row('l:gf', '政府性基金预算财政拨款', [null], { prefix: '二、' }),
      row('l:sc', '国有资本经营预算财政拨款', [null], { prefix: '三、' }),
    ];
    footL = [
      row('l:cur', '本年收入合计', [z(F)], { total: true }),
      row('l:carry', '年初财政拨款结转和结余', [null]),
      row('l:tot', '总计', [z(F)], { total: true }),
    ];
    footR = [
      row('r:cur', '本年支出合计', fill(z(F)), { total: true }),
      row('r:carry', '年末财政拨款结转和结余', fill(null)),
      row('r:tot', '总计', fill(z(F)), { total: true }),
    ];
  } else if (s.titles === 'shanghai') {
    left = [
      row('l:gb', '一般公共预算资金', [z(F)], { prefix: '一、' }),
      row('l:gf', '政府性基金', [null], { prefix: '二、' }),
      row('l:sc', '国有资本经营预算', [null], { prefix: '三、' }),
    ];
    footL = [row('l:tot', '收入总计', [z(F)], { total: true })];
    footR = [row('r:tot', '支出总计', fill(z(F)), { total: true })];
  } else {
    left = [
      row('l:cur', '本年收入', [z(F)], { prefix: '一、', total: true }),
      row('l:gb', '一般公共预算资金', [z(F)], { prefix: '（一）' }),
      row('l:gf', '政府性基金预算资金', [null], { prefix: '（二）' }),
      row('l:sc', '国有资本经营预算资金', [null], { prefix: '（三）' }),
      row('l:carry', '上年结转', [null], { prefix: '二、' }),
    ];
    rightHead = [row('r:cur', '本年支出', fill(z(F)), { prefix: '一、', total: true })];
    footL = [row('l:tot', '收入总计', [z(F)], { total: true })];
    footR = [row('r:carry', '年终结转结余', fill(null), { prefix: '二、' }), row('r:tot', '支出总计', fill(z(F)), { total: true })];
  }
  const classes = classRows(d, s, byClass, rightCols.length, (v) => fill(z(v)));
  if (rightHead.length) for (const c of classes) if (c.prefix) c.prefix = `（${c.prefix.replace('、', '')}）`;
  const right = [...rightHead, ...classes];
  return {
    left: { head: d.kind === 'final' ? '收入' : '财政拨款收入', itemLabel: '项目', columns: [col], rows: [...left, ...pad(left, right), ...footL] },
    right: {
      head: d.kind === 'final' ? '支出' : '财政拨款支出',
      itemLabel: '项目',
      columns: rightCols,
      groups: wide && d.kind === 'final' ? [{ label: col, from: 0, to: rightCols.length - 1 }] : undefined,
      rows: [...right, ...pad(right, left), ...footR],
    },
  };
}

function threePublicTable(base: Pick<TSpec, 'key' | 'title' | 'unit' | 'prec'>, d: DocData, s: Style): TSpec {
  const unit = s.threeUnit;
  const prec = s.threePrec;
  const z = (v: Fen): Fen | null => (v === 0n && s.blankZero ? null : v);
  const t = d.three;
  const b = d.threeBudget;
  const items = (x: ThreePublic): Fen[] => [threeTotalOf(x), x.outbound, vehicleOf(x), x.vehiclePurchase, x.vehicleOperation, x.reception];
  if (s.threeLayout === 'horizontal') {
    if (d.kind === 'final') {
      const names = ['合计', '因公出国（境）费', '小计', '公务用车购置费', '公务用车运行费', '公务接待费'];
      const columns = names.flatMap((n) => [`${n}预算数`, `${n}决算数`]);
      const bi = items(b);
      const ai = items(t);
      const values = bi.flatMap((v, i) => [z(v), z(ai[i])]);
      const groups: HeaderGroup[][] = [
        [{ label: '公务用车购置及运行费', from: 4, to: 9 }],
        names.map((n, i) => ({ label: n, from: 2 * i, to: 2 * i + 1 })),
        names.flatMap((_, i) => [
          { label: '预算数', from: 2 * i, to: 2 * i },
          { label: '决算数', from: 2 * i + 1, to: 2 * i + 1 },
        ]),
      ];
      return { ...base, unit, prec, shape: 'three-horizontal', columns, groups, rows: [{ id: 'data', name: '', values }] };
    }
    const [tot, out, veh, pur, op, rec] = items(t);
    if (s.threeExtra) {
      // 会议费 and 培训费 beside the "三公" items: printed in the same table, not part of its total
      const columns = ['合计', '因公出国（境）费', '小计', '公务用车购置费', '公务用车运行维护费', '公务接待费', '会议费', '培训费'];
      const values = [z(tot), z(out), z(veh), z(pur), z(op), z(rec), z(d.meetings), z(d.training)];
      const groups: HeaderGroup[][] = [
        [{ label: `${s.quote[0]}三公${s.quote[1]}经费`, from: 0, to: 5 }],
        [{ label: '公务用车购置及运行维护费', from: 2, to: 4 }],
      ];
      return { ...base, unit, prec, shape: 'three-horizontal', columns, groups, rows: [{ id: 'data', name: '', values }] };
    }
    const withOperating = s.titles === 'shanghai';
    const columns = ['合计', '因公出国（境）费', '公务接待费', '小计', '购置费', '运行费'];
    const values = [z(tot), z(out), z(rec), z(veh), z(pur), z(op)];
    const groups: HeaderGroup[][] = [[{ label: '公务用车购置及运行费', from: 3, to: 5 }]];
    if (withOperating) {
      columns.push('机关运行经费预算数');
      values.push(z(d.operating));
      groups.unshift([{ label: `${s.quote[0]}三公${s.quote[1]}经费预算数`, from: 0, to: 5 }]);
    }
    return { ...base, unit, prec, shape: 'three-horizontal', columns, groups, rows: [{ id: 'data', name: '', values }] };
  }
  const cols = d.kind === 'final' ? ['年初预算数', '决算数'] : [`${d.year}年预算数`];
  const v = (x: (tp: ThreePublic) => Fen): (Fen | null)[] => (d.kind === 'final' ? [z(x(b)), z(x(t))] : [z(x(t))]);
  const rows: TRow[] = [
    row('out', '因公出国（境）费', v((x) => x.outbound), { prefix: '1、' }),
    row('rec', '公务接待费', v((x) => x.reception), { prefix: '2、' }),
    row('veh', '公务用车购置及运行维护费', v(vehicleOf), { prefix: '3、' }),
    row('pur', '公务用车购置费', v((x) => x.vehiclePurchase), { prefix: '其中：' }),
    row('op', '公务用车运行维护费', v((x) => x.vehicleOperation), { prefix: '      ' }),
  ];
  const total = row('total', s.totalLabel, v(threeTotalOf), { total: true });
  return { ...base, unit, prec, shape: 'three-vertical', columns: cols, rows: s.totalFirst ? [total, ...rows] : [...rows, total] };
}
