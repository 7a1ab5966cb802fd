/**
 * Extraction on the real samples (read from ../shared/samples, never copied): identity, table keys,
 * key facts and a few full rows. PDF samples are read through `pdftotext -layout` when it is
 * installed, and through the PDF reader.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTextFile } from '../readers/text.js';
import { readDocument } from '../readers/index.js';
import type { NDocument } from '../readers/types.js';
import { buildModel } from './index.js';
import type { DisclosureModel, FactKey, Row, Table } from '../model/types.js';

const SAMPLES = fileURLToPath(new URL('../../../shared/samples/', import.meta.url));
const has = existsSync(SAMPLES);
const text = (name: string) => join(SAMPLES, 'text', name);

const cache = new Map<string, DisclosureModel>();
function model(file: string): DisclosureModel {
  let m = cache.get(file);
  if (!m) cache.set(file, (m = buildModel(readTextFile(file))));
  return m;
}
const keys = (m: DisclosureModel) => [...new Set(m.tables.map((t) => t.key))].sort();
const fact = (m: DisclosureModel, k: FactKey) => m.facts[k]?.value.toString();
const table = (m: DisclosureModel, key: string, i = 0) => m.tables.filter((t) => t.key === key)[i];
const row = (t: Table | undefined, code: string) => t?.rows.find((r) => r.code === code);
const vals = (r: Row | undefined) => r?.values.map((v) => (v ? v.value.toString() : null));

describe.skipIf(!has)('text samples', () => {
  it('identity of every text sample', () => {
    const want: [string, string, number, string, string][] = [
      ['beijing-xicheng-foreign-affairs-2020-budget.txt', '西城区人民政府外事办公室', 2020, 'budget', 'department'],
      ['beijing-xicheng-foreign-affairs-2024-final.txt', '西城区人民政府外事办公室', 2024, 'final', 'department'],
      ['beijing-xicheng-government-office-2024-budget.txt', '北京市西城区人民政府办公室', 2024, 'budget', 'department'],
      ['beijing-xicheng-liaison-2024-budget.txt', '北京市西城区对外联络服务办公室', 2024, 'budget', 'department'],
      ['karamay-foreign-affairs-2024-final.txt', '克拉玛依市人民政府外事办公室', 2024, 'final', 'department'],
    ];
    for (const [f, org, year, kind, scope] of want) {
      const id = model(text(f)).identity;
      expect(id.org, f).toContain(org);
      expect([id.year, id.kind, id.scope, id.isTemplate], f).toEqual([year, kind, scope, false]);
    }
  });

  it('table keys; documents whose tables are only listed have none', () => {
    expect(keys(model(text('beijing-xicheng-foreign-affairs-2020-budget.txt')))).toEqual(
      ['basic', 'expenditure', 'fiscal_summary', 'general_budget', 'gov_fund', 'other', 'performance', 'revenue', 'summary', 'three_public', 'transfers'],
    );
    expect(keys(model(text('beijing-xicheng-government-office-2024-budget.txt')))).toEqual(
      ['basic', 'expenditure', 'fiscal_summary', 'general_budget', 'gov_fund', 'performance', 'projects', 'purchase_services', 'state_capital', 'summary', 'three_public', 'transfers'],
    );
    const b24 = model(text('beijing-xicheng-foreign-affairs-2024-final.txt'));
    expect(b24.tables).toEqual([]);
    expect(b24.tablesElsewhere?.text).toContain('详见附件');
    const k = model(text('karamay-foreign-affairs-2024-final.txt'));
    expect(keys(k)).toEqual(['performance']); // only the 绩效自评表 are printed
    expect(k.tableReferences.map((r) => r.key)).toContain('three_public');
    expect(k.tablesElsewhere?.text).toContain('见附表');
    expect(model(text('beijing-xicheng-liaison-2024-budget.txt')).tables).toEqual([]);
  });

  it('facts at table precision, converted to 万元', () => {
    const m = model(text('beijing-xicheng-foreign-affairs-2020-budget.txt'));
    expect(fact(m, 'total_revenue')).toBe('795.555934');
    expect(fact(m, 'personnel_expenses')).toBe('481.5007');
    expect(m.facts.personnel_expenses?.from).toBe('table');
    expect(fact(m, 'three_public_reception')).toBe('0.221748');
    expect(fact(m, 'prior_year_total')).toBe('713.212263');
    expect(fact(m, 'staff_authorized')).toBe('15');
    expect(fact(m, 'staff_actual')).toBe('16');
  });

  it('facts from the narrative when there are no tables', () => {
    const l = model(text('beijing-xicheng-liaison-2024-budget.txt'));
    expect(fact(l, 'total_revenue')).toBe('648.26');
    expect(l.facts.current_revenue).toBeUndefined(); // 收入预算 is not labelled 本年收入合计
    expect(l.facts.general_budget_appropriation).toBeUndefined();
    expect(fact(l, 'three_public_outbound')).toBe('0'); // `0 元` under the heading 1.因公出国（境）费
    expect(fact(l, 'procurement_total')).toBe('0');
    expect(fact(l, 'operating_expenses')).toBe('367.73');
    expect(fact(l, 'staff_actual')).toBe('15');
    const b = model(text('beijing-xicheng-foreign-affairs-2024-final.txt'));
    expect(fact(b, 'three_public_total')).toBe('22.5'); // 决算数, not the 年初预算 0.21
    expect(fact(b, 'operating_expenses')).toBe('18.01');
    expect(b.facts.three_public_vehicle_purchase).toBeUndefined();
    expect(b.facts.prior_year_total).toBeUndefined();
    const k = model(text('karamay-foreign-affairs-2024-final.txt'));
    expect(fact(k, 'staff_actual')).toBe('15');
    expect(k.facts.staff_authorized).toBeUndefined();
    expect(fact(k, 'procurement_total')).toBe('9.55');
    const g = model(text('beijing-xicheng-government-office-2024-budget.txt'));
    expect(g.facts.staff_authorized).toBeUndefined(); // 行政/事业/工勤编制 without a total
    expect(fact(g, 'three_public_outbound')).toBe('0');
  });

  it('full rows with codes, names and values (Beijing 2020, flattened text)', () => {
    const m = model(text('beijing-xicheng-foreign-affairs-2020-budget.txt'));
    const exp = table(m, 'expenditure');
    expect(exp.columns.slice(0, 3).map((c) => c.role)).toEqual(['total', 'basic', 'project']);
    expect(vals(row(exp, '201'))?.slice(0, 3)).toEqual(['5726351.4', '3556912.28', '2153119.12']);
    expect(row(exp, '2010399')?.name).toBe('其他政府办公厅（室）及相关机构事务支出');
    expect(vals(row(exp, '2010399'))?.slice(0, 3)).toEqual(['2100000', '0', '2100000']);
    const rev = table(m, 'revenue');
    expect(row(rev, '20103')?.name).toBe('政府办公厅（室）及相关机构事务');
    expect(vals(row(rev, '2010301'))?.[0]).toBe('3573232.28');
    const basic = table(m, 'basic');
    const r = row(basic, '30108');
    expect(r?.name).toBe('机关事业单位基本养老保险缴费');
    expect(r?.codes?.map((c) => c.code)).toEqual(['30108', '50102']);
    expect(r?.codeSystem).toBe('econ_dept');
    expect(vals(r)).toEqual(['381968.96', '381968.96', '0']);
    const sum = table(m, 'summary');
    expect(sum.rows.find((x) => x.name === '收入总计')?.values[0]?.raw).toBe('7,955,559.34');
    expect(sum.rightRows?.find((x) => x.name === '结转下年')).toBeDefined();
    const fs = table(m, 'fiscal_summary');
    expect(fs.rightRows?.map((x) => x.name)).toContain('医疗卫生与计划生育支出'); // wrapped over two lines
  });

  it('full rows of tab-separated tables (Beijing 2024)', () => {
    const m = model(text('beijing-xicheng-government-office-2024-budget.txt'));
    const gb = table(m, 'general_budget');
    const r = row(gb, '2010301');
    expect(r?.name).toBe('行政运行');
    expect(vals(r)).toEqual(['1861.871408', '1861.871408', '1651.677687', '210.193721', null, null]);
    expect(gb.columns.map((c) => c.role).slice(0, 5)).toEqual(['total', 'basic', 'personnel', 'public', 'project']);
    const tp = table(m, 'three_public');
    expect(tp.rows.map((x) => vals(x)?.[0])).toEqual([null, '1.104185', null, null, null, '1.104185']);
  });
});

function pdftotext(pdf: string): string | null {
  try {
    const dir = mkdtempSync(join(tmpdir(), 'bl-extract-'));
    const out = join(dir, pdf.split('/').pop()!.replace(/\.pdf$/, '.txt'));
    execFileSync('pdftotext', ['-layout', pdf, out], { stdio: 'ignore' });
    return out;
  } catch {
    return null;
  }
}
const pdf = (name: string) => join(SAMPLES, 'pdf', name);
const havePdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const PDF_WANT: [string, string, number, string, string][] = [
  ['shanghai-final-template-2024.pdf', '上海市XX局', 2024, 'final', 'department'],
  ['shanghai-putuo-finance-bureau-2024-final.pdf', '上海市普陀区财政局', 2024, 'final', 'department'],
  ['shanghai-putuo-government-office-2025-budget.pdf', '上海市普陀区人民政府办公室', 2025, 'budget', 'department'],
  ['shanghai-putuo-government-office-unit-2025-budget.pdf', '上海市普陀区人民政府办公室', 2025, 'budget', 'unit'],
  ['shanghai-putuo-wanli-street-2024-budget.pdf', '上海市普陀区人民政府万里街道办事处', 2024, 'budget', 'department'],
];
const NINE = ['basic', 'expenditure', 'fiscal_summary', 'general_budget', 'gov_fund', 'revenue', 'state_capital', 'summary', 'three_public'];

function checkShanghai(get: (f: string) => DisclosureModel) {
  for (const [f, org, year, kind, scope] of PDF_WANT) {
    const m = get(f);
    expect(m.identity.org?.replace(/\s+/g, ''), f).toBe(org);
    expect([m.identity.year, m.identity.kind, m.identity.scope], f).toEqual([year, kind, scope]);
    expect(keys(m), f).toEqual(NINE);
  }
  const t = get('shanghai-final-template-2024.pdf');
  expect(t.identity.isTemplate).toBe(true);
  expect(t.facts).toEqual({}); // no figure of a template's placeholders
  expect(table(t, 'gov_fund').emptyStatement?.text).toContain('本表无数据');

  const office = get('shanghai-putuo-government-office-2025-budget.pdf');
  expect(fact(office, 'total_revenue')).toBe('9101.677535');
  expect(fact(office, 'current_revenue')).toBe('9101.68'); // narrative 收入预算, the table has no 本年收入合计
  expect(fact(office, 'personnel_expenses')).toBe('2247.399781');
  expect(fact(office, 'three_public_outbound')).toBe('839');
  expect(fact(office, 'operating_expenses')).toBe('213.28');
  const exp = table(office, 'expenditure');
  expect(vals(row(exp, '2010302'))).toEqual(['46140000', null, '46140000']);
  expect(vals(row(exp, '2010301'))).toEqual(['12029501.84', '11919501.84', '110000']);
  const basic = table(office, 'basic');
  expect(vals(row(basic, '30217'))).toEqual(['185000', null, '185000']);

  const unit = get('shanghai-putuo-government-office-unit-2025-budget.pdf');
  const s = table(unit, 'summary');
  expect(s.rightColumns?.map((c) => c.role)).toEqual(['total', 'personnel', 'public', 'project']);
  expect(vals(s.rightRows?.find((r) => r.name === '社会保障和就业支出'))).toEqual(['4213779.28', '3948399.28', '265380', null]);

  const fb = get('shanghai-putuo-finance-bureau-2024-final.pdf');
  expect(fact(fb, 'current_revenue')).toBe('2946.25');
  expect(fact(fb, 'basic_expenditure')).toBe('2336.91');
  expect(fact(fb, 'three_public_total')).toBe('0'); // 决算 0 (年初预算 0.95)
  expect(fact(fb, 'three_public_vehicle_purchase')).toBe('0'); // 无“三公”经费支出
  const fe = table(fb, 'expenditure');
  expect(row(fe, '2080505')?.name).toBe('机关事业单位基本养老保险缴费支出');
  expect(vals(row(fe, '2010601'))?.slice(0, 3)).toEqual(['1511.89', '1503.52', '8.37']);

  const wanli = get('shanghai-putuo-wanli-street-2024-budget.pdf');
  expect(fact(wanli, 'three_public_vehicle_purchase')).toBe('25');
  expect(table(wanli, 'three_public').emptyStatement?.text).toContain('为空表'); // contradicted by its own figures
  expect(row(table(wanli, 'basic'), '30102')?.name).toBe('津贴补贴'); // printed `301 2`
}

describe.skipIf(!has || !havePdftotext)('PDF samples through pdftotext -layout', () => {
  const models = new Map<string, DisclosureModel>();
  const get = (f: string) => {
    let m = models.get(f);
    if (!m) {
      const txt = pdftotext(pdf(f));
      if (!txt) throw new Error(`pdftotext failed on ${f}`);
      models.set(f, (m = buildModel(readTextFile(txt))));
    }
    return m;
  };
  it('identity, table keys, facts and rows', () => checkShanghai(get));
});

describe.skipIf(!has)('PDF samples through the PDF reader', () => {
  const docs = new Map<string, DisclosureModel>();
  it('identity, table keys, facts and rows', async () => {
    for (const [f] of PDF_WANT) {
      const doc: NDocument = await readDocument(pdf(f));
      docs.set(f, buildModel(doc));
    }
    checkShanghai((f) => docs.get(f)!);
  });
});
