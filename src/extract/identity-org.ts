/**
 * The publishing body's name. Every place a disclosure prints it gives a candidate: the cover (also
 * when wrapped over lines: `2026年` / `某市某局部` / `门预算`), labelled fields (`预算单位：…`,
 * `部门名称` beside or above its value), title lines and running headers (`某局2026年度部门预算公开`,
 * `附件：某局2026年度部门预算报表`), part headings (`第一部分某局概况`), table titles with the name
 * in front, and the first sentences (`某局（以下简称…）`, `某局主要职责…`). Candidates are cleaned
 * (years, 部门预算 / 单位预算 / 公开 / 决算 suffixes removed) and voted by weight and frequency; a
 * name and a shorter form of it (without the city) vote together, the best-attested form wins.
 */
import type { NDocument, NLine } from '../readers/types.js';
import type { Paragraph } from '../model/types.js';
import type { SourceRef } from '../model/source.js';
import { lineSource } from '../normalize/paragraphs.js';
import { compactLineTexts } from './line-text.js';

const ORG_SUFFIX =
  /(?:局|办公室|委员会|委|厅|部|处|署|中心|办事处|政府|院|所|站|会|馆|队|镇|乡|街道|办|室|社|集团|公司|学校|大学|学院|医院|台|司|监狱|法院|检察院|联合会|协会|基金会)$/;
