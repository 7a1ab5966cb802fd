/** Helpers of the cross-document rules: finding documents of a body, figures as evidence, messages. */
import type { Corpus, CorpusDoc } from '../../corpus/types.js';
import type { Figure } from '../../corpus/figures.js';
import type { Evidence } from '../types.js';
import { ev } from '../format.js';

export const KIND_ZH = { budget: '预算', final: '决算' } as const;

export function docFor(c: Corpus, body: string, year: number | undefined, kind: string | undefined): CorpusDoc | undefined {
  if (year === undefined || kind === undefined) return undefined;
  return c.docs.find((d) => d.body === body && d.year === year && d.kind === kind);
}

export function figEv(f: Figure): Evidence {
  return ev(f.source, f.text);
}

/** Decimal places of a figure in 万元: its printed places (元 figures: four more), at most 6. */
export function places(f: Figure): number {
  if (!f.amount) return Math.min(Math.max(f.value.scale, 2), 6);
  return Math.min(f.amount.unit === '元' ? f.amount.precision + 4 : f.amount.precision, 6);
}

/** `1,234.56` (万元) with the printed places of a figure. */
export const wan = (f: Figure, like: Figure = f): string => f.value.toGrouped(places(like));

/** The figure in 万元 without separators, with the printed places of `like` (stated / expected fields). */
export const fixed = (f: Figure, like: Figure = f): string => f.value.toFixed(places(like));

export const docName = (d: CorpusDoc) => `${d.year ?? ''}年${d.kind ? KIND_ZH[d.kind] : ''}（${d.model.file}）`;

/** Sentences of a model's narrative (split at 。；). */
export function sentences(d: CorpusDoc): { text: string; source: Evidence }[] {
  const out: { text: string; source: Evidence }[] = [];
  for (const p of d.model.paragraphs) {
    const src = p.spans[0]?.source;
    for (const s of p.text.split(/(?<=[。；])/)) if (s.trim()) out.push({ text: s, source: src ? ev(src, s) : { text: s } });
  }
  return out;
}
