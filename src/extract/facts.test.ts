import { describe, expect, it } from 'vitest';
import { textToDocument } from '../readers/text.js';
import { buildModel } from './index.js';

const factsOf = (text: string) => buildModel(textToDocument('t.txt', text)).facts;
const v = (f: { value: { toString(): string } } | undefined) => f?.value.toString();

describe('facts from the narrative', () => {
  it('reads the figure of each subject, not the change or the prior year', () => {
    const f = factsOf(
      [
        '某某局2024年度部门决算',
        '一、收入支出决算总体情况说明',
        '2024 年度收、支总计 120.50 万元，比上年减少 10.00 万元，下降 7.66%。',
        '本年支出合计 120.50 万元，其中：基本支出 100.25 万元，占 83.20%；项目支出 20.25 万元，占 16.80%。',
        '二、“三公”经费财政拨款决算情况',
        '“三公”经费财政拨款年初预算为 3.00 万元，支出决算为 2.50 万元，完成预算的 83.33%。',
        '1.因公出国（境）费用。2024 年度决算数 0 万元。',
        '2.公务接待费',
        '2024 年度决算数 2.50 万元，比年初预算数 3.00 万元减少 0.50 万元。',
        '三、机关运行经费支出情况',
        '2024 年度日常公用经费支出，合计 8.01 万元。',
        '四、政府采购支出情况',
        '2024 年度政府采购金额（以合同签订为准）为 6.23 万元。',
        '五、人员情况',
        '本单位行政编制 15 人，实有 14 人。',
      ].join('\n'),
    );
    expect(v(f.total_revenue)).toBe('120.5');
    expect(v(f.total_expenditure)).toBe('120.5');
    expect(v(f.current_expenditure)).toBe('120.5');
    expect(v(f.basic_expenditure)).toBe('100.25');
    expect(v(f.project_expenditure)).toBe('20.25');
    expect(v(f.three_public_total)).toBe('2.5');
    expect(v(f.three_public_outbound)).toBe('0');
    expect(v(f.three_public_reception)).toBe('2.5');
    expect(v(f.operating_expenses)).toBe('8.01');
    expect(v(f.procurement_total)).toBe('6.23');
    expect(v(f.staff_authorized)).toBe('15');
    expect(v(f.staff_actual)).toBe('14');
    expect(f.prior_year_total).toBeUndefined();
    expect(f.three_public_total?.source.line).toBe(6);
    expect(f.three_public_total?.text).toContain('支出决算为 2.50 万元');
  });
  it('converts 元 to 万元 exactly and reads the prior-year total', () => {
    const f = factsOf('某某局2020年部门预算\n2020 年收入预算 7,955,559.34 元，比 2019 年收入预算 7,132,122.63 元增加 823,436.71 元。\n');
    expect(v(f.total_revenue)).toBe('795.555934');
    expect(v(f.prior_year_total)).toBe('713.212263');
  });
  it('zeros when the text says there was no "三公" spending; nothing for a template', () => {
    const f = factsOf('某某局2024年度部门决算\n七、财政拨款“三公”经费支出决算情况说明\n某某局2024年度无“三公”经费财政拨款支出。\n');
    expect(v(f.three_public_vehicle_operation)).toBe('0');
    expect(v(f.three_public_total)).toBe('0');
    const t = factsOf('上海市 XX 局\n2024 年度部门决算\n本年收入合计 XXX 万元。\n无“三公”经费财政拨款支出。\n');
    expect(t).toEqual({});
  });
});
