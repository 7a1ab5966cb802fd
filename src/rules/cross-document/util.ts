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

/** `1,234.56` with the printed places of a figure. */
export function wan(f: Figure): string {
  const places = Math.max(f.value.scale > 2 ? 2 : f.value.scale, f.amount?.unit === '元' ? 2 : (f.amount?.precision ?? 2));
  return f.value.toGrouped(Math.min(places, 6));
}

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
