/** 说明所述设置绩效目标的项目个数与所附项目绩效目标表的张数一致。 */
import type { Table } from '../../model/types.js';
import { ev } from '../format.js';
import type { FindingDraft, Rule } from '../types.js';
import { claimsOf } from '../narrative/util.js';

/** The project a project-level performance table is titled with (`XX项目绩效目标表` → `XX`), if well formed. */
export function performanceProject(t: Table): string | undefined {
  if (t.key !== 'performance') return undefined;
  const title = t.title.replace(/\s+/g, '').replace(/[（(][^）)]*[）)]$/, '');
  if (/整体|部门|单位/.test(title)) return undefined;
  const m = /^(?:20\d{2}年度?)?(.+?)(?:项目)?(?:支出)?绩效目标(?:申报)?表$/.exec(title);
  return m && m[1].length >= 2 ? m[1] : undefined;
}

export const rule: Rule = {
  meta: {
    id: 'performance-projects-count',
    title: '设置绩效目标的项目数与绩效目标表不符',
    severity: 'warning',
    category: 'narrative-vs-table',
    appliesTo: {},
    basis: '说明所述编报（纳入）绩效目标管理的项目个数，应与公开的项目绩效目标表一致',
    docs: '说明称“编报绩效目标的项目共 N 个”“共 N 个项目纳入绩效目标管理”，而文件附有逐个项目的绩效目标表（每表一个项目，表题为“××项目绩效目标表”）时，比较 N 与表的张数。只有每张项目绩效目标表的表题都读得完整时才比较；未附项目绩效目标表、或只附一张汇总表的不比较。报告为提示（warning）：部分地区只公开重点项目的绩效目标表。',
  },
  check(model) {
    const out: FindingDraft[] = [];
    const claims = claimsOf(model, 'performance-count');
    if (!claims.length) return out;
    const perf = model.tables.filter((t) => t.key === 'performance' && !/整体|部门|单位/.test(t.title));
    if (!perf.length) return out;
    const names = perf.map(performanceProject);
    // every project table must be read with its title, and each project once
    if (names.some((n) => !n) || new Set(names).size !== names.length) return out;
    for (const c of claims) {
      if (c.count === names.length) continue;
      out.push({
        message: `说明称设置绩效目标的项目共 ${c.count} 个，但文件所附项目绩效目标表为 ${names.length} 张`,
        stated: `${c.count}个`,
        expected: `${names.length}个`,
        evidence: [ev(c.source, c.text)],
      });
    }
    return out;
  },
};
