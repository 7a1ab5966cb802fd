import { describe, expect, it } from 'vitest';
import { sideSplit } from './side-by-side.js';
import { aligned, byCode, tableOf, tablesOfText, vals, type Cell } from './testing.js';
import type { Tok } from './tokens.js';

/** One body line of a side-by-side table: [code, name, value] on each side (blank = omitted). */
function both(left: (string | undefined)[], right: (string | undefined)[]): string {
  const cells: Cell[] = [];
  const side = (v: (string | undefined)[], base: number) => {
    if (v[0]) cells.push([v[0], base]);
    if (v[1]) cells.push([v[1], base + 12]);
    if (v[2]) cells.push([v[2], base + 44, 'r']);
  };
  side(left, 0);
  side(right, 50);
  return aligned(...cells);
}

const HEADER = [
  aligned(['一般公共预算财政拨款基本支出决算表', 20]),
  aligned(['单位：万元', 84]),
  aligned(['经济分类科目编码', 0], ['科目名称', 14], ['决算数', 44, 'r'], ['经济分类科目编码', 50], ['科目名称', 64], ['决算数', 94, 'r']),
];

describe('side-by-side detail tables (人员经费 left | 公用经费 right)', () => {
  const text = [
    ...HEADER,
    both(['301', '工资福利支出', '100.00'], ['302', '商品和服务支出', '30.00']),
    both(['30101', '基本工资', '60.00'], ['30201', '办公费', '10.00']),
    both(['30102', '津贴补贴', '40.00'], ['30205', '水费', '20.00']),
    both(['303', '对个人和家庭的补助', '5.00'], ['30206', '电费', undefined]),
    both(['30302', '退休费', '5.00'], ['310', '资本性支出', '8.00']),
    both([undefined, undefined, undefined], ['31002', '办公设备购置', '8.00']),
    both([undefined, '人员经费合计', '105.00'], [undefined, '公用经费合计', '38.00']),
  ].join('\n');
  const t = tableOf(tablesOfText(text), 'basic');

  it('reads each side as a table of its own', () => {
    expect(t?.columns.map((c) => c.role)).toEqual(['final']);
    expect(t?.rightColumns?.map((c) => c.role)).toEqual(['final']);
    expect(t?.rows.map((r) => r.code ?? r.name)).toEqual(['301', '30101', '30102', '303', '30302', '人员经费合计']);
    expect(t?.rightRows?.map((r) => r.code ?? r.name)).toEqual(['302', '30201', '30205', '30206', '310', '31002', '公用经费合计']);
  });

  it('keeps codes, names and figures together and marks the side totals', () => {
    expect(byCode(t?.rows, '30102')?.name).toBe('津贴补贴');
    expect(byCode(t?.rows, '30102')?.codeSystem).toBe('econ_dept');
    expect(byCode(t?.rows, '30102')?.codeLevel).toBe(2);
    expect(vals(byCode(t?.rows, '303'))).toEqual(['5']);
    expect(vals(byCode(t?.rightRows, '30206'))).toEqual([null]);
    expect(vals(byCode(t?.rightRows, '31002'))).toEqual(['8']);
    const lt = t?.rows.find((r) => r.isTotal);
    const rt = t?.rightRows?.find((r) => r.isTotal);
    expect([lt?.name, vals(lt)]).toEqual(['人员经费合计', ['105']]);
    expect([rt?.name, vals(rt)]).toEqual(['公用经费合计', ['38']]);
  });

  it('reads a 款 printed as class + item columns (`301  01`)', () => {
    const cols = (l: (string | undefined)[], r: (string | undefined)[]) => {
      const cells: Cell[] = [];
      for (const [v, base] of [
        [l, 0],
        [r, 50],
      ] as const) {
        if (v[0]) cells.push([v[0], base]);
        if (v[1]) cells.push([v[1], base + 6]);
        if (v[2]) cells.push([v[2], base + 12]);
        if (v[3]) cells.push([v[3], base + 44, 'r']);
      }
      return aligned(...cells);
    };
    const text2 = [
      ...HEADER,
      cols(['301', undefined, '工资福利支出', '60.00'], ['302', undefined, '商品和服务支出', '10.00']),
      cols(['301', '01', '基本工资', '60.00'], ['302', '01', '办公费', '10.00']),
      cols([undefined, undefined, '人员经费合计', '60.00'], [undefined, undefined, '公用经费合计', '10.00']),
    ].join('\n');
    const t2 = tableOf(tablesOfText(text2), 'basic');
    expect(t2?.rows.map((r) => r.code ?? r.name)).toEqual(['301', '30101', '人员经费合计']);
    expect(t2?.rightRows?.map((r) => r.code ?? r.name)).toEqual(['302', '30201', '公用经费合计']);
    expect(vals(byCode(t2?.rightRows, '30201'))).toEqual(['10']);
  });

  it('reads nothing rather than guessing when figures stand on lines of their own', () => {
    const text3 = [
      ...HEADER,
      both(['301', '工资福利支出', '60.00'], ['302', '商品和服务支出', '10.00']),
      both([undefined, undefined, '60.00'], [undefined, undefined, '10.00']),
      both(['30101', '基本工资', undefined], ['30201', '办公费', undefined]),
      both([undefined, '人员经费合计', '60.00'], [undefined, '公用经费合计', '10.00']),
    ].join('\n');
    const t3 = tableOf(tablesOfText(text3), 'basic');
    expect(t3).toBeDefined();
    expect(t3?.rows).toEqual([]);
    expect(t3?.rightRows).toBeUndefined();
  });

  it('reads nothing when a side is no clean listing (a 款 under another side’s 类)', () => {
    const text4 = [
      ...HEADER,
      both(['301', '工资福利支出', '60.00'], ['302', '商品和服务支出', '10.00']),
      both(['30201', '办公费', '60.00'], ['30101', '基本工资', '10.00']),
    ].join('\n');
    const t4 = tableOf(tablesOfText(text4), 'basic');
    expect(t4?.rows).toEqual([]);
  });
});

describe('sideSplit', () => {
  const tok = (text: string, x0: number, x1: number): Tok => ({ text, kind: 'text', x0, x1, cell: 0, col: 0, endCol: 0 });
  it('cuts between the left table’s amounts and the right table’s labels', () => {
    const header = [[tok('科目编码', 33, 77), tok('科目名称', 154, 198), tok('决算数', 268, 301), tok('科目编码', 335, 379), tok('科目名称', 443, 487), tok('决算数', 540, 573)], [tok('类', 19, 30), tok('款', 72, 83), tok('类', 321, 332), tok('款', 374, 385)]];
    expect(sideSplit(header)).toBe(311);
  });
  it('finds no split in a one-sided header', () => {
    expect(sideSplit([[tok('科目编码', 0, 40), tok('科目名称', 50, 90), tok('合计', 100, 120), tok('人员经费', 130, 170)]])).toBeNull();
  });
});
