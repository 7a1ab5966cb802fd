/** RuleTester-style cases of every cross-document rule, on hand-built models. */
import { corpusRuleTester, doc } from '../corpus-testing.js';
import { amt, src, table } from '../testing.js';
import type { ChangeClaim, DisclosureModel, Mention } from '../../model/types.js';
import { rule as finalVsBudget } from './final-vs-budget.js';
import { rule as budgetVsPrior } from './budget-vs-prior-budget.js';
import { rule as finalVsPrior } from './final-vs-prior-final.js';
import { rule as deptVsUnits } from './department-vs-units.js';
import { rule as bodyNaming } from './body-naming.js';
import { rule as codeName } from './code-name-across-years.js';
import { rule as yoy } from './yoy-unexplained.js';

const ORG = '北京市甲区统计局';
const gb = (total: string, c201: string, c208: string, name208 = '社会保障和就业支出') =>
  table('general_budget', '一般公共预算支出表', [['合计', 'total']], [
    { name: '合计', values: [total], total: true },
    { code: '201', name: '一般公共服务支出', values: [c201] },
    { code: '208', name: name208, values: [c208] },
  ]);
const gbFinal = (budgetTotal: string, budget201: string) =>
  table('general_budget', '一般公共预算财政拨款支出决算表', [['年初预算', 'budget'], ['合计', 'total']], [
    { name: '合计', values: [budgetTotal, '95.00'], total: true },
    { code: '201', name: '一般公共服务支出', values: [budget201, '75.00'] },
    { code: '208', name: '社会保障和就业支出', values: ['20.00', '20.00'] },
  ]);
const gbSplit = () =>
  table('general_budget', '一般公共预算支出表', [['合计', 'total'], ['基本支出', 'basic'], ['项目支出', 'project']], [
    { name: '合计', values: ['100.00', '60.00', '40.00'], total: true },
    { code: '201', name: '一般公共服务支出', values: ['80.00', '50.00', '30.00'] },
  ]);
const gbFinalSplit = (basic: string, project: string) =>
  table('general_budget', '一般公共预算财政拨款支出决算表', [['年初预算/基本支出', 'budget'], ['年初预算/项目支出', 'budget'], ['决算数/合计', 'total']], [
    { name: '合计', values: [basic, project, '95.00'], total: true },
  ]);
const splitBudget = () => doc('b2024.txt', { org: ORG, year: 2024, kind: 'budget' }, (m) => m.tables.push(gbSplit()));
const splitMention = (subject: string, v: string) => (m: DisclosureModel) => {
  const mention: Mention = { subject, amount: amt(v), role: 'budget', text: `${subject}年初预算${v}万元`, source: src() };
  m.mentions.push(mention);
};
const budget = (year: number, t = '100.00', a = '80.00', b = '20.00', name208?: string) => (file = `b${year}.txt`) =>
  doc(file, { org: ORG, year, kind: 'budget' }, (m) => m.tables.push(gb(t, a, b, name208)));
const change = (subject: string, current: string, delta: string, direction: 'increase' | 'decrease'): ChangeClaim => ({
  kind: 'change', subject, text: `${subject}${current}万元，比上年${direction === 'increase' ? '增加' : '减少'}${delta}万元。`, source: src(), current: amt(current), delta: amt(delta), direction,
});
const withFacts = (m: DisclosureModel, total: string) => {
  m.facts.total_revenue = { key: 'total_revenue', value: amt(total).value, amount: amt(total), text: `收入总计${total}万元`, source: src(), from: 'table' };
};

