/**
 * The table of contents (目录): the entries printed after a `目录` line, each with its numbering,
 * title and printed page number. The contents end at the first line that is not an entry, at a
 * repeat of the first entry (the body begins) or after 80 lines.
 */
import type { NDocument } from '../readers/types.js';
import type { TocEntry } from '../model/types.js';
import { lineSource } from '../normalize/paragraphs.js';
import { compactLineTexts } from './line-text.js';

const TOC_HEAD = /^目录$|公开目录$/;
const LEADERS = /[.．…·。_\-—]{3,}\s*(\d{1,3})?\s*$/;
const NUMBERING = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|表\s*[一二三四五六七八九十\d]+|\d{1,2}\s*[、.．](?!\d))/;

function entryOf(compact: string): Omit<TocEntry, 'source'> | null {
  let t = compact;
  let page: number | undefined;
  const lead = LEADERS.exec(t);
  if (lead) {
    if (lead[1]) page = Number(lead[1]);
    t = t.slice(0, lead.index);
  } else {
    const m = /(?<=[\p{Script=Han}）)”])(\d{1,3})$/u.exec(t);
    if (m) {
      page = Number(m[1]);
      t = t.slice(0, m.index);
    }
  }
  const n = NUMBERING.exec(t);
  if (!n && !lead) return null;
  const title = (n ? t.slice(n[0].length) : t).replace(/^[：:、\s]+/, '');
  if (title.length < 2 || title.length > 50 || /[。；，,]/.test(title)) return null;
  const e: Omit<TocEntry, 'source'> = { title, isTable: /表$/.test(title) };
  if (n) e.numbering = n[0];
  if (page !== undefined) e.page = page;
  return e;
}

export function extractToc(doc: NDocument): TocEntry[] {
  const compacts = compactLineTexts(doc);
  const start = compacts.findIndex((t, i) => i < 400 && TOC_HEAD.test(t));
  if (start < 0) return [];
  const out: TocEntry[] = [];
  const ends: number[] = [];
  let misses = 0;
  const page = doc.lines[start].page;
  for (let i = start + 1; i < Math.min(compacts.length, start + 81); i++) {
    const t = compacts[i];
    // contents take a page or two
    if (page !== undefined && (doc.lines[i].page ?? page) > page + 1) break;
    if (!t || /^[-—\s\d]+$/.test(t)) continue; // page numbers
    let e = entryOf(t);
    // on the next page, only entries with a page number continue the contents (the body starts there)
    if (e && page !== undefined && doc.lines[i].page !== page && e.page === undefined) e = null;
    if (e && out.some((o) => o.title === e!.title && o.numbering === e!.numbering)) break;
    if (!e) {
      if (++misses >= 2 && out.length) break;
      continue;
    }
    misses = 0;
    out.push({ ...e, source: lineSource(doc, doc.lines[i]) });
    ends.push(i);
  }
  if (out.length < 3) return [];
  // is each entry's title printed in the body (after the contents; headings may wrap over lines)?
  const body = loose(compacts.slice(ends[ends.length - 1] + 1).join(''));
  for (const e of out) e.inBody = body.includes(loose(e.title));
  return out;
}

/** Years and punctuation vary between the contents and the body (`2026年度` / `2026年`, quotes, brackets). */
export const loose = (s: string) =>
  s
    .replace(/\s+/g, '')
    .replace(/年度/g, '年')
    .replace(/[“”"'‘’（）()、，,：:《》〈〉]/g, '')
    // filler words that contents and headings add or drop (`其他重要事项（的情况）说明`, `（单位）主要职能`)
    .replace(/的|情况|有关|相关|本部门|本单位|部门|单位/g, '');
