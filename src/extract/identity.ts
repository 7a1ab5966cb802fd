/**
 * Identity of a disclosure: the publishing body, the year, budget (预算) or final accounts (决算),
 * department (部门) or unit (单位), the region, and whether it is a blank template. Read from the
 * cover and title first (`上海市普陀区2025年区级单位预算`, `预算主管部门：…`, `XX 2024 年度部门决算`),
 * then from the first sentence that names the body (`X（以下简称…）是…`).
 */
import type { NDocument, NLine } from '../readers/types.js';
import type { DocKind, Identity, Paragraph, Scope } from '../model/types.js';
import { lineSource } from '../normalize/paragraphs.js';
import { compactLineTexts, lineTexts } from './line-text.js';
import { locateTables } from './tables/titles.js';
import { chooseOrg, orgCandidates, PLACEHOLDER } from './identity-org.js';

export { cleanOrg } from './identity-org.js';

/** `2024 年度部门决算`, `2025年区级单位预算`, `2024 年部门预算公开目录`, `2020 年部门预算情况说明`. */
const TITLE_YEAR = /(?<!\d)(\d{4})(?!\d)\s*年\s*(?:度)?\s*(?:[\p{Script=Han}]{0,4}?级)?\s*(部门|单位|预算单位)?\s*(预算|决算)/u;

export interface YearKind {
  year?: number;
  kind?: DocKind;
  scope?: Scope;
  line?: NLine;
}

/** Year, kind and scope from the title area (first lines), else from the most frequent title phrase. */
export function titleYearKind(doc: NDocument): YearKind {
  const compacts = compactLineTexts(doc);
  for (let i = 0; i < Math.min(40, doc.lines.length); i++) {
    const l = doc.lines[i];
    const t = compacts[i];
    if (/[，。；]/.test(t) && t.length > 40) continue;
    const m = TITLE_YEAR.exec(t);
    if (m) return { year: Number(m[1]), kind: m[3] === '决算' ? 'final' : 'budget', scope: scopeOf(t, m), line: l };
  }
  // a year stamp under table titles (`（2026年度）`), or table titles led by the year
  const stamped = stampedYear(doc, compacts);
  if (stamped) return stamped;
  // anywhere: count title phrases on lines of their own (not cells of a table row)
  const counts = new Map<string, { n: number; line: NLine; m: RegExpExecArray; t: string }>();
  for (let i = 0; i < doc.lines.length; i++) {
    const l = doc.lines[i];
    const t = compacts[i];
    if (!t.includes('年') || nonEmptyCells(l) > 1) continue;
    const m = TITLE_YEAR.exec(t);
    if (!m) continue;
    const k = `${m[1]}|${m[3]}`;
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { n: 1, line: l, m, t });
  }
  let best: { n: number; line: NLine; m: RegExpExecArray; t: string } | undefined;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  if (best) return { year: Number(best.m[1]), kind: best.m[3] === '决算' ? 'final' : 'budget', scope: scopeOf(best.t, best.m), line: best.line };
  return {};
}

const nonEmptyCells = (l: NLine) => l.cells.reduce((n, c) => (c.text.trim() ? n + 1 : n), 0);

/** `（2026年度）` on a line of its own, or `2026年度收支预算总表`: the most frequent such year. */
function stampedYear(doc: NDocument, compacts: string[]): YearKind | null {
  const counts = new Map<number, { n: number; line: NLine }>();
  for (let i = 0; i < doc.lines.length; i++) {
    const t = compacts[i];
    if (t.length > 40 || !t.includes('年')) continue;
    const m = /^[（(]?(\d{4})年度?[)）]?$/.exec(t) ?? /^(\d{4})年度?[^，。；：:]{2,36}表$/.exec(t);
    if (!m || nonEmptyCells(doc.lines[i]) > 1) continue;
    const y = Number(m[1]);
    const c = counts.get(y);
    if (c) c.n++;
    else counts.set(y, { n: 1, line: doc.lines[i] });
  }
  let best: { y: number; n: number; line: NLine } | undefined;
  for (const [y, c] of counts) if (!best || c.n > best.n) best = { y, n: c.n, line: c.line };
  return best && best.y >= 1990 && best.y <= 2100 ? { year: best.y, line: best.line } : null;
}

