import { describe, expect, it } from 'vitest';
import { codeInfo, joinCodeParts, parentCode, parseCodeToken } from './codes.js';

describe('classification codes', () => {
  it('tells systems and levels apart', () => {
    expect(codeInfo('2010301')).toEqual({ code: '2010301', system: 'function', level: 3 });
    expect(codeInfo('30101')).toEqual({ code: '30101', system: 'econ_dept', level: 2 });
    expect(codeInfo('501')).toEqual({ code: '501', system: 'econ_gov', level: 1 });
    expect(codeInfo('3010101')).toBeNull();
    expect(codeInfo('202001')).toBeNull();
  });
  it('reads code-name tokens and codes in columns', () => {
    expect(parseCodeToken('2010301-行政运行')).toMatchObject({ code: '2010301', name: '行政运行' });
    expect(parseCodeToken('202001-北京市某单位（本级）')).toBeNull();
    expect(parseCodeToken('30207邮电费')).toMatchObject({ code: '30207', name: '邮电费' }); // glued by text extraction
    expect(parseCodeToken('310资本性支出')).toMatchObject({ code: '310', level: 1 });
    expect(parseCodeToken('300万元')).toBeNull();
    expect(parseCodeToken('201人次')).toBeNull();
    expect(parseCodeToken('2024年度')).toBeNull();
    expect(joinCodeParts(['201', '03', '01'])?.code).toBe('2010301');
    expect(joinCodeParts(['301', '2'])?.code).toBe('30102');
    expect(parentCode('2010301')).toBe('20103');
  });
});
