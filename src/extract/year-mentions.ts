/**
 * Years the document prints where they say which year it is about: table titles as printed (the
 * table model keeps titles without their year), headings, as-of dates (`截至2025年12月31日`), project
 * periods (`实施周期：2024年-2026年`) and comparisons (`比2025年增加`). Rules check them against the
 * document year (rules/identity/year-consistency.ts).
 */
import type { NDocument } from '../readers/types.js';
import type { Paragraph, Section, Table, YearMention } from '../model/types.js';
import { sourceAt } from '../normalize/paragraphs.js';
import { lineTexts } from './line-text.js';

const YEAR = /(?<!\d)(20\d{2})\s*年/;
const AS_OF = /截[至止]\s*(20\d{2})\s*年\s*(?:(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日|底|末)?|(?:年\s*)?(底|末))?/g;
const PERIOD = /实施周期\s*[：:为是]?\s*(20\d{2})\s*年?(?:\s*\d{1,2}\s*月)?(?:\s*(?:-|—|－|–|～|~|至|到)\s*(20\d{2})\s*年?)?/g;
const COMPARISON = /(?:比|较)\s*(20\d{2})\s*年\s*(?:度)?\s*([^\d，。；,;：:\s增减下上持相同]{0,6})/g;
/** Holdings stated at a date (the as-of date of the data), not a target to reach by it. */
const HOLDINGS = /车辆|资产|房屋|设备|实有|在职|人员|编制|占用|共有/;
const TARGET = /目标|力争|计划|完成|实现|达到|前/;

function sentenceAround(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('。', at) + 1, 0);
  const end = text.indexOf('。', at);
  return text.slice(start, end < 0 ? text.length : end + 1);
}

function fromParagraphs(paragraphs: Paragraph[]): YearMention[] {
  const out: YearMention[] = [];
  for (const p of paragraphs) {
    const t = p.text;
    if (!t.includes('20')) continue;
    for (const m of t.matchAll(AS_OF)) {
      const month = m[2] ? Number(m[2]) : undefined;
      const day = m[3] ? Number(m[3]) : undefined;
      const yearEnd = !!m[4] || (month === 12 && (day === undefined || day === 31));
      const sentence = sentenceAround(t, m.index!);
      out.push({ kind: 'as-of', year: Number(m[1]), yearEnd, holdings: HOLDINGS.test(sentence) && !TARGET.test(sentence), text: sentence.trim().slice(0, 120), source: sourceAt(p, m.index!) });
    }
    for (const m of t.matchAll(PERIOD)) {
      const y: YearMention = { kind: 'period', year: Number(m[1]), text: m[0], source: sourceAt(p, m.index!) };
      if (m[2]) y.endYear = Number(m[2]);
      out.push(y);
    }
    for (const m of t.matchAll(COMPARISON)) {
      const sentence = sentenceAround(t, m.index!);
      out.push({ kind: 'comparison', year: Number(m[1]), basis: m[2], text: sentence.trim().slice(0, 120), source: sourceAt(p, m.index!) });
    }
  }
  return out;
}

export function extractYearMentions(doc: NDocument, tables: Table[], sections: Section[], paragraphs: Paragraph[]): YearMention[] {
  const out: YearMention[] = [];
  const texts = lineTexts(doc);
  const byLineNo = new Map<number, number>();
  for (let i = 0; i < doc.lines.length; i++) byLineNo.set(doc.lines[i].lineNo, i);
  for (const t of tables) {
    const i = byLineNo.get(t.source.line);
    const printed = i === undefined ? t.title : texts[i];
    const m = YEAR.exec(printed);
    if (m) out.push({ kind: 'table-title', year: Number(m[1]), text: printed.trim(), source: t.source });
  }
  const walk = (ss: Section[]) => {
    for (const s of ss) {
      const m = s.level <= 2 ? YEAR.exec(s.title) : null;
      if (m) out.push({ kind: 'heading', year: Number(m[1]), text: `${s.numbering ?? ''}${s.title}`, source: s.source });
      walk(s.children);
    }
  };
  walk(sections);
  out.push(...fromParagraphs(paragraphs));
  return out;
}
