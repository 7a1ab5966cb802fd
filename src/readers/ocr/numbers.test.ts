import { describe, expect, it } from 'vitest';
import { normalizeOcrNumbers } from './numbers.js';
import { fixHeaderCells, fixOcrVocabulary } from './lexicon.js';
import { normalizeOcrPunctuation } from './punctuation.js';

describe('normalizeOcrNumbers', () => {
  it('joins figures that OCR split at their separators', () => {
    expect(normalizeOcrNumbers('收入预算 1, 016. 35 万元')).toBe('收入预算 1,016.35 万元');
    expect(normalizeOcrNumbers('101, 673. 03')).toBe('101,673.03');
    expect(normalizeOcrNumbers('增长 2. 7 %')).toBe('增长 2.7%');
  });
  it('makes full-width digits and separators inside figures ASCII', () => {
    expect(normalizeOcrNumbers('１，２３４．５６万元')).toBe('1,234.56万元');
    expect(normalizeOcrNumbers('占８５．１３％')).toBe('占85.13%');
  });
  it('reads O and o for 0 only inside numeric tokens', () => {
    expect(normalizeOcrNumbers('1O6.35')).toBe('106.35');
    expect(normalizeOcrNumbers('2,0o5.36')).toBe('2,005.36');
    expect(normalizeOcrNumbers('OECD 与 Oo')).toBe('OECD 与 Oo');
    expect(normalizeOcrNumbers('PDF2O')).toBe('PDF2O');
  });
  it('leaves list numbers, years and lone digits alone', () => {
    expect(normalizeOcrNumbers('1.一般公共预算拨款收入')).toBe('1.一般公共预算拨款收入');
    expect(normalizeOcrNumbers('2026 年 3 月')).toBe('2026 年 3 月');
    expect(normalizeOcrNumbers('分别为 1, 2 项')).toBe('分别为 1, 2 项');
  });
  it('repairs the usual misreadings of separators and signs', () => {
    expect(normalizeOcrNumbers('增加16.01%6。')).toBe('增加16.01%。');
    expect(normalizeOcrNumbers('比上年增加25.6394。占1.3796；')).toBe('比上年增加25.63%。占1.37%；');
    expect(normalizeOcrNumbers('预算安排1351.3690。')).toBe('预算安排1351.3690。');
    expect(normalizeOcrNumbers('占11.119%，占0.219%')).toBe('占11.11%，占0.21%');
    expect(normalizeOcrNumbers('1.227,240.00')).toBe('1,227,240.00');
    expect(normalizeOcrNumbers('1227,240.00万元')).toBe('1,227,240.00万元');
    expect(normalizeOcrNumbers('“14,364,684.50')).toBe('14,364,684.50');
    expect(normalizeOcrNumbers('589,100.00|')).toBe('589,100.00');
    expect(normalizeOcrNumbers('17,281,314.50，')).toBe('17,281,314.50');
    expect(normalizeOcrNumbers('1 763,159.52')).toBe('1,763,159.52');
    expect(normalizeOcrNumbers('，99')).toBe('99');
    expect(normalizeOcrNumbers('2025 年 12 月')).toBe('2025 年 12 月');
    expect(normalizeOcrNumbers('收入101.5万元，')).toBe('收入101.5万元，');
  });
  it('reads a 。 between digits as a decimal point', () => {
    expect(normalizeOcrNumbers('预算数 67。86 万元')).toBe('预算数 67.86 万元');
  });
});

