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

const body = (withProcurement: boolean) =>
  [
    '目录',
    '第一部分 部门概况……………………1',
    '第二部分 部门预算情况说明……………………3',
    '第三部分 政府采购情况……………………5',
    '第四部分 名词解释……………………6',
    '',
    '第一部分 部门概况',
    '本部门负责全市有关工作。',
    '第二部分 2026年部门预算情况说明',
    '2026年收入预算100万元，比2025年增加10万元。',
    ...(withProcurement ? ['第三部分 政府采购情况', '2026年政府采购预算10万元。'] : []),
    '第四部分 名词解释',
    '基本支出：指为保障机构正常运转的支出。',
  ].join('\n');

ruleTester(rule, {
  valid: [{ name: 'every section of the contents in the body (text pipeline)', model: body(true) }],
  invalid: [{ name: 'a section of the contents missing from the body', model: body(false), findings: [{ message: '目录中的“第三部分政府采购情况”在正文中未找到', severity: 'warning' }] }],
});
