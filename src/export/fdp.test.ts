import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSeries, renderSeriesDoc } from '../sample/series.js';
import { textToDocument } from '../readers/text.js';
import { buildModel } from '../extract/index.js';
import { linkCorpus } from '../corpus/link.js';
import { functionColumn } from '../corpus/figures.js';
import { Decimal } from '../model/decimal.js';
import { analyzeFile } from '../pipeline.js';
import { fiscalDataPackage } from './fdp.js';
import { validatePackage } from './validate.js';
import { parseCsv } from './csv.js';
import { runCorpusRules } from '../rules/corpus-engine.js';

const SHARED = new URL('../../../shared/samples/', import.meta.url).pathname;

describe('Fiscal Data Package export', () => {
  it('validates and re-derives every document total from the exported rows', () => {
    const s = buildSeries({ seed: 5 });
    const corpus = linkCorpus(s.docs.map((d) => buildModel(textToDocument(d.file, renderSeriesDoc(d)))));
    const p = fiscalDataPackage(corpus);
    expect(validatePackage(p)).toEqual([]);
    const [head, ...rows] = parseCsv(p.files.get('expenditure-functional.csv')!);
    const col = (n: string) => head.indexOf(n);
    for (const d of corpus.docs) {
      const mine = rows.filter((r) => r[col('source_file')] === d.model.file);
      const measure = d.kind === 'budget' ? 'approved' : 'executed';
      const sum = mine.reduce((t, r) => t.add(Decimal.parse(r[col(measure)])!), Decimal.ZERO);
      expect(mine.length).toBeGreaterThan(0);
      expect(sum.toString(), d.model.file).toBe(functionColumn(d.model, 'total').get('total')!.value.toString());
    }
    // a broken package is reported
    const bad = { ...p, descriptor: { ...p.descriptor, name: 'Not Valid' } };
    expect(validatePackage(bad).length).toBeGreaterThan(0);
  });

  it.skipIf(!existsSync(SHARED))('of the shared text samples validates; their series are linked', async () => {
    const files = ['beijing-xicheng-foreign-affairs-2020-budget.txt', 'beijing-xicheng-foreign-affairs-2024-final.txt', 'beijing-xicheng-government-office-2024-budget.txt', 'beijing-xicheng-liaison-2024-budget.txt', 'karamay-foreign-affairs-2024-final.txt'];
    const models = [];
    for (const f of files) {
      const a = await analyzeFile(`${SHARED}text/${f}`);
      if (a.ok) models.push(a.model);
    }
    const corpus = linkCorpus(models);
    expect(corpus.docs[0].body).toBe(corpus.docs[1].body);
    expect(new Set(corpus.docs.map((d) => d.body)).size).toBe(4);
    const p = fiscalDataPackage(corpus);
    expect(validatePackage(p)).toEqual([]);
    expect(parseCsv(p.files.get('expenditure-functional.csv')!).length).toBeGreaterThan(5);
  });

  it.skipIf(!existsSync(SHARED))('links a department and its unit of the shared PDF samples', async () => {
    const models = [];
    for (const f of ['shanghai-putuo-government-office-2025-budget.pdf', 'shanghai-putuo-government-office-unit-2025-budget.pdf']) {
      const a = await analyzeFile(`${SHARED}pdf/${f}`);
      if (a.ok) models.push(a.model);
    }
    const corpus = linkCorpus(models);
    const [dept, unit] = corpus.docs;
    expect(dept.scope).toBe('department');
    expect(unit.scope).toBe('unit');
    expect(corpus.bodies.get(unit.body)!.parent).toBe(dept.body);
    expect(validatePackage(fiscalDataPackage(corpus))).toEqual([]);
  }, 30_000);

  it.skipIf(!existsSync(`${SHARED}corpus`))('links a department to its 本级 by its unit list and names the units not given', async () => {
    const models = [];
    for (const f of ['jiangsu-wuxi-jyj-2026-budget.pdf', 'jiangsu-wuxi-jyj-2026-unitbudget.pdf']) {
      const a = await analyzeFile(`${SHARED}corpus/${f}`);
      if (a.ok) models.push(a.model);
    }
    const corpus = linkCorpus(models);
    const dept = corpus.bodies.get(corpus.docs[0].body)!;
    expect(dept.units!.length).toBeGreaterThan(30);
    expect(dept.units![0].body).toBe(corpus.docs[1].body);
    const f = runCorpusRules(corpus).filter((x) => x.rule === 'department-vs-units');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    expect(f[0].message).toContain('无锡市教育科学研究院');
  }, 30_000);
});
