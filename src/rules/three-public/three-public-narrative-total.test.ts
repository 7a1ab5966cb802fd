import { describe, expect, it } from 'vitest';
import { rule } from './three-public-narrative-total.js';
import { check, errors, modelFromText } from '../testing.js';

const text = (total: string) => `2024年“三公”经费预算数为${total}万元，比2023年预算增加25万元。其中：
（一）因公出国（境）费0万元，比2023年预算持平。
（二）公务用车购置及运行费46.56万元，比2023年预算增加25万元。其中：公务用车购置费25万元；公务用车运行费21.56万元。
（三）公务接待费1.35万元。`;

describe('three-public-narrative-total', () => {
  it('passes a total equal to its items', () => {
    expect(errors(check(rule, modelFromText(text('47.91'), { kind: 'budget' })))).toEqual([]);
  });
  it('reports a total different from its items', () => {
    const f = errors(check(rule, modelFromText(text('49.71'), { kind: 'budget' })));
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('“三公”经费合计 49.71万元 与各项之和不符：0 + 46.56 + 1.35 ≠ 49.71万元');
  });
});

describe('three-public-narrative-total: prior-year figures', () => {
  const t = (d: string) => `2026年“三公”经费财政拨款预算12.43万元，比上年减少${d}万元。其中：
1.因公出国（境）费
2026年财政拨款预算安排因公出国（境）费0.00万元，与上年持平。
2.公务接待费
2026年财政拨款预算安排公务接待费0.00万元，比上年减少1.65万元。
3.公务用车购置及运行维护费
2026年财政拨款预算安排公务用车购置及运行维护费12.43万元，比上年减少23.64万元。`;
  it('passes differences that add up', () => {
    expect(errors(check(rule, modelFromText(t('25.29'), { kind: 'budget' })))).toEqual([]);
  });
  it('reports a total difference that the items do not explain', () => {
    const f = errors(check(rule, modelFromText(t('25.92'), { kind: 'budget' })));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('(12.43 + 25.92) ≠ 0.00（持平） + (12.43 + 23.64) + (0.00 + 1.65)');
  });
});
