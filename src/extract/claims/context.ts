/** Per-paragraph working state shared by the claim parsers. */
import type { Amount, Paragraph, Percent } from '../../model/types.js';
import { sourceAt } from '../../normalize/paragraphs.js';
import { clauses, NumToken, scanNumbers, sentences, Span } from './scan.js';
import { cleanLabel, Label, Role } from './subjects.js';

export interface Tok extends NumToken {
  label: Label;
  /** Set by claim parsers that consume the token (prior / delta), else from the label. */
  role?: Role;
  /** Used as the base or the difference of a change statement. */
  consumed?: boolean;
  /** A completion rate stated with this (final) figure when no budget figure is quoted. */
  completion?: Percent;
  subject: string;
  sentence: Span;
  /** The paragraph the token belongs to. */
  para: ParaCtx;
}

export interface ParaCtx {
  index: number;
  p: Paragraph;
  text: string;
  toks: Tok[];
  sents: Span[];
  /** Ranges holding reasons (`主要原因是…`): claims are not read inside them. */
  reasons: Span[];
  topic?: string;
  topicEnd: number;
  docYear?: number;
}

const REASON_RE = /(?:主要原因|原因是|原因为|原因[：:]|主要是由于|主要由于|主要是因为|增加原因|减少原因|变动原因|差异原因)/;
/** The last label boundary (`，,。；;：:！？!?`) of a text, with what follows it. */
const LAST_BOUNDARY = /[，,。；;：:！？!?][^，,。；;：:！？!?]*$/;

export function buildContext(p: Paragraph, index: number, docYear: number | undefined, carriedTopic: string | undefined, topic?: { topic: string; end: number }): ParaCtx {
  const text = p.text;
  const sents = sentences(text);
  const reasons: Span[] = [];
  // every REASON_RE match holds 原因, 由于 or 因为
  const mayReason = text.includes('原因') || text.includes('由于') || text.includes('因为');
  for (const s of mayReason ? sents : []) {
    let from = s.start;
    while (from < s.end) {
      const m = REASON_RE.exec(text.slice(from, s.end));
      if (!m) break;
      const start = from + m.index;
      // a reason ends at `；` when what follows states figures of its own
      let end = s.end;
      for (let i = start; i < s.end; i++) {
        const c = text.charCodeAt(i);
        if ((c === 0xff1b || c === 0x3b) && /\d\s*(?:万元|元|万|%)/.test(text.slice(i, s.end))) {
          end = i + 1;
          break;
        }
      }
      reasons.push({ start, end });
      from = end;
    }
  }
  const raw = scanNumbers(text);
  const toks: Tok[] = [];
  const ctx: ParaCtx = { index, p, text, toks, sents, reasons, topic: topic?.topic ?? carriedTopic, topicEnd: topic?.end ?? 0, docYear };
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i];
    const sentence = sents.find((s) => t.start >= s.start && t.start < s.end) ?? { start: 0, end: text.length };
    let from = Math.max(sentence.start, i > 0 ? raw[i - 1].end : 0, topic && topic.end <= t.start ? topic.end : 0);
    // the label starts after the last boundary before the figure
    if (from < t.start) {
      const b = LAST_BOUNDARY.exec(text.slice(from, t.start));
      if (b) from += b.index + 1;
    }
    from = Math.max(from, t.start - 60);
    const label = cleanLabel(text.slice(from, t.start), docYear);
    const subject = label.subject || topic?.topic || carriedTopic || '';
    toks.push(Object.assign({}, t, { label, subject, sentence, para: ctx })); // not `{ ...t, x }`: V8's slow path
  }
  return ctx;
}

export const inReason = (ctx: ParaCtx, pos: number) => ctx.reasons.some((r) => pos >= r.start && pos < r.end);

export function toAmount(_ctx: ParaCtx, t: Tok): Amount {
  return { value: t.value, unit: t.unit ?? '万元', precision: t.precision, raw: t.raw, source: sourceAt(t.para.p, t.numStart, t.end) };
}

export function toPercent(_ctx: ParaCtx, t: Tok): Percent {
  return { value: t.value, precision: t.precision, raw: t.raw + '%', source: sourceAt(t.para.p, t.numStart, t.end) };
}

/** The chunk of a sentence a position lies in: from the last `；` (or sentence start) to the next. */
export function chunkAt(ctx: ParaCtx, pos: number): Span {
  const s = ctx.sents.find((x) => pos >= x.start && pos < x.end) ?? { start: 0, end: ctx.text.length };
  const cs = clauses(ctx.text, s);
  return cs.find((c) => pos >= c.start && pos < c.end) ?? s;
}

export function sentenceAt(ctx: ParaCtx, pos: number): Span {
  return ctx.sents.find((x) => pos >= x.start && pos < x.end) ?? { start: 0, end: ctx.text.length };
}

/** Quoted text of a span, white space normalised. */
export function quote(ctx: ParaCtx, s: Span): string {
  return ctx.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
}

/** The reason stated right after a position: in the same sentence, or the next sentence starting with 主要原因. */
export function reasonAfter(ctx: ParaCtx, pos: number, next?: ParaCtx): string | undefined {
  const sent = sentenceAt(ctx, pos);
  const r = ctx.reasons.find((x) => x.start >= pos && x.start < sent.end);
  const clean = (s: string) => s.replace(/^(?:主要原因|原因是|原因为|原因|主要是由于|主要由于|主要是因为|增加原因|减少原因|变动原因|差异原因)(?:是|为)?[：:，,]?\s*/, '').trim();
  if (r) {
    const t = clean(ctx.text.slice(r.start, r.end));
    if (t.replace(/[。：:]/g, '')) return t;
    if (next) return next.text.slice(0, next.sents[0]?.end ?? next.text.length).trim();
    return undefined;
  }
  const after = ctx.sents.find((x) => x.start >= sent.end);
  if (after) {
    const seg = ctx.text.slice(after.start, after.end).trim();
    if (/^(?:主要原因|原因)/.test(seg)) {
      const t = clean(seg);
      if (t.replace(/[。：:]/g, '')) return t;
      const after2 = ctx.sents.find((x) => x.start >= after.end);
      if (after2) return ctx.text.slice(after2.start, after2.end).trim();
      if (next) return next.text.slice(0, next.sents[0]?.end ?? next.text.length).trim();
    }
  } else if (next && /^(?:主要原因|原因)/.test(next.text.trim())) {
    const t = clean(next.text.slice(0, next.sents[0]?.end ?? next.text.length));
    if (t.replace(/[。：:]/g, '')) return t;
    if (next.sents[1]) return next.text.slice(next.sents[1].start, next.sents[1].end).trim();
  }
  return undefined;
}
