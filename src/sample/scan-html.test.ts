import { describe, expect, it } from 'vitest';
import { textToHtml } from './scan-html.js';

/** The rows of the page's table, each as its cells' texts. */
function rows(html: string): string[][] {
  const table = /<table[^>]*>([\s\S]*?)<\/table>/.exec(html)![1];
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1].matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => c[1]));
}

describe('generated scan page: space-aligned tables', () => {
  it('keeps empty cells and puts headers above their right-aligned figures', () => {
    const text = [
      '功能分类科目编码      科目名称              合计      财政拨款收入    事业收入    其他收入',
      '208                 社会保障和就业支出    2,835.90        2,835.90',
      '208    05           行政事业单位养老支出    526.21          526.21',
      '二、事业收入',
      '                    合计                  3,394.52        3,394.52',
    ].join('\n');
    const got = rows(textToHtml(text, { ruled: true }));
    const header = got[0];
    const col = (name: string) => header.indexOf(name);
    expect(col('合计')).toBeGreaterThan(0);
    // each figure under its header, the empty columns kept
    expect(got[1][col('合计')]).toBe('2,835.90');
    expect(got[1][col('财政拨款收入')]).toBe('2,835.90');
    expect(got[2][col('合计')]).toBe('526.21');
    expect(got[2].filter((c) => c === '05')).toHaveLength(1);
    expect(got[2].indexOf('05')).toBeGreaterThan(got[2].indexOf('208'));
    // a row without figures stays in its table
    expect(got[3][0]).toBe('二、事业收入');
    expect(got[4][col('合计')]).toBe('3,394.52');
  });

  it('reads tab-separated lines by their tabs', () => {
    const got = rows(textToHtml('项目\t决算数\n本年收入合计\t1,743.91', { ruled: false }));
    expect(got).toEqual([
      ['项目', '决算数'],
      ['本年收入合计', '1,743.91'],
    ]);
  });
});
