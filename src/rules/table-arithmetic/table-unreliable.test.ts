import { describe, expect, it } from 'vitest';
import { rule } from './table-unreliable.js';
import { rule as rowTotal } from './row-total.js';
import { check, emptyModel, errors, ruleTester, table } from '../testing.js';
import { unreliableReason } from '../../extract/tables/reliability.js';
import { EXP_COLS, EXP_ROWS, EXP_ROWS_BROKEN } from './fixtures.js';
import type { ColumnRole } from '../../model/types.js';

const REV_COLS: [string, ColumnRole][] = [['合计', 'total'], ['一般公共预算资金', 'amount'], ['政府性基金预算资金', 'amount'], ['事业收入', 'amount']];

const withTable = (unreliable?: string) => () => {
  const m = emptyModel();
  m.tables = [table('expenditure', '部门支出总表', EXP_COLS, EXP_ROWS, '元', unreliable ? { unreliable } : {})];
  return m;
};

ruleTester(rule, {
  valid: [{ name: 'a table read reliably', model: withTable() }],
  invalid: [
    {
      name: 'a table extraction marked unreliable: one warning naming the reason',
      model: withTable('表头文字被读成了数据行'),
      findings: [{ message: '部门支出总表未能可靠提取（表头文字被读成了数据行）', severity: 'warning' }],
    },
  ],
});

describe('extraction reliability', () => {
  it('marks a table whose column headings were read as a row name', () => {
    const t = table('revenue', '收入总表', REV_COLS, [
      { name: '合计', values: ['30.00', '10.00', '10.00', '10.00'] },
      { name: '其他收入小计一般公共预算资金政府性基金预算资金', values: [null, '5.00', '1.00', null] },
    ]);
    expect(unreliableReason(t)).toMatch(/表头文字/);
  });
  it('keeps a table whose row names hold one heading word only', () => {
    const t = table('revenue', '收入总表', REV_COLS, [{ name: '一般公共预算资金结转', values: ['10.00', '10.00', null, null] }]);
    expect(unreliableReason(t)).toBeUndefined();
  });
  it('marks a table with figures glued into several names', () => {
    const t = table('basic', '基本支出表', [['合计', 'total'], ['人员经费', 'personnel'], ['公用经费', 'public']], [
      { code: '301', name: '工资福利支出19349,05719349,057', values: [null, null, null] },
      { code: '302', name: '商品和服务支出5980,7915980,791', values: [null, null, null] },
    ]);
    expect(unreliableReason(t)).toMatch(/粘连/);
  });
});

describe('honest severity', () => {
  it('reports every failing row of a reliable table as an error, however many fail', () => {
    const m = emptyModel();
    const broken = EXP_ROWS_BROKEN.map((r) => ({ ...r, values: r.values.map((v, i) => (i === 0 && v ? v.replace(/\d(?=\.\d\d$)/, (d) => String((Number(d) + 1) % 10)) : v)) }));
    m.tables = [table('expenditure', '部门支出总表', EXP_COLS, broken, '元')];
    const all = check(rowTotal, m);
    expect(all.length).toBeGreaterThan(2);
    expect(errors(all)).toHaveLength(all.length);
  });
  it('does not check the arithmetic of an unreliable table', () => {
    const m = emptyModel();
    m.tables = [table('expenditure', '部门支出总表', EXP_COLS, EXP_ROWS_BROKEN, '元', { unreliable: '表头文字被读成了数据行' })];
    expect(check(rowTotal, m)).toEqual([]);
  });
});
