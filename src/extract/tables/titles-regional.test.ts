import { describe, expect, it } from 'vitest';
import { classifyTitle, matchTitle } from './aliases.js';
import { tablesOfText } from './testing.js';
import { textToDocument } from '../../readers/text.js';
import { extractSections, flattenSections } from '../sections.js';

describe('regional title forms', () => {
  it('reads numbering printed before the title in several styles', () => {
    expect(matchTitle('预算01表收支总表')).toMatchObject({ key: 'summary', number: '预算01表', title: '收支总表' });
    expect(matchTitle('公开05表 一般公共预算支出表')).toMatchObject({ key: 'general_budget', number: '公开05表' });
    expect(matchTitle('预算表12项目支出绩效目标表')).toMatchObject({ key: 'performance', number: '预算表12' });
    expect(matchTitle('表八 政府采购预算明细表')).toMatchObject({ key: 'procurement', number: '表八' });
  });

  it('drops qualifiers after 表 and keeps a table number printed in them', () => {
    expect(matchTitle('收支总表（预算表 1）')).toMatchObject({ key: 'summary', number: '预算表1', title: '收支总表' });
    expect(matchTitle('一般公共预算支出情况表（按功能分类科目）')).toMatchObject({ key: 'general_budget' });
    expect(matchTitle('一般公共预算基本支出情况表（按经济分类科目）')).toMatchObject({ key: 'basic' });
    expect(matchTitle('一般公共预算项目支出情况表（按经济分类科目）')).toMatchObject({ key: 'projects' });
    expect(matchTitle('某市某局2026年度一般公共预算支出表（续）')).toMatchObject({ key: 'general_budget' });
    expect(matchTitle('某市某局2026年部门收支总表')).toMatchObject({ key: 'summary' });
  });

  it('joins a numbered regional title wrapped before its last character (`公开06表：…基本支出` / `表`)', () => {
    const ts = tablesOfText([
      '公开06表：2026年一般公共预算基本支出',
      '    表',
      '金额单位：万元',
      '科目编码\t科目名称\t合计\t人员经费\t公用经费',
      '301\t工资福利支出\t10.00\t10.00\t0.00',
      '\t合计\t10.00\t10.00\t0.00',
    ].join('\n'));
    expect(ts.map((t) => t.key)).toEqual(['basic']);
  });

  it('tells apart tables that only look alike', () => {
    // all expenditure by economic class, or of all appropriations, is not the 基本支出 table
    expect(classifyTitle('一般公共预算支出经济分类情况表')).toBe('other');
    expect(classifyTitle('一般公共预算基本支出经济分类情况表')).toBe('basic');
    expect(classifyTitle('财政拨款支出表')).toBeNull();
    expect(classifyTitle('财政拨款基本支出表')).toBeNull();
    // a transfer programme's performance table is a transfers table; a project funded by one is not
    expect(classifyTitle('某某改革发展专项转移支付资金绩效目标表')).toBe('transfers');
    expect(classifyTitle('某某专项（转移支付）项目绩效目标表')).toBe('performance');
  });
});

describe('a performance-target table titled by a section heading', () => {
  const table = (intro: string[], header: string) =>
    [
      '六、其他情况说明',
      '七、重点项目预算绩效目标情况',
      ...intro,
      header,
      '某某保障项目\t120.00\t完成全年保障任务，服务对象满意度不低于90%。',
      '注：无。',
      '第四部分 名词解释',
    ].join('\n');

  it('is a performance table when its header row follows', () => {
    for (const intro of [[], ['2026年，本部门重点项目绩效目标情况如下：']]) {
      const tables = tablesOfText(table(intro, '项目\t预算数（单位：万元）\t绩效目标'));
      expect(tables.map((t) => t.key)).toEqual(['performance']);
    }
  });

  it('stays a heading of the outline', () => {
    const doc = textToDocument('fixture.txt', table([], '项目\t预算数（单位：万元）\t绩效目标'));
    expect(flattenSections(extractSections(doc)).map((s) => s.title)).toContain('重点项目预算绩效目标情况');
  });

  it('is no table when prose follows the heading', () => {
    const text = ['七、重点项目预算绩效目标情况', '本部门2026年共有3个重点项目编制了绩效目标，涉及资金合计120.00万元，具体如下。', '（一）某某保障项目'].join('\n');
    expect(tablesOfText(text)).toEqual([]);
  });
});