describe('normalizeOcrPunctuation', () => {
  it('makes ASCII marks after Han characters Chinese', () => {
    expect(normalizeOcrPunctuation('维护费.2026年预算数21.56')).toBe('维护费。2026年预算数21.56');
    expect(normalizeOcrPunctuation('万元,比上年')).toBe('万元，比上年');
    expect(normalizeOcrPunctuation('主要原因:厉行节约')).toBe('主要原因：厉行节约');
  });
  it('makes brackets around Han text Chinese', () => {
    expect(normalizeOcrPunctuation('(三)公务用车')).toBe('（三）公务用车');
    expect(normalizeOcrPunctuation('因公出国(境)费')).toBe('因公出国（境）费');
    expect(normalizeOcrPunctuation('因公出国〈境）费、住房保障支出《〈类）')).toBe('因公出国（境）费、住房保障支出（类）');
  });
  it('drops ruling-line remnants and stray quotes at the edges of a cell', () => {
    expect(normalizeOcrPunctuation('|年初结转和结余')).toBe('年初结转和结余');
    expect(normalizeOcrPunctuation('”本年支出合计')).toBe('本年支出合计');
    expect(normalizeOcrPunctuation('“三公”经费')).toBe('“三公”经费');
    expect(normalizeOcrPunctuation('、功能分类科目名称')).toBe('功能分类科目名称');
  });
  it('separates a classification code from a mark read in the gap before its name', () => {
    expect(normalizeOcrPunctuation('2101102。事业单位医疗')).toBe('2101102 事业单位医疗');
    expect(normalizeOcrPunctuation('01，行政运行')).toBe('01 行政运行');
    expect(normalizeOcrPunctuation('2010499，”其他发展与改革事务支出')).toBe('2010499 其他发展与改革事务支出');
    expect(normalizeOcrPunctuation('“09 ”物业管理费')).toBe('09 物业管理费');
    expect(normalizeOcrPunctuation('10，')).toBe('10');
    // list numbers keep their mark
    expect(normalizeOcrPunctuation('1.一般公共预算资金')).toBe('1.一般公共预算资金');
    expect(normalizeOcrPunctuation('1、拟订本区就业规划')).toBe('1、拟订本区就业规划');
    // a list number's point read as a comma, a dash read before a heading
    expect(normalizeOcrPunctuation('1，一般公共预算资金')).toBe('1.一般公共预算资金');
    expect(normalizeOcrPunctuation('-合计')).toBe('合计');
    expect(normalizeOcrPunctuation('7 “公共安全支出（类）”30.00万元')).toBe('7. “公共安全支出（类）”30.00万元');
    expect(normalizeOcrPunctuation('12 月')).toBe('12 月');
  });
  it('keeps decimal points and ASCII text', () => {
    expect(normalizeOcrPunctuation('占比37.59%,')).toBe('占比37.59%,');
    expect(normalizeOcrPunctuation('see (a) and b.c')).toBe('see (a) and b.c');
  });
});

describe('fixOcrVocabulary', () => {
  it('repairs look-alike characters where the misread form is no word of a disclosure', () => {
    expect(fixOcrVocabulary('2025年部门文出预算总表')).toBe('2025年部门支出预算总表');
    expect(fixOcrVocabulary('部门财务收文预算总表')).toBe('部门财务收支预算总表');
    expect(fixOcrVocabulary('年未结转和结余')).toBe('年末结转和结余');
    expect(fixOcrVocabulary('一般公共预算支出功能分类了预算表')).toBe('一般公共预算支出功能分类预算表');
    expect(fixOcrVocabulary('政府办公厅“【室）及相关机构事务')).toBe('政府办公厅（室）及相关机构事务');
    expect(fixOcrVocabulary('2024年部门广出预算总表')).toBe('2024年部门支出预算总表');
    expect(fixOcrVocabulary('北束市桐汀区文化和旅游局，北系市')).toBe('北京市桐汀区文化和旅游局，北京市');
    expect(fixOcrVocabulary('比2025年年初巴算减少，年初巴')).toBe('比2025年年初预算减少，年初预');
  });
  it('leaves real words alone', () => {
    expect(fixOcrVocabulary('收文登记、公文处理')).toBe('收文登记、公文处理');
    expect(fixOcrVocabulary('“三公”经费')).toBe('“三公”经费');
    expect(fixOcrVocabulary('推广出版物')).toBe('推广出版物');
  });
});

describe('fixHeaderCells', () => {
  it('restores the middle of a 类 款 项 header', () => {
    const cells = ['类', '区', '项', '功能分类科目名称', '合计'];
    fixHeaderCells(cells);
    expect(cells).toEqual(['类', '款', '项', '功能分类科目名称', '合计']);
    const other = ['类', '区', '合计'];
    fixHeaderCells(other);
    expect(other).toEqual(['类', '区', '合计']);
  });
  it('restores a line of nothing but the header with both its later cells misread', () => {
    const both = ['类', '区', '硕'];
    fixHeaderCells(both);
    expect(both).toEqual(['类', '款', '项']);
    const words = ['类', '区', '硕', '款'];
    fixHeaderCells(words);
    expect(words).toEqual(['类', '区', '硕', '款']);
  });
});
