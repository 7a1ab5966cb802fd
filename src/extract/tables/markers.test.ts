import { describe, expect, it } from 'vitest';
import { aligned, tableOf, tablesOfText, vals } from './testing.js';
import { isMarkerRow, markerColumns } from './markers.js';
import type { ColSpec } from './columns.js';
import { makeAmount } from '../../model/amount.js';
import type { Row } from '../../model/types.js';

const num = (text: string) => ({ text, kind: 'num' });

describe('marker rows (栏次)', () => {
  it('recognises column numbers with or without a label', () => {
    expect(isMarkerRow('栏次', 0, [num('1'), num('2'), num('3')])).toBe(true);
    expect(isMarkerRow('', 0, [num('1'), num('2'), num('3'), num('4')])).toBe(true);
    expect(isMarkerRow('栏次', 0, [num('4'), num('5')])).toBe(true);
    expect(isMarkerRow('甲乙', 0, [num('1'), num('2'), num('3')])).toBe(true);
  });
  it('leaves figures alone', () => {
    expect(isMarkerRow('合计', 0, [num('1'), num('2'), num('3')])).toBe(false);
    expect(isMarkerRow('', 0, [num('1'), num('2')])).toBe(false);
    expect(isMarkerRow('', 0, [num('2'), num('3'), num('4')])).toBe(false);
    expect(isMarkerRow('', 0, [num('1.00'), num('2.00'), num('3.00')])).toBe(false);
    expect(isMarkerRow('', 1, [num('1'), num('2'), num('3')])).toBe(false);
  });
  it('drops a 栏次 row from a table that prints no figures', () => {
    const text = [
      '国有资本经营预算支出预算表',
      aligned(['单位：万元', 60]),
      aligned(['科目编码', 0], ['科目名称', 12], ['本年支出合计', 28], ['基本支出', 44], ['项目支出', 56]),
      aligned(['栏次', 12], ['1', 34, 'r'], ['2', 48, 'r'], ['3', 60, 'r']),
      aligned(['合计', 12]),
      '注：本单位无国有资本经营预算支出，故本表无数据。',
    ].join('\n');
    const t = tableOf(tablesOfText(text), 'state_capital');
    expect(t).toBeDefined();
    expect(t!.rows.every((r) => r.values.every((v) => !v))).toBe(true);
    expect(t!.rows.some((r) => /栏次/.test(r.name))).toBe(false);
  });
});

describe('marker columns (行次)', () => {
  const spec = (name: string): ColSpec => ({ name, path: [name], role: 'amount', x0: 0, x1: 1 });
  const r = (...xs: string[]): Row => ({ name: 'x', values: xs.map((x) => (x ? makeAmount(x, '万元', { file: 'f' }) : null)), source: { file: 'f' } });
  it('finds a column named 行次 or counting the rows', () => {
    expect(markerColumns([spec('行次'), spec('决算数')], [r('1', '5.00')])).toEqual([0]);
    expect(markerColumns([spec(''), spec('决算数')], [r('1', '5.00'), r('2', '6.00'), r('3', '7.00'), r('4', '8.00')])).toEqual([0]);
    expect(markerColumns([spec(''), spec('决算数')], [r('1', '5.00'), r('2', '6.00'), r('3', '7.00')])).toEqual([]);
    expect(markerColumns([spec('合计'), spec('决算数')], [r('10', '5.00'), r('11', '6.00'), r('12', '7.00'), r('13', '8.00')])).toEqual([]);
  });
  it('takes a 行次 column out of a final-accounts table', () => {
    const text = [
      '一般公共预算财政拨款支出决算表',
      aligned(['单位：万元', 60]),
      aligned(['科目编码', 0], ['科目名称', 12], ['行次', 30], ['年初预算', 40], ['决算数', 54]),
      aligned(['合计', 12], ['1', 32, 'r'], ['30.00', 48, 'r'], ['28.00', 60, 'r']),
      aligned(['2010301', 0], ['行政运行', 12], ['2', 32, 'r'], ['30.00', 48, 'r'], ['28.00', 60, 'r']),
    ].join('\n');
    const t = tableOf(tablesOfText(text), 'general_budget');
    expect(t!.columns.map((c) => c.name)).toEqual(['年初预算', '决算数']);
    expect(vals(t!.rows.find((x) => x.code === '2010301'))).toEqual(['30', '28']);
  });
});
