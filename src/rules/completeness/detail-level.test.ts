import { rule } from './detail-level.js';
import { emptyModel, ruleTester, table } from '../testing.js';
import type { DisclosureModel } from '../../model/types.js';

const fn = (codes: [string, string][]) => table('general_budget', '一般公共预算支出表', [['合计', 'total']], codes.map(([code, name]) => ({ code, name, values: ['1'] })));
const econ = (title: string, codes: [string, string][]) => table('basic', title, [['合计', 'total']], codes.map(([code, name]) => ({ code, name, values: ['1'] })));
const model = (...tables: DisclosureModel['tables']) => () => {
  const m = emptyModel();
  m.tables = tables;
  return m;
};

ruleTester(rule, {
  valid: [
    {
      name: 'function classes down to 项 and economic classes down to 款',
      model: model(fn([['201', '一般公共服务支出'], ['2010301', '行政运行']]), econ('基本支出表', [['301', '工资福利支出'], ['30101', '基本工资']])),
    },
    { name: 'an all-spending economic table may stop at 类', model: model(econ('一般公共预算支出经济分类情况表', [['501', '机关工资福利支出']])) },
    { name: 'a region requiring only 款', model: model(fn([['201', '一般公共服务支出'], ['20103', '政府办公厅（室）及相关机构事务']])), options: { functionLevel: 2 } },
  ],
  invalid: [
    {
      name: 'function classification stops at 款',
      model: model(fn([['201', '一般公共服务支出'], ['20103', '政府办公厅（室）及相关机构事务']])),
      findings: [{ message: '未细化到项级', stated: '最细为款级', expected: '项级', severity: 'warning' }],
    },
    {
      name: 'basic expenditure economic classes stop at 类',
      model: model(econ('一般公共预算基本支出表', [['301', '工资福利支出'], ['302', '商品和服务支出']])),
      findings: [{ message: '经济分类科目未细化到款级', stated: '最细为类级' }],
    },
  ],
});
