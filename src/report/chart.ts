/** A small inline SVG bar chart: findings per category, stacked by severity. No script, no external asset. */
import type { Severity } from '../rules/types.js';
import { CATEGORY_LABEL, SEVERITY_LABEL, type ReportFinding } from './review.js';
import { escapeHtml } from './html-escape.js';

const COLORS: Record<Severity, string> = { error: '#c62828', warning: '#ef8f00', info: '#1e6fb8' };
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export function findingsChart(items: ReportFinding[]): string {
  const byCat = new Map<string, Record<Severity, number>>();
  for (const it of items) {
    const label = it.category ? CATEGORY_LABEL[it.category] : '其他';
    const c = byCat.get(label) ?? { error: 0, warning: 0, info: 0 };
    c[it.finding.severity]++;
    byCat.set(label, c);
  }
  if (!byCat.size) return '';
  const rows = [...byCat.entries()];
  const max = Math.max(...rows.map(([, c]) => c.error + c.warning + c.info));
  const labelW = 130;
  const barW = 360;
  const rowH = 26;
  const legendH = 24;
  const height = rows.length * rowH + legendH + 8;
  const width = labelW + barW + 50;
  const parts: string[] = [];
  rows.forEach(([label, c], i) => {
    const y = i * rowH + 4;
    parts.push(`<text x="${labelW - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(label)}</text>`);
    let x = labelW;
    for (const s of SEVERITIES) {
      if (!c[s]) continue;
      const w = (c[s] / max) * barW;
      parts.push(`<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="18" fill="${COLORS[s]}"><title>${SEVERITY_LABEL[s]} ${c[s]}</title></rect>`);
      x += w;
    }
    parts.push(`<text x="${(x + 6).toFixed(1)}" y="${y + 15}">${c.error + c.warning + c.info}</text>`);
  });
  const ly = rows.length * rowH + 10;
  SEVERITIES.forEach((s, i) => {
    const x = labelW + i * 80;
    parts.push(`<rect x="${x}" y="${ly}" width="12" height="12" fill="${COLORS[s]}"/><text x="${x + 16}" y="${ly + 11}">${SEVERITY_LABEL[s]}</text>`);
  });
  return `<svg class="chart" role="img" aria-label="按类别和严重程度统计的问题数" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-size="13">${parts.join('')}</svg>`;
}
