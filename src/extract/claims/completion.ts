/**
 * Completion rates (`年初预算 B，决算 A，完成年初预算的 R%`) and comparisons against the budget
 * (`决算数小于预算数`, `决算数与预算数一致`).
 */
import type { CompareClaim, CompletionClaim } from '../../model/types.js';
import { sourceAt, spanSource } from '../../normalize/paragraphs.js';
import { inReason, ParaCtx, quote, sentenceAt, toAmount, toPercent, Tok } from './context.js';
import { NUM } from './scan.js';
import { matchesOf } from '../regex.js';

const COMPLETION_RE = new RegExp(
  String.raw`完成(?:了)?(?:年初|全年|调整后?的?)?预算(?:数)?的?\s*(?<p>${NUM})\s*%|预算(?:完成率|执行率)(?:为|达|是)?\s*(?<p2>${NUM})\s*%|(?<![预])执行率(?:为|达|是)?\s*(?<p3>${NUM})\s*%`,
  'dg',
);

const COMPARE_RE = /(?<left>支出决算数?|决算数?|实际支出数?|执行数)(?:均)?(?<rel>大于|高于|超过|多于|小于|低于|少于|等于)(?:年初|全年)?预算数?|(?<left2>支出决算数?|决算数?)与(?:年初|全年)?预算数?(?<eq>一致|相同|相等)/dg;

const isBudget = (t: Tok) => t.label.roleHint === 'budget' || (/预算/.test(t.label.raw) && !/决算|执行数/.test(t.label.raw));
const isActual = (t: Tok) => t.label.roleHint === 'final' || /决算|执行数|实际/.test(t.label.raw);

/** Amounts in scope for a completion statement: the sentence, after the last `其中` before the rate. */
function scopeToks(ctx: ParaCtx, at: number): Tok[] {
  const sent = sentenceAt(ctx, at);
  let from = sent.start;
  const seg = ctx.text.slice(sent.start, at);
  const q = seg.lastIndexOf('其中');
  if (q >= 0) from = sent.start + q;
  const semi = Math.max(seg.lastIndexOf('；'), seg.lastIndexOf(';'));
  if (semi >= 0) from = Math.max(from, sent.start + semi);
  return ctx.toks.filter((t) => t.kind === 'amount' && t.start >= from && t.end <= at && !inReason(ctx, t.start));
}

export function parseCompletions(ctx: ParaCtx): CompletionClaim[] {
  const out: CompletionClaim[] = [];
  // every match holds % and 完成 or 执行率
  const t = ctx.text;
  for (const m of t.includes('%') && (t.includes('完成') || t.includes('执行率')) ? matchesOf(COMPLETION_RE, t) : []) {
    const at = m.index!;
    if (inReason(ctx, at)) continue;
    const idx = (m as RegExpMatchArray & { indices: { groups: Record<string, [number, number] | undefined> } }).indices.groups;
    const pr = idx.p ?? idx.p2 ?? idx.p3;
    const pTok = pr ? ctx.toks.find((t) => t.numStart === pr[0]) : undefined;
    if (!pTok) continue;
    const toks = scopeToks(ctx, at);
    const budget = [...toks].reverse().find(isBudget);
    const actual = [...toks].reverse().find((t) => t !== budget && isActual(t));
    if (actual && !budget) {
      // `因公出国（境）费决算为 0.00 元，完成年初预算的 0%`: the budget is the table's
      actual.completion = toPercent(ctx, pTok);
      continue;
    }
    if (!budget || !actual) continue;
    const start = Math.min(budget.start, actual.start);
    const sent = sentenceAt(ctx, start);
    const span = { start: sent.start, end: at + m[0].length };
    out.push({
      kind: 'completion',
      text: quote(ctx, span),
      source: spanSource(ctx.p, span.start, span.end),
      subject: actual.subject || budget.subject || ctx.topic || '',
      budget: toAmount(ctx, budget),
      actual: toAmount(ctx, actual),
      percent: toPercent(ctx, pTok),
    });
  }
  return out;
}

export function parseCompares(ctx: ParaCtx): CompareClaim[] {
  const out: CompareClaim[] = [];
  // every match holds 预算
  for (const m of ctx.text.includes('预算') ? matchesOf(COMPARE_RE, ctx.text) : []) {
    const at = m.index!;
    const g = m.groups!;
    const before = ctx.toks.filter((t) => t.kind === 'amount' && t.end <= at && t.start >= ctx.topicEnd && !inReason(ctx, t.start));
    const left = [...before].reverse().find((t) => isActual(t));
    const right = [...before].reverse().find((t) => t !== left && isBudget(t));
    if (!left || !right) continue;
    const rel = g.eq ? 'eq' : /大于|高于|超过|多于/.test(g.rel) ? 'gt' : /小于|低于|少于/.test(g.rel) ? 'lt' : 'eq';
    const start = Math.min(left.start, right.start);
    const sent = sentenceAt(ctx, start);
    const span = { start: sent.start, end: at + m[0].length };
    out.push({
      kind: 'compare',
      text: quote(ctx, span),
      source: spanSource(ctx.p, span.start, span.end),
      subject: left.subject || ctx.topic || '',
      left: toAmount(ctx, left),
      right: toAmount(ctx, right),
      relation: rel,
    });
  }
  return out;
}
