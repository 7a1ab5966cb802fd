import { describe, expect, it } from 'vitest';
import { renderSample } from '../sample/generate.js';
import { textToDocument } from '../readers/text.js';
import { buildModel } from '../extract/index.js';
import { TIDY_HEADER, tidyRows } from './tidy.js';
import { parseCsv, toCsv } from './csv.js';
import { xlsx } from './xlsx.js';

describe('tidy cells export', () => {
  const m = buildModel(textToDocument('a.txt', renderSample({ kind: 'budget', seed: 7 }).text));
  const rows = tidyRows([m]);
  it('has one row per printed cell, with its source', () => {
    const cells = m.tables.reduce((n, t) => n + [...t.rows, ...(t.rightRows ?? [])].reduce((k, r) => k + r.values.filter(Boolean).length, 0), 0);
    expect(rows.length).toBe(cells);
    expect(rows.every((r) => r.file === 'a.txt' && Number(r.line) > 0)).toBe(true);
    const back = parseCsv(toCsv(TIDY_HEADER, rows));
    expect(back.length).toBe(rows.length + 1);
    expect(back[1][TIDY_HEADER.indexOf('value')]).toBe(rows[0].value);
  });
  it('writes an XLSX container with the cells', () => {
    const b = xlsx('cells', TIDY_HEADER, rows, new Set(['value']));
    expect(b.subarray(0, 2).toString()).toBe('PK');
    const text = b.toString('utf8');
    expect(text).toContain('xl/worksheets/sheet1.xml');
    expect(text).toContain(`<v>${rows[0].value}</v>`);
  });
});