corpusRuleTester(finalVsBudget, {
  valid: [
    { name: '年初预算 equals the budget', models: () => [budget(2024)(), doc('f2024.txt', { org: ORG, year: 2024, kind: 'final' }, (m) => m.tables.push(gbFinal('100.00', '80.00')))] },
    { name: 'no budget of that year', models: () => [budget(2023)(), doc('f2024.txt', { org: ORG, year: 2024, kind: 'final' }, (m) => m.tables.push(gbFinal('101.00', '81.00')))] },
    { name: '年初预算 基本/项目 columns equal the budget', models: () => [splitBudget(), doc('f2024.txt', { org: ORG, year: 2024, kind: 'final' }, (m) => m.tables.push(gbFinalSplit('60.00', '40.00')))] },
    { name: 'a 基本支出 without its fund scope is not compared', models: () => [splitBudget(), doc('f2024.txt', { org: ORG, year: 2024, kind: 'final' }, splitMention('基本支出', '61.00'))] },
  ],
  invalid: [
    {
      name: '年初预算 differs (total and class)',
      models: () => [budget(2024)(), doc('f2024.txt', { org: ORG, year: 2024, kind: 'final' }, (m) => m.tables.push(gbFinal('101.00', '81.00')))],
      findings: [{ message: '相差1.00万元', stated: '101.00', expected: '100.00', file: 'f2024.txt' }, { message: '201 一般公共服务支出', file: 'f2024.txt' }],
    },
    {
      name: '年初预算 项目支出 column differs from the budget',
      models: () => [splitBudget(), doc('f2024.txt', { org: ORG, year: 2024, kind: 'final' }, (m) => m.tables.push(gbFinalSplit('60.00', '42.00')))],
      findings: [{ message: '一般公共预算项目支出', stated: '42.00', expected: '40.00' }],
    },
    {
      name: 'narrative 一般公共预算财政拨款基本支出 年初预算 differs',
      models: () => [splitBudget(), doc('f2024.txt', { org: ORG, year: 2024, kind: 'final' }, splitMention('一般公共预算财政拨款基本支出', '61.00'))],
      findings: [{ stated: '61.00', expected: '60.00' }],
    },
    {
      name: 'narrative 年初预算 of a class',
      models: () => [
        budget(2024)(),
        doc('f2024.txt', { org: ORG, year: 2024, kind: 'final' }, (m) => {
          const mention: Mention = { subject: '一般公共服务支出（类）', amount: amt('82.00'), role: 'budget', text: '一般公共服务支出（类）年初预算82.00万元', source: src() };
          m.mentions.push(mention);
        }),
      ],
      findings: [{ stated: '82.00', expected: '80.00' }],
    },
    {
      name: '"三公" 年初预算 in the final table against the budget 公务接待费',
      models: () => [
        doc('b2024.txt', { org: ORG, year: 2024, kind: 'budget' }, (m) => {
          m.facts.three_public_reception = { key: 'three_public_reception', value: amt('3.00').value, amount: amt('3.00'), text: '公务接待费3.00万元', source: src(), from: 'table' };
        }),
        doc('f2024.txt', { org: ORG, year: 2024, kind: 'final' }, (m) =>
          m.tables.push(table('three_public', '“三公”经费支出决算表', [['公务接待费/预算数', 'budget'], ['公务接待费/决算数', 'final'], ['合计/预算数', 'budget']], [{ name: '', values: ['3.50', '2.80', null] }])),
        ),
      ],
      findings: [{ message: '公务接待费/预算数', stated: '3.50', expected: '3.00' }],
    },
  ],
});

corpusRuleTester(budgetVsPrior, {
  valid: [
    {
      name: 'prior total implied by the change equals last year',
      models: () => [doc('b2023.txt', { org: ORG, year: 2023, kind: 'budget' }, (m) => withFacts(m, '100.00')), doc('b2024.txt', { org: ORG, year: 2024, kind: 'budget' }, (m) => m.claims.push(change('收入预算', '110.00', '10.00', 'increase')))],
    },
  ],
  invalid: [
    {
      name: 'prior total implied by the change differs',
      models: () => [doc('b2023.txt', { org: ORG, year: 2023, kind: 'budget' }, (m) => withFacts(m, '100.00')), doc('b2024.txt', { org: ORG, year: 2024, kind: 'budget' }, (m) => m.claims.push(change('收入预算', '110.00', '12.00', 'increase')))],
      findings: [{ message: '上年收支总计为98.00万元', stated: '98.00', expected: '100.00', file: 'b2024.txt' }],
    },
  ],
});

corpusRuleTester(budgetVsPrior, {
  valid: [],
  invalid: [
    {
      name: 'a 上年 column of the expenditure table',
      models: () => [
        budget(2023)(),
        doc('b2024.txt', { org: ORG, year: 2024, kind: 'budget' }, (m) =>
          m.tables.push(table('general_budget', '一般公共预算支出表', [['上年预算数', 'prior'], ['本年预算数', 'total']], [{ name: '合计', values: ['100.00', '104.00'], total: true }, { code: '201', name: '一般公共服务支出', values: ['80.50', '84.00'] }, { code: '208', name: '社会保障和就业支出', values: ['20.00', '20.00'] }])),
        ),
      ],
      findings: [{ message: '201 一般公共服务支出', stated: '80.50', expected: '80.00' }],
    },
  ],
});

