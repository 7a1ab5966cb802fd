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
