/**
 * Share statements: `X A 万元，占 W 的 S%`, `占 S%` (of the enumeration's head), `占 W B 万元的 S%`.
 * Shares of one enumeration with the same whole form a group.
 */
import type { ShareClaim } from '../../model/types.js';
import { sourceAt, spanSource } from '../../normalize/paragraphs.js';
import { chunkAt, inReason, ParaCtx, quote, sentenceAt, toAmount, toPercent, Tok } from './context.js';
import { NUM, normSubject } from './scan.js';
import { matchesOf } from '../regex.js';

const SHARE_RE = new RegExp(
  String.raw`占(?![用有地])(?<label>[^，,。；;%\d]{0,30}?)(?:\s*(?<whole>${NUM})\s*(?:万元|元|万))?\s*(?:的)?(?:比例|比重)?(?:为|达|是)?\s*(?<pct>${NUM})\s*%`,
  'dg',
);

const ENUM_MARK = /其中[：:，,]?|主要用于(?:以下方面)?(?:[（(][^）)]*[）)])?[：:]|以下方面[：:]|具体(?:情况)?(?:如下)?[：:]|分别(?:是|为)[：:]?|包括[：:]/g;

const normLabel = (s: string) =>
  normSubject(s)
    .replace(/^\d{4}年度?/, '')
    .replace(/^(?:本年度?|当年度?|全年|年度|部门)/, '')
    .replace(/(?:的)$/, '');

/**
 * Words that make a subject a part rather than the whole (`基本支出预算` is not `本年支出预算`): a
 * subject and a whole-label that differ by one of these name different figures.
 */
const PART_WORD = /(?:基本|项目|人员|公用|工资|福利|商品|服务|结转|结余|其他|事业|经营|上级|附属|三公|采购|运行|其中)/;

/** True when `longer` ends with `shorter` and what precedes it only qualifies the same figure. */
const qualifies = (longer: string, shorter: string) => longer.endsWith(shorter) && !PART_WORD.test(longer.slice(0, longer.length - shorter.length));

/** The mention a whole-label names, searched backwards: this paragraph, then the previous ones. */
function wholeByLabel(label: string, ctx: ParaCtx, before: number, previous: ParaCtx[]): Tok | undefined {
  const lab = normLabel(label);
  if (lab.length < 2) return undefined;
  const ok = (t: Tok) => {
    if (t.kind !== 'amount' || t.consumed || t.label.roleHint === 'prior') return false;
    const subj = normLabel(t.subject || t.label.raw);
    return !!subj && (qualifies(subj, lab) || (subj.length >= 4 && qualifies(lab, subj)));
  };
  const here = ctx.toks.filter((t) => t.end <= before && !inReason(ctx, t.start));
  for (let i = here.length - 1; i >= 0; i--) if (ok(here[i])) return here[i];
  for (let k = previous.length - 1; k >= Math.max(0, previous.length - 40); k--) {
    const toks = previous[k].toks.filter((t) => !inReason(previous[k], t.start));
    for (let i = toks.length - 1; i >= 0; i--) if (ok(toks[i])) return toks[i];
  }
  return undefined;
}

/** The head of the enumeration a share belongs to: the first amount of the sentence holding `其中` / `以下方面`. */
function enumerationHead(ctx: ParaCtx, part: Tok): Tok | undefined {
  let mark = -1;
  for (const m of matchesOf(ENUM_MARK, ctx.text.slice(0, part.start))) mark = m.index!;
  if (mark < 0) return undefined;
  let sent = sentenceAt(ctx, mark);
  if (!ctx.text.slice(sent.start, mark).trim()) {
    // the marker opens its sentence: the head is in the previous one
    const prev = ctx.sents.filter((s) => s.end <= sent.start).pop();
    if (!prev) return undefined;
    sent = prev;
  }
  const head = ctx.toks.find((t) => t.kind === 'amount' && t.start >= sent.start && t.end <= Math.min(sent.end, mark) && !t.consumed);
  return head && head !== part ? head : undefined;
}

export function parseShares(ctx: ParaCtx, previous: ParaCtx[]): ShareClaim[] {
  const out: (ShareClaim & { wholeKey?: string })[] = [];
  // every match holds 占 and %
  for (const m of ctx.text.includes('占') && ctx.text.includes('%') ? matchesOf(SHARE_RE, ctx.text) : []) {
    const at = m.index!;
    if (inReason(ctx, at)) continue;
    const g = m.groups!;
    const idx = (m as RegExpMatchArray & { indices: { groups: Record<string, [number, number] | undefined> } }).indices.groups;
    const pTok = ctx.toks.find((t) => t.numStart === idx.pct![0]);
    if (!pTok) continue;
    const chunk = chunkAt(ctx, at);
    const lastPct = ctx.toks.filter((t) => t.kind === 'percent' && t.end <= at && t.start >= chunk.start).pop();
    const from = Math.max(chunk.start, lastPct ? lastPct.end : 0);
    const part = ctx.toks.filter((t) => t.kind === 'amount' && t.start >= from && t.end <= at).pop();
    if (!part) continue;
    const label = (g.label ?? '').trim();
    let whole: Tok | undefined;
    let wholeKey: string | undefined;
    if (idx.whole) whole = ctx.toks.find((t) => t.numStart === idx.whole![0]);
    if (!whole && label) whole = wholeByLabel(label, ctx, part.start, previous);
    if (!whole && !label) whole = enumerationHead(ctx, part);
    if (whole === part) whole = undefined;
    if (whole) wholeKey = `${whole.para.index}:${whole.numStart}`;
    else if (label) wholeKey = `label:${normLabel(label)}`;
    const sent = sentenceAt(ctx, at);
    const span = { start: Math.min(part.start, sent.start), end: Math.max(sent.end, at + m[0].length) };
    const claim: ShareClaim & { wholeKey?: string } = {
      kind: 'share',
      text: quote(ctx, span),
      source: spanSource(ctx.p, span.start, span.end),
      subject: part.subject,
      part: toAmount(ctx, part),
      percent: toPercent(ctx, pTok),
      wholeKey,
    };
    if (label) claim.wholeLabel = label;
    if (whole) claim.whole = toAmount(ctx, whole);
    out.push(claim);
  }
  // group consecutive shares with the same whole
  for (let i = 0; i < out.length; i++) {
    const key = out[i].wholeKey;
    if (!key) continue;
    const members = out.filter((c) => c.wholeKey === key);
    if (members.length >= 2) for (const c of members) c.group = `p${ctx.index}:${key}`;
  }
  return out.map(({ wholeKey: _k, ...c }) => c);
}

