/**
 * Change statements: `A 万元，比上年（2023年 B 万元）增加/减少 D 万元，增长/下降 P%`,
 * `与上年相比，X 减少 D 万元，下降 P%`, `比2023年预算执行数减少 P%`, `上年 B 万元，增加 D 万元`,
 * `预决算差异率 -3.25%`; and flat statements `与上年持平 / 比…一致`.
 */
import type { ChangeClaim, FlatClaim } from '../../model/types.js';
import { sourceAt, spanSource } from '../../normalize/paragraphs.js';
import { chunkAt, inReason, ParaCtx, quote, reasonAfter, sentenceAt, toAmount, toPercent, Tok } from './context.js';
import { directionOf, NUM, normSubject, Span } from './scan.js';
import { matchesOf } from '../regex.js';

const UNIT = String.raw`(?:万元|元|万)`;
const CHANGE_RE = new RegExp(
  String.raw`(?<anchor>与(?<ref0>[^，,。；;%]{0,30}?)相比[，,]?|(?<![占对相排评])(?:比|较)(?![例较重率值照])|同比)` +
    String.raw`(?<ref>[^，,。；;%]{0,40}?)` +
    String.raw`(?:\s*(?<prior>${NUM})\s*${UNIT})?` +
    String.raw`\s*(?<ref2>[^，,。；;%\d]{0,12}?)` +
    String.raw`(?<dir>增加|减少|增长|下降|上升|降低|提高|增多)了?\s*` +
    String.raw`(?:(?<delta>${NUM})\s*${UNIT}|(?<p1>${NUM})\s*%)?` +
    String.raw`(?:[，,]?\s*(?:同比|比上年|较上年)?\s*(?<pdir>增长|下降|增加|减少|上升|降低|增幅|降幅|下降幅度|增长幅度|减幅)(?:率)?(?:为|了|达)?\s*(?<p2>${NUM})\s*%)?`,
  'dg',
);

/** `增加 D 万元，增长 P%` without a 比/较 anchor, after a figure labelled 上年. */
const FREE_RE = new RegExp(
  String.raw`(?<dir>增加|减少|增长|下降|上升|降低)了?\s*(?:(?<delta>${NUM})\s*${UNIT}|(?<p1>${NUM})\s*%)(?:[，,]\s*(?<pdir>增长|下降|增加|减少|上升|降低|增幅|降幅)(?:为|了|达)?\s*(?<p2>${NUM})\s*%)?`,
  'dg',
);

/** A character of every direction word of CHANGE_RE / FREE_RE (增加 减少 增长 下降 上升 降低 提高 增多). */
const DIR_CHAR = /[增减降升提]/;

const VARIANCE_RE = new RegExp(String.raw`(?:预决算)?差异率(?:为|是)?\s*(?<p>${NUM})\s*%`, 'dg');

const FLAT_RE = /(?:(?<![占对相参给])与|(?<![占对相排评])比|较)(?<ref>[^，,。；;%]{0,30}?)(?<basic>基本)?(?:持平|一致|相同|保持不变|无变化)/dg;
const FLAT2_RE = /与(?<ref>[^，,。；;%]{0,30}?)相比[，,]\s*(?<subj>[^，,。；;%\d]{0,40}?)(?<basic>基本)?(?:持平|一致|相同|保持不变|无变化)/dg;

/** Every FLAT_RE / FLAT2_RE match holds one of these. */
const FLAT_WORD = /持平|一致|相同|保持不变|无变化/;

/** The comparison base: a prior-year figure, or the budget when the label says so. */
function markBase(t: Tok | undefined, current: Tok | undefined) {
  if (!t) return;
  t.role = t.label.roleHint === 'budget' ? 'budget' : 'prior';
  t.consumed = true;
  if (!t.label.subject && current?.subject) t.subject = current.subject;
  else if (current?.subject && /^(?:比|较|与)/.test(t.label.raw)) t.subject = current.subject;
}

function markDelta(t: Tok, current: Tok | undefined) {
  t.role = 'delta';
  t.consumed = true;
  if (current?.subject) t.subject = current.subject;
}

const tokAt = (ctx: ParaCtx, pos: number) => ctx.toks.find((t) => t.numStart === pos);

