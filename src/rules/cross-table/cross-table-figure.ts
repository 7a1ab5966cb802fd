/** 同一科目、同一口径的数字在不同报表中一致。 */
import { functionClassCode } from '../../extract/claims/classes.js';
import type { Amount, ColumnRole, DisclosureModel, Row, Table } from '../../model/types.js';
import { fig, rowEv, tname } from '../format.js';
import { allSides, codeCounts, colIndex, DOUBT_NOTE, mainColumn, mainPrecision, normName, totalRows } from '../tables.js';
import { sameAmount, sumAgrees } from '../tolerance.js';
import { MISPLACED_NOTE } from '../table-arithmetic/misplaced.js';
import type { FindingDraft, Rule } from '../types.js';

interface Figure {
  table: Table;
  row: Row;
  amount: Amount | null;
  col: string;
}

/** code → figure of a column role, for tables listing each code once. */
function byCode(t: Table, role: ColumnRole): Map<string, Figure> {
  const out = new Map<string, Figure>();
  const isFn = (r: Row) => !!r.code && (r.codeSystem ?? 'function') === 'function';
  const counts = codeCounts(allSides(t).flatMap((s) => s.rows.filter(isFn)));
  for (const { rows, cols } of allSides(t)) {
    const ci = colIndex(t, role, cols);
    if (ci < 0) continue;
    for (const r of rows.filter(isFn)) if (counts.get(r.code!) === 1) out.set(r.code!, { table: t, row: r, amount: r.values[ci] ?? null, col: cols[ci].name });
  }
  return out;
}

/** Class rows named (not coded) in the expenditure side of a summary table, by 类 code. */
function classRowsByName(t: Table, role: ColumnRole): Map<string, Figure> {
  const out = new Map<string, Figure>();
  const rows = t.rightRows ?? t.rows;
  const cols = t.rightRows ? (t.rightColumns ?? t.columns) : t.columns;
  let ci = cols.findIndex((c) => c.role === role);
  if (ci >= 0 && !rows.some((r) => r.values[ci])) ci = -1;
  if (ci < 0 && (role === 'total' || role === 'general_budget')) ci = mainColumn(cols, rows);
  if (ci < 0) return out;
  for (const r of rows) {
    const code = r.code ?? functionClassCode(normName(r.name));
    if (code && code.length === 3 && !out.has(code)) out.set(code, { table: t, row: r, amount: r.values[ci] ?? null, col: cols[ci]?.name ?? '' });
  }
  return out;
}

/** A figure printed with fewer decimals than its table's others: cut short, a doubtful comparison. */
const truncated = (f: Figure) => !!f.amount && f.amount.precision < mainPrecision(f.table) && !f.amount.value.isZero();

/** Does a summary table list 政府性基金 / 国有资本经营 money among its receipts (left side)? */
function otherFunds(t: Table): boolean {
  return t.rows.some((r) => /政府性基金|国有资本经营/.test(normName(r.name)) && r.values.some((v) => v && !v.value.isZero()));
}

function grandTotal(t: Table, role: ColumnRole): Amount | null | undefined {
  const ci = colIndex(t, role);
  const tot = totalRows(t)[0];
  return ci >= 0 && tot ? (tot.values[ci] ?? null) : undefined;
}

