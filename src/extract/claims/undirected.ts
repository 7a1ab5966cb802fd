/**
 * Comparisons that lost their direction word: `比上年1.43万元`, `较2025年预算数 5.2%`, `与上年相比，1.43万元` — a difference
 * stated against an earlier year with no 增加/减少/增长/下降 (nor 持平) around it. A figure followed by
 * a direction word is the prior-year figure of a complete statement (`比上年 654.39 万元减少 6.13 万元`).
 */
import type { UndirectedClaim } from '../../model/types.js';
import { sourceAt } from '../../normalize/paragraphs.js';
import { inReason, ParaCtx, quote, sentenceAt, toAmount, toPercent } from './context.js';
import { NUM } from './scan.js';
import { matchesOf } from '../regex.js';

const UNDIRECTED_RE = new RegExp(
  String.raw`(?<![占对相排评与])(?:比|较)(?<ref>上年度?|上一年度?|去年|20\d{2}\s*年度?)(?<gap>[^，,。；;%\d（(]{0,12}?)\s*(?<num>${NUM})\s*(?:万元|元|万|%|％)`,
  'dg',
);

/**
 * `与上年相比，1.43万元` / `与2024年度(913.09万元)相比，281.24万元，8.23%`: the comparison closed before the
 * figure (the prior-year figure may stand inside it).
 */
const UNDIRECTED_AFTER_RE = new RegExp(
  String.raw`(?:与|和|同)(?<ref>上年度?|上一年度?|去年|20\d{2}\s*年度?)(?<gap>[^，,。；;%\d（(]{0,8}?)(?:\s*${NUM}\s*(?:万元|元|万))?\s*相比\s*[，,]?\s*(?<num>${NUM})\s*(?:万元|元|万|%|％)`,
  'dg',
);

/** Words that give (or replace) a direction. */
const DIRECTION = /增|减|降|升|提高|多|少|高|低|超|节约|节省|持平|一致|相同|不变|变化|相当|上调|下调|压缩|扩大/;

export function parseUndirected(ctx: ParaCtx): UndirectedClaim[] {
  const out: UndirectedClaim[] = [];
  const text = ctx.text;
  if (!text.includes('比') && !text.includes('较')) return out;
  const matches = [...matchesOf(UNDIRECTED_RE, text), ...(text.includes('相比') ? matchesOf(UNDIRECTED_AFTER_RE, text) : [])];
  for (const m of matches) {
    const at = m.index!;
    if (inReason(ctx, at)) continue;
    const g = m.groups!;
    if (DIRECTION.test(g.gap ?? '')) continue;
    const idx = (m as RegExpMatchArray & { indices: { groups: Record<string, [number, number] | undefined> } }).indices.groups;
    const tok = ctx.toks.find((t) => t.numStart === idx.num![0]);
    if (!tok) continue;
    // the figure is the comparison base when a direction word follows it
    const after = text.slice(tok.end, tok.end + 12);
    const clause = /^[^，,。；;]*/.exec(after)![0];
    if (DIRECTION.test(clause) || /^\s*(?:的|相比|基础|水平)/.test(after)) continue;
    if (/^[^，,。；;]*[，,]\s*(?:[增减降升]|提高|持平)/.test(after)) continue;
    const sent = sentenceAt(ctx, at);
    const before = ctx.toks.filter((t) => t.kind === 'amount' && t.end <= at && t.start >= sent.start).pop();
    const claim: UndirectedClaim = {
      kind: 'undirected',
      text: quote(ctx, sent),
      source: sourceAt(ctx.p, at),
      subject: before?.subject ?? tok.subject,
    };
    if (tok.kind === 'percent') claim.percent = toPercent(ctx, tok);
    else claim.amount = toAmount(ctx, tok);
    out.push(claim);
  }
  return out;
}
