/**
 * How many projects have performance targets, as the narrative says: `编报绩效目标的项目共 5 个，涉及项目
 * 预算资金 660.25 万元`, `本部门共 38 个项目纳入绩效目标管理，涉及财政性资金合计 A 万元`.
 */
import type { PerformanceCountClaim } from '../../model/types.js';
import { sourceAt } from '../../normalize/paragraphs.js';
import { inReason, ParaCtx, quote, sentenceAt, toAmount } from './context.js';
import { matchesOf } from '../regex.js';

const COUNT_RE = /(?:共|合计)\s*(?<n>\d+)\s*个(?:一级|二级)?项目[^。；;，,]{0,20}?绩效目标|绩效目标的?(?:一级|二级)?项目(?:共|合计|数量为?)\s*(?<m>\d+)\s*个/g;

export function parsePerformanceCounts(ctx: ParaCtx): PerformanceCountClaim[] {
  const out: PerformanceCountClaim[] = [];
  if (!ctx.text.includes('绩效目标')) return out;
  for (const m of matchesOf(COUNT_RE, ctx.text)) {
    const at = m.index!;
    if (inReason(ctx, at)) continue;
    const sent = sentenceAt(ctx, at);
    const end = at + m[0].length;
    const claim: PerformanceCountClaim = {
      kind: 'performance-count',
      count: Number(m.groups!.n ?? m.groups!.m),
      text: quote(ctx, sent),
      source: sourceAt(ctx.p, at),
      subject: '绩效目标项目',
    };
    // the funding: the first amount after the count in the sentence, labelled as funds
    const funds = ctx.toks.find((t) => t.kind === 'amount' && t.start >= end && t.end <= sent.end && /涉及|资金|预算/.test(t.label.raw));
    if (funds) claim.funds = toAmount(ctx, funds);
    out.push(claim);
  }
  return out;
}
