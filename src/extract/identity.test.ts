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

describe('identity on other regional layouts', () => {
  it('reads a cover whose name wraps over lines, with the year on a line of its own', () => {
    const id = idOf(['2026年', '示例市人民政府示例资产监督管理委员会部', '门预算', '', '\f目录', '第一部分示例市人民政府示例资产监督管理委员会概况'].join('\n'));
    expect(id).toMatchObject({ org: '示例市人民政府示例资产监督管理委员会', year: 2026, kind: 'budget', scope: 'department' });
  });
  it('keeps （本级） and reads a unit document', () => {
    const id = idOf(['2026年度', '示例市示例局（本级）', '单位预算公开', '', '\f示例市示例局（本级）2026年度单位预算公开', '目录'].join('\n'));
    expect(id).toMatchObject({ org: '示例市示例局（本级）', year: 2026, kind: 'budget', scope: 'unit' });
  });
  it('accepts a labelled name that ends in a parenthesised second name', () => {
    const id = idOf(['示例市2026年市级单位预算', '预算单位：示例市示例事务中心（示例市示例研究所）', '目录'].join('\n'));
    expect(id).toMatchObject({ org: '示例市示例事务中心（示例市示例研究所）', year: 2026, scope: 'unit' });
  });
  it('drops 部门 and 信息公开 from a title line', () => {
    expect(idOf('示例市示例办公室部门2026年度部门预算\n信息公开\n目录\n').org).toBe('示例市示例办公室');
  });
  it('finds the body of a tables-only attachment beside its label, and the year in a stamp', () => {
    const text = [
      '预算01表收支总表',
      '金额单位：万元',
      '项目\t预算数\t项目\t预算数',
      '一、一般公共预算拨款收入\t10.00\t一、一般公共服务支出\t10.00',
      '预算13表部门整体支出绩效目标表',
      '（2026年度）',
      '示例市示例局',
      '部门名称',
      '年度主要任务\t任务名称\t主要内容',
    ].join('\n');
    const id = idOf(text);
    expect(id).toMatchObject({ org: '示例市示例局', year: 2026, kind: 'budget', scope: 'department' });
  });
  it('votes: a name in several places beats one stray mention', () => {
    const text = ['第一部分2026年度部门预算情况说明', '一、部门情况说明', '示例市示例办公厅主要职责包括：', '（一）负责示例工作。', '附件：示例市示例办公厅2026年度部门预算报表'].join('\n');
    expect(idOf(text)).toMatchObject({ org: '示例市示例办公厅', year: 2026 });
  });
});