/** The figure a change statement is about: the last amount before the anchor in its chunk. */
function currentBefore(ctx: ParaCtx, pos: number): Tok | undefined {
  const chunk = chunkAt(ctx, pos);
  const before = ctx.toks.filter((t) => t.kind === 'amount' && t.end <= pos && t.start >= chunk.start && !inReason(ctx, t.start));
  // not a figure already used as a prior or a delta
  const cands = before.filter((t) => !t.consumed);
  return cands[cands.length - 1];
}

const REF_YEAR = /(20\d{2})\s*年/g;

/** An earlier figure in the sentence the comparison refers to (`比2023年预算执行数…` → `2023年当年预算执行数为 B`). */
function priorByRef(ctx: ParaCtx, ref: string, current: Tok | undefined, pos: number): Tok | undefined {
  const years = ref.includes('年') ? matchesOf(REF_YEAR, ref).map((m) => Number(m[1])) : [];
  const sent = sentenceAt(ctx, pos);
  const cands = ctx.toks.filter((t) => t.kind === 'amount' && t !== current && !t.consumed && t.end <= (current?.start ?? pos) && t.start >= sent.start && !inReason(ctx, t.start));
  for (let i = cands.length - 1; i >= 0; i--) {
    const t = cands[i];
    if (years.length && t.label.years.some((y) => years.includes(y))) return t;
    if (!years.length && /上年/.test(ref) && t.label.roleHint === 'prior') return t;
  }
  return undefined;
}

/** A figure of the same subject earlier in the paragraph (`…总计 2995.39 万元。与2023年度相比，…总计减少…`). */
export function bySubject(ctx: ParaCtx, subject: string, pos: number): Tok | undefined {
  const s = normSubject(subject).replace(/^(?:本年度?|当年|全年|年度)/, '');
  if (s.length < 3) return undefined;
  const cands = ctx.toks.filter((t) => t.kind === 'amount' && t.end <= pos && !t.consumed && !inReason(ctx, t.start));
  for (let i = cands.length - 1; i >= 0; i--) {
    const subj = normSubject(cands[i].subject);
    if (subj && (subj.endsWith(s) || s.endsWith(subj)) && Math.min(subj.length, s.length) >= 3) return cands[i];
  }
  return undefined;
}

/** `A 万元。比上年增加 D 万元`: a sentence opening with the comparison continues the previous one's figure. */
function previousSentenceFigure(ctx: ParaCtx, at: number): Tok | undefined {
  const sent = sentenceAt(ctx, at);
  if (ctx.text.slice(sent.start, at).trim()) return undefined;
  const prev = ctx.sents.filter((s) => s.end <= sent.start).pop();
  if (!prev) return undefined;
  const toks = ctx.toks.filter((t) => t.kind === 'amount' && t.start >= prev.start && t.end <= prev.end && !t.consumed && !inReason(ctx, t.start));
  return toks[toks.length - 1];
}

function subjectOf(ctx: ParaCtx, cur: Tok | undefined, fallback: string): string {
  return cur?.subject || fallback.trim() || ctx.topic || '';
}

function claimText(ctx: ParaCtx, from: number, to: number): { text: string; span: Span } {
  const s = sentenceAt(ctx, from);
  const e = sentenceAt(ctx, Math.max(from, to - 1));
  const span = { start: Math.min(s.start, from), end: Math.max(e.end, to) };
  return { text: quote(ctx, span), span };
}

