import { describe, expect, it } from 'vitest';
import { textToDocument } from '../readers/text.js';
import { buildModel } from './index.js';

const factsOf = (text: string) => buildModel(textToDocument('t.txt', text)).facts;
const factsFromText = (lines: string[]) => factsOf(lines.join('\n') + '\n');
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
  it('reads a figure after a definition in the same paragraph, the 年初预算数 of the prior year and the parts listed after figures', () => {
    const f = factsFromText([
      '某某局2026年部门预算',
      '2026年度收入预算120.00万元，比2025年年初预算数100.00万元增加20.00万元。2026年支出预算120.00万元。',
      '机关运行经费指用于维持机关运行的经费。2026年，本部门机关运行经费安排8.50万元，比上年减少1.00万元。',
      '（三）公务用车购置和运行维护费。2026年预算数6.00万元，包括公务用车购置费预算2.00万元、公务用车运行维护费预算4.00万元。',
    ]);
    expect(v(f.total_expenditure)).toBe('120');
    expect(v(f.prior_year_total)).toBe('100');
    expect(v(f.operating_expenses)).toBe('8.5');
    expect(v(f.three_public_vehicle)).toBe('6');
    expect(v(f.three_public_vehicle_purchase)).toBe('2');
    expect(v(f.three_public_vehicle_operation)).toBe('4');
  });
  it('zeros an item the text says has no budget, and a bare 0 for 一般公共预算', () => {
    const f = factsFromText([
      '某某局2026年部门预算',
      '本部门2026年无财政拨款安排的公务用车购置和运行维护经费预算。',
      '本部门年初不编制因公出国（境）费用预算，年度执行中据实调增。',
      '财政拨款支出预算中，一般公共预算拨款支出预算为0；政府性基金拨款支出预算30万元。',
    ]);
    expect(v(f.three_public_vehicle)).toBe('0');
    expect(v(f.three_public_vehicle_operation)).toBe('0');
    expect(v(f.three_public_outbound)).toBe('0');
    expect(v(f.general_budget_appropriation)).toBe('0');
  });
  it('does not take 基本支出 / 项目支出 stated for a part of the funds as all-funds figures', () => {
    const f = factsFromText([
      '某某局2026年部门预算',
      '2026年一般公共预算财政拨款支出80.00万元，比2025年减少5.00万元。其中：基本支出30.00万元，主要用于人员工资；项目支出50.00万元，主要用于业务工作。',
    ]);
    expect(f.basic_expenditure).toBeUndefined();
    expect(f.project_expenditure).toBeUndefined();
  });
});
