import { describe, expect, it } from 'vitest';
import { textToDocument } from '../../readers/text.js';
import { buildParagraphs } from '../../normalize/paragraphs.js';
import type { Row, Table } from '../../model/types.js';
import { extractTables } from './index.js';
import { classifyTitle, matchTitle } from './aliases.js';

function tablesOf(text: string) {
  const doc = textToDocument('fixture.txt', text);
  return extractTables(doc, buildParagraphs(doc));
}

const vals = (r: Row | undefined) => r?.values.map((v) => (v ? v.value.toString() : null));
const row = (t: Table | undefined, code: string) => t?.rows.find((r) => r.code === code);
const col = (t: Table | undefined, role: string) => t?.columns.findIndex((c) => c.role === role) ?? -1;

describe('table titles (aliases)', () => {
  it('recognises titles by meaning across regions and years', () => {
    expect(classifyTitle('收入支出决算总表')).toBe('summary');
    expect(classifyTitle('部门收支总体情况表')).toBe('summary');
    expect(classifyTitle('部门财务收支预算总表')).toBe('summary');
    expect(classifyTitle('财政拨款收入支出决算总表')).toBe('fiscal_summary');
    expect(classifyTitle('部门一般公共预算支出功能分类预算表')).toBe('general_budget');
    expect(classifyTitle('一般公共预算财政拨款支出决算表')).toBe('general_budget');
    expect(classifyTitle('部门一般公共预算基本支出部门预算经济分类预算表')).toBe('basic');
    expect(classifyTitle('部门“三公”经费和机关运行经费预算表')).toBe('three_public');
    expect(classifyTitle('政府性基金预算财政拨款收入支出决算表')).toBe('gov_fund');
    expect(classifyTitle('项目支出绩效目标申报表')).toBe('performance');
    expect(classifyTitle('专项转移支付预算表')).toBe('transfers');
    expect(classifyTitle('部门预算明细表')).toBe('other');
    expect(classifyTitle('部门收入总表')).toBe('revenue');
    expect(classifyTitle('部门支出总表')).toBe('expenditure');
  });
  it('strips numbering and years, rejects sentences and part titles', () => {
    expect(matchTitle('表1 2020 年部门预算收支总表')).toMatchObject({ key: 'summary', number: '表1' });
    expect(matchTitle('5．2025年部门一般公共预算支出功能分类预算表')).toMatchObject({ key: 'general_budget' });
    expect(matchTitle('1. 2025年部门财务收支预算总表 ……………………')?.leader).toBe(true);
    expect(matchTitle('政府性基金预算财政拨款收入支出决算表为空表。')).toBeNull();
    expect(matchTitle('第二部分 上海市普陀区财政局2024年度部门决算表')).toBeNull();
  });
});

