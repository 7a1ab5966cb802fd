import { describe, expect, it } from 'vitest';
import { rule } from './narrative-share-group.js';
import { check, errors, modelFromText } from '../testing.js';

const head = '2024 年度一般公共预算财政拨款支出 671.84 万元，主要用于以下方面（按大类）：';

describe('narrative-share-group', () => {
  it('passes when parts add up to the whole and shares to 100%', () => {
    const m = modelFromText(head + '一般公共服务支出 484.25 万元，占本年财政拨款支出 72.08%；社会保障和就业支出 66.83 万元，占本年财政拨款支出 9.95%；卫生健康支出 41.27 万元，占本年财政拨款支出 6.14%；住房保障支出 79.49 万元，占本年财政拨款支出 11.83%。');
    expect(errors(check(rule, m))).toEqual([]);
  });
  it('reports amounts that do not add up while shares total 100%', () => {
    const m = modelFromText(head + '一般公共服务支出 484.25 万元，占本年财政拨款支出 72.08%；社会保障和就业支出 66.83 万元，占本年财政拨款支出 9.95%；卫生健康支出 41.27 万元，占本年财政拨款支出 6.14%；住房保障支出 79.4 万元，占本年财政拨款支出 11.83%。');
    const f = errors(check(rule, m));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('484.25 + 66.83 + 41.27 + 79.4 = 671.75');
  });
  it('reports shares that do not total 100% while amounts add up', () => {
    const m = modelFromText('本年支出合计2940.05万元，其中：基本支出2336.91万元，占79.59%；项目支出603.14万元，占20.51%。');
    const f = errors(check(rule, m));
    expect(f).toHaveLength(1);
    expect(f[0].stated).toBe('100.10%');
  });
});
