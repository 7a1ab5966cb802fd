/**
 * The heading tree: 第一部分 (1) › 一、(2) › （一）(3) › 1. / 1、(4) › (1) (5). Headings are short
 * lines that are not sentences; numbered duties, list items in tables and table titles are not
 * headings. A 目录 (table of contents) is skipped: its entries repeat the headings that follow.
 */
import type { NDocument } from '../readers/types.js';
import type { Section } from '../model/types.js';
import { isPageNumberLine, isTableLikeLine, lineSource } from '../normalize/paragraphs.js';
import { locateTables } from './tables/titles.js';
import { codePointLength } from '../readers/char-rules.js';
import { compactLineTexts, lineTexts } from './line-text.js';

interface Pattern {
  level: number;
  re: RegExp;
}

const PATTERNS: Pattern[] = [
  { level: 1, re: /^(第[一二三四五六七八九十]+部分)[、,，.．:：\s]*(.*)$/ },
  { level: 2, re: /^([一二三四五六七八九十]+[、.．])\s*(.*)$/ },
  { level: 3, re: /^([（(][一二三四五六七八九十]+[)）])\s*(.*)$/ },
  { level: 4, re: /^(\d{1,2}\s*[、.．](?!\d))\s*(.*)$/ },
  { level: 5, re: /^([（(]\d{1,2}[)）])\s*(.*)$/ },
];

function headingOf(text: string): { level: number; numbering: string; title: string } | null {
  // = text.replace(/^[-*•·\s]+/, '').replace(/[*#]/g, '').trim(), each step only where it can act
  let t = text;
  if (LEAD_MARK.test(t)) t = t.replace(/^[-*•·\s]+/, '');
  if (t.includes('*') || t.includes('#')) t = t.replace(/[*#]/g, '');
  t = t.trim();
  // every pattern starts with 第, a numeral, a parenthesis or a digit
  for (const p of NUMBERED_START.test(t) ? PATTERNS : []) {
    const m = p.re.exec(t);
    if (!m) continue;
    const title = m[2].trim();
    // a heading is short and not a sentence; titles of tables belong to tables
    if (!title || codePointLength(title) > 36) return null;
    if (/[。；;，,]/.test(title) || /[：:]./.test(title)) return null;
    if (/表$/.test(title.replace(/[《》〈〉]/g, '')) && p.level >= 2) return null;
    // numbered list items (duties, wrapped sentences) are not headings
    if (p.level >= 4 && (codePointLength(title) > 20 || /、/.test(title))) return null;
    if (/^\d/.test(title) && p.level === 4) return null;
    return { level: p.level, numbering: m[1].replace(/\s+/g, ''), title };
  }
  // an unnumbered part title (centred): `XX局主要职能`, `2025年部门预算编制说明`, `名词解释`
  if (UNNUMBERED_LAST.includes(t.charAt(t.length - 1)) && t && codePointLength(t) <= 40 && !/[。；;，,：:]/.test(t) && UNNUMBERED.test(t.replace(/\s+/g, ''))) return { level: 1, numbering: '', title: t };
  return null;
}

const UNNUMBERED = /(主要职能|机构设置|名词解释|编制说明|情况说明|部门概况|单位概况|项目经费情况说明)$/;
/** The last character of every UNNUMBERED title (t is trimmed: its last character is its compact form's). */
const UNNUMBERED_LAST = '能置释明况';
const LEAD_MARK = /^[-*•·\s]/;
const NUMBERED_START = /^[第一二三四五六七八九十（(0-9]/;

export function extractSections(doc: NDocument): Section[] {
  const roots: Section[] = [];
  const stack: Section[] = [];
  let inToc = false;
  let tocFirst: string | undefined;
  let tocLines = 0;
  let tocLeader = false;
  // lines of table titles and bodies are not headings (rows such as `一、一般公共服务支出`)
  const inTable = new Set<number>();
  for (const sp of locateTables(doc).spans) {
    if (!sp.hit.heading) inTable.add(sp.hit.index);
    for (let k = 0; k < sp.lines.length; k++) inTable.add(sp.lines[k]);
  }
  const texts = lineTexts(doc);
  const compacts = compactLineTexts(doc);
  for (let li = 0; li < doc.lines.length; li++) {
    const line = doc.lines[li];
    if (inTable.has(line.index)) continue;
    const text = texts[li];
    if (!text || isPageNumberLine(text)) continue;
    const compact = compacts[li];
    if (/^目录$|公开目录$|^[#\s]*目\s*录$/.test(compact)) {
      inToc = true;
      tocFirst = undefined;
      tocLines = 0;
      tocLeader = false;
      continue;
    }
    if (/[.…·]{4,}|…{2,}/.test(text)) {
      if (inToc) tocLeader = true;
      continue; // dot leaders: a contents line
    }
    if (isTableLikeLine(line) && line.cells.filter((c) => c.text).length >= 3) continue;
    const h = headingOf(text);
    if (inToc && tocLeader) inToc = false; // contents with dot leaders end at the first line without
    if (inToc) {
      tocLines++;
      const key = h ? h.numbering + h.title.replace(/\s+/g, '') : compact;
      if (tocFirst === undefined) tocFirst = key;
      else if (key === tocFirst || tocLines > 120) inToc = false;
      if (inToc) continue;
    }
    if (!h) continue;
    const source = lineSource(doc, line);
    const sec: Section = h.numbering ? { numbering: h.numbering, title: h.title, level: h.level, source, children: [] } : { title: h.title, level: h.level, source, children: [] };
    while (stack.length && stack[stack.length - 1].level >= h.level) stack.pop();
    if (stack.length) stack[stack.length - 1].children.push(sec);
    else roots.push(sec);
    stack.push(sec);
  }
  return roots;
}

/** All sections, depth first. */
export function flattenSections(sections: Section[]): Section[] {
  const out: Section[] = [];
  const walk = (s: Section) => {
    out.push(s);
    s.children.forEach(walk);
  };
  sections.forEach(walk);
  return out;
}
