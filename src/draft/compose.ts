/**
 * Fills a template's sentence patterns with the figures: every amount, share, change and completion
 * rate computed exactly (Decimal) and printed at the region's unit and precision; every sentence
 * keeps the cells it used. Unknown figures and reasons become marked blanks (【请填写…】).
 */
import { Decimal } from '../model/decimal.js';
import type { SourceRef } from '../model/source.js';
import type { AmountUnit } from '../model/types.js';
import { eachKeys, type Figure, type Figures } from './figures.js';
import type { DraftTemplate, TemplateSentence } from './template.js';

export interface UsedFigure {
  /** Figure key (`total_revenue`, `class:201`) or a derived one (`share:basic_expenditure/current_expenditure`). */
  key: string;
  kind: 'amount' | 'percent';
  /** As printed in the sentence (without unit / %). */
  printed: string;
  /** Exact value: amounts in 万元, percentages in points (before rounding). */
  exact: Decimal;
  /** Taken from the published narrative (no table carries it). */
  fromNarrative?: boolean;
}

export interface DraftSentence {
  text: string;
  /** The cells every figure of the sentence came from. */
  sources: SourceRef[];
  figures: UsedFigure[];
  /** Number of blanks left for the author. */
  blanks: number;
}

export interface Ctx {
  t: DraftTemplate;
  fig: Figures;
  prior: Figures;
  unit: AmountUnit;
  precision: number;
  words: Record<string, string>;
}

interface Piece {
  text: string;
  sources: SourceRef[];
  figures: UsedFigure[];
  blanks: number;
  /** A figure it needs is missing. */
  missing?: boolean;
}

const HUNDRED = Decimal.of(100);

/** An amount in 万元 printed at the draft's unit and precision. */
export function printAmount(c: Ctx, wan: Decimal): string {
  const v = c.unit === '元' ? wan.shift(4) : wan;
  return v.toFixed(c.precision);
}

function blank(c: Ctx, label: string): Piece {
  return { text: c.t.blanks.figure.replace('{label}', label), sources: [], figures: [], blanks: 1, missing: true };
}

function amountPiece(c: Ctx, key: string, f: Figure | undefined, label = '金额'): Piece {
  if (!f) return blank(c, label);
  const printed = printAmount(c, f.value);
  return { text: `${printed}${c.unit}`, sources: f.sources, figures: [{ key, kind: 'amount', printed, exact: f.value, fromNarrative: f.fromNarrative }], blanks: 0 };
}

function percentPiece(key: string, part: Decimal, whole: Decimal, sources: SourceRef[]): Piece | null {
  if (whole.isZero()) return null;
  const exact = part.mul(HUNDRED).div(whole, 8);
  const printed = exact.round(2).toFixed(2);
  return { text: `${printed}%`, sources, figures: [{ key, kind: 'percent', printed, exact }], blanks: 0 };
}

function share(c: Ctx, arg: string): Piece {
  const [a, b] = arg.split('/');
  const pa = c.fig.get(a);
  const pb = c.fig.get(b);
  if (!pa || !pb) return blank(c, '比例');
  return percentPiece(`share:${a}/${b}`, pa.value, pb.value, [...pa.sources, ...pb.sources]) ?? blank(c, '比例');
}

/** `完成年初预算的 R%` against the figure's `:budget` companion; empty when no budget is printed. */
function rate(c: Ctx, key: string): Piece {
  const a = c.fig.get(key);
  const b = c.fig.get(`${key}:budget`);
  if (!a || !b || b.value.isZero()) return { text: '', sources: [], figures: [], blanks: 0 };
  const p = percentPiece(`rate:${key}`, a.value, b.value, [...b.sources, ...a.sources])!;
  const bp = printAmount(c, b.value);
  return {
    ...p,
    text: `，年初预算${bp}${c.unit}，完成年初预算的${p.text}`,
    figures: [{ key: `${key}:budget`, kind: 'amount', printed: bp, exact: b.value }, ...p.figures],
  };
}