function compare(a: Map<string, Figure>, b: Map<string, Figure>, out: FindingDraft[], what: string, alt?: Map<string, Figure>) {
  for (const [code, fa] of a) {
    const fb = b.get(code);
    if (!fb || sameAmount(fa.amount, fb.amount)) continue;
    const fc = alt?.get(code);
    if (fc && sameAmount(fa.amount, fc.amount)) continue;
    if (!fa.amount && !fb.amount) continue;
    // the figure printed in a blank neighbouring column of the same row: a placement question
    const moved = (!fb.amount && fb.row.values.some((v) => v && sameAmount(v, fa.amount))) || (!fa.amount && fa.row.values.some((v) => v && sameAmount(v, fb.amount)));
    const cut = truncated(fa) || truncated(fb);
    const suspect = moved || cut;
    out.push({
      ...(suspect ? { severity: 'warning' as const } : {}),
      message: `${code} ${fa.row.name.replace(/\s+/g, '')}${what}在${tname(fa.table)}（${fa.col}）为 ${fig(fa.amount)}，在${tname(fb.table)}（${fb.col}）为 ${fig(fb.amount)}${moved ? MISPLACED_NOTE : cut ? DOUBT_NOTE : ''}`,
      stated: fig(fa.amount),
      expected: fig(fb.amount),
      evidence: [rowEv(fa.table, fa.row), rowEv(fb.table, fb.row)],
    });
  }
}

/**
 * General budget + other funds (政府性基金, 国有资本经营 tables) against an all-funds summary, by class:
 * reported only where neither the general budget alone nor with the other funds' figure agrees.
 */
function compareWithFunds(gb: Map<string, Figure>, all: Map<string, Figure>, funds: Map<string, Figure>[], out: FindingDraft[]) {
  for (const [code, fa] of gb) {
    const fb = all.get(code);
    if (!fb || !fb.amount || sameAmount(fa.amount, fb.amount)) continue;
    const others = funds.map((m) => m.get(code)).filter((f): f is Figure => !!f);
    if (sumAgrees(fb.amount, [fa.amount, ...others.map((f) => f.amount)])) continue;
    const suspect = truncated(fa) || truncated(fb) || others.some((f) => truncated(f));
    const parts = [fa, ...others];
    out.push({
      ...(suspect ? { severity: 'warning' as const } : {}),
      message: `${code} ${fa.row.name.replace(/\s+/g, '')}在${parts.map((f) => `${tname(f.table)}（${f.col}）为 ${fig(f.amount)}`).join('、')}，合计与${tname(fb.table)}（${fb.col}）的 ${fig(fb.amount)} 不符${suspect ? DOUBT_NOTE : ''}`,
      stated: fig(fa.amount),
      expected: fig(fb.amount),
      evidence: [...parts.map((f) => rowEv(f.table, f.row)), rowEv(fb.table, fb.row)],
    });
  }
}