describe('tab-separated tables', () => {
  const text = [
    '表一：',
    '部门收支总体情况表',
    '金额单位：万元',
    '收 入\t\t支 出\t',
    '项 目\t预算数\t项 目\t预算数',
    '一、一般公共预算拨款收入\t100.50\t一、一般公共服务支出\t80.50',
    '二、政府性基金预算拨款收入\t\t二、外交支出\t',
    '\t\t三、卫生健康支出\t20.00',
    '本年收入合计\t100.50\t本年支出合计\t100.50',
    '收入总计\t100.50\t支出总计\t100.50',
    '',
    '表三：',
    '部门支出总体情况表',
    '金额单位：万元',
    '支出功能分类科目\t政府支出经济分类科目\t部门支出经济分类科目\t合计\t基本支出\t项目支出',
    '2010301-行政运行\t50101-工资奖金津补贴\t30101-基本工资\t60.50\t60.50\t',
    '2010302-一般行政管理事务\t50299-其他商品和服务支出\t30299-其他商品和服务支出\t20.00\t\t20.00',
    '合 计\t\t\t80.50\t60.50\t20.00',
  ].join('\n');
  const { tables } = tablesOf(text);

  it('reads a two-sided summary by cell index, keeping empty cells', () => {
    const t = tables.find((x) => x.key === 'summary');
    expect(t?.unit).toBe('万元');
    expect(t?.number).toBe('表一');
    expect(t?.rows.map((r) => r.name)).toEqual(['一般公共预算拨款收入', '政府性基金预算拨款收入', '本年收入合计', '收入总计']);
    expect(vals(t?.rows[1])).toEqual([null]);
    expect(t?.rightRows?.map((r) => r.name)).toContain('卫生健康支出');
    expect(vals(t?.rightRows?.find((r) => r.name === '卫生健康支出'))).toEqual(['20']);
    expect(t?.rightRows?.find((r) => r.name === '支出总计')?.isTotal).toBe(true);
  });

  it('reads code-name cells (function + economic codes) and blank cells as null', () => {
    const t = tables.find((x) => x.key === 'expenditure');
    expect(t?.columns.map((c) => c.role)).toEqual(['total', 'basic', 'project']);
    const r = row(t, '2010302');
    expect(r?.name).toBe('一般行政管理事务');
    expect(r?.codeSystem).toBe('function');
    expect(r?.codeLevel).toBe(3);
    expect(r?.codes?.map((c) => c.code)).toEqual(['2010302', '50299', '30299']);
    expect(vals(r)).toEqual(['20', null, '20']);
    const total = t?.rows.find((x) => x.isTotal);
    expect(vals(total)).toEqual(['80.5', '60.5', '20']);
  });
});

describe('space-aligned tables (pdftotext -layout)', () => {
  const text = [
    '                     2025年部门支出预算总表',
    '编制部门：某某区某局                                                单位：元',
    '',
    '                       项目                               支出预算',
    '',
    '功能分类科目编码',
    '                        功能分类科目名称         合计             基本支出            项目支出',
    '类     款    项',
    '',
    '201             一般公共服务支出                82,096,797.42   15,686,797.42   66,410,000.00',
    '201   03        政府办公厅（室）及相关机构事务         82,096,797.42   15,686,797.42   66,410,000.00',
    '201   03   01   行政运行                    12,029,501.84   11,919,501.84      110,000.00',
    '201   03   02   一般行政管理事务                46,140,000.00                   46,140,000.00',
    '201   03   99   其他政府办公厅（室）及相关机构事务支出     23,927,295.58    3,767,295.58   20,160,000.00',
    '208             社会保障和就业支出                4,213,779.28    4,213,779.28',
    '                        合计   86,310,576.70   19,900,576.70   66,410,000.00',
  ].join('\n');
  const { tables } = tablesOf(text);
  const t = tables.find((x) => x.key === 'expenditure');

  it('joins codes printed in three columns and knows their level', () => {
    expect(t?.unit).toBe('元');
    expect(row(t, '201')?.codeLevel).toBe(1);
    expect(row(t, '20103')?.codeLevel).toBe(2);
    expect(row(t, '2010301')?.name).toBe('行政运行');
    expect(row(t, '2010301')?.codeLevel).toBe(3);
  });

  it('places figures of rows with missing cells by position', () => {
    expect(t?.columns.map((c) => c.role)).toEqual(['total', 'basic', 'project']);
    expect(vals(row(t, '2010302'))).toEqual(['46140000', null, '46140000']);
    expect(vals(row(t, '208'))).toEqual(['4213779.28', '4213779.28', null]);
    expect(vals(row(t, '2010301'))).toEqual(['12029501.84', '11919501.84', '110000']);
    expect(t?.rows.find((r) => r.isTotal)?.name).toBe('合计');
  });

  it('keeps each amount exact with its printed precision and source', () => {
    const a = row(t, '2010301')?.values[0];
    expect(a?.raw).toBe('12,029,501.84');
    expect(a?.precision).toBe(2);
    expect(a?.unit).toBe('元');
    expect(a?.source.line).toBe(12);
  });
});