export function parseChanges(ctx: ParaCtx, next?: ParaCtx): ChangeClaim[] {
  const out: ChangeClaim[] = [];
  const used = new Set<number>();
  const text = ctx.text;
  // the expressions need a direction word (and 比/较 for CHANGE_RE): cheap tests skip most paragraphs
  const hasDir = DIR_CHAR.test(text);
  for (const m of hasDir && (text.includes('比') || text.includes('较')) ? matchesOf(CHANGE_RE, text) : []) {
    const g = m.groups!;
    const idx = (m as RegExpMatchArray & { indices: { groups: Record<string, [number, number] | undefined> } }).indices.groups;
    const at = m.index!;
    if (inReason(ctx, at)) continue;
    if (!g.prior && !g.delta && !g.p1 && !g.p2) continue;
    const deltaTok = idx.delta ? tokAt(ctx, idx.delta[0]) : undefined;
    const priorTok = idx.prior ? tokAt(ctx, idx.prior[0]) : undefined;
    const pTok = idx.p1 ? tokAt(ctx, idx.p1[0]) : idx.p2 ? tokAt(ctx, idx.p2[0]) : undefined;
    let current = currentBefore(ctx, at);
    const anchorSubject = g.ref0 !== undefined ? g.ref : '';
    if (!current && anchorSubject) current = bySubject(ctx, anchorSubject, at);
    if (!current && !anchorSubject) current = previousSentenceFigure(ctx, at);
    let prior = priorTok;
    if (!prior && !deltaTok) prior = priorByRef(ctx, (g.ref0 ?? '') + g.ref + (g.ref2 ?? ''), current, at);
    markBase(prior, current);
    if (deltaTok) markDelta(deltaTok, current);
    const end = m.index! + m[0].length;
    for (let i = at; i < end; i++) used.add(i);
    const { text: quoteText, span } = claimText(ctx, current && current.start < at ? current.start : at, end);
    const claim: ChangeClaim = {
      kind: 'change',
      text: quoteText,
      source: spanSource(ctx.p, span.start, span.end),
      subject: subjectOf(ctx, current, anchorSubject),
      direction: directionOf(g.dir),
    };
    if (current) claim.current = toAmount(ctx, current);
    if (prior) claim.prior = toAmount(ctx, prior);
    if (deltaTok) claim.delta = toAmount(ctx, deltaTok);
    if (pTok) {
      claim.percent = toPercent(ctx, pTok);
      const pd = g.p2 ? (g.pdir === '增幅' || g.pdir === '增长幅度' ? 'increase' : g.pdir === '降幅' || g.pdir === '下降幅度' || g.pdir === '减幅' ? 'decrease' : directionOf(g.pdir)) : directionOf(g.dir);
      if (pd) claim.percentDirection = pd;
    }
    const reason = reasonAfter(ctx, end, next);
    if (reason) claim.reason = reason;
    out.push(claim);
  }
  // `上年 B 万元，增加 D 万元，增长 P%`
  for (const m of hasDir ? matchesOf(FREE_RE, text) : []) {
    const at = m.index!;
    if (used.has(at) || inReason(ctx, at)) continue;
    if (/[比较]$/.test(text.slice(Math.max(0, at - 1), at))) continue;
    const g = m.groups!;
    const idx = (m as RegExpMatchArray & { indices: { groups: Record<string, [number, number] | undefined> } }).indices.groups;
    const chunk = chunkAt(ctx, at);
    const before = ctx.toks.filter((t) => t.kind === 'amount' && t.end <= at && t.start >= chunk.start && !inReason(ctx, t.start));
    const prior = [...before].reverse().find((t) => t.label.roleHint === 'prior' && !t.consumed);
    const current = before.find((t) => t !== prior && t.label.roleHint !== 'prior' && !t.consumed);
    if (!prior || !current) continue;
    markBase(prior, current);
    const deltaTok = idx.delta ? tokAt(ctx, idx.delta[0]) : undefined;
    if (deltaTok) markDelta(deltaTok, current);
    const pTok = idx.p1 ? tokAt(ctx, idx.p1[0]) : idx.p2 ? tokAt(ctx, idx.p2[0]) : undefined;
    const end = at + m[0].length;
    const { text: quoteText, span } = claimText(ctx, current.start, end);
    const claim: ChangeClaim = {
      kind: 'change',
      text: quoteText,
      source: spanSource(ctx.p, span.start, span.end),
      subject: current.subject,
      direction: directionOf(g.dir),
      current: toAmount(ctx, current),
      prior: toAmount(ctx, prior),
    };
    if (deltaTok) claim.delta = toAmount(ctx, deltaTok);
    if (pTok) {
      claim.percent = toPercent(ctx, pTok);
      const pd = directionOf(g.p2 ? g.pdir : g.dir);
      if (pd) claim.percentDirection = pd;
    }
    const reason = reasonAfter(ctx, end, next);
    if (reason) claim.reason = reason;
    out.push(claim);
  }
  // `年初预算数 B 万元，决算数 A 万元，预决算差异率 R%`
  for (const m of text.includes('差异率') ? matchesOf(VARIANCE_RE, text) : []) {
    const at = m.index!;
    if (inReason(ctx, at)) continue;
    const idx = (m as RegExpMatchArray & { indices: { groups: Record<string, [number, number] | undefined> } }).indices.groups;
    const pTok = tokAt(ctx, idx.p![0]);
    if (!pTok) continue;
    const sent = sentenceAt(ctx, at);
    const before = ctx.toks.filter((t) => t.kind === 'amount' && t.end <= at && t.start >= sent.start && !inReason(ctx, t.start));
    const budget = [...before].reverse().find((t) => t.label.roleHint === 'budget' || /预算/.test(t.label.raw));
    const actual = [...before].reverse().find((t) => t !== budget && (t.label.roleHint === 'final' || /决算|执行/.test(t.label.raw)));
    if (!budget || !actual) continue;
    const end = at + m[0].length;
    const { text: quoteText, span } = claimText(ctx, budget.start, end);
    const claim: ChangeClaim = {
      kind: 'change',
      text: quoteText,
      source: spanSource(ctx.p, span.start, span.end),
      subject: actual.label.subject || budget.label.subject || actual.subject || budget.subject || ctx.topic || '',
      current: toAmount(ctx, actual),
      prior: toAmount(ctx, budget),
      percent: toPercent(ctx, pTok),
    };
    const sgn = pTok.value.sign();
    if (sgn) claim.percentDirection = sgn > 0 ? 'increase' : 'decrease';
    const reason = reasonAfter(ctx, end, next);
    if (reason) claim.reason = reason;
    out.push(claim);
  }
  return out;
}

