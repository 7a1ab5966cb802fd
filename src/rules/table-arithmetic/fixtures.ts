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