describe('flattened text (positions lost)', () => {
  const text = [
    '表 2',
    '2020 年部门收入总表',
    '单位：元',
    '科目',
    '合计',
    '上年',
    '结转',
    '一般公共预算拨款',
    '收入',
    '政府性基金',
    '预算拨款收入',
    '科目编号 科目名称',
    '  700.00  700.00',
    '201 一般公共服务支出 700.00  700.00',
    '20103',
    '    政府办公厅（室）及相',
    '关机构事务',
    '700.00  700.00',
    '2010301       行政运行 700.00  700.00',
  ].join('\n');
  const { tables } = tablesOf(text);
  const t = tables.find((x) => x.key === 'revenue');

  it('segments a header printed word by word with the column vocabulary', () => {
    expect(t?.columns.map((c) => c.name)).toEqual(['合计', '上年结转', '一般公共预算拨款收入', '政府性基金预算拨款收入']);
  });

  it('joins names wrapped over lines and takes the values printed after them', () => {
    const r = row(t, '20103');
    expect(r?.name).toBe('政府办公厅（室）及相关机构事务');
    expect(vals(r)?.[0]).toBe('700');
  });

  it('places `A A` under 合计 and the main funding column, and says it inferred so', () => {
    const r = row(t, '2010301');
    expect(vals(r)).toEqual(['700', null, '700', null]);
    expect(r?.inferred).toBe(true);
    expect(col(t, 'general_budget')).toBe(2);
  });
});

describe('tables across pages, empty tables, references', () => {
  it('keeps a table continued on the next page (header repeated) as one table', () => {
    const text = [
      '2024年部门一般公共预算支出功能分类预算表',
      '单位：元',
      '功能分类科目编码    功能分类科目名称      合计          基本支出         项目支出',
      '201             一般公共服务支出        300.00          100.00         200.00',
      '201   03        政府办公厅（室）及相关机构事务     300.00          100.00         200.00',
      '\f功能分类科目编码    功能分类科目名称      合计          基本支出         项目支出',
      '201   03   01   行政运行                100.00          100.00',
      '201   03   02   一般行政管理事务          200.00                         200.00',
      '                合计                    300.00          100.00         200.00',
    ].join('\n');
    const { tables } = tablesOf(text);
    expect(tables).toHaveLength(1);
    const t = tables[0];
    expect(t.key).toBe('general_budget');
    expect(t.rows.map((r) => r.code ?? r.name)).toEqual(['201', '20103', '2010301', '2010302', '合计']);
    expect(vals(row(t, '2010302'))).toEqual(['200', null, '200']);
    expect(row(t, '2010301')?.source.page).toBe(2);
  });

  it('records the statement of an empty table', () => {
    const text = [
      '2025年部门政府性基金预算支出功能分类预算表',
      '编制部门：某某区某局                                  单位：元',
      '               项目                          政府性基金预算支出',
      '                 功能分类科目名称             合计     基本支出      项目支出',
      '               合计',
      '注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。',
    ].join('\n');
    const { tables } = tablesOf(text);
    expect(tables[0].key).toBe('gov_fund');
    expect(tables[0].emptyStatement?.text).toContain('本表为空表');
    expect(tables[0].rows.every((r) => r.values.every((v) => v === null))).toBe(true);
  });

  it('does not report tables only listed in a contents list or published elsewhere', () => {
    const text = [
      '目 录',
      '一、《收入支出决算总表》',
      '二、《收入决算表》',
      '第一部分 部门概况',
      '一、主要职能',
      '负责本区有关工作，承担区政府交办的其他任务，统筹推进各项工作的落实和督促检查工作。',
      '第四部分 部门决算报表（见附表）',
    ].join('\n');
    const r = tablesOf(text);
    expect(r.tables).toEqual([]);
    expect(r.references.map((x) => x.key)).toEqual(['summary', 'revenue']);
    expect(r.tablesElsewhere?.text).toContain('见附表');
  });
});
