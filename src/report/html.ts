/**
 * The HTML report of one document: one self-contained file (inline CSS and SVG, no script, no external
 * asset), in Chinese, printable. Every piece of document text goes through `escapeHtml`.
 */
import type { Severity } from '../rules/types.js';
import { summarize } from './json.js';
import { findingsChart } from './chart.js';
import { escapeHtml as h } from './html-escape.js';
import { CATEGORY_LABEL, SEVERITY_LABEL, reportFindings, reviewText, shownName, whereText, type ReportFinding, type ReportInput } from './review.js';

const KIND = { budget: '预算', final: '决算' } as const;
const SCOPE = { department: '部门', unit: '单位' } as const;

const CSS = `
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif;margin:2em auto;max-width:960px;padding:0 1em;color:#222;line-height:1.6}
h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.2em;border-bottom:2px solid #ddd;padding-bottom:.2em;margin-top:1.6em}
table.summary{border-collapse:collapse}table.summary th,table.summary td{border:1px solid #ccc;padding:.25em .8em;text-align:left}
table.summary th{background:#f5f5f5;font-weight:normal;color:#555}
.counts span{display:inline-block;margin-right:1.2em}.n-error{color:#c62828}.n-warning{color:#b36b00}.n-info{color:#1e6fb8}
.finding{border:1px solid #ddd;border-left:6px solid #999;border-radius:4px;padding:.6em 1em;margin:1em 0;page-break-inside:avoid;break-inside:avoid}
.finding.error{border-left-color:#c62828}.finding.warning{border-left-color:#ef8f00}.finding.info{border-left-color:#1e6fb8}
.finding h3{font-size:1em;margin:0 0 .3em}.sev{font-size:.85em;padding:0 .4em;border-radius:3px;color:#fff;margin-right:.4em}
.sev.error{background:#c62828}.sev.warning{background:#ef8f00}.sev.info{background:#1e6fb8}
.rule{color:#666;font-family:monospace;font-size:.9em}
dl{margin:.3em 0;display:grid;grid-template-columns:6em 1fr;gap:.2em .6em}dt{color:#666}dd{margin:0}
blockquote{margin:0;padding:.2em .6em;background:#fafafa;border-left:3px solid #ccc;white-space:pre-wrap}
.review{color:#2e7d32}.muted{color:#777}
@media print{body{margin:0;max-width:none;font-size:10.5pt}.chart{max-width:100%}a{color:inherit;text-decoration:none}h2{break-after:avoid}}
`;

function summaryHtml(input: ReportInput, items: ReportFinding[]): string {
  const id = input.model.identity;
  const s = summarize(input.findings);
  const rows: [string, string][] = [
    ['文件', shownName(input)],
    ['编制单位', id.org ?? '（未识别）'],
    ['年度', id.year ? `${id.year}年` : '（未识别）'],
    ['类型', [id.scope ? SCOPE[id.scope] : '', id.kind ? KIND[id.kind] : ''].join('') || '（未识别）'],
  ];
  if (id.isTemplate) rows.push(['说明', '该文件是空白模板']);
  const reviewed = items.filter((i) => i.review).length;
  return [
    `<table class="summary">${rows.map(([k, v]) => `<tr><th>${h(k)}</th><td>${h(v)}</td></tr>`).join('')}</table>`,
    `<p class="counts"><span class="n-error">错误 ${s.error}</span><span class="n-warning">警告 ${s.warning}</span><span class="n-info">提示 ${s.info}</span>` +
      `<span>共 ${items.length} 项${input.reviews ? `，已复核 ${reviewed} 项` : ''}</span></p>`,
    findingsChart(items),
  ].join('\n');
}

function findingHtml(it: ReportFinding, n: number): string {
  const f = it.finding;
  const dl: string[] = [];
  const add = (k: string, v: string) => dl.push(`<dt>${h(k)}</dt><dd>${v}</dd>`);
  add('计算', h(f.message));
  if (f.stated !== undefined || f.expected !== undefined) add('所列 → 应为', `${h(f.stated ?? '—')} → ${h(f.expected ?? '—')}`);
  f.evidence.forEach((e, i) => {
    const where = e.page !== undefined ? `第${e.page}页` : e.line !== undefined ? `第${e.line}行` : '';
    add(i === 0 ? '原文' : '另见', `<span class="muted">${h(where)}</span><blockquote>${h(e.text)}</blockquote>`);
  });
  if (f.suggestion) add('建议改为', `<blockquote>${h(f.suggestion)}</blockquote>`);
  if (it.review) add('复核', `<span class="review">${h(reviewText(it.review))}</span>`);
  const cat = it.category ? CATEGORY_LABEL[it.category] : '';
  return (
    `<section class="finding ${f.severity}" id="f-${h(it.fingerprint)}">` +
    `<h3>${n}. <span class="sev ${f.severity}">${SEVERITY_LABEL[f.severity]}</span>${h(it.title)} <span class="rule">${h(f.rule)}</span></h3>` +
    `<p class="muted">${h([cat, whereText(f)].filter(Boolean).join(' · '))}</p>` +
    `<dl>${dl.join('')}</dl></section>`
  );
}

export function htmlReport(input: ReportInput, generatedAt = new Date()): string {
  const items = reportFindings(input);
  const order: Severity[] = ['error', 'warning', 'info'];
  const sorted = [...items].sort((a, b) => order.indexOf(a.finding.severity) - order.indexOf(b.finding.severity));
  const title = `${input.model.identity.org ?? shownName(input)} 检查报告`;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${h(title)}</h1>
<p class="muted">由 budgetlens 生成于 ${h(generatedAt.toISOString().slice(0, 16).replace('T', ' '))}（UTC）</p>
<h2>概况</h2>
${summaryHtml(input, items)}
<h2>问题清单</h2>
${sorted.length ? sorted.map((it, i) => findingHtml(it, i + 1)).join('\n') : '<p>未发现问题。</p>'}
${input.model.warnings.length ? `<h2>读取警告</h2><ul>${input.model.warnings.map((w) => `<li>${h(w.message)}</li>`).join('')}</ul>` : ''}
</body>
</html>
`;
}
