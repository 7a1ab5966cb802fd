import { describe, expect, it } from 'vitest';
import { rule } from './narrative-vs-table.js';
import { check, errors, modelFromText, table } from '../testing.js';

function model(stated: string) {
  const m = modelFromText(
    `31. “住房保障支出（类）住房改革支出（款）住房公积金（项）”350.35万元，主要用于住房公积金。2023年当年预算执行数为348.52万元，2024年预算安排${stated}万元，比2023年预算执行数增加0.53%。\n本年支出合计 1,670.52 万元，其中：基本支出 1,670.52 万元。`,
    { kind: 'budget', year: 2024 },
  );
  m.tables = [
    table('general_budget', '一般公共预算支出功能分类预算表', [['合计', 'total'], ['基本支出', 'basic'], ['项目支出', 'project']], [
      { name: '合计', values: ['16,705,199', '16,705,199', '0'], total: true },
      { code: '221', name: '住房保障支出', values: ['6,705,199', '6,705,199', '0'] },
      { code: '22102', name: '住房改革支出', values: ['6,705,199', '6,705,199', '0'] },
      { code: '2210201', name: '住房公积金', values: ['3,503,499', '3,503,499', '0'] },
      { code: '2210203', name: '购房补贴', values: ['3,201,700', '3,201,700', '0'] },
    ], '元'),
  ];
  return m;
}

describe('narrative-vs-table', () => {
  it('passes narrative figures equal to their table rows (classification by names, totals by subject)', () => {
    expect(errors(check(rule, model('350.35')))).toEqual([]);
  });
  it('reports a narrative figure that differs from its table row', () => {
    const f = errors(check(rule, model('352.67')));
    expect(f).toHaveLength(1);
    expect(f[0].stated).toBe('352.67万元');
    expect(f[0].message).toContain('2210201 住房公积金');
    expect(f[0].expected).toBe('3,503,499元');
  });
});

describe('narrative-vs-table: scope and reliability', () => {
  const tables = () => [
    table('expenditure', '部门支出总体情况表', [['合计', 'total'], ['基本支出', 'basic'], ['项目支出', 'project']], [
      { name: '合计', values: ['300.00', '120.00', '180.00'], total: true },
    ]),
    table('general_budget', '一般公共预算财政拨款支出表', [['合计', 'total'], ['基本支出', 'basic'], ['项目支出', 'project']], [
      { name: '合计', values: ['200.00', '100.00', '100.00'], total: true },
    ]),
  ];
  const cases: { name: string; text: string; stated: string | null }[] = [
    { name: 'an all-funds 基本支出 equal to the all-funds table', text: '支出预算 300.00 万元，其中：基本支出 120.00 万元，项目支出 180.00 万元。', stated: null },
    { name: 'an all-funds 基本支出 that differs', text: '支出预算 300.00 万元，其中：基本支出 125.00 万元，项目支出 175.00 万元。', stated: '125.00万元' },
    { name: 'a general-budget 基本支出 (scope from the enumeration head) equal to the general-budget table', text: '一般公共预算财政拨款支出 200.00 万元。其中：基本支出 100.00 万元，项目支出 100.00 万元。', stated: null },
    { name: 'a general-budget 基本支出 that differs', text: '一般公共预算财政拨款支出 200.00 万元。其中：基本支出 110.00 万元，项目支出 90.00 万元。', stated: '110.00万元' },
    { name: 'a 财政拨款 基本支出 under a heading naming the scope', text: '三、财政拨款支出情况说明\n其中：基本支出 100.00 万元。', stated: null },
  ];
  for (const c of cases) {
    it(`${c.stated ? 'reports' : 'passes'} ${c.name}`, () => {
      const m = modelFromText(c.text, { kind: 'budget', year: 2026 });
      m.tables = tables();
      const f = errors(check(rule, m)).filter((x) => /基本支出/.test(x.message));
      expect(f.map((x) => x.stated)).toEqual(c.stated ? [c.stated] : []);
    });
  }
  it('does not compare with a blank cell', () => {
    const m = modelFromText('一般公共预算财政拨款支出 200.00 万元。其中：基本支出 100.00 万元。', { kind: 'budget', year: 2026 });
    m.tables = [table('general_budget', '一般公共预算财政拨款支出表', [['合计', 'total'], ['基本支出', 'basic']], [{ name: '合计', values: ['200.00', null], total: true }])];
    expect(errors(check(rule, m))).toEqual([]);
  });
});