export function parseFlats(ctx: ParaCtx, next?: ParaCtx): FlatClaim[] {
  const out: FlatClaim[] = [];
  const text = ctx.text;
  const seen = new Set<number>();
  const handle = (m: RegExpMatchArray, subjHint: string) => {
    const g = m.groups!;
    const at = m.index!;
    if (g.basic || inReason(ctx, at) || seen.has(at)) return;
    const ref = g.ref ?? '';
    if (!/年|上年|预算|决算|执行|同期/.test(ref) && !subjHint) return;
    seen.add(at);
    let current = currentBefore(ctx, at);
    if (!current && subjHint) current = bySubject(ctx, subjHint, at);
    if (!current && !subjHint) current = previousSentenceFigure(ctx, at);
    if (!current) {
      const sent = sentenceAt(ctx, at);
      const lead = text.slice(sent.start, at).replace(/[与比较同]$/, '');
      if (lead.trim()) current = bySubject(ctx, lead, sent.start);
    }
    // the compared figure printed inside the comparison (`与上年 2.00 万元持平`), else named by it
    const end = at + m[0].length;
    const inRef = ctx.toks.find((t) => t.kind === 'amount' && t.start > at && t.end <= end && t !== current && !t.consumed);
    const prior = inRef ?? priorByRef(ctx, ref, current, at);
    markBase(prior, current);
    const fromPos = current ? Math.min(current.start, at) : at;
    const { text: quoteText, span } = claimText(ctx, fromPos, end);
    const claim: FlatClaim = { kind: 'flat', text: quoteText, source: spanSource(ctx.p, span.start, span.end), subject: subjectOf(ctx, current, subjHint) };
    if (current) claim.current = toAmount(ctx, current);
    if (prior) claim.prior = toAmount(ctx, prior);
    const reason = reasonAfter(ctx, end, next);
    if (reason) claim.reason = reason;
    out.push(claim);
  };
  if (!FLAT_WORD.test(text)) return out;
  if (text.includes('相比')) for (const m of matchesOf(FLAT2_RE, text)) handle(m, m.groups!.subj ?? '');
  for (const m of matchesOf(FLAT_RE, text)) {
    // the 与…相比，X 持平 form was handled above
    if ([...seen].some((s) => s <= m.index! && m.index! < s + 60 && /相比/.test(text.slice(s, m.index! + m[0].length)))) continue;
    handle(m, '');
  }
  return out;
}
