/** The score as Chinese text: total, then each item with its evidence or the reason it lost points. */
import type { Score } from './score.js';

const GROUPS: Record<string, string> = {
  tables: '报表完整性', topics: '说明事项完整性', detail: '细化程度', three: '“三公”经费细化', explanations: '变化原因说明', consistency: '一致性与勾稽关系', readability: '机器可读性',
};

const where = (s?: { page?: number; line: number }) => (s ? `（${s.page ? `第${s.page}页` : ''}第${s.line}行）` : '');

export function scoreText(file: string, s: Score): string {
  const out = [`${file}：透明度得分 ${s.total} / ${s.max}`];
  let group = '';
  for (const i of s.items) {
    if (i.group !== group) {
      group = i.group;
      const g = s.items.filter((x) => x.group === group);
      out.push(`\n${GROUPS[group] ?? group}：${Math.round(g.reduce((a, x) => a + x.points, 0) * 100) / 100} / ${g.reduce((a, x) => a + x.weight, 0)}`);
    }
    const mark = i.points >= i.weight ? '✓' : i.points > 0 ? '△' : '✗';
    out.push(`  ${mark} ${i.title} ${i.points}/${i.weight}`);
    for (const e of i.evidence ?? []) out.push(`      依据：${e.text}${where(e.source)}`);
    if (i.lost) out.push(`      失分：${i.lost}`);
  }
  return out.join('\n') + '\n';
}
