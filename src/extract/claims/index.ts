/**
 * Narrative claims and mentions: reads every paragraph of running text and records what it states
 * about figures — changes, shares, completion rates, flat statements, comparisons — and every
 * `subject + amount` it quotes, each with the sentence and its source.
 */
import type { NDocument } from '../../readers/types.js';
import type { AmountUnit, Claim, FundScope, Mention, Paragraph } from '../../model/types.js';
import { introScope, statedScopeOfToken } from './scope.js';
import { sourceAt } from '../../normalize/paragraphs.js';
import { buildContext, inReason, ParaCtx, quote, toAmount } from './context.js';
import { parseChanges, parseFlats } from './change.js';
import { parseShares } from './share.js';
import { parseUndirected } from './undirected.js';
import { parsePerformanceCounts } from './performance.js';
import { parseCompares, parseCompletions } from './completion.js';
import { headingTitle, inferYearKind, paragraphTopic } from './subjects.js';
import { classificationPath, functionClassCode } from './classes.js';
import { normSubject } from './scan.js';
import { isSpaceCode } from '../../readers/char-rules.js';

const TOP_HEADING = /^(?:第[一二三四五六七八九十\d]+(?:部分|章)|[一二三四五六七八九十]+、)/;

export interface ClaimsResult {
  claims: Claim[];
  mentions: Mention[];
  narrativeUnit: AmountUnit;
}

const ITEM_OPEN = /^\s*(?:\d{1,2}\s*[.、．]|[（(]\d{1,2}[）)])\s*[“"「]/;
const OPENS_BLOCK = /^(?:第[一二三四五六七八九十\d]+(?:部分|章|节)|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}\s*[.、．](?!\d)|表\s*[一二三四五六七八九十\d]+)/;

/**
 * Re-joins a sentence the paragraph builder cut after a numbered short line
 * (`1. 基本支出预算 5,215,620.22 元，比 2019 年` + `4,816,324.10 元增加…`): a paragraph that quotes a
 * figure and ends mid-sentence continues into the next one unless that one opens a block.
 */
/** `/[。；;：:！？!?]\s*$/.test(s)`, from the end (the regex scans the whole paragraph). */
function endsWithStop(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && isSpaceCode(s.charCodeAt(i))) i--;
  if (i < 0) return false;
  const c = s.charCodeAt(i);
  return c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff1a || c === 0x3a || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f;
}

export function rejoinSentences(paragraphs: Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const p of paragraphs) {
    const prev = out[out.length - 1];
    // a paragraph cannot open with `（项）`, a comma or a bare amount: it continues the previous one
    const continues =
      /^\s*(?:[（(](?:类|款|项)[）)]|[）)，,。；;：:、]|[-−]?\d[\d,，.]*\s*(?:万元|元|万|%))/.test(p.text) ||
      // an item opening with a quoted classification runs on until its sentence ends
      (!!prev && ITEM_OPEN.test(prev.text) && !OPENS_BLOCK.test(p.text.trim()));
    if (
      prev &&
      !endsWithStop(prev.text) &&
      (continues || (/\d\s*(?:万元|元|万|%)/.test(prev.text) && !OPENS_BLOCK.test(p.text.trim())))
    ) {
      const shift = prev.text.length;
      out[out.length - 1] = Object.assign({}, prev, {
        text: prev.text + p.text,
        spans: [...prev.spans, ...p.spans.map((s) => ({ offset: s.offset + shift, source: s.source }))],
      });
      continue;
    }
    out.push(p);
  }
  return out;
}

