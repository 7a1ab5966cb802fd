/** 同一科目编码在文件各处名称一致。 */
import type { Row, Table, TableKey } from '../../model/types.js';
import { rowEv } from '../format.js';
import { normName } from '../tables.js';
import type { FindingDraft, Rule } from '../types.js';

/** Tables whose name column holds classification names. */
const CLASSIFIED: TableKey[] = ['revenue', 'expenditure', 'general_budget', 'basic', 'gov_fund', 'state_capital', 'summary', 'fiscal_summary'];

const key = (s: string) => normName(s).replace(/[“”"、，,.\-—_]/g, '');

/** Names equal, or one a truncation / a qualified form of the other. */
const compatible = (a: string, b: string) => a === b || a.includes(b) || b.includes(a);

const bigrams = (s: string) => new Set([...s].slice(0, -1).map((c, i) => c + [...s][i + 1]));

/** Dice similarity of two names over character bigrams (0 = nothing in common). */
export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (!x.size || !y.size) return 0;
  let common = 0;
  for (const g of x) if (y.has(g)) common++;
  return (2 * common) / (x.size + y.size);
}

export const rule: Rule = {
  meta: {
    id: 'code-name-consistency',
    title: '同一科目编码名称不一致',
    severity: 'warning',
    category: 'codes',
    appliesTo: {},
    basis: '政府收支分类科目的编码与名称一一对应，同一编码在文件中应使用同一名称',
    docs: '收集各报表中每个科目编码所用的名称（忽略空格、标点和截断），同一编码出现互不包含的不同名称时报告：名称毫不相干（如“行政运行”与“机关事业单位基本养老保险缴费支出”），或其中一个名称在文件中属于另一个编码时为错误，名称相近（旧称、简称）时为警告。常见于科目名称写错或编码错位。',
  },
  check(model) {
    const byCode = new Map<string, { name: string; table: Table; row: Row }[]>();
    for (const t of model.tables.filter((x) => CLASSIFIED.includes(x.key))) {
      for (const r of [...t.rows, ...(t.rightRows ?? [])]) {
        if (!r.code || !r.name || !key(r.name)) continue;
        // a unit or project name in the name column is not a classification name
        if (/\d{4,}|[-—_]/.test(r.name) || key(r.name).length > 40) continue;
        const k = `${r.codeSystem ?? 'function'}:${r.code}`;
        byCode.set(k, [...(byCode.get(k) ?? []), { name: key(r.name), table: t, row: r }]);
      }
    }
    const out: FindingDraft[] = [];
    for (const [k, uses] of byCode) {
      const distinct: typeof uses = [];
      for (const u of uses) if (!distinct.some((d) => compatible(d.name, u.name))) distinct.push(u);
      if (distinct.length < 2) continue;
      const code = k.split(':')[1];
      // a name the document gives to another code, or names with (almost) nothing in common, are two
      // different subjects under one code: an error; similar names (an old name, a variant) a warning
      const system = k.split(':')[0];
      const elsewhere = distinct.some((d) => [...byCode].some(([k2, uses2]) => k2 !== k && k2.startsWith(system + ':') && uses2.some((u) => u.name === d.name)));
      const unrelated = elsewhere || distinct.every((d, i) => distinct.every((e, j) => i === j || similarity(d.name, e.name) < 0.25));
      out.push({
        severity: unrelated ? 'error' : 'warning',
        message: `科目 ${code} 的名称不一致：${distinct.map((d) => `“${d.row.name.replace(/\s+/g, '')}”（${d.table.title}）`).join('、')}`,
        stated: distinct.map((d) => d.row.name.replace(/\s+/g, '')).join(' / '),
        evidence: distinct.slice(0, 3).map((d) => rowEv(d.table, d.row)),
      });
    }
    return out;
  },
};
