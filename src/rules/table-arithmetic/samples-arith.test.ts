/**
 * The arithmetic rules on two-sided basic tables and detail tables read through the real pipeline:
 * text fixtures (built here), and the real samples (read from ../shared/samples, never copied).
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { aligned, type Cell } from '../../extract/tables/testing.js';
import { readDocument } from '../../readers/index.js';
import { buildModel } from '../../extract/index.js';
import { runRules } from '../engine.js';
import { allSides } from '../tables.js';
import { modelFromText } from '../testing.js';
import { rule as columnTotal } from './column-total.js';
import { rule as hierarchySum } from './hierarchy-sum.js';
import { rule as rowTotal } from './row-total.js';
import { rule as generalBudgetTotal } from '../cross-table/general-budget-total.js';
import { rule as crossTableFigure } from '../cross-table/cross-table-figure.js';
import { totalSpans } from './total-spans.js';
import { namedSubtotals } from './named-subtotals.js';
import type { DisclosureModel } from '../../model/types.js';
import { Decimal } from '../../model/decimal.js';

const RULES = [rowTotal, columnTotal, hierarchySum, generalBudgetTotal, crossTableFigure];
const errorsOf = (m: DisclosureModel) => runRules(m, RULES).filter((f) => f.severity === 'error');

/** One body line of a side-by-side table: [code, name, value] on each side. */
function both(left: (string | undefined)[], right: (string | undefined)[]): string {
  const cells: Cell[] = [];
  const side = (v: (string | undefined)[], base: number) => {
    if (v[0]) cells.push([v[0], base]);
    if (v[1]) cells.push([v[1], base + 12]);
    if (v[2]) cells.push([v[2], base + 44, 'r']);
  };
  side(left, 0);
  side(right, 50);
  return aligned(...cells);
}

function basicText(personnelTotal: string, item30201: string): string {
  return [
    aligned(['一般公共预算财政拨款基本支出决算表', 20]),
    aligned(['单位：万元', 84]),
    aligned(['经济分类科目编码', 0], ['科目名称', 14], ['决算数', 44, 'r'], ['经济分类科目编码', 50], ['科目名称', 64], ['决算数', 94, 'r']),
    both(['301', '工资福利支出', '100.00'], ['302', '商品和服务支出', '30.00']),
    both(['30101', '基本工资', '60.01'], ['30201', '办公费', item30201]),
    both(['30102', '津贴补贴', '40.00'], ['30205', '水费', '20.01']),
    both(['303', '对个人和家庭的补助', '5.00'], ['30206', '电费', undefined]),
    both(['30302', '退休费', '5.00'], ['310', '资本性支出', '8.00']),
    both([undefined, undefined, undefined], ['31002', '办公设备购置', '8.00']),
    both([undefined, '人员经费合计', personnelTotal], [undefined, '公用经费合计', '38.00']),
  ].join('\n');
}

describe('two-sided basic table through the pipeline', () => {
  it('checks 人员经费合计 and 公用经费合计 and tolerates rounding of the items', () => {
    const m = modelFromText(basicText('105.00', '10.00'), { kind: 'final' });
    const t = m.tables.find((x) => x.key === 'basic')!;
    expect(allSides(t).map((s) => totalSpans(t, s.rows).map((sp) => `${sp.total.name}=${sp.parts.map((p) => p.code).join('+')}`))).toEqual([['人员经费合计=301+303'], ['公用经费合计=302+310']]);
    expect(errorsOf(m)).toEqual([]);
  });
  it('reports a wrong 人员经费合计 and a wrong right-side item', () => {
    const m = modelFromText(basicText('106.00', '11.00'), { kind: 'final' });
    expect(errorsOf(m).map((f) => `${f.rule}: ${f.message}`)).toEqual([
      'hierarchy-sum: 一般公共预算财政拨款基本支出决算表中 302 商品和服务支出 不等于其下各款之和：“决算数”列 30.00 ≠ 11.00 + 20.01 + 0 = 31.01',
      'column-total: 一般公共预算财政拨款基本支出决算表“人员经费合计”行不等于各科目之和：“决算数”列 106.00 ≠ 100.00 + 5.00 = 105.00',
    ]);
  });
});

