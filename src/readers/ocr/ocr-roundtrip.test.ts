/**
 * Integration: a page of a generated disclosure printed, scanned (200 dpi, noise, skew) and read
 * back by OCR gives the same identity, facts and table figures as the same page read as text.
 * Slow (Chromium + tesseract): one page per document, two documents.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildModel } from '../../extract/index.js';
import type { DisclosureModel } from '../../model/types.js';
import { runRules } from '../../rules/engine.js';
import { generateSample } from '../../sample/generate.js';
import { textToScan } from '../../sample/scan-generated.js';
import { readDocument } from '../index.js';
import { textToDocument } from '../text.js';

const work = mkdtempSync(join(tmpdir(), 'budgetlens-ocr-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The title and the prose paragraphs that print the document's key figures. */
function proseExcerpt(text: string, figures: string[]): string {
  const lines = text.split('\n').filter((l) => l.trim() && !l.includes('\t') && !l.includes('\f'));
  const picked = lines.filter((l, i) => i === 0 || (l.length > 20 && figures.some((f) => l.includes(f))));
  return picked.slice(0, 8).join('\n');
}

/** The title and the first table (title, unit line, rows), or the first table after a line matching `after`. */
function tableExcerpt(text: string, after?: RegExp): string {
  const lines = text.split('\n');
  const from = after ? lines.findIndex((l) => after.test(l)) : 0;
  const first = lines.findIndex((l, i) => i >= from && l.includes('\t'));
  let end = first;
  while (end < lines.length && lines[end].includes('\t')) end++;
  let start = first;
  while (start > 0 && lines[start - 1].trim() && start > first - 3) start--;
  return [lines[0], ...lines.slice(start, end)].join('\n');
}

async function viaOcr(name: string, text: string, ruled: boolean): Promise<DisclosureModel> {
  const file = join(work, name);
  await textToScan(text, file, { dpi: 200, noise: 0.001, skew: 0.3, seed: 5, ruled });
  const doc = await readDocument(file, { timeoutMs: 600_000 });
  expect(doc.pages.every((p) => p.ocr)).toBe(true);
  expect(doc.warnings.filter((w) => w.code === 'ocr')).toHaveLength(doc.pages.length);
  // every cell of an OCR'd page carries its confidence and a box in points
  const cells = doc.lines.flatMap((l) => l.cells);
  expect(cells.length).toBeGreaterThan(3);
  expect(cells.every((c) => c.confidence !== undefined && c.box && c.box.x1 <= doc.pages[0].width! + 1)).toBe(true);
  return buildModel(doc);
}

/** Characters that differ between two strings of the same length (else their length difference + 99). */
function differentChars(a: string, b: string): number {
  if (a.length !== b.length) return 99 + Math.abs(a.length - b.length);
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

const errorsOf = (m: DisclosureModel) => runRules(m).filter((f) => f.severity === 'error').map((f) => `${f.rule}: ${f.message}`);

const factsOf = (m: DisclosureModel) => Object.fromEntries(Object.entries(m.facts).map(([k, f]) => [k, f!.value.toString()]));

describe('OCR round trip on generated scans', () => {
  it('prose page: identity and every fact as read from the text', async () => {
    const { text, truth } = generateSample({ kind: 'budget', seed: 3 });
    const figures = Object.values(truth.facts).filter((v): v is string => !!v && Number(v) > 0);
    const excerpt = proseExcerpt(text, figures);
    const want = buildModel(textToDocument('excerpt.txt', excerpt));
    expect(Object.keys(want.facts).length).toBeGreaterThanOrEqual(4);
    const got = await viaOcr('prose.pdf', excerpt, false);
    expect(got.identity).toMatchObject({ year: want.identity.year, kind: want.identity.kind });
    // the generator's invented place names use rare characters (清岚, 桐汀) that OCR may misread: at most one
    expect(differentChars(got.identity.org ?? '', want.identity.org ?? '')).toBeLessThanOrEqual(1);
    expect(factsOf(got)).toEqual(factsOf(want));
    // a clean document: no error finding (a recognition slip may give a warning, never an error)
    expect(errorsOf(got)).toEqual([]);
  }, 180_000);

  it('ruled table page: the table and its figures as read from the text', async () => {
    const { text } = generateSample({ kind: 'final', seed: 4 });
    const excerpt = tableExcerpt(text);
    const want = buildModel(textToDocument('excerpt.txt', excerpt));
    expect(want.tables).toHaveLength(1);
    const got = await viaOcr('table.pdf', excerpt, true);
    expect(got.tables.map((t) => t.key)).toEqual(want.tables.map((t) => t.key));
    // the figures row by row (a name may carry a recognition slip; the figures must not)
    const rows = (m: DisclosureModel) => m.tables[0].rows.map((r) => r.values.map((v) => v?.value.toString() ?? '').join(' '));
    expect(rows(got)).toEqual(rows(want));
    expect(errorsOf(got)).toEqual([]);
  }, 180_000);

  it('ruled table page with a real misstatement: the error stays an error', async () => {
    const { text } = generateSample({ kind: 'final', seed: 4 });
    // one digit of a row's 项目支出 changed: the row (合计 = 基本支出 + 项目支出) and its 款 no longer add up
    const excerpt = tableExcerpt(text, /^一般公共预算财政拨款支出决算表$/).replace(/^(2070102-[^\n]*\t[\d,]*)(\d)(\.\d\d)$/m, (_m, head: string, d: string, cents: string) => head + String((Number(d) + 3) % 10) + cents);
    const want = errorsOf(buildModel(textToDocument('excerpt.txt', excerpt)));
    expect(want.some((e) => e.startsWith('row-total:'))).toBe(true);
    const got = errorsOf(await viaOcr('misstated.pdf', excerpt, true));
    // the row's figures were read surely: its error stays an error (a finding that also rests on
    // a figure tesseract was unsure of, here the 款 row's, may be a warning), and no other error
    expect(got.some((e) => e.startsWith('row-total:'))).toBe(true);
    expect(want).toEqual(expect.arrayContaining(got));
  }, 180_000);
});
