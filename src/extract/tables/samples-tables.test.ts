/**
 * Table reconstruction on the real samples (read from ../shared/samples, never copied): the
 * side-by-side 基本支出决算表 of the Shanghai final accounts, the flattened 部门预算明细表 of the
 * Beijing 2020 budget, row names next to unit columns, and figures of shifted lines in
 * `pdftotext -layout` text.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocument } from '../../readers/index.js';
import { readTextFile } from '../../readers/text.js';
import { buildModel } from '../index.js';
import { runRules } from '../../rules/engine.js';
import { Decimal } from '../../model/decimal.js';
import type { DisclosureModel, Row, Table } from '../../model/types.js';
import { byCode, vals } from './testing.js';

const SAMPLES = fileURLToPath(new URL('../../../../shared/samples/', import.meta.url));
const has = existsSync(SAMPLES);
const pdf = (name: string) => join(SAMPLES, 'pdf', name);
const text = (name: string) => join(SAMPLES, 'text', name);
const table = (m: DisclosureModel, key: string, i = 0): Table => m.tables.filter((t) => t.key === key)[i];
const sum = (rows: Row[]) => rows.reduce((acc, r) => (r.values[0] ? acc.add(r.values[0].value) : acc), Decimal.ZERO).toString();
const children = (rows: Row[], cls: string) => rows.filter((r) => r.codeLevel === 2 && r.code?.startsWith(cls));

const havePdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
function viaPdftotext(name: string): DisclosureModel {
  const dir = mkdtempSync(join(tmpdir(), 'bl-tables-'));
  const out = join(dir, name.replace(/\.pdf$/, '.txt'));
  execFileSync('pdftotext', ['-layout', pdf(name), out], { stdio: 'ignore' });
  return buildModel(readTextFile(out));
}

describe.skipIf(!has)('side-by-side 基本支出决算表 through the PDF reader', () => {
  it('reads both sides of the finance bureau’s table with every row', async () => {
    const m = buildModel(await readDocument(pdf('shanghai-putuo-finance-bureau-2024-final.pdf')));
    const t = table(m, 'basic');
    expect(t.columns.map((c) => c.role)).toEqual(['final']);
    expect(t.rightColumns?.map((c) => c.role)).toEqual(['final']);
    // 301 + 13 款, 303 + 11 款, 人员经费合计 | 302 + 27 款, 310 + 9 款, 公用经费合计
    expect(t.rows).toHaveLength(27);
    expect(t.rightRows).toHaveLength(39);
    expect(t.rows.filter((r) => r.codeLevel === 1).map((r) => r.code)).toEqual(['301', '303']);
    expect(t.rightRows!.filter((r) => r.codeLevel === 1).map((r) => r.code)).toEqual(['302', '310']);
    expect(byCode(t.rows, '30101')?.name).toBe('基本工资'); // printed `301 | 01`
    expect(vals(byCode(t.rows, '301'))).toEqual(['2082.85']);
    expect(vals(byCode(t.rows, '30102'))).toEqual(['1238.58']);
    expect(vals(byCode(t.rows, '30103'))).toEqual([null]);
    expect(vals(byCode(t.rightRows, '30239'))).toEqual(['48.49']);
    expect(vals(byCode(t.rightRows, '31002'))).toEqual(['13.58']);
    const lt = t.rows.find((r) => r.isTotal);
    const rt = t.rightRows!.find((r) => r.isTotal);
    expect([lt?.name, vals(lt)]).toEqual(['人员经费合计', ['2152.26']]);
    expect([rt?.name, vals(rt)]).toEqual(['公用经费合计', ['184.65']]);
    // the printed items add up to the class within rounding (answer-key notes)
    expect(sum(children(t.rows, '301'))).toBe('2082.86');
    expect(sum(children(t.rightRows!, '302'))).toBe('171.09');
    expect(m.facts.personnel_expenses?.value.toString()).toBe('2152.26');
    expect(m.facts.public_expenses?.value.toString()).toBe('184.65');
    // rounding-level differences are no errors
    const findings = runRules(m).filter((f) => f.severity === 'error' && /基本支出决算表/.test(f.message));
    expect(findings).toEqual([]);
  });

  it('reads the template’s table (no figures) with every row', async () => {
    const m = buildModel(await readDocument(pdf('shanghai-final-template-2024.pdf')));
    const t = table(m, 'basic');
    expect(t.rows).toHaveLength(28);
    expect(t.rightRows).toHaveLength(39);
    expect(t.rows.at(-1)?.name).toBe('人员经费合计');
    expect(t.rightRows!.at(-1)?.name).toBe('公用经费合计');
    expect([...t.rows, ...t.rightRows!].every((r) => r.values.every((v) => v === null))).toBe(true);
    // 合计 printed level with the column sub-headers: the total row, not a column; 本年收入 a column
    for (const key of ['gov_fund', 'state_capital']) {
      const g = table(m, key);
      expect(g.columns.map((c) => c.name)).toEqual(['年初结转和结余', '本年收入', '本年支出/合计', '本年支出/基本支出', '本年支出/项目支出', '年末结转和结余']);
      expect(g.rows.map((r) => [r.name, r.isTotal])).toEqual([['合计', true]]);
    }
  });

  it('reads 本年收入 of the finance bureau’s 收入支出决算表 as a column', async () => {
    const m = buildModel(await readDocument(pdf('shanghai-putuo-finance-bureau-2024-final.pdf')));
    const g = table(m, 'gov_fund');
    expect(g.columns.map((c) => c.role)).toEqual(['carryover', 'amount', 'total', 'basic', 'project', 'amount']);
    expect(g.columns[1].name).toBe('本年收入');
  });
});

describe.skipIf(!has || !havePdftotext)('the same tables through pdftotext -layout', () => {
  it('reads the template’s table; leaves the finance bureau’s (rows spread over lines) unread rather than guess', () => {
    const tm = table(viaPdftotext('shanghai-final-template-2024.pdf'), 'basic');
    expect([tm.rows.length, tm.rightRows?.length]).toEqual([28, 39]);
    expect(byCode(tm.rows, '30108')?.name).toBe('机关事业单位基本养老保险缴费'); // wrapped around its code line
    expect(byCode(tm.rightRows, '31007')?.name).toBe('信息网络及软件购置更新');
    expect(byCode(tm.rightRows, '30207')?.name).toBe('邮电费'); // printed `30207邮电费`
    const fb = viaPdftotext('shanghai-putuo-finance-bureau-2024-final.pdf');
    expect(table(fb, 'basic').rows).toEqual([]);
    // figures of a row with 合计 and 基本支出 only stay under those columns
    expect(vals(byCode(table(fb, 'general_budget').rows, '208'))).toEqual(['326.72', '326.72', null]);
  });

  it('keeps every 302 row’s figures under 公用经费 across shifted lines', () => {
    const t = table(viaPdftotext('shanghai-putuo-government-office-2025-budget.pdf'), 'basic');
    const cls = (c: string) => t.rows.filter((r) => r.code?.startsWith(c));
    expect(cls('302').length).toBeGreaterThan(10);
    for (const r of [...cls('302'), ...cls('310')]) expect([r.code, vals(r)?.[1]]).toEqual([r.code, null]);
    for (const r of [...cls('302'), ...cls('310')]) expect([r.code, vals(r)?.[2]]).toEqual([r.code, vals(r)?.[0]]);
    for (const r of [...cls('301'), ...cls('303')]) expect([r.code, vals(r)?.[1]]).toEqual([r.code, vals(r)?.[0]]);
  });
});

describe.skipIf(!has)('Beijing texts', () => {
  it('reads the flattened 部门预算明细表 row by row (one amount column)', () => {
    const m = buildModel(readTextFile(text('beijing-xicheng-foreign-affairs-2020-budget.txt')));
    const t = table(m, 'other');
    expect(t.columns.map((c) => c.name)).toEqual(['预算金额']);
    expect(t.rows).toHaveLength(40);
    const total = t.rows.find((r) => r.isTotal);
    expect(total?.values[0]?.raw).toBe('7,955,559.34');
    const coded = t.rows.filter((r) => r.code);
    expect(coded).toHaveLength(32);
    expect(sum(coded)).toBe('7955559.34');
    const groups = t.rows.filter((r) => !r.code && !r.isTotal && r.name !== '预算内');
    expect(sum(groups)).toBe('7955559.34');
    const r = coded.find((x) => x.code === '2080505');
    expect(r?.name).toBe('机关事业单位基本养老保险缴费支出');
    expect(r?.codes?.map((c) => c.code)).toEqual(['2080505', '50102', '30108']);
    expect(vals(r)).toEqual(['381968.96']);
    expect(r?.values[0]?.unit).toBe('元');
  });

  it('names rows by their classification next to a unit column (表六 of the 2024 budget)', () => {
    const m = buildModel(readTextFile(text('beijing-xicheng-government-office-2024-budget.txt')));
    const classified = m.tables.filter((t) => ['general_budget', 'basic', 'expenditure', 'gov_fund', 'state_capital'].includes(t.key));
    for (const t of classified) for (const r of t.rows) expect(r.name, t.title).not.toMatch(/本级|\d{6}/);
    expect(byCode(table(m, 'general_budget').rows, '2080501')?.name).toBe('行政单位离退休');
    expect(table(m, 'projects').rows.find((r) => r.code === '2010302')?.name).toBe('政府办工作经费'); // a project keeps its name
  });
});