export function extractClaims(doc: NDocument, inputParagraphs: Paragraph[]): ClaimsResult {
  const paragraphs = rejoinSentences(inputParagraphs);
  const { year: docYear } = inferYearKind(doc.lines.map((l) => l.text));
  const ctxs: ParaCtx[] = [];
  let carried: string | undefined;
  let item: string | undefined;
  const scopes: (FundScope | undefined)[] = [];
  let sectionScope: FundScope | undefined;
  let intro: FundScope | undefined;
  paragraphs.forEach((p, i) => {
    const heading = headingTitle(p.text);
    const own = paragraphTopic(p.text);
    const opens = OPENS_BLOCK.test(p.text.trim());
    if (heading || opens) item = undefined;
    if (heading) {
      const hs = introScope(p.text);
      // a top-level heading (`三、`, `第三部分`) opens a new scope; a sub-heading keeps its parent's unless it names one
      if (hs || TOP_HEADING.test(p.text.trim())) sectionScope = hs;
      intro = undefined;
    } else if (/[：:]\s*$/.test(p.text)) intro = introScope(p.text);
    else if (!opens) intro = undefined;
    scopes.push(heading ? sectionScope : intro ?? sectionScope);
    const inherited = heading ? undefined : item ?? carried;
    const ctx = buildContext(p, i, docYear, inherited, own);
    if (heading) carried = paragraphTopic(p.text)?.topic ?? heading;
    // a glossary entry (`（八）机关运行经费：指…`) defines its topic for itself only: the figures after it are not of it
    else if (own && opens) item = /^\s*(?:是)?指/.test(p.text.slice(own.end)) ? undefined : own.topic;
    ctxs.push(ctx);
  });

  const claims: Claim[] = [];
  ctxs.forEach((ctx, i) => {
    const next = ctxs[i + 1];
    try {
      claims.push(...parseChanges(ctx, next));
      claims.push(...parseFlats(ctx, next));
      claims.push(...parseCompletions(ctx));
      claims.push(...parseCompares(ctx));
      claims.push(...parseUndirected(ctx));
      claims.push(...parsePerformanceCounts(ctx));
      // (no share without 占 and %: skip copying the previous paragraphs for the others)
      if (ctx.text.includes('占') && ctx.text.includes('%')) claims.push(...parseShares(ctx, ctxs.slice(0, i)));
    } catch {
      // a paragraph that defeats the parsers yields no claims; the rest go on
    }
  });

  const mentions: Mention[] = [];
  const units: Record<AmountUnit, number> = { 元: 0, 万元: 0 };
  for (let ci = 0; ci < ctxs.length; ci++) {
    const ctx = ctxs[ci];
    for (let ti = 0; ti < ctx.toks.length; ti++) {
      const t = ctx.toks[ti];
      if (t.kind !== 'amount') continue;
      units[t.unit ?? '万元']++;
      if (inReason(ctx, t.start)) continue;
      const subject = t.subject || t.label.raw;
      if (!subject) continue;
      const m: Mention = {
        subject,
        scope: statedScopeOfToken(ctx, t) ?? scopes[ci],
        amount: toAmount(ctx, t),
        role: t.role ?? t.label.roleHint ?? 'current',
        text: quote(ctx, t.sentence),
        source: sourceAt(ctx.p, t.numStart, t.end),
      };
      if (!m.scope) delete m.scope;
      else if (!statedScopeOfToken(ctx, t)) m.scopeFromHeading = true;
      const code = subjectCode(subject);
      if (code) m.code = code;
      if (t.completion) m.completion = t.completion;
      mentions.push(m);
    }
  }
  const narrativeUnit: AmountUnit = units['元'] > units['万元'] ? '元' : '万元';
  return { claims, mentions, narrativeUnit };
}

/** The classification code a subject names: printed (`2010301 行政运行`) or a 类 by its national name. */
export function subjectCode(subject: string): string | undefined {
  const printed = /(?<!\d)(2\d{2}(?:\d{2}){0,2})(?!\d)/.exec(subject);
  if (printed) return printed[1];
  const path = classificationPath(subject);
  if (path && path.level === 1 && path.names.length === 1) return functionClassCode(path.names[0]);
  const n = normSubject(subject).replace(/（类）$/, '');
  return functionClassCode(n);
}
