/**
 * Drafting on generated documents: for every regional style, the drafted narrative beside the
 * tables is checked by budgetlens without a finding and its figures equal the generator's truth;
 * changes against a prior year are computed exactly; templates are data and validated.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeFile } from '../pipeline.js';
import { Decimal } from '../model/decimal.js';
import type { DisclosureModel } from '../model/types.js';
import { renderSample, STYLE_NAMES, type StyleName } from '../sample/generate.js';
import { draftGenerated } from './acceptance.js';
import { draftModel } from './draft.js';
import { draftMarkdown, draftText } from './render-text.js';
import { draftDocx } from './render-docx.js';
import { bundledTemplates, loadTemplate, TemplateError } from './template.js';
import { compareWithPublished } from './compare.js';
import { MUTATION_CLASSES, makeMutation } from '../sample/mutate.js';

const dir = mkdtempSync(join(tmpdir(), 'budgetlens-draft-test-'));

async function modelOf(kind: 'budget' | 'final', seed: number, style?: StyleName): Promise<DisclosureModel> {
  const file = join(dir, `${kind}-${seed}-${style ?? 'mixed'}.txt`);
  writeFileSync(file, renderSample({ kind, seed, style }).text);
  const a = await analyzeFile(file);
  if (!a.ok) throw new Error(a.error);
  return a.model;
}

describe('draft: generated documents of every regional style', () => {
  for (const style of [...STYLE_NAMES, undefined]) {
    it(`${style ?? 'mixed'}: tables + drafted narrative have no finding; figures equal the truth`, async () => {
      for (let seed = 1; seed <= 5; seed++) {
        const kind = seed % 2 ? 'budget' : 'final';
        const r = await draftGenerated(kind, 100 + seed, style);
        expect(r.findings.map((f) => `${r.label} ${f.rule}: ${f.message}`)).toEqual([]);
        expect(r.mismatches, r.label).toEqual([]);
        expect(r.compared, r.label).toBeGreaterThanOrEqual(8);
      }
    });
  }
});

describe('draft: figures, sources and blanks', () => {
  it('every drafted figure carries the table cells it came from', async () => {
    const d = draftModel(await modelOf('final', 7, 'beijing'));
    const sentences = d.sections.flatMap((s) => s.paragraphs);
    for (const p of sentences.filter((x) => x.figures.length)) expect(p.sources.length, p.text).toBeGreaterThan(0);
    // without last year's disclosure, changes and reasons are marked blanks
    expect(draftText(d)).toContain('【请填写原因】');
    expect(draftText(d)).toContain('与上年相比【请填写增减金额及幅度】');
    expect(draftMarkdown(d)).toMatch(/来源：第1页第\d+行/);
  });

  it('with the prior year, changes are computed exactly from both tables', async () => {
    const cur = await modelOf('budget', 11, 'beijing');
    const prior = await modelOf('budget', 12, 'beijing');
    const d = draftModel(cur, { prior });
    const c = cur.facts.total_revenue!.value;
    const p = prior.facts.total_revenue!.value;
    const delta = c.sub(p).abs();
    const pct = delta.mul(Decimal.of(100)).div(p, 2).toFixed(2);
    const text = draftText(d);
    const word = c.gt(p) ? '增加' : '减少';
    expect(text).toContain(`比上年${word}${delta.toFixed(d.precision)}万元，${c.gt(p) ? '增长' : '下降'}${pct}%`);
    // the change sentence cites the cells of both years
    const s = d.sections[0].paragraphs[0];
    expect(s.sources.some((x) => x.file === prior.file)).toBe(true);
    expect(s.sources.some((x) => x.file === cur.file)).toBe(true);
  });

  it('an unchanged figure is 持平; a prior of zero gives the difference without a percentage', async () => {
    const cur = await modelOf('final', 13, 'beijing');
    const same = draftText(draftModel(cur, { prior: cur }));
    expect(same).toContain('收、支总计');
    expect(same).toMatch(/收、支总计[\d.]+万元，与上年持平/);
    expect(same).not.toContain('与上年相比【请填写增减金额及幅度】');
    const zero: DisclosureModel = { ...cur, facts: { ...cur.facts, total_revenue: { ...cur.facts.total_revenue!, value: Decimal.ZERO } } };
    const text = draftText(draftModel(cur, { prior: zero }));
    const v = cur.facts.total_revenue!.value;
    expect(text).toContain(`比上年增加${v.toFixed(2)}万元。`);
  });

  it('writes a .docx (a zip with the drafted text)', async () => {
    const d = draftModel(await modelOf('final', 3, 'shanghai'));
    const buf = await draftDocx(d);
    expect(buf.subarray(0, 2).toString()).toBe('PK');
    expect(buf.length).toBeGreaterThan(3000);
  });
});

describe('draft: comparison with the published narrative', () => {
  it('a clean document: every comparable published figure reproduced, no sentence an error', async () => {
    const file = join(dir, 'clean.txt');
    writeFileSync(file, renderSample({ kind: 'final', seed: 31, style: 'beijing' }).text);
    const a = await analyzeFile(file, { check: true });
    if (!a.ok) throw new Error(a.error);
    const c = compareWithPublished(a.model, draftModel(a.model), a.findings ?? []);
    expect(c.figures.comparable).toBeGreaterThan(10);
    expect(c.figures.reproduced).toBe(c.figures.comparable);
    expect(c.sentences.filter((s) => s.status === 'error')).toEqual([]);
  });

  it('a planted percentage error: its sentence is marked as an error, the others are not', async () => {
    const o = { kind: 'budget' as const, seed: 32, style: 'beijing' as const };
    const pct = MUTATION_CLASSES.find((x) => x.id === 'narrative-percent')!;
    const planted = makeMutation(pct, renderSample(o), 32)!;
    const file = join(dir, 'planted.txt');
    writeFileSync(file, renderSample(o, planted.mutation).text);
    const a = await analyzeFile(file, { check: true });
    if (!a.ok) throw new Error(a.error);
    const c = compareWithPublished(a.model, draftModel(a.model), a.findings ?? []);
    const errors = c.sentences.filter((s) => s.status === 'error');
    expect(errors.length).toBe(1);
    expect(planted.needles.some((n) => errors[0].text.includes(n))).toBe(true);
  });
});

describe('draft: templates are data', () => {
  it('bundles Beijing, Shanghai and central-government templates, chosen by region', async () => {
    expect([...bundledTemplates().keys()].sort()).toEqual(['beijing', 'national', 'shanghai']);
    expect(draftModel(await modelOf('budget', 5, 'shanghai')).template).toBe('shanghai');
    expect(draftModel(await modelOf('budget', 5, 'beijing')).template).toBe('beijing');
  });

  it('a bad template file is refused with one Chinese line naming it', () => {
    const f = join(dir, 'bad.json');
    writeFileSync(f, JSON.stringify({ id: 'x' }));
    expect(() => loadTemplate(f)).toThrow(TemplateError);
    expect(() => loadTemplate(f)).toThrow(new RegExp(`^${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: 起草模板格式错误`));
  });
});