export const PLACEHOLDER = /X{2,}|Ｘ{2,}|×{2,}|某某|○○|〇〇|\*{3,}/i;
/** Words that make a phrase a title or a sentence rather than a name. */
const NOT_A_NAME = /预算|决算|目\s*录|部分|说明|情况|报表|[，。；、：:“”"]|^第|^附件/;

/** Removes `（以下简称…）`, quotes and trailing punctuation from an organisation name. */
export function cleanOrg(s: string): string {
  return s
    .replace(/[（(](?:以下)?简称[^）)]*[）)]/g, '')
    .replace(/^[*#\s“"《]+|[*#\s”"》：:，,。]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The name without trailing parentheses (`某局（本级）`, `某中心（某研究所）`), for the suffix test. */
function nameCore(t: string): string {
  let c = t;
  for (let i = 0; i < 2; i++) c = c.replace(/[（(][^（）()]{1,30}[)）]$/, '');
  return c;
}

export function validOrg(s: string): boolean {
  const t = s.replace(/\s+/g, '');
  const core = nameCore(t);
  if (core.length < 4 || t.length > 50 || core.length > 40) return false;
  if (NOT_A_NAME.test(core)) return false;
  return ORG_SUFFIX.test(core) || PLACEHOLDER.test(core);
}

/**
 * A name as printed in a title: without a leading `附件：` / `第一部分`, years, and trailing words that
 * name the document rather than the body (部门预算, 单位预算公开, 决算, 概况, 信息公开 …).
 */
export function stripTitleWords(s: string): string {
  let t = s.replace(/\s+/g, '');
  t = t.replace(/^(?:附件[一二三四五六七八九十\d]*[：:]?|第[一二三四五六七八九十]+部分[、:：]?)/, '');
  t = t.replace(/[（(]?\d{4}年度?[)）]?/g, '');
  for (let i = 0; i < 3; i++) {
    const before = t;
    t = t.replace(/(?:信息公开|公开|目录|报表|概况|情况说明)$/, '');
    t = t.replace(/(?:[\p{Script=Han}]{1,2}级)?(?:部门|单位)?(?:预算|决算)$/u, '');
    t = t.replace(/(?:部门|单位)$/, '');
    if (t === before) break;
  }
  return t;
}

export interface OrgCandidate {
  org: string;
  source: SourceRef;
  weight: number;
}

const LABEL = /^(?:预算主管部门|主管部门|编制部门|编制单位|预算单位|部门名称|单位名称|部门（单位）名称|部门\(单位\)名称|部门|单位)\s*[:：]\s*(.*)$/;
const LABEL_ALONE = /^(?:部门名称|单位名称|预算单位名称|部门（单位）名称|部门\(单位\)名称)$/;
/** `某局2026年度部门预算…`, `附件：某局2026年部门收支总表`: a name, then a year, then a title. */
const NAME_YEAR_TITLE = /^(.+?)\d{4}年度?(?:[\p{Script=Han}]{0,6})(?:预算|决算|表)/u;
const LEADING_PROSE = /^([\p{Script=Han}（）()]{4,40}?)(?:的)?(?:主要职责|主要职能|职能职责|内设机构|(?:共)?有\d+个内设机构)/u;

/** All candidates, in document order. */
export function orgCandidates(doc: NDocument, paragraphs: Paragraph[]): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  const compacts = compactLineTexts(doc);
  const add = (raw: string, line: NLine, weight: number) => addSource(raw, lineSource(doc, line), weight);
  const addSource = (raw: string, source: SourceRef, weight: number) => {
    const org = cleanOrg(raw);
    // a name read by OCR counts as much as it was surely read (rare characters of place names are
    // the usual slips, and each occurrence is read differently)
    if (validOrg(org)) out.push({ org, source, weight: source.confidence === undefined ? weight : (weight * Math.max(5, source.confidence)) / 100 });
  };
  coverCandidates(doc, compacts, add);
  for (let i = 0; i < doc.lines.length; i++) {
    const l = doc.lines[i];
    const head = i < 80;
    const cells = l.cells.filter((c) => c.text.trim());
    // labelled fields: `预算单位：X`, `部门名称 | X`, `部门名称` on a line of its own beside its value
    for (let k = 0; k < cells.length; k++) {
      const c = cells[k].text.replace(/\s+/g, '');
      const m = LABEL.exec(c);
      if (m) {
        const value = m[1] || (cells.length === 2 && k === 0 ? cells[1].text : '');
        if (value) add(value.split(/\s{2,}|\t/)[0], l, 6);
      } else if (LABEL_ALONE.test(c)) {
        if (k + 1 < cells.length && cells.length === 2) add(cells[k + 1].text, l, 4);
        else if (cells.length === 1) for (const j of [i - 1, i + 1]) if (doc.lines[j]?.cells.filter((x) => x.text.trim()).length === 1) add(compacts[j], doc.lines[j], 4);
      }
    }
    if (cells.length !== 1) continue;
    const t = compacts[i];
    if (!t || t.length > 60) continue;
    // title lines and running headers with the name before the year
    const ny = NAME_YEAR_TITLE.exec(t);
    if (ny && !/[，。；]/.test(t)) add(stripTitleWords(ny[1]), l, head ? 3 : 1);
    // part headings `第一部分某局概况`, and the name alone near the top
    if (/^第[一二三四五六七八九十]+部分/.test(t) && /概况$/.test(t)) add(stripTitleWords(t), l, 2);
    else if (i < 12 && !/^第|目录|部分|[，。；“”"]/.test(t)) {
      const s = stripTitleWords(t);
      if (s !== t || validOrg(t)) add(s, l, s === t ? 2 : 3);
    }
    const lp = head || i < 400 ? LEADING_PROSE.exec(t) : null;
    if (lp) add(lp[1], l, 2);
  }
  // `X（以下简称“Y”）是…` in the first paragraphs
  for (const p of paragraphs.slice(0, 40)) {
    const m = /^(?:[^，。；]{0,6}?)([\p{Script=Han}（）()]{4,40}?)[（(](?:以下)?简称/u.exec(p.text);
    if (m && p.spans.length) addSource(m[1], p.spans[0].source, 3);
  }
  return out;
}

/** A cover: the first page's few short lines, read together (a name may wrap over lines). */
function coverCandidates(doc: NDocument, compacts: string[], add: (raw: string, line: NLine, weight: number) => void): void {
  const first = doc.lines[0];
  if (!first) return;
  const lines: number[] = [];
  for (let i = 0; i < doc.lines.length && lines.length <= 8; i++) {
    const l = doc.lines[i];
    if (l.page !== first.page) break;
    if (!compacts[i]) continue;
    if (l.cells.filter((c) => c.text.trim()).length !== 1 || compacts[i].length > 40 || /[，。；：:]|目录/.test(compacts[i])) return;
    lines.push(i);
  }
  if (lines.length < 2 || lines.length > 8 || doc.lines.length === lines.length) return;
  add(stripTitleWords(lines.map((i) => compacts[i]).join('')), doc.lines[lines[0]], 6);
}

/**
 * The best-attested name: candidates vote with their weights; a name and the names it contains or
 * that contain it vote together; within the winning group the form with most weight is printed (a
 * longer form on a tie).
 */
export function chooseOrg(cands: OrgCandidate[]): OrgCandidate | null {
  if (!cands.length) return null;
  const byName = new Map<string, { c: OrgCandidate; w: number }>();
  for (const c of cands) {
    const k = norm(c.org);
    const e = byName.get(k);
    if (e) e.w += c.weight;
    else byName.set(k, { c, w: c.weight });
  }
  const names = [...byName.entries()];
  let best: { c: OrgCandidate; w: number; group: number } | null = null;
  for (const [k, e] of names) {
    let group = 0;
    for (const [k2, e2] of names) if (k2.includes(k) || k.includes(k2)) group += e2.w;
    if (!best || group > best.group || (group === best.group && (e.w > best.w || (e.w === best.w && k.length > norm(best.c.org).length)))) best = { c: e.c, w: e.w, group };
  }
  if (!best) return null;
  // within the group, the form with the most weight
  let pick = best;
  for (const [k, e] of names) {
    const bk = norm(best.c.org);
    if (!(k.includes(bk) || bk.includes(k))) continue;
    if (e.w > pick.w || (e.w === pick.w && k.length > norm(pick.c.org).length)) pick = { c: e.c, w: e.w, group: best.group };
  }
  return pick.c;
}

const norm = (s: string) => s.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
