// The original view's pure helpers: A1 references, merged ranges, and what a finding's evidence marks.
import { describe, expect, it } from 'vitest';
import { columnName, evidencePlace, marksCell, marksParagraph, marksRow, mergesOf, parseRef, quotedFigure, sheetMarks } from '../../web/src/lib/original.js';
import type { OriginalSheet } from '../../web/src/lib/types.js';

describe('original view helpers', () => {
  it('column names and A1 references both ways', () => {
    expect([0, 25, 26, 51, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA']);
    expect(parseRef('C7')).toEqual({ r: 6, c: 2 });
    expect(parseRef('$AA$10')).toEqual({ r: 9, c: 26 });
    expect(parseRef('表1')).toBeUndefined();
  });

  it('merged ranges: spans at the top-left cell, covered cells, clipped to the grid shown', () => {
    const sheet: OriginalSheet = { name: 's', rowCount: 3, colCount: 3, cells: [], merges: ['A1:C1', 'B2:D9'], hiddenRows: [], hiddenCols: [] };
    const m = mergesOf(sheet);
    expect(m.at.get('0:0')).toEqual({ r0: 0, c0: 0, rows: 1, cols: 3 });
    expect(m.at.get('1:1')).toEqual({ r0: 1, c0: 1, rows: 2, cols: 2 });
    expect([...m.covered].sort()).toEqual(['0:1', '0:2', '1:2', '2:1', '2:2']);
  });

  it('evidence marks sheet cells, paragraphs by line or number and path, table cells by path, .doc rows by paragraph', () => {
    const ev = [
      { sheet: '表5', cell: 'A21', line: 183, text: '一般公共预算支出表：2210201 住房公积金 114.773924 124.64' },
      { sheet: '表1', cell: 'A23', line: 147, text: '…' },
    ];
    const marks = sheetMarks(ev);
    expect(marks.sheet).toBe('表5');
    expect([...marks.cells.get('表5')!]).toEqual(['A21']);
    expect(evidencePlace(ev[0])).toBe('工作表“表5”A21');
    // a place given by its line only (a series point) marks the cells read into that line
    const sheets: OriginalSheet[] = [
      { name: '说明1', rowCount: 1, colCount: 1, cells: [{ ref: 'A1', r: 0, c: 0, text: '说明', line: 1 }], merges: [], hiddenRows: [], hiddenCols: [] },
      { name: '表2', rowCount: 1, colCount: 2, cells: [{ ref: 'A1', r: 0, c: 0, text: '合计', line: 9 }, { ref: 'B1', r: 0, c: 1, text: '1.00', line: 9 }], merges: [], hiddenRows: [], hiddenCols: [] },
    ];
    const byLine = sheetMarks([{ line: 9, text: '' }], sheets);
    expect(byLine.sheet).toBe('表2');
    expect([...byLine.cells.get('表2')!]).toEqual(['A1', 'B1']);
    expect(evidencePlace({ paragraph: 12, text: '' })).toBe('第 12 段');
    expect(quotedFigure('114.773924', ev)).toBe(true);
    expect(quotedFigure('14.773924', ev)).toBe(false);
    expect(quotedFigure('12', ev)).toBe(false);
    expect(quotedFigure('0.00', [{ text: '合计 0.00' }])).toBe(false);
    const p = { kind: 'paragraph' as const, text: 'x', paragraph: 43, path: 'html>body>p[43]', lines: [50] };
    expect(marksParagraph(p, [{ line: 50, text: '' }])).toBe(true);
    expect(marksParagraph(p, [{ paragraph: 43, path: 'html>body>p[43]', text: '' }])).toBe(true);
    expect(marksParagraph(p, [{ paragraph: 43, path: 'html>body>h2', text: '' }])).toBe(false);
    const cell = { text: '住房公积金', col: 0, path: 'html>body>table[5]>tbody>tr[21]>td[1]' };
    expect(marksCell(cell, [{ path: cell.path, text: '' }])).toBe(true);
    expect(marksRow({ path: 'html>body>table[5]>tbody>tr[21]', cells: [cell] }, [{ path: cell.path, text: '' }])).toBe(true);
    expect(marksRow({ path: 'html>body>table[5]>tbody>tr[2]', cells: [] }, [{ path: cell.path, text: '' }])).toBe(false);
    expect(marksRow({ paragraph: 7, cells: [] }, [{ paragraph: 7, text: '' }])).toBe(true);
  });
});
