/** Plain-text and Markdown renderings of a draft. */
import type { SourceRef } from '../model/source.js';
import type { Draft } from './draft.js';

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];

/** `一、` for the n-th (0-based) top-level section. */
export function numbering(i: number): string {
  return `${CN[i] ?? String(i + 1)}、`;
}

/** `第3页第12行` / `第12行`. */
export function sourceLabel(s: SourceRef): string {
  return `${s.page ? `第${s.page}页` : ''}第${s.line}行`;
}

/** The distinct lines of a sentence's sources, e.g. `第3页第12行、第3页第15行`; another file's (the prior year's) named. */
export function sourceLabels(sources: SourceRef[], file?: string): string {
  const labels = sources.map((s) => (file && s.file !== file ? `${s.file} ` : '') + sourceLabel(s));
  return [...new Set(labels)].join('、');
}

/** The narrative as plain text: the heading, numbered section titles and paragraphs. */
export function draftText(d: Draft): string {
  const out: string[] = [d.heading, ''];
  if (d.notes.length) out.push(...d.notes.map((n) => `注：${n}`), '');
  d.sections.forEach((s, i) => {
    out.push(`${numbering(i)}${s.title}`);
    for (const p of s.paragraphs) out.push(p.text);
    out.push('');
  });
  return out.join('\n');
}

/** Markdown: each sentence followed by the cells it was computed from; blanks are bold. */
export function draftMarkdown(d: Draft): string {
  const out: string[] = [`# ${d.heading}`, '', `> 依据：${d.file}；模板：${d.template}；金额单位：${d.unit}，保留${d.precision}位小数。【】内为待填写内容。`, ''];
  for (const n of d.notes) out.push(`> **注：**${n}`, '');
  d.sections.forEach((s, i) => {
    out.push(`## ${numbering(i)}${s.title}`, '');
    for (const p of s.paragraphs) {
      out.push(p.text.replace(/【[^】]*】/g, (m) => `**${m}**`), '');
      const narr = p.figures.some((f) => f.fromNarrative);
      if (p.sources.length) out.push(`<sub>来源：${sourceLabels(p.sources, d.file)}${narr ? '（部分数字取自原说明，报表中无对应数字）' : ''}</sub>`, '');
    }
  });
  return out.join('\n');
}
