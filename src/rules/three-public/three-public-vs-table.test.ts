import { describe, expect, it } from 'vitest';
import { rule } from './three-public-vs-table.js';
import { check, errors, modelFromText, table } from '../testing.js';

function model(narrative: string) {
  const m = modelFromText(`2024 年部门预算“三公”经费财政拨款预算安排 ${narrative} 万元，与上年持平。`, { kind: 'budget' });
  m.tables = [table('three_public', '一般公共预算“三公”经费支出情况表', [['2024 年预算数', 'budget']], [
    { name: '1、因公出国（境）费', values: [null] },
    { name: '2、公务接待费', values: ['1.104185'] },
    { name: '3、公务用车购置及运行维护费', values: [null] },
    { name: '总计', values: ['1.104185'], total: true },
  ])];
  return m;
}

describe('three-public-vs-table', () => {
  it('passes a narrative total equal to the table', () => {
    expect(errors(check(rule, model('1.104185')))).toEqual([]);
  });
  it('reports a narrative total different from the table', () => {
    const f = errors(check(rule, model('1.401185')));
    expect(f).toHaveLength(1);
    expect(f[0].stated).toBe('1.401185万元');
    expect(f[0].expected).toBe('1.104185万元');
  });
});
