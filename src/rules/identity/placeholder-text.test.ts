import { describe, expect, it } from 'vitest';
import { rule } from './placeholder-text.js';
import { check, modelFromText } from '../testing.js';

describe('placeholder-text', () => {
  it('passes a document without placeholders', () => {
    expect(check(rule, modelFromText('2024 年度收入总计 454.25 万元。', { isTemplate: false }))).toEqual([]);
  });
  it('says nothing for a blank template', () => {
    expect(check(rule, modelFromText('上海市 XX 局 2024 年度收入总计 XX 万元。', { isTemplate: true }))).toEqual([]);
  });
  it('warns about placeholders left in a real document', () => {
    const f = check(rule, modelFromText('某某单位 2024 年度收入总计 XX 万元。', { isTemplate: false }));
    expect(new Set(f.map((x) => x.stated))).toEqual(new Set(['XX', '某某']));
  });
});

describe('placeholder-text severity', () => {
  it('is an error when the placeholder stands for a figure', () => {
    const f = check(rule, modelFromText('机关运行经费预算为 XX 万元。', { isTemplate: false }));
    expect(f.map((x) => x.severity)).toEqual(['error']);
  });
});
