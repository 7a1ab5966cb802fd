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

/** `2024 年度部门决算`, `2025年区级单位预算`, `2024 年部门预算公开目录`, `2020 年部门预算情况说明`. */
const TITLE_YEAR = /(\d{4})\s*年\s*(?:度)?\s*(?:[\p{Script=Han}]{0,4}?级)?\s*(部门|单位|预算单位)?\s*(预算|决算)/u;
const ORG_SUFFIX =
  /(?:局|办公室|委员会|委|厅|部|处|署|中心|办事处|政府|院|所|站|会|馆|队|镇|乡|街道|办|室|社|集团|公司|学校|大学|学院|医院|台|司|监狱|法院|检察院|联合会|协会|基金会)$/;
const PLACEHOLDER = /X{2,}|Ｘ{2,}|×{2,}|某某|○○|〇〇|\*{3,}/i;

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
  // anywhere: count title phrases
  const counts = new Map<string, { n: number; line: NLine; m: RegExpExecArray; t: string }>();
  for (let i = 0; i < doc.lines.length; i++) {
    const l = doc.lines[i];
    const t = compacts[i];
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

function scopeOf(t: string, m: RegExpExecArray): Scope {
  if (m[2] === '单位' || m[2] === '预算单位') return 'unit';
  if (/单位(预算|决算)(?!单位)/.test(t) && !/部门(预算|决算)/.test(t)) return 'unit';
  return 'department';
}

/** The year of the document, cheaply (used by table extraction for 上年 columns). */
export function guessYear(doc: NDocument): number | undefined {
  return titleYearKind(doc).year;
}

/** Removes `（以下简称…）`, quotes and trailing punctuation from an organisation name. */
export function cleanOrg(s: string): string {
  return s
    .replace(/[（(](?:以下)?简称[^）)]*[）)]/g, '')
    .replace(/^[*#\s“"《]+|[*#\s”"》：:，,。]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const ORG_LABEL = /(?:预算主管部门|编制部门|编制单位|预算单位|部门名称|单位名称|部门（单位）名称|部门\(单位\)名称|主管部门)\s*[:：]?\s*(.+)$/;

function validOrg(s: string): boolean {
  const t = s.replace(/\s+/g, '');
  return t.length >= 4 && t.length <= 40 && (ORG_SUFFIX.test(t) || PLACEHOLDER.test(t)) && !/[，。；、]/.test(t);
}

function orgFromLines(doc: NDocument): { org: string; line: NLine } | null {
  const head = doc.lines.slice(0, 60);
  // 1. a label on the cover
  for (const l of head) {
    for (const c of l.cells.length ? l.cells : []) {
      const m = ORG_LABEL.exec(c.text.trim());
      if (m) {
        const org = cleanOrg(m[1].split(/\s{2,}|\t/)[0]);
        if (validOrg(org)) return { org, line: l };
      }
    }
  }
  // 2. a title line: `X2024年度部门决算…`, or the organisation alone on a line near the title
  for (let i = 0; i < Math.min(head.length, 12); i++) {
    const t = lineTexts(doc)[i].replace(/^[*#\s]+|[*#\s]+$/g, '');
    const m = /^(.+?)\s*\d{4}\s*年/.exec(t);
    if (m && validOrg(cleanOrg(m[1])) && !/^第/.test(m[1])) return { org: cleanOrg(m[1]), line: head[i] };
    if (validOrg(t) && !/^第|目\s*录|部分/.test(t) && !/预算|决算/.test(t)) return { org: cleanOrg(t), line: head[i] };
  }
  return null;
}

/** `X（以下简称“Y”）是…` / `X是负责…的…部门` in the first paragraphs. */
function orgFromProse(paragraphs: Paragraph[]): { org: string; p: Paragraph } | null {
  for (const p of paragraphs.slice(0, 40)) {
    const m = /^(?:[^，。；]{0,6}?)([\p{Script=Han}（）()]{4,40}?)[（(](?:以下)?简称/u.exec(p.text);
    if (m && validOrg(cleanOrg(m[1]))) return { org: cleanOrg(m[1]), p };
  }
  return null;
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
  const fromLines = orgFromLines(doc);
  const fromProse = fromLines ? null : orgFromProse(paragraphs);
  if (fromLines) {
    id.org = fromLines.org;
    id.source = lineSource(doc, fromLines.line);
  } else if (fromProse) {
    id.org = fromProse.org;
    id.source = fromProse.p.spans[0].source;
  } else if (yk.line) id.source = lineSource(doc, yk.line);
  if (id.org && !PLACEHOLDER.test(id.org)) id.org = fullerName(doc, id.org);
  // kind: a final-accounts document mentions 预算 everywhere; without a title, count 决算
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
