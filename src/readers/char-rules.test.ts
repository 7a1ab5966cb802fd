import { describe, expect, it } from 'vitest';
import { normalizeLineText, displayWidth } from './char-rules.js';

describe('normalizeLineText', () => {
  it('joins letter-spaced CJK but keeps word gaps', () => {
    expect(normalizeLineText('第 二 部 分 2024 年 度 部 门 决 算 说 明')).toBe('第二部分 2024 年度部门决算说明');
    expect(normalizeLineText('基 本 支 出 529.53 万元')).toBe('基本支出 529.53 万元');
    expect(normalizeLineText('收入项目类别 收入预算金额')).toBe('收入项目类别 收入预算金额');
  });
  it('makes full-width digits and number punctuation ASCII', () => {
    expect(normalizeLineText('进修及培训 16，320.00')).toBe('进修及培训 16,320.00');
    expect(normalizeLineText('２０２４年 ５０．５％')).toBe('2024年 50.5%');
    expect(normalizeLineText('623，473.44')).toBe('623,473.44');
    // a comma between a number and a word stays
    expect(normalizeLineText('1，比上年')).toBe('1，比上年');
  });
  it('removes Markdown and HTML markup', () => {
    expect(normalizeLineText('### **七、政府性基金**')).toBe('七、政府性基金');
    expect(normalizeLineText('<p>完成接待 5 批次</p>').trim()).toBe('完成接待 5 批次');
    expect(normalizeLineText('- 一、主要职能')).toBe('一、主要职能');
  });
  it('measures display width', () => {
    expect(displayWidth('行政运行 12')).toBe(11);
  });
});
