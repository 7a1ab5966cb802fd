import { describe, expect, it } from 'vitest';
import { textToDocument } from '../readers/text.js';
import { buildParagraphs } from '../normalize/paragraphs.js';
import { cleanOrg, extractIdentity } from './identity.js';

const idOf = (text: string) => {
  const doc = textToDocument('t.txt', text);
  return extractIdentity(doc, buildParagraphs(doc));
};

describe('identity', () => {
  it('reads the cover: body, year, kind, scope', () => {
    const id = idOf('上海市某区2025年区级单位预算\n\n   预算单位：上海市某区某某中心\n目 录\n');
    expect(id).toMatchObject({ org: '上海市某区某某中心', year: 2025, kind: 'budget', scope: 'unit', region: 'shanghai' });
  });
  it('a final-accounts document mentions 预算 everywhere but is 决算', () => {
    const id = idOf('示例市示例局\n2024年度部门决算\n一、收入支出决算总体情况说明\n年初预算 10 万元，预算执行良好，预算调整 0 万元。\n');
    expect(id).toMatchObject({ org: '示例市示例局', year: 2024, kind: 'final', scope: 'department' });
  });
  it('takes the body from the first sentence and strips （以下简称…）', () => {
    const id = idOf('一、部门基本情况\n北京市西城区示例办公室（以下简称“区示例办”）是负责本区示例工作的区政府工作部门。\n二、2024 年部门预算情况说明\n');
    expect(id.org).toBe('北京市西城区示例办公室');
    expect(id.year).toBe(2024);
    expect(cleanOrg('某某局（以下简称“某局”）')).toBe('某某局');
  });
  it('flags templates by placeholders in the name or the figures', () => {
    expect(idOf(' 上海市 XX 局\n2024 年度部门决算\n').isTemplate).toBe(true);
    const figures = ['示例局', '2024年度部门决算', ...Array.from({ length: 6 }, () => '本年收入合计 XXX 万元，占 XX%。')].join('\n');
    expect(idOf(figures).isTemplate).toBe(true);
    expect(idOf('示例局\n2024年度部门决算\n本年收入合计 12.5 万元。').isTemplate).toBe(false);
  });
});
