/**
 * Table cells printing misplaced thousands separators (`128138,600`): each is one figure of its
 * column, not text glued into the row's name; the document gets one reading note.
 */
import { describe, expect, it } from 'vitest';
import { textToDocument } from '../../readers/text.js';
import { buildModel } from '../index.js';
import { tokenize } from './tokens.js';
import { aligned, byCode, tableOf, tablesOfText, vals } from './testing.js';
import { MISGROUPED_WARNING } from './grouping-note.js';
import { scanNumbers } from '../claims/scan.js';

const misgroup = (n: bigint) => n.toLocaleString('en-US').replace(/,(?=\d{3},)/g, '');

/** A 支出表 in 元 with three amount columns, every figure printed with its last comma only. */
function expenditureTable(rows: [code: string, name: string, basic: bigint, project: bigint][]): string {
  const fig = (n: bigint) => (n ? misgroup(n) : '');
  const lines = ['2026年部门支出预算总表', '单位：元', aligned(['科目编码', 0], ['科目名称', 10], ['合计', 52, 'r'], ['基本支出', 68, 'r'], ['项目支出', 84, 'r'])];
  let tb = 0n;
  let tp = 0n;
  for (const [code, name, b, p] of rows) {
    if (code.length === 3) {
      tb += b;
      tp += p;
    }
    lines.push(aligned([code, 0], [name, 10], [fig(b + p), 52, 'r'], [fig(b), 68, 'r'], [fig(p), 84, 'r']));
  }
  lines.push(aligned(['合计', 10], [fig(tb + tp), 52, 'r'], [fig(tb), 68, 'r'], [fig(tp), 84, 'r']));
  return lines.join('\n') + '\n';
}

const ROWS: [string, string, bigint, bigint][] = [
  ['208', '社会保障和就业支出', 23051310n, 102309588n],
  ['20801', '人力资源和社会保障管理事务', 19439054n, 102309588n],
  ['2080150', '事业运行', 19439054n, 0n],
  ['2080104', '综合业务管理', 0n, 102309588n],
  ['20805', '行政事业单位养老支出', 3612256n, 0n],
  ['2080505', '机关事业单位基本养老保险缴费支出', 3612256n, 0n],
  ['210', '卫生健康支出', 1851801n, 0n],
  ['21011', '行政事业单位医疗', 1851801n, 0n],
  ['2101102', '事业单位医疗', 1851801n, 0n],
];

describe('tables with misplaced thousands separators', () => {
  it('tokenizes a misgrouped figure as a number, a comma-space pair as text and a figure', () => {
    const doc = textToDocument('t.txt', aligned(['事业运行', 0], ['19439,054', 30, 'r'], ['1200, 300', 44, 'r']) + '\n');
    const toks = tokenize(doc.lines[0], 'char', false);
    expect(toks.map((t) => [t.text, t.kind])).toEqual([
      ['事业运行', 'text'],
      ['19439,054', 'num'],
      ['1200,', 'text'],
      ['300', 'num'],
    ]);
  });

  it('reads each figure into its column, names clean, values exact', () => {
    const t = tableOf(tablesOfText(expenditureTable(ROWS)), 'expenditure');
    expect(t?.unit).toBe('元');
    for (const [code, name, b, p] of ROWS) {
      const r = byCode(t?.rows, code);
      expect(r?.name.replace(/\s/g, '')).toBe(name);
      expect(vals(r)).toEqual([String(b + p), b ? String(b) : null, p ? String(p) : null]);
    }
    expect(vals(t?.rows.find((r) => r.isTotal))).toEqual(['127212699', '24903111', '102309588']);
  });

  it('adds one reading note naming a printed example and how it was read', () => {
    const model = buildModel(textToDocument('t.txt', expenditureTable(ROWS)));
    const notes = model.warnings.filter((w) => w.code === MISGROUPED_WARNING);
    expect(notes).toHaveLength(1);
    expect(notes[0].message).toMatch(/千分位分隔符位置不规范（如“125360,898”），已去掉逗号读作一个数（125,360,898）/);
    const regular = buildModel(textToDocument('t.txt', expenditureTable(ROWS).replace(/(\d+),(\d{3})/g, (_, a: string, b: string) => BigInt(a + b).toLocaleString('en-US'))));
    expect(regular.warnings.some((w) => w.code === MISGROUPED_WARNING)).toBe(false);
  });

  it('leaves prose strict: a misgrouped figure in a sentence is not read, nor its tail as a figure of its own', () => {
    for (const n of [120258600n, 7880000n, 1234567890n]) {
      const text = `收入${misgroup(n)}元，支出${n.toLocaleString('en-US')}元。`;
      expect(scanNumbers(text).map((t) => t.value.toString())).toEqual([String(n)]);
    }
  });
});
