/**
 * What a printed amount is said to be: the label before it (its subject), the figure's role
 * (current year, prior year, budget, final, a difference), and the topic of an enumerated item.
 */
import type { Mention } from '../../model/types.js';
import { normSubject, trimLabel } from './scan.js';
import { matchesOf } from '../regex.js';

export type Role = Mention['role'];

const NUMBERING = /^\s*(?:\d{1,2}\s*[.、．](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]+[条项]|[①-⑳])\s*/;
const LEADING = /^(?:比|较|与|其中|包括|主要用于以下方面(?:[（(][^）)]*[）)])?|主要用于|合计|共计|总计为?|截至[^，,]*?|截止[^，,]*?|另外|此外|同时)[：:，,]?\s*/;
const YEAR = /(20\d{2})\s*年(?:度)?/g;

/** Words that say which figure, not what: `2024年预算安排`, `支出决算数为`, `年初预算为`. */
const ROLE_WORDS = /(?:科目|预算执行数|执行数|支出决算数?|决算数?|年初预算数?|全年预算数?|调整预算数?|预算数|预算安排|预算|安排|实际支出|支出数|金额|为|是|达到?|约|数)/g;
const GENERIC_REST = /^(?:本年度?|当年度?|全年|年度|本部门|本单位|当年)?(?:财政拨款|财政|支出|合计|共计|总计|总额)?$/;

function isGeneric(s: string): boolean {
  const rest = s.replace(ROLE_WORDS, '');
  // `财政拨款 648.26 万` names a source; `财政拨款预算安排 0 元` only says which figure
  if (rest === s && /^(?:财政拨款|财政拨款收入)$/.test(s)) return false;
  return GENERIC_REST.test(rest);
}

export interface Label {
  /** The label as printed, trimmed. */
  raw: string;
  /** The label without numbering, years, role words: what the figure is. Empty when generic. */
  subject: string;
  years: number[];
  roleHint?: Role;
}

export function cleanLabel(raw: string, docYear?: number): Label {
  let s = trimLabel(raw);
  const rawTrim = s;
  for (let i = 0; i < 3; i++) {
    const before = s;
    s = s.replace(NUMBERING, '').replace(LEADING, '');
    if (s === before) break;
  }
  // YEAR needs 年
  const years = s.includes('年') ? matchesOf(YEAR, s).map((m) => Number(m[1])) : [];
  if (years.length) s = s.replace(YEAR, '');
  let roleHint: Role | undefined;
  if (/上年|上一年|去年|上年度/.test(s)) roleHint = 'prior';
  else if (docYear && years.length && years.every((y) => y < docYear) && !/年初预算|全年预算/.test(s)) roleHint = 'prior';
  else if (/年初预算|全年预算|调整预算|预算数(?!据)/.test(s) && !/决算/.test(s)) roleHint = 'budget';
  else if (/决算/.test(s)) roleHint = 'final';
  // subject: drop trailing verbs and role words
  let subj = s
    .replace(/(?:为|是|达到?|约|共计)$/, '')
    .replace(/(?:的)?(?:年初预算|全年预算|预算执行数|执行数|决算数?|预算数|预算安排|调整预算数?)(?:为|是)?$/, '')
    .replace(/^(?:本年度?|当年度?|全年|年度)\s*/, '')
    .trim();
  subj = trimLabel(subj);
  // generic before the role words were cut (`财政拨款预算安排`) or after (`支出决算数为` → `支出`)
  if (isGeneric(normSubject(trimLabel(s.replace(/^(?:本年度?|当年度?|全年|年度)\s*/, '')))) || isGeneric(normSubject(subj))) subj = '';
  return { raw: rawTrim, subject: subj, years, roleHint };
}

/**
 * The topic of an enumerated item at the start of a paragraph: a quoted classification
 * (`1.“A（类）B（款）C（项）”…`), a marked path (`A(类)B(款)C(项):`), or a short heading sentence
 * (`1.因公出国（境）费用。…`). Returns it with its end offset.
 */
export function paragraphTopic(text: string): { topic: string; end: number } | undefined {
  const num = NUMBERING.exec(text);
  const off = num ? num[0].length : 0;
  const rest = text.slice(off);
  const quoted = /^(?:“([^”]{2,120})”|"([^"]{2,120})"|「([^」]{2,120})」)\s*((?:[（(](?:类|款|项)[）)])?)/.exec(rest);
  if (quoted) return { topic: (quoted[1] ?? quoted[2] ?? quoted[3]) + (quoted[4] ? normSubject(quoted[4]) : ''), end: off + quoted[0].length };
  const path = /^((?:[^：:，,。；;“”\d]{2,40}?[（(](?:类|款|项)[）)]){1,3})/.exec(rest);
  if (path) return { topic: normSubject(path[1]), end: off + path[0].length };
  if (num) {
    const head = /^([^。：:，,；\d]{2,20})[。：:]/.exec(rest);
    if (head) return { topic: head[1], end: off + head[0].length };
  }
  return undefined;
}

/** A short heading paragraph (`2.公务接待费`, `（一）收入决算说明`): its title, or undefined. */
export function headingTitle(text: string): string | undefined {
  if (text.length > 40) return undefined;
  const num = NUMBERING.exec(text);
  if (!num) return undefined;
  const rest = trimLabel(text.slice(num[0].length)).replace(/(?:的)?(?:情况说明|情况|说明)$/, '');
  if (!rest || /\d\s*(?:万元|元|%)/.test(rest) || /[：:。；;].|指/.test(rest)) return undefined;
  return rest;
}

/** Infers the document's year and kind from its first lines' titles (`2024 年度部门决算`). */
export function inferYearKind(lines: string[]): { year?: number; kind?: 'budget' | 'final' } {
  for (const l of lines.slice(0, 80)) {
    const m = /(20\d{2})\s*年(?:度)?[^。，,]{0,16}?(预算|决算)/.exec(l.replace(/\s+/g, ''));
    if (m) return { year: Number(m[1]), kind: m[2] === '决算' ? 'final' : 'budget' };
  }
  return {};
}
