/**
 * Fund scope of narrative figures: which whole a figure belongs to — all funds (the department's
 * whole budget), 财政拨款 (appropriations: general budget + government funds + state capital), or one
 * of the budgets (一般公共预算, 政府性基金, 国有资本经营). Read from the figure's own label, else from the
 * head of the enumeration it belongs to (`一般公共预算财政拨款支出 A 万元。其中：基本支出 B 万元`), else
 * from the heading or the introducing paragraph (`财政拨款支出主要内容如下：`).
 */
import type { FundScope } from '../../model/types.js';
import type { ParaCtx, Tok } from './context.js';
import { matchesOf } from '../regex.js';

/** The scope a phrase names, or undefined when it names none. */
export function scopeOfText(s: string): FundScope | undefined {
  const t = s.replace(/\s+/g, '');
  if (/政府性基金/.test(t)) return 'gov_fund';
  if (/国有资本经营/.test(t)) return 'state_capital';
  if (/一般公共预算/.test(t)) return 'general';
  if (/财政拨款/.test(t)) return 'fiscal';
  return undefined;
}

const ENUM_MARK = /其中[：:，,]?/g;

/** The scope of the enumeration head a token follows (`… A 万元。其中：…`), if any. */
function headScope(ctx: ParaCtx, t: Tok): FundScope | undefined {
  const sent = t.sentence;
  let mark = -1;
  for (const m of matchesOf(ENUM_MARK, ctx.text.slice(0, t.start))) mark = m.index!;
  if (mark < 0) return undefined;
  let headStart = ctx.sents.find((s) => mark >= s.start && mark < s.end)?.start ?? 0;
  // the mark must be in the token's sentence or open it
  if (mark < sent.start) return undefined;
  if (!ctx.text.slice(headStart, mark).trim()) {
    const prev = ctx.sents.filter((s) => s.end <= headStart).pop();
    if (!prev) return undefined;
    headStart = prev.start;
  }
  // the head is the first clause holding a figure
  const head = ctx.text.slice(headStart, mark);
  const firstFigure = /\d\s*(?:万元|元|万)/.exec(head);
  return scopeOfText(firstFigure ? head.slice(0, firstFigure.index) : head);
}

/** The scope of a narrative figure: own label, then enumeration head, then the paragraph's carried scope. */
export function scopeOfToken(ctx: ParaCtx, t: Tok, carried: FundScope | undefined): FundScope | undefined {
  const own = scopeOfText(t.label.raw) ?? scopeOfText(t.subject);
  if (own) return own;
  return headScope(ctx, t) ?? carried;
}

/** The scope a heading or an introducing paragraph (`…如下：`) sets for what follows. */
export function introScope(text: string): FundScope | undefined {
  const t = text.trim();
  if (t.length > 60 || !/[：:]$|情况|说明|如下/.test(t)) return undefined;
  return scopeOfText(t);
}