corpusRuleTester(finalVsPrior, {
  valid: [{ name: 'a decrease that matches', models: () => [doc('f2023.txt', { org: ORG, year: 2023, kind: 'final' }, (m) => withFacts(m, '100.00')), doc('f2024.txt', { org: ORG, year: 2024, kind: 'final' }, (m) => m.claims.push(change('收、支总计', '95.00', '5.00', 'decrease')))] }],
  invalid: [
    {
      name: 'a decrease that does not match',
      models: () => [doc('f2023.txt', { org: ORG, year: 2023, kind: 'final' }, (m) => withFacts(m, '100.00')), doc('f2024.txt', { org: ORG, year: 2024, kind: 'final' }, (m) => m.claims.push(change('收、支总计', '95.00', '6.00', 'decrease')))],
      findings: [{ stated: '101.00', expected: '100.00' }],
    },
  ],
});

const dept = (t: string, a: string, b: string, list = '纳入本部门预算编制范围的单位包括：北京市甲区统计局（本级）、北京市甲区统计事务中心。') => () =>
  doc('dept.txt', { org: ORG, year: 2024, kind: 'budget', scope: 'department' }, (m) => {
    m.tables.push(gb(t, a, b));
    m.paragraphs.push({ text: list, spans: [{ offset: 0, source: src() }] });
  });
const unit = (file: string, org: string, t: string, a: string, b: string) => () => doc(file, { org, year: 2024, kind: 'budget', scope: 'unit' }, (m) => m.tables.push(gb(t, a, b)));

corpusRuleTester(deptVsUnits, {
  valid: [
    { name: 'department = sum of its units', models: () => [dept('100.00', '80.00', '20.00')(), unit('u0.txt', `${ORG}（本级）`, '70.00', '60.00', '10.00')(), unit('u1.txt', '北京市甲区统计事务中心', '30.00', '20.00', '10.00')()] },
    { name: 'no unit in the corpus', models: () => [dept('100.00', '80.00', '20.00')()] },
  ],
  invalid: [
    {
      name: 'class differs from the sum',
      models: () => [dept('100.00', '80.00', '20.00')(), unit('u0.txt', `${ORG}（本级）`, '70.00', '60.00', '10.00')(), unit('u1.txt', '北京市甲区统计事务中心', '30.00', '21.00', '9.00')()],
      findings: [{ message: '201 一般公共服务支出', stated: '80.00', expected: '81.00' }, { message: '208', stated: '20.00', expected: '19.00' }],
    },
    {
      name: 'a listed unit missing',
      models: () => [dept('100.00', '80.00', '20.00')(), unit('u0.txt', `${ORG}（本级）`, '70.00', '60.00', '10.00')()],
      findings: [{ message: '北京市甲区统计事务中心', severity: 'warning' }],
    },
  ],
});

corpusRuleTester(bodyNaming, {
  valid: [{ name: 'same name', models: () => [budget(2023)(), budget(2024)()] }],
  invalid: [
    {
      name: 'region prefix left off in one document',
      models: () => [budget(2022)(), budget(2023)(), doc('b2024.txt', { org: '甲区统计局', year: 2024, kind: 'budget' })],
      findings: [{ message: '“甲区统计局”', file: 'b2024.txt' }],
    },
  ],
});

corpusRuleTester(codeName, {
  valid: [{ name: 'same names', models: () => [budget(2023)(), budget(2024)()] }],
  invalid: [{ name: 'a code renamed', models: () => [budget(2023)(), budget(2024, '100.00', '80.00', '20.00', '社会保障支出')()], findings: [{ message: '科目208', file: 'b2024.txt' }] }],
});

corpusRuleTester(yoy, {
  valid: [
    { name: 'changes under 10%', models: () => [budget(2023)(), budget(2024, '105.00', '84.00', '21.00')()] },
    { name: 'a change explained', models: () => [budget(2023)(), (() => { const m = budget(2024, '110.00', '80.00', '30.00')(); m.paragraphs.push({ text: '社会保障和就业支出增加的主要原因是新增退休人员。', spans: [{ offset: 0, source: src() }] }); return m; })()] },
    { name: 'threshold option', options: { threshold: 60 }, models: () => [budget(2023)(), budget(2024, '110.00', '80.00', '30.00')()] },
  ],
  invalid: [{ name: 'a class up 50% unexplained', models: () => [budget(2023)(), budget(2024, '110.00', '80.00', '30.00')()], findings: [{ message: '社会保障和就业支出（类）2024年预算30.00万元，2023年20.00万元，增加50.0%', file: 'b2024.txt' }] }],
});
