import { describe, expect, it } from 'vitest';
import { rule } from './hierarchy-sum.js';
import { check, emptyModel, errors, table, twoSidedTable } from '../testing.js';
import { BASIC_LEFT, BASIC_RIGHT, DETAIL_ROWS, EXP_COLS, EXP_ROWS, EXP_ROWS_BROKEN, withValues } from './fixtures.js';

describe('hierarchy-sum', () => {
  it('passes 类 = Σ款 = Σ项 in every column', () => {
    const m = emptyModel();
    m.tables = [table('expenditure', '部门支出总表', EXP_COLS, EXP_ROWS, '元')];
    expect(errors(check(rule, m))).toEqual([]);
  });
  it('reports a 款 that is not the sum of its 项', () => {
    const m = emptyModel();
    m.tables = [table('expenditure', '部门支出总表', EXP_COLS, EXP_ROWS_BROKEN, '元')];
    const f = errors(check(rule, m));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('20103 政府办公厅（室）及相关机构事务 不等于其下各项之和：“项目支出”列 2,153,119.12 ≠ 0.00 + 69,439.12 + 2,100,000.00 = 2,169,439.12');
    expect(f[0].stated).toBe('2,153,119.12');
  });
  it('only warns when a row looks mis-extracted', () => {
    const m = emptyModel();
    m.tables = [table('basic', '基本支出表', [['决算数', 'total']], [{ code: '301', name: '工资福利支出', values: ['2,082.85'] }, { code: '30101', name: '基本工资', values: ['262.33'] }, { code: '30102', name: '津贴补贴', values: ['302'] }, { code: '30103', name: '奖金', values: ['1,238.58'] }])];
    const f = check(rule, m);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
  });
  it('only warns when a parent row has no figure and its name ends in figures printed into it', () => {
    const m = emptyModel();
    const rows = [
      { code: '208', name: '社会保障和就业支出', values: ['9,000'] },
      { code: '20805', name: '行政事业单位养老支出9000,0009000,000', values: [null] },
      { code: '2080501', name: '行政单位离退休', values: ['4,000'] },
      { code: '2080505', name: '机关事业单位基本养老保险缴费支出', values: ['5,000'] },
      // classes that add up, so that the table as a whole is not suspect
      ...['205', '206', '207'].flatMap((c) => [{ code: c, name: `类${c}`, values: ['1,000'] }, { code: `${c}01`, name: `款${c}01`, values: ['1,000'] }]),
    ];
    m.tables = [table('expenditure', '部门支出总表', [['合计', 'total']], rows, '元')];
    const f = check(rule, m);
    expect(errors(f)).toEqual([]);
    expect(f.length).toBeGreaterThan(0);
    expect(f.every((x) => x.severity === 'warning')).toBe(true);
    // the same parent left blank without figures in its name is checked (blank counts as 0): 208 and 20805 fail
    m.tables = [table('expenditure', '部门支出总表', [['合计', 'total']], rows.map((r) => (r.code === '20805' ? { ...r, name: '行政事业单位养老支出' } : r)), '元')];
    expect(errors(check(rule, m)).map((x) => x.stated)).toEqual(['9,000', '0']);
  });
});

describe('hierarchy-sum on both sides of a two-sided table', () => {
  const COL: [string, 'final'][] = [['决算数', 'final']];
  const basic = (left = BASIC_LEFT, right = BASIC_RIGHT) => {
    const m = emptyModel({ kind: 'final' });
    m.tables = [twoSidedTable('basic', '基本支出表', { columns: COL, rows: left }, { columns: COL, rows: right })];
    return m;
  };

  it('tolerates the rounding of many items on either side (12 items at ±0.005 each)', () => {
    // 301 items 1,000.01 vs 1,000.00; 302 items 100.02 vs 100.00
    expect(check(rule, basic())).toEqual([]);
    // 302 items 100.06 vs 100.00: still within 12 × 0.005 + 0.005
    expect(check(rule, basic(BASIC_LEFT, withValues(BASIC_RIGHT, { '30201': '10.05' })))).toEqual([]);
  });

  it('reports a right-side class beyond what rounding explains', () => {
    // 302 items 100.07 vs 100.00
    const f = errors(check(rule, basic(BASIC_LEFT, withValues(BASIC_RIGHT, { '30201': '10.06' }))));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('基本支出表中 302 商品和服务支出 不等于其下各款之和：“决算数”列 100.00 ≠ 10.06 + 5.01 + 0.10 + 4.00 + 3.00 + 2.00 + 4.00 + 2.00 + 20.00 + 30.00 + 10.00 + 9.90 = 100.07');
  });

  it('reports a left-side class that does not add up', () => {
    const f = errors(check(rule, basic(withValues(BASIC_LEFT, { '30302': '47.70' }))));
    expect(f.map((x) => x.message)).toEqual(['基本支出表中 303 对个人和家庭的补助 不等于其下各款之和：“决算数”列 50.00 ≠ 47.70 + 0.30 = 48.00']);
  });
});

describe('hierarchy-sum on detail tables (款 subtotals printed without codes)', () => {
  const COLS: [string, 'budget'][] = [['预算金额', 'budget']];
  it('passes subtotals equal to the 项 rows after them', () => {
    const m = emptyModel();
    m.tables = [table('other', '部门预算明细表', COLS, DETAIL_ROWS, '元')];
    expect(check(rule, m)).toEqual([]);
  });
  it('reports a subtotal that is not the sum of its 项 rows', () => {
    const m = emptyModel();
    m.tables = [table('other', '部门预算明细表', COLS, withValues(DETAIL_ROWS, { '政府办公厅（室）及相关机构事务': '1,310.00' }), '元')];
    const f = errors(check(rule, m));
    expect(f.map((x) => x.message)).toEqual(['部门预算明细表中 “政府办公厅（室）及相关机构事务”（20103 小计）不等于其后各项之和：“预算金额”列 1,310.00 ≠ 1,000.00 + 200.00 + 100.00 = 1,300.00']);
    expect(f[0].stated).toBe('1,310.00');
  });
  it('reads no subtotal where the layout is irregular', () => {
    const m = emptyModel();
    // the rows after a subtotal belong to two 款, or a coded row follows no subtotal
    const mixed = withValues(DETAIL_ROWS, { '政府办公厅（室）及相关机构事务': '1,310.00' }).filter((r) => r.name !== '住房改革支出');
    const [head, ...rest] = withValues(DETAIL_ROWS, { 住房改革支出: '60.00' });
    const orphan = [head, { code: '2080501', name: '行政单位离退休', values: ['5.00'] }, ...rest];
    m.tables = [table('other', '部门预算明细表', COLS, mixed, '元'), table('other', '部门预算明细表', COLS, orphan, '元')];
    expect(check(rule, m)).toEqual([]);
  });
});

describe('hierarchy-sum with a child code printed twice', () => {
  it('does not add the repeated rows under their parent', () => {
    const m = emptyModel();
    m.tables = [
      table('expenditure', '支出总表', [['合计', 'total'], ['项目支出', 'project']], [
        { code: '219', name: '援助其他地区支出', values: ['502.00', '502.00'] },
        { code: '21999', name: '其他支出', values: ['502.00', '502.00'] },
        { code: '21999', name: '其他支出', values: ['502.00', '502.00'] },
      ]),
    ];
    expect(errors(check(rule, m))).toEqual([]);
  });
});