/** A flattened 部门预算明细表 (one run of figures closes each row). */
function detailText(subtotal: string): string {
  return [
    '表 7',
    '',
    '部门预算明细表',
    '',
    '   单位：元',
    '',
    '功能分类代码 功能分类名称 政府经济分类代码 政府经济分类名称 部门经济分类代码 部门经济分类名称 项目名称 预算金额',
    '',
    '        合计           2,750.00 ',
    '  行政运行类事务 ',
    `          ${subtotal} `,
    '2010301     行政运行 50101 工资奖金津补贴 30101 基本工资 在职人员基本工资 1,500.00 ',
    '2010301     行政运行 50201 办公经费 30201 办公费 日常办公 250.00 ',
    '2010302     一般行政管理事务 50201 办公经费 30201 办公费 专项工作 700.00 ',
    '  住房改革支出 ',
    '          300.00 ',
    '2210201     住房公积金 50103 住房公积金 30113 住房公积金 公积金 300.00 ',
  ].join('\n');
}

describe('detail table (key other) through the pipeline', () => {
  it('checks 合计 and the 款 subtotals without codes', () => {
    const m = modelFromText(detailText('2,450.00'), { kind: 'budget' });
    const t = m.tables.find((x) => x.key === 'other')!;
    expect(t.rows.map((r) => r.code ?? r.name)).toEqual(['合计', '行政运行类事务', '2010301', '2010301', '2010302', '住房改革支出', '2210201']);
    expect(namedSubtotals(t.rows).map((g) => `${g.parent.name}=${g.code}×${g.kids.length}`)).toEqual(['行政运行类事务=20103×3', '住房改革支出=22102×1']);
    expect(errorsOf(m)).toEqual([]);
  });
  it('reports a 款 subtotal that is not the sum of its 项 rows', () => {
    const m = modelFromText(detailText('2,540.00'), { kind: 'budget' });
    expect(errorsOf(m).map((f) => f.message)).toEqual(['表7 部门预算明细表中 “行政运行类事务”（20103 小计）不等于其后各项之和：“预算金额”列 2,540.00 ≠ 1,500.00 + 250.00 + 700.00 = 2,450.00']);
  });
});

const SAMPLES = fileURLToPath(new URL('../../../../shared/samples/', import.meta.url));
const has = existsSync(SAMPLES);

describe.skipIf(!has)('real samples', () => {
  it('Shanghai final accounts (two-sided basic table): sections checked, item rounding not an error', async () => {
    const m = buildModel(await readDocument(`${SAMPLES}pdf/shanghai-putuo-finance-bureau-2024-final.pdf`));
    const t = m.tables.find((x) => x.key === 'basic')!;
    expect(allSides(t).map((s) => totalSpans(t, s.rows).map((sp) => `${sp.total.name}=${sp.parts.map((p) => p.code).join('+')}`))).toEqual([['人员经费合计=301+303'], ['公用经费合计=302+310']]);
    expect(runRules(m, RULES)).toEqual([]);
    // the general budget basic total is compared with 人员经费合计 + 公用经费合计: a changed figure is found
    const gb = m.tables.find((x) => x.key === 'general_budget')!;
    const tot = gb.rows.find((r) => r.isTotal)!;
    const bi = gb.columns.findIndex((c) => c.role === 'basic');
    tot.values[bi] = { ...tot.values[bi]!, value: tot.values[bi]!.value.add(Decimal.parse('1')!) };
    expect(runRules(m, [generalBudgetTotal]).map((f) => [f.severity, f.expected])).toEqual([['error', '2,336.91']]);
  }, 60_000);
  it('Beijing 2020 budget 表7 明细表: 合计 and every 款 subtotal checked and consistent', async () => {
    const m = buildModel(await readDocument(`${SAMPLES}text/beijing-xicheng-foreign-affairs-2020-budget.txt`));
    const t = m.tables.find((x) => x.key === 'other')!;
    expect(totalSpans(t, t.rows).map((s) => [s.total.name, s.parts.length])).toEqual([['合计', 32]]);
    expect(namedSubtotals(t.rows).map((g) => g.code)).toEqual(['20103', '20508', '20699', '20805', '21011', '22102']);
    expect(runRules(m, [columnTotal, hierarchySum]).filter((f) => f.evidence.some((e) => e.text.includes('明细表')))).toEqual([]);
  }, 60_000);
});