/**
 * 预算 or 决算 from the table titles (`预算01表…`, `…决算表`), the names of funds (一般公共预算,
 * 政府性基金预算 …) aside; null when they do not tell.
 */
function kindFromTables(doc: NDocument): DocKind | null {
  let budget = 0;
  let fin = 0;
  for (const sp of locateTables(doc).spans) {
    const t = (sp.hit.number ?? '') + sp.hit.title;
    const plain = t.replace(/一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算|预算单位|预算拨款|财政专户/g, '');
    if (/决算/.test(plain)) fin++;
    else if (/预算/.test(plain)) budget++;
  }
  if (fin > budget) return 'final';
  if (budget > fin) return 'budget';
  return null;
}

function scopeOf(t: string, m: RegExpExecArray): Scope {
  if (m[2] === '单位' || m[2] === '预算单位') return 'unit';
  if (/单位(预算|决算)(?!单位)/.test(t) && !/部门(预算|决算)/.test(t)) return 'unit';
  return 'department';
}

/** The year of the document, cheaply (used by table extraction for 上年 columns). */
export function guessYear(doc: NDocument): number | undefined {
  return titleYearKind(doc).year;
}

/** Prefers a fuller printed form of the name (`北京市西城区人民政府外事办公室` for `西城区人民政府外事办公室`). */
function fullerName(doc: NDocument, org: string): string {
  const core = org.replace(/\s+/g, '');
  if (core.length < 4 || /^(北京|上海|天津|重庆)市|省|自治区/.test(core)) return org;
  const compacts = compactLineTexts(doc);
  for (let i = 0; i < compacts.length; i++) {
    const t = compacts[i];
    const at = t.indexOf(core);
    if (at <= 0) continue;
    const m = /(北京市|上海市|天津市|重庆市|[\p{Script=Han}]{2,3}省|[\p{Script=Han}]{2,5}自治区)$/u.exec(t.slice(Math.max(0, at - 8), at));
    if (m) return m[1] + core;
  }
  return org;
}

function regionOf(text: string): Identity['region'] {
  if (/北京市|西城区|东城区|海淀区|朝阳区|丰台区/.test(text)) return 'beijing';
  if (/上海市|普陀区|浦东新区|黄浦区|徐汇区|静安区/.test(text)) return 'shanghai';
  if (/新疆|克拉玛依|乌鲁木齐|自治区/.test(text)) return 'xinjiang';
  return undefined;
}

export function extractIdentity(doc: NDocument, paragraphs: Paragraph[]): Identity {
  const yk = titleYearKind(doc);
  const id: Identity = { isTemplate: false };
  if (yk.year) id.year = yk.year;
  if (yk.kind) id.kind = yk.kind;
  id.scope = yk.scope ?? 'department';
  const org = chooseOrg(orgCandidates(doc, paragraphs));
  if (org) {
    id.org = org.org;
    id.source = org.source;
  } else if (yk.line) id.source = lineSource(doc, yk.line);
  if (id.org && !PLACEHOLDER.test(id.org)) id.org = fullerName(doc, id.org);
  // kind: a final-accounts document mentions 预算 everywhere; without a title, count 决算
  if (!id.kind) {
    const fromTables = kindFromTables(doc);
    if (fromTables) id.kind = fromTables;
  }
  if (!id.kind) {
    const all = lineTexts(doc).join('');
    const fin = (all.match(/决算/g) ?? []).length;
    id.kind = fin >= 5 ? 'final' : 'budget';
  }
  const sample = (id.org ?? '') + lineTexts(doc).slice(0, 80).join('');
  const region = regionOf(sample);
  if (region) id.region = region;
  id.isTemplate = isTemplate(doc, id.org);
  return id;
}

/** Placeholders in the name, or many placeholder figures (`XXX 万元`, `XX%`). */
function isTemplate(doc: NDocument, org?: string): boolean {
  if (org && PLACEHOLDER.test(org)) return true;
  let n = 0;
  const texts = lineTexts(doc);
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i];
    const m = t.match(/(?:X{2,}|×{2,}|某某)\s*(?:万元|元|%|个|人|辆)/gi);
    if (m) n += m.length;
    if (n >= 5) return true;
  }
  return false;
}
