/** Hand-built tables shared by the table-rule tests. */
import type { ColumnRole } from '../../model/types.js';
import type { RowSpec } from '../testing.js';

export const EXP_COLS: [string, ColumnRole][] = [
  ['合计', 'total'],
  ['基本支出', 'basic'],
  ['项目支出', 'project'],
];

/** 2020-style 部门支出总表 (元), consistent. */
export const EXP_ROWS: RowSpec[] = [
  { name: '合计', values: ['7,955,559.34', '5,215,620.22', '2,739,939.12'], total: true },
  { code: '201', name: '一般公共服务支出', values: ['5,726,351.40', '3,556,912.28', '2,169,439.12'] },
  { code: '20103', name: '政府办公厅（室）及相关机构事务', values: ['5,726,351.40', '3,556,912.28', '2,169,439.12'] },
  { code: '2010301', name: '行政运行', values: ['3,556,912.28', '3,556,912.28', '0.00'] },
  { code: '2010302', name: '一般行政管理事务', values: ['69,439.12', '0.00', '69,439.12'] },
  { code: '2010399', name: '其他政府办公厅（室）及相关机构事务支出', values: ['2,100,000.00', '0.00', '2,100,000.00'] },
  { code: '206', name: '科学技术支出', values: ['570,500.00', '0.00', '570,500.00'] },
  { code: '20699', name: '其他科学技术支出', values: ['570,500.00', '0.00', '570,500.00'] },
  { code: '2069999', name: '其他科学技术支出', values: ['570,500.00', '0.00', '570,500.00'] },
  { code: '208', name: '社会保障和就业支出', values: ['1,658,707.94', '1,658,707.94', '0.00'] },
  { code: '20805', name: '行政事业单位养老支出', values: ['1,658,707.94', '1,658,707.94', '0.00'] },
  { code: '2080505', name: '机关事业单位基本养老保险缴费支出', values: ['1,658,707.94', '1,658,707.94', '0.00'] },
];

/** The same with one 项目支出 figure wrong in 201 and 20103 (the 2020 sample's break). */
export const EXP_ROWS_BROKEN: RowSpec[] = EXP_ROWS.map((r) => (r.code === '201' || r.code === '20103' ? { ...r, values: [r.values[0], r.values[1], '2,153,119.12'] } : r));

/**
 * A two-sided 基本支出表 (Shanghai final accounts: 人员经费 301/303 left with 人员经费合计, 公用经费
 * 302/310 right with 公用经费合计), 万元. Consistent within rounding: the twelve 302 items add up to
 * 100.02 against 100.00 printed (12 × ±0.005 explains it), the 301 items to 1,000.01 against 1,000.00.
 */
export const BASIC_LEFT: RowSpec[] = [
  { code: '301', name: '工资福利支出', values: ['1,000.00'] },
  { code: '30101', name: '基本工资', values: ['300.01'] },
  { code: '30102', name: '津贴补贴', values: ['400.00'] },
  { code: '30103', name: '奖金', values: [null] },
  { code: '30108', name: '机关事业单位基本养老保险缴费', values: ['120.00'] },
  { code: '30109', name: '职业年金缴费', values: ['60.00'] },
  { code: '30113', name: '住房公积金', values: ['120.00'] },
  { code: '303', name: '对个人和家庭的补助', values: ['50.00'] },
  { code: '30302', name: '退休费', values: ['49.70'] },
  { code: '30309', name: '奖励金', values: ['0.30'] },
  { name: '人员经费合计', values: ['1,050.00'], total: true },
];

export const BASIC_RIGHT: RowSpec[] = [
  { code: '302', name: '商品和服务支出', values: ['100.00'] },
  { code: '30201', name: '办公费', values: ['10.01'] },
  { code: '30202', name: '印刷费', values: ['5.01'] },
  { code: '30204', name: '手续费', values: ['0.10'] },
  { code: '30207', name: '邮电费', values: ['4.00'] },
  { code: '30211', name: '差旅费', values: ['3.00'] },
  { code: '30213', name: '维修（护）费', values: ['2.00'] },
  { code: '30216', name: '培训费', values: ['4.00'] },
  { code: '30226', name: '劳务费', values: ['2.00'] },
  { code: '30228', name: '工会经费', values: ['20.00'] },
  { code: '30229', name: '福利费', values: ['30.00'] },
  { code: '30239', name: '其他交通费用', values: ['10.00'] },
  { code: '30299', name: '其他商品和服务支出', values: ['9.90'] },
  { code: '310', name: '资本性支出', values: ['10.00'] },
  { code: '31002', name: '办公设备购置', values: ['10.00'] },
  { name: '公用经费合计', values: ['110.00'], total: true },
];

/** The rows with some figures replaced (by code or name). */
export function withValues(rows: RowSpec[], changes: Record<string, string>): RowSpec[] {
  return rows.map((r) => {
    const v = changes[r.code ?? r.name];
    return v === undefined ? r : { ...r, values: [v] };
  });
}

/**
 * A 部门预算明细表 (元): 合计, a funding-source line, then each 款 as an uncoded subtotal row followed
 * by its 项 rows (a 项 code repeated per economic class). Consistent.
 */
export const DETAIL_ROWS: RowSpec[] = [
  { name: '合计', values: ['1,350.00'], total: true },
  { name: '预算内', values: ['1,350.00'] },
  { name: '政府办公厅（室）及相关机构事务', values: ['1,300.00'] },
  { code: '2010301', name: '行政运行', values: ['1,000.00'] },
  { code: '2010301', name: '行政运行', values: ['200.00'] },
  { code: '2010399', name: '其他政府办公厅（室）及相关机构事务支出', values: ['100.00'] },
  { name: '住房改革支出', values: ['50.00'] },
  { code: '2210201', name: '住房公积金', values: ['50.00'] },
];
