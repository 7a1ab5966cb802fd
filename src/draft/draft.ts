/**
 * Drafting: the standard narrative (情况说明) of a disclosure written from its tables with a
 * region's template. The entry point of src/draft/; renderers (Markdown, text, .docx) and the
 * comparison with the published narrative take its result.
 */
import type { AmountUnit, DisclosureModel } from '../model/types.js';
import { collectFigures, priorFigures, type Figures } from './figures.js';
import { sentence, type Ctx, type DraftSentence } from './compose.js';
import { chooseTemplate, type DraftTemplate } from './template.js';

export interface DraftSection {
  id: string;
  title: string;
  level: 1 | 2;
  paragraphs: DraftSentence[];
}

export interface Draft {
  file: string;
  template: string;
  kind: 'budget' | 'final';
  year?: number;
  org?: string;
  unit: AmountUnit;
  precision: number;
  heading: string;
  sections: DraftSection[];
  figures: Figures;
  /** Notes for the reader: where a drafted figure departs from the printed cell (e.g. a table total the other tables contradict). */
  notes: string[];
}

export interface DraftOptions {
  /** Last year's disclosure, for the changes. */
  prior?: DisclosureModel;
  /** A template id (`beijing`, `shanghai`, `national`) or a template file. */
  template?: string | DraftTemplate;
  /** Unit and precision of the figures (default: the published narrative's, else the template's). */
  unit?: AmountUnit;
  precision?: number;
}

/**
 * The precision most figures of the published narrative are printed with (whole numbers such as
 * `0 万元` or `50 万元` say nothing about it), if it prints decimals at all.
 */
function publishedPrecision(model: DisclosureModel): number | undefined {
  const counts = new Map<number, number>();
  for (const m of model.mentions) if (m.amount.precision > 0) counts.set(m.amount.precision, (counts.get(m.amount.precision) ?? 0) + 1);
  let best: number | undefined;
  for (const [p, n] of counts) if (best === undefined || n > counts.get(best)! || (n === counts.get(best)! && p > best)) best = p;
  return best;
}

export function draftModel(model: DisclosureModel, o: DraftOptions = {}): Draft {
  const t = typeof o.template === 'object' ? o.template : chooseTemplate(model, o.template);
  const kind = model.identity.kind ?? 'budget';
  const hasNarrative = model.mentions.length > 0;
  const unit = o.unit ?? (hasNarrative ? model.narrativeUnit : t.unit);
  const precision = o.precision ?? (hasNarrative ? publishedPrecision(model) : undefined) ?? t.precision;
  const Y = model.identity.year;
  const unitWord = model.identity.scope === 'unit' ? '单位' : '部门';
  const words: Record<string, string> = {
    Y: Y ? String(Y) : '【请填写年度】',
    PY: Y ? String(Y - 1) : '【请填写上年度】',
    org: model.identity.org ?? '【请填写单位名称】',
    who: model.identity.scope === 'unit' ? '本单位' : '本部门',
    unitWord,
    kindWord: kind === 'final' ? '决算' : '预算',
    W: unit,
    YW: kind === 'final' ? '年度' : '年',
    PL: kind === 'final' ? '年度' : '年预算',
  };
  const fig = collectFigures(model);
  const c: Ctx = { t, fig, prior: priorFigures(o.prior), unit, precision, words };
  const sections: DraftSection[] = [];
  for (const s of kind === 'final' ? t.final : t.budget) {
    const paragraphs = s.paragraphs.map((p) => sentence(c, p)).filter((p): p is DraftSentence => !!p);
    if (paragraphs.length) sections.push({ id: s.id, title: fillWords(s.title, words), level: s.level ?? 1, paragraphs });
  }
  // a note for each figure the draft uses that departs from the printed cell
  // (a derived key such as `share:gb_total/total_expenditure` uses the figures it names)
  const used = new Set(sections.flatMap((s) => s.paragraphs.flatMap((p) => p.figures.flatMap((f) => [f.key, ...f.key.split(/[:/]/)]))));
  const notes = [...fig.values()].filter((f) => f.note && used.has(f.key)).map((f) => f.note!);
  return { file: model.file, template: t.id, kind, year: Y, org: model.identity.org, unit, precision, heading: fillWords(t.heading, words), sections, figures: fig, notes };
}

function fillWords(s: string, words: Record<string, string>): string {
  return s.replace(/\{(\w+)\}/g, (m, k: string) => words[k] ?? m);
}
