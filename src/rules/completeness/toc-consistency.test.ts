import { rule } from './toc-consistency.js';
import { STANDARD } from './standard-tables.js';
import { emptyModel, ruleTester, src, table } from '../testing.js';
import type { TableKey } from '../../model/types.js';

const doc = (refs: [TableKey, string][], printed: TableKey[], elsewhere = false) => () => {
  const m = emptyModel({ kind: 'budget' });
  m.tables = [...STANDARD.budget.map(([k, t]) => table(k, t, [['合计', 'total']], [])), ...printed.map((k) => table(k, k, [['合计', 'total']], []))];
  m.tableReferences = refs.map(([key, title]) => ({ key, title, source: src() }));
  if (elsewhere) m.tablesElsewhere = { text: '报表详见附件', source: src() };
  return m;
};

ruleTester(rule, {
  valid: [
    { name: 'every listed table printed', model: doc([['projects', '项目支出表'], ['performance', '项目支出绩效目标表']], ['projects', 'performance']) },
    { name: 'a missing standard table is standard-tables’ finding', model: doc([['revenue', '部门收入总表']], []) },
    { name: 'tables published elsewhere', model: doc([['procurement', '政府采购预算表']], [], true) },
  ],
  invalid: [
    { name: 'a listed table not printed', model: doc([['projects', '项目支出表'], ['procurement', '政府采购预算表']], ['projects']), findings: [{ message: '目录列出的“政府采购预算表”在正文中未找到', stated: '政府采购预算表', severity: 'warning' }] },
  ],
});
