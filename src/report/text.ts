/** Human-readable reports (Chinese), for the terminal. */
import type { DisclosureModel } from '../model/types.js';
import type { Finding, Severity } from '../rules/types.js';
import { summarize } from './json.js';

const KIND = { budget: '预算', final: '决算' } as const;
const SCOPE = { department: '部门', unit: '单位' } as const;
const SEV: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

export function identityLine(m: DisclosureModel): string {
  const id = m.identity;
  const parts = [id.org ?? '（未识别单位）', id.year ? `${id.year}年` : '（未识别年度）', id.scope ? SCOPE[id.scope] : '', id.kind ? KIND[id.kind] : ''];
  return parts.join(' ').replace(/\s+/g, ' ').trim() + (id.isTemplate ? '（模板）' : '');
}

export function extractText(file: string, m: DisclosureModel): string {
  const out: string[] = [`== ${file}`, `文档：${identityLine(m)}`];
  const facts = Object.values(m.facts).filter(Boolean);
  if (facts.length) {
    out.push('关键数据：');
    for (const f of facts) {
      const where = f!.source.page ? `第${f!.source.page}页` : `第${f!.source.line}行`;
      out.push(`  ${f!.key.padEnd(32)} ${f!.value.toString()}${f!.key.startsWith('staff_') ? '人' : '万元'}  （${where}：${f!.text.slice(0, 60)}）`);
    }
  }
  if (m.tables.length) {
    out.push('报表：');
    for (const t of m.tables) {
      const where = t.page ? `第${t.page}页` : `第${t.source.line}行`;
      const rows = t.rightRows ? `${t.rows.length}+${t.rightRows.length}行（左右两栏）` : `${t.rows.length}行`;
      out.push(`  [${t.key}] ${t.title}（${t.unit}，${rows}${t.emptyStatement ? '，空表' : ''}，${where}）`);
    }
  } else if (m.tablesElsewhere) {
    out.push(`报表：未随文公开（${m.tablesElsewhere.text.slice(0, 40)}）`);
  }
  out.push(`说明文字中的计算陈述：${m.claims.length} 处；引用金额：${m.mentions.length} 处`);
  for (const w of m.warnings) out.push(`警告：${w.message}`);
  return out.join('\n');
}

export function checkText(file: string, m: DisclosureModel, findings: Finding[]): string {
  const out: string[] = [`== ${file}`, `文档：${identityLine(m)}`];
  for (const sev of ['error', 'warning', 'info'] as Severity[]) {
    const fs = findings.filter((f) => f.severity === sev);
    if (!fs.length) continue;
    out.push(`${SEV[sev]}（${fs.length}）：`);
    for (const f of fs) {
      out.push(`  [${f.rule}] ${f.message}`);
      for (const e of f.evidence) {
        const where = e.sheet !== undefined ? `工作表“${e.sheet}”${e.cell ?? ''}` : [e.page ? `第${e.page}页` : '', e.line ? `第${e.line}行` : ''].filter(Boolean).join('');
        out.push(`      ${where}：「${e.text}」`);
      }
      if (f.suggestion) out.push(`      建议改为：「${f.suggestion}」`);
    }
  }
  const s = summarize(findings);
  out.push(`合计：错误 ${s.error}，警告 ${s.warning}，提示 ${s.info}`);
  for (const w of m.warnings) out.push(`读取警告：${w.message}`);
  return out.join('\n');
}