export function pairs(m: DisclosureModel): FindingDraft[] {
  const out: FindingDraft[] = [];
  const of = (k: string) => m.tables.filter((t) => t.key === k);
  const gbs = of('general_budget');
  const exps = of('expenditure');
  const revs = of('revenue');
  // general budget ↔ fiscal summary (by class)
  for (const gb of gbs)
    for (const fs of of('fiscal_summary')) {
      // when the summary shows no 政府性基金 / 国有资本经营 money, its 合计 column is the general budget too
      const rows = fs.rightRows ?? fs.rows;
      const cols = fs.rightRows ? (fs.rightColumns ?? fs.columns) : fs.columns;
      const others = cols.map((c, i) => ((c.role === 'gov_fund' || c.role === 'state_capital') ? i : -1)).filter((i) => i >= 0);
      const onlyGb = others.length > 0 && rows.every((r) => others.every((i) => !r.values[i] || r.values[i]!.value.isZero()) || !/总计|合计/.test(r.name));
      const totals = rows.filter((r) => /总计|合计/.test(r.name));
      const gbOnly = onlyGb && totals.length > 0 && totals.every((r) => others.every((i) => !r.values[i] || r.values[i]!.value.isZero()));
      // without a 一般公共预算 column the summary's figures are all funds: comparable with the general
      // budget only when the summary lists no 政府性基金 / 国有资本经营 money
      const gbCol = cols.findIndex((c) => c.role === 'general_budget');
      if ((gbCol < 0 || !rows.some((r) => r.values[gbCol])) && otherFunds(fs)) {
        // then each class of the summary is the general budget's plus the other funds' (their own tables)
        const funds = [...of('gov_fund'), ...of('state_capital')].filter((t) => !t.emptyStatement);
        if (funds.length) compareWithFunds(classRowsByName(gb, 'total'), classRowsByName(fs, 'total'), funds.map((t) => classRowsByName(t, 'total')), out);
        continue;
      }
      compare(classRowsByName(gb, 'total'), classRowsByName(fs, 'general_budget'), out, '', gbOnly ? classRowsByName(fs, 'total') : undefined);
    }
  // general budget ↔ expenditure, when all spending is general budget (then every row must agree)
  for (const gb of gbs)
    for (const ex of exps) {
      const a = grandTotal(gb, 'total');
      const b = grandTotal(ex, 'total');
      if (a === undefined || b === undefined || !a || !b || !sameAmount(a, b)) continue;
      compare(byCode(gb, 'total'), byCode(ex, 'total'), out, '');
      const [gbB, gbP, exB, exP] = [byCode(gb, 'basic'), byCode(gb, 'project'), byCode(ex, 'basic'), byCode(ex, 'project')];
      // the same figures under 基本支出 in one table and 项目支出 in the other: a column placement question
      const swapped = new Set<string>();
      for (const [code, a] of gbB) {
        const [ap, bb, bp] = [gbP.get(code), exB.get(code), exP.get(code)];
        if (!ap || !bb || !bp || (sameAmount(a.amount, bb.amount) && sameAmount(ap.amount, bp.amount))) continue;
        if (sameAmount(a.amount, bp.amount) && sameAmount(ap.amount, bb.amount)) {
          swapped.add(code);
          out.push({
            severity: 'warning',
            message: `${code} ${a.row.name.replace(/\s+/g, '')}的基本支出、项目支出在${tname(gb)}为 ${fig(a.amount)}、${fig(ap.amount)}，在${tname(ex)}为 ${fig(bb.amount)}、${fig(bp.amount)}（两栏互换，请核对）`,
            stated: `${fig(a.amount)} / ${fig(ap.amount)}`,
            expected: `${fig(bb.amount)} / ${fig(bp.amount)}`,
            evidence: [rowEv(gb, a.row), rowEv(ex, bb.row)],
          });
        }
      }
      const drop = <T,>(mp: Map<string, T>) => new Map([...mp].filter(([c]) => !swapped.has(c)));
      compare(drop(gbB), drop(exB), out, '');
      compare(drop(gbP), drop(exP), out, '');
    }
  // budget: revenue by function = expenditure by function
  if (m.identity.kind === 'budget')
    for (const rv of revs) {
      for (const ex of exps) compare(byCode(rv, 'total'), byCode(ex, 'total'), out, '');
      // the general budget table holds only part of the revenue unless the totals agree
      for (const gb of gbs) {
        const a = grandTotal(rv, 'total');
        const b = grandTotal(gb, 'total');
        if (a && b && sameAmount(a, b)) compare(byCode(rv, 'total'), byCode(gb, 'total'), out, '');
      }
    }
  // summary (all funds) classes ↔ expenditure classes
  for (const sm of of('summary')) for (const ex of exps) compare(classRowsByName(sm, 'total'), classRowsByName(ex, 'total'), out, '');
  return out;
}

export const rule: Rule = {
  meta: {
    id: 'cross-table-figure',
    title: '同一科目在不同报表中数字不一致',
    severity: 'error',
    category: 'cross-table',
    appliesTo: {},
    basis: '表间勾稽：同一功能分类科目、同一口径的金额在各表中相等（一般公共预算支出表与财政拨款收支总表；全部支出为一般公共预算时与支出表；预算中收入表与支出表；收支总表与支出表）',
    docs: '按科目编码（总表中按类级名称）对照各表同一口径的金额：一般公共预算支出表与财政拨款收支总表的一般公共预算列；一般公共预算支出表合计等于支出表合计时，逐行对照两表的合计、基本支出、项目支出；部门预算中收入总表与支出总表按功能分类的合计；收支总表支出方与支出表的各类。考虑所印精度，舍入差不报告。',
  },
  check: pairs,
};
