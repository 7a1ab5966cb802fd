import { describe, expect, it } from 'vitest';
import { rule } from './placeholder-text.js';
import { check, modelFromText, ruleTester } from '../testing.js';

ruleTester(rule, {
  valid: [
    { name: 'a document without placeholders', model: '2024 年度收入总计 454.25 万元。', identity: { isTemplate: false } },
    { name: 'a blank template', model: '上海市 XX 局 2024 年度收入总计 XX 万元。', identity: { isTemplate: true } },
  ],
  invalid: [
    { name: 'a placeholder standing for a figure is an error', model: '机关运行经费预算为 XX 万元。', identity: { isTemplate: false }, findings: [{ stated: 'XX', severity: 'error', message: '代替了应有的数字' }] },
    { name: 'at most maxFindings placeholders in the narrative', model: '某某单位的某某科室。', identity: { isTemplate: false }, options: { maxFindings: 1 }, findings: [{ stated: '某某', severity: 'warning' }] },
  ],
});

describe('placeholder-text', () => {
  it('warns about placeholders left in a real document', () => {
    const f = check(rule, modelFromText('联系人：某某，2024 年度收入总计 XX 万元。', { isTemplate: false }));
    expect(new Set(f.map((x) => x.stated))).toEqual(new Set(['XX', '某某']));
  });
  it('caps the error at the configured severity', () => {
    const f = check(rule, modelFromText('机关运行经费预算为 XX 万元。', { isTemplate: false }), undefined, 'info');
    expect(f.map((x) => x.severity)).toEqual(['info']);
  });
});