/** The change against the prior year's disclosure (same key), or the template's blank when it is unknown. */
function change(c: Ctx, key: string): Piece {
  const cur = c.fig.get(key);
  const prior = c.prior.get(key);
  const w = c.t.change;
  const words = (x: string) => x.replace(/\{(\w+)\}/g, (m0, k: string) => c.words[k] ?? m0);
  if (!cur || !prior) return { text: words(w.unknown), sources: [], figures: [], blanks: 1 };
  const d = cur.value.sub(prior.value);
  const sources = [...prior.sources, ...cur.sources];
  if (d.isZero()) return { text: w.flat.replace('{label}', words(w.label)), sources, figures: [], blanks: 0 };
  const up = d.sign() > 0;
  const delta = printAmount(c, d.abs());
  const figs: UsedFigure[] = [{ key: `delta:${key}`, kind: 'amount', printed: delta, exact: d.abs() }];
  const pct = prior.value.isZero() ? null : percentPiece(`pct:${key}`, d.abs(), prior.value, []);
  const form = pct ? w.form : w.formNoPct;
  if (pct) figs.push(...pct.figures);
  const text = form
    .replace('{label}', words(w.label))
    .replace('{dir}', up ? w.increase : w.decrease)
    .replace('{delta}', `${delta}${c.unit}`)
    .replace('{pdir}', up ? w.pctIncrease : w.pctDecrease)
    .replace('{pct}', pct ? pct.figures[0].printed : '');
  return { text, sources, figures: figs, blanks: 0 };
}

const PLACEHOLDER = /\{(\w+)(?::([^}]+))?\}/g;

/** Fills one pattern; `item` is the key `@` stands for inside an `each`. */
function fill(c: Ctx, pattern: string, item?: string, items?: Piece): Piece {
  const out: Piece = { text: '', sources: [], figures: [], blanks: 0 };
  let last = 0;
  for (const m of pattern.matchAll(PLACEHOLDER)) {
    out.text += pattern.slice(last, m.index);
    last = m.index! + m[0].length;
    const arg = (m[2] ?? '').replace(/@/g, item ?? '@');
    let p: Piece;
    switch (m[1]) {
      case 'amt':
        p = amountPiece(c, arg, c.fig.get(arg));
        break;
      case 'share':
        p = share(c, arg);
        break;
      case 'chg':
        p = change(c, arg);
        break;
      case 'rate':
        p = rate(c, arg);
        break;
      case 'name':
        p = { text: c.fig.get(arg)?.name ?? arg, sources: [], figures: [], blanks: 0 };
        break;
      case 'reason':
        p = { text: c.t.blanks.reason, sources: [], figures: [], blanks: 1 };
        break;
      case 'blank':
        p = blank(c, arg);
        break;
      case 'items':
        p = items ?? { text: '', sources: [], figures: [], blanks: 0 };
        break;
      default:
        p = { text: c.words[m[1]] ?? m[0], sources: [], figures: [], blanks: 0 };
    }
    out.text += p.text;
    out.sources.push(...p.sources);
    out.figures.push(...p.figures);
    out.blanks += p.blanks;
    if (p.missing) out.missing = true;
  }
  out.text += pattern.slice(last);
  return out;
}

const present = (c: Ctx, key: string) => !!c.fig.get(key) && !c.fig.get(key)!.value.isZero();

/** One template sentence → a drafted sentence, or null when its condition leaves it out. */
export function sentence(c: Ctx, s: TemplateSentence): DraftSentence | null {
  if (typeof s === 'string') return finish(fill(c, s));
  if (s.if && !present(c, s.if)) return null;
  if (s.ifAny && !s.ifAny.some((k) => c.fig.has(k))) return null;
  if (s.unless && present(c, s.unless)) return null;
  if (s.notZero && c.fig.has(s.notZero) && !present(c, s.notZero)) return null;
  let items: Piece | undefined;
  if (s.each) {
    const keys = eachKeys(c.fig, s.each);
    if (!keys.length) return null;
    const parts = keys.map((k) => fill(c, s.item ?? '', k));
    items = {
      text: parts.map((p) => p.text).join(s.join ?? '；'),
      sources: parts.flatMap((p) => p.sources),
      figures: parts.flatMap((p) => p.figures),
      blanks: parts.reduce((a, p) => a + p.blanks, 0),
    };
  }
  return finish(fill(c, s.text, undefined, items));
}

function finish(p: Piece): DraftSentence {
  const seen = new Set<string>();
  const sources = p.sources.filter((s) => {
    const k = `${s.file}:${s.page ?? ''}:${s.line}:${s.col ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return { text: p.text, sources, figures: p.figures, blanks: p.blanks };
}
