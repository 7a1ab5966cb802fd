/**
 * Tables: found by title (aliases.ts), header → columns (columns.ts), body → rows (rows.ts, or
 * summary.ts for two-sided tables). Tables only listed in a 目录 or said to be published
 * elsewhere become references, never tables.
 */
import { unreliableReason } from './reliability.js';
import type { NDocument, NLine } from '../../readers/types.js';
import type { AmountUnit, Column, Paragraph, Row, Table, TableKey, TableReference } from '../../model/types.js';
import type { SourceRef } from '../../model/source.js';
import { isPageNumberLine, lineSource } from '../../normalize/paragraphs.js';
import { unitInParens, unitOfLine } from '../units.js';
import { guessYear } from '../identity.js';
import { isLabelHeader, isTotalLabel } from './aliases.js';
import { columnsFromPositions, columnsFromVocabulary, type ColSpec } from './columns.js';
import { buildRows, isNumbered, parseLine, type Layout, type ParseOptions, type ParsedLine } from './rows.js';
import { buildTwoSided } from './summary.js';
import { buildSideBySide } from './side-by-side.js';
import { buildFlatDetail } from './flat-detail.js';
import { dropMarkerColumns, isMarkerRow } from './markers.js';
import { joinBaselineFragments } from './baseline.js';
import { EMPTY_STATEMENT, isNoteTail, isNoteText, locateTables, type TableSpan } from './titles.js';
import { lineTexts } from '../line-text.js';
import { AMOUNT_TOKEN, displayWidth, tokenize, type Metric, type Tok } from './tokens.js';

export interface TablesResult {
  tables: Table[];
  references: TableReference[];
  tablesElsewhere?: { text: string; source: SourceRef };
}

export function extractTables(doc: NDocument, _paragraphs: Paragraph[]): TablesResult {
  const year = guessYear(doc);
  const texts = lineTexts(doc);
  const { spans, refs, elsewhere } = locateTables(doc, texts);
  const tables: Table[] = [];
  const metric = documentMetric(doc, spans);
  for (const span of spans) {
    const prevUnit = tables.length ? tables[tables.length - 1].unit : undefined;
    const t = buildTable(doc, texts, span, year, prevUnit, metric);
    const why = unreliableReason(t);
    if (why) t.unreliable = why;
    tables.push(t);
  }
  const references: TableReference[] = [];
  const seen = new Set<string>();
  for (const r of refs) {
    const k = `${r.key}|${r.title}`;
    if (seen.has(k)) continue;
    seen.add(k);
    references.push({ key: r.key, title: r.title, source: lineSource(doc, doc.lines[r.index]) });
  }
  const res: TablesResult = { tables, references };
  if (elsewhere !== undefined) {
    const l = doc.lines[elsewhere];
    res.tablesElsewhere = { text: texts[elsewhere], source: lineSource(doc, l) };
  }
  return res;
}

/** Tables whose rows are items (projects, services) rather than classification subjects. */
const ITEM_TABLES: TableKey[] = ['projects', 'purchase_services', 'transfers', 'performance', 'other'];

const THIS_TABLE = /^(本表|此表|该表|本部门|本单位)/;
const CODE_SHAPED = /^\d{3}$|^\d{5}$|^\d{7}$/;
const SKIP_LINE = /^(编制(部门|单位)|预算(主管部门|单位)|部门名称|单位名称)[:：]|^[…。.·\s]+$|^\[illegible\]$/;
/** A page number whose digits the PDF set apart (`— 2 3 —`). */
const SPACED_PAGE_NUMBER = /^\s*[-—–－]\s*\d(?:\s?\d){0,3}\s*[-—–－]\s*$/;
const YEAR_LINE = /^[（(]\s*\d{4}\s*年度?\s*[)）]$/;

function isTabbed(doc: NDocument, lines: NLine[]): boolean {
  if (doc.geometry === 'points') return false;
  if (doc.geometry === 'grid') return true;
  let multi = 0;
  let aligned = 0;
  for (const l of lines) {
    if (l.cells.some((c) => c.text === '')) return true;
    if (l.cells.length < 2) continue;
    multi++;
    if (l.cells.slice(1).every((c) => c.x0 % 8 === 0)) aligned++;
  }
  return multi >= 3 && aligned / multi >= 0.8;
}

/**
 * How well figures line up under each metric (display width, character count): the share of figures
 * whose right edge coincides with the right edge of a figure on another line of the same table
 * (right-aligned columns). Reads figures at the end of cells without tokenising
 * (`… 82,096,797.42 82,096,797.42`).
 */
function alignmentScores(tables: NLine[][]): { display: number; char: number } {
  // both metrics in one pass: the figures are the same, only their right edges differ
  let hitD = 0;
  let hitC = 0;
  let all = 0;
  for (let ti = 0; ti < tables.length; ti++) {
    const lines = tables[ti];
    const edgesD: number[] = [];
    const edgesC: number[] = [];
    const edgeLine: number[] = [];
    for (let li = 0; li < lines.length; li++) {
      const l = lines[li];
      if (l.cells.length < 2) continue;
      let corr = 0;
      for (let ci = 0; ci < l.cells.length; ci++) {
        const c = l.cells[ci];
        const text = c.text;
        const wide = displayWidth(text) - text.length;
        const last = text.charCodeAt(text.length - 1);
        if (last >= 48 && last <= 57) {
          let endD = c.x0 + (text.length + wide);
          let endC = c.x0 - corr + text.length;
          const pieces = text.split(' ');
          for (let k = pieces.length - 1; k >= 0 && AMOUNT_TOKEN.test(pieces[k]); k--) {
            edgesD.push(endD);
            edgesC.push(endC);
            edgeLine.push(l.index);
            endD -= pieces[k].length + 1;
            endC -= pieces[k].length + 1;
          }
        }
        corr += wide;
      }
      if (edgeLine.length > 600) break;
    }
    all += edgeLine.length;
    hitD += alignedEdges(edgesD, edgeLine);
    hitC += alignedEdges(edgesC, edgeLine);
  }
  return { display: all ? hitD / all : 0, char: all ? hitC / all : 0 };
}

/** How many edges coincide (±1) with an edge on another line, or with another edge of their own line. */
function alignedEdges(xs: number[], lineOf: number[]): number {
  const byX = new Map<number, Set<number>>();
  for (let i = 0; i < xs.length; i++) {
    const k = Math.round(xs[i]);
    let set = byX.get(k);
    if (!set) byX.set(k, (set = new Set()));
    set.add(lineOf[i]);
  }
  let hit = 0;
  for (let i = 0; i < xs.length; i++) {
    const k = Math.round(xs[i]);
    const line = lineOf[i];
    for (let d = -1; d <= 1; d++) {
      const set = byX.get(k + d);
      if (set && (set.size > 1 || !set.has(line))) {
        hit++;
        break;
      }
    }
  }
  return hit;
}

/**
 * How positions of space-aligned text compare: by display width (CJK = 2) or by character count
 * (how `pdftotext -layout` places glyphs). Decided once per document from the alignment of figures
 * in all its tables; PDF input uses its own coordinates.
 */
function documentMetric(doc: NDocument, spans: TableSpan[]): Metric {
  if (doc.geometry !== 'display-columns') return 'display';
  const tables = spans.map((s) => s.lines.map((i) => doc.lines[i]).filter((l) => !l.cells.some((c) => c.text === '')));
  const { display: d, char: c } = alignmentScores(tables);
  return c > d ? 'char' : 'display';
}

function buildTable(doc: NDocument, texts: string[], span: TableSpan, year: number | undefined, prevUnit: AmountUnit | undefined, docMetric: Metric): Table {
  const lineText = (l: NLine) => texts[l.index];
  const { hit } = span;
  const titleLine = doc.lines[hit.index];
  const isPdf = doc.geometry === 'points';
  const spanLines = span.lines.map((i) => doc.lines[i]);
  const bodyAll = isPdf ? joinBaselineFragments(spanLines) : spanLines;

  // unit
  let unit: AmountUnit | null = unitOfLine(lineText(titleLine));
  for (const l of bodyAll.slice(0, 8)) unit ??= unitOfLine(lineText(l));
  for (const l of bodyAll.slice(0, 16)) unit ??= unitInParens(lineText(l));
  const tableUnit: AmountUnit = unit ?? prevUnit ?? '万元';

  const table: Table = {
    key: hit.key,
    title: hit.title,
    unit: tableUnit,
    source: lineSource(doc, titleLine),
    columns: [],
    rows: [],
  };
  if (hit.number) table.number = hit.number;
  if (titleLine.page !== undefined) table.page = titleLine.page;

  // notes and empty-table statements
  const notes: NLine[] = [];
  const content: NLine[] = [];
  let inNote = false;
  for (let k = 0; k < bodyAll.length; k++) {
    const l = bodyAll[k];
    const t = lineText(l);
    inNote = isNoteText(t) || (inNote && isNoteTail(l, t)) || (THIS_TABLE.test(t) && EMPTY_STATEMENT.test(t));
    if (inNote) notes.push(l);
    else content.push(l);
  }
  for (const i of span.trailingNotes) notes.push(doc.lines[i]);
  const empty = notes.find((l) => EMPTY_STATEMENT.test(lineText(l)));
  if (empty) table.emptyStatement = { text: lineText(empty).replace(/\s+/g, ' '), source: lineSource(doc, empty) };

  if (hit.key === 'performance') return table; // recognised only

  // layout and metric
  const layoutLines: NLine[] = [];
  for (let k = 0; k < content.length; k++) {
    const l = content[k];
    const t = lineText(l);
    if (!SKIP_LINE.test(t) && !(t.includes('单位') && unitOfLine(t))) layoutLines.push(l);
  }
  // detail tables flattened beyond repair (no line keeps cells apart): recognised only
  const itemTable = hit.key === 'other' || hit.key === 'projects';
  const flattened = itemTable && doc.geometry !== 'points' && !layoutLines.some((l) => l.cells.filter((c) => c.text).length >= 2);
  let metric: Metric = docMetric;
  let layout: Layout = 'position';
  if (isTabbed(doc, layoutLines)) {
    metric = 'index';
    layout = 'index';
  }

  // a table printing amounts with decimals: code-shaped integers are codes
  const layoutToks: Tok[][] = []; // tokens of each layout line, computed once
  let dec = 0;
  let ints = 0;
  for (let k = 0; k < layoutLines.length; k++) {
    const toks = tokenize(layoutLines[k], metric, isPdf);
    layoutToks.push(toks);
    for (let j = 0; j < toks.length; j++) {
      const t = toks[j];
      if (t.kind === 'num') {
        if (t.text.includes('.')) dec++;
        else if (!CODE_SHAPED.test(t.text)) ints++;
      }
    }
  }
  const integersAreCodes = dec >= 5 && ints <= dec / 10;
  const parseOpts = { integersAreCodes };
  // header: lines before the first data line
  const parsed: { line: NLine; toks: Tok[]; p: ParsedLine }[] = [];
  for (let k = 0; k < layoutLines.length; k++) {
    const l = layoutLines[k];
    const t = lineText(l);
    if (isPageNumberLine(t) || SPACED_PAGE_NUMBER.test(t) || (t.length < 16 && t.includes('年') && YEAR_LINE.test(t.replace(/\s+/g, '')))) continue;
    const toks = layoutToks[k];
    if (!toks.length) continue;
    const p = parseLine(l, toks, parseOpts);
    // 栏次 rows (`1 2 3 …` under the header) number the columns: structure, not figures
    if (p.vals.length && isMarkerRow([...p.pre, ...p.post].join(''), p.codes.length, p.vals)) continue;
    parsed.push({ line: l, toks, p });
  }
  let h = 0;
  while (h < parsed.length && !isDataLine(parsed[h].p, parsed.slice(h + 1, h + 8).map((x) => x.p))) h++;
  const header = parsed.slice(0, h).map((x) => ({ line: x.line, toks: tokenize(x.line, metric, isPdf, { splitWords: layout !== 'index' }), p: x.p }));
  const compactLine = (l: NLine) => texts[l.index].replace(/\s+/g, '');
  const headerKeys = new Set(header.map((x) => compactLine(x.line)));
  // repeated headers (a table continued on the next page) and `类 款 项` lines carry no figures
  const body = parsed.slice(h).filter((x) => x.p.codes.length || x.p.vals.length || (!headerKeys.has(compactLine(x.line)) && !/^类款项$|^类款$/.test(compactLine(x.line))));
  const headerText = header.map((x) => lineText(x.line)).join('');

  if (layout === 'position' && !isPdf && !header.some((x) => x.line.cells.filter((c) => c.text).length >= 2)) layout = 'order';
  const ctxBase = { doc, unit: tableUnit, layout, itemRows: ITEM_TABLES.includes(hit.key) };

  if (hit.key === 'summary' || hit.key === 'fiscal_summary') {
    const r = buildTwoSided(
      body.map((b) => ({ line: b.line, toks: b.toks })),
      header.map((x) => x.toks),
      headerText,
      ctxBase,
      year,
    );
    const left = dropGroupColumns(r.columns, r.rows);
    const right = dropGroupColumns(r.rightColumns, r.rightRows);
    table.columns = toColumns(left.cols);
    table.rows = left.rows;
    table.rightColumns = toColumns(right.cols);
    table.rightRows = right.rows;
    return table;
  }

  const headerTotal = layout !== 'index' ? takeHeaderTotal(header) : undefined;
  if (layout !== 'order' && twoSidedHeader(header.map((x) => x.toks))) {
    // a two-sided detail table (经济分类 left | 经济分类 right): each side read as a table of its own
    const r = buildSideBySide(
      body.map((b) => ({ line: b.line, toks: b.toks })),
      header.map((x) => x.toks),
      ctxBase,
      { docYear: year, parse: { integersAreCodes } },
    );
    if (r) {
      const left = dropGroupColumns(r.columns, r.rows);
      const right = dropGroupColumns(r.rightColumns, r.rightRows);
      table.columns = toColumns(left.cols);
      table.rows = left.rows;
      table.rightColumns = toColumns(right.cols);
      table.rightRows = right.rows;
      return table;
    }
    table.columns = toColumns(columnsFromPositions(header.map((x) => x.toks), year, { wraps: layout !== 'index' }).columns);
    return table;
  }
  let cols: ColSpec[] = [];
  if (layout !== 'order') {
    const pos = columnsFromPositions(header.map((x) => x.toks), year, { wraps: layout !== 'index' });
    cols = pos.columns;
    if (layout === 'position' && cols.length) relabelLabelZone(body, pos.labelX1, Math.min(...cols.map((c) => c.x0)), parseOpts);
  }
  const maxVals = Math.max(0, ...body.map((b) => b.p.vals.length));
  if (layout === 'order' || cols.length < Math.min(1, maxVals)) {
    const v = columnsFromVocabulary(headerText, year);
    if (v.length) {
      cols = v;
      layout = 'order';
    }
  }
  if (cols.length < maxVals) {
    // columns the header did not name: numbered after the named ones
    const extra = maxVals - cols.length;
    const last = cols[cols.length - 1];
    for (let i = 0; i < extra; i++) {
      const x = (last?.x1 ?? 0) + 1 + i * 10;
      cols.push({ name: '', path: [], role: 'amount', x0: x, x1: x + 8 });
    }
  }
  table.columns = toColumns(cols);
  if (itemTable && (layout === 'order' || flattened)) {
    // detail tables flattened beyond position: rows only where each run of figures fills the columns
    const fcols = layout === 'order' ? cols : columnsFromVocabulary(headerText, year);
    const rows = buildFlatDetail(
      body.map((b) => ({ line: b.line, toks: b.toks })),
      fcols,
      ctxBase,
    );
    table.columns = toColumns(fcols);
    if (rows) table.rows = rows;
    return table;
  }
  const built = dropGroupColumns(
    cols,
    buildRows(
      body.map((b) => b.p),
      Object.assign({}, ctxBase, { layout, columns: cols }), // not `{ ...x, y }`: slow in V8
    ),
  );
  table.columns = toColumns(built.cols);
  table.rows = built.rows;
  if (ORG_CODE_HEADER.test(headerText.replace(/\s+/g, '')) && !SUBJECT_CODE_HEADER.test(headerText.replace(/\s+/g, ''))) dropOrgCodes(table.rows);
  if (headerTotal && !built.rows.some((r) => r.isTotal || r.values.some(Boolean)))
    table.rows.unshift({ name: compactTotal(headerTotal.text), isTotal: true, values: new Array(built.cols.length).fill(null), source: lineSource(doc, headerTotal.line) });
  return table;
}

/**
 * Figures standing wholly under the label columns (a 单位代码 `075001`, an item number), left of the
 * first amount column: identifiers, not amounts. Their lines are read again with them as text, lest
 * they take an amount column and push the row's figures one column along.
 */
function relabelLabelZone(body: { line: NLine; toks: Tok[]; p: ParsedLine }[], labelX1: number, firstAmountX0: number, opts: ParseOptions): void {
  if (!Number.isFinite(labelX1) || labelX1 <= 0) return;
  const limit = Math.min(labelX1 + 2, firstAmountX0);
  for (const b of body) {
    if (!b.p.vals.some((v) => v.x1 <= limit)) continue;
    const toks = b.toks.map((t) => (t.kind !== 'text' && t.x1 <= limit ? Object.assign({}, t, { kind: 'text' as const }) : t));
    b.toks = toks;
    b.p = parseLine(b.line, toks, opts);
  }
}

/** Rows grouped by unit (单位代码 / 部门代码 columns) print organisation codes, not classification codes. */
const ORG_CODE_HEADER = /(?:部门|单位|预算单位)(?:代码|编码)/;
const SUBJECT_CODE_HEADER = /科目|功能分类|经济分类/;

function dropOrgCodes(rows: Row[]): void {
  for (const r of rows) {
    if (!r.code) continue;
    r.name = `${r.code}${r.name}`;
    delete r.code;
    delete r.codeSystem;
    delete r.codeLevel;
    delete r.codes;
  }
}

const compactTotal = (s: string) => s.replace(/\s+/g, '');

/**
 * A total row's label printed on a header line (`合计` under the label columns, level with the
 * sub-headers of the amount columns, as in tables printed without figures): taken out of the
 * header, lest it become a column, and returned as that row's label.
 */
function takeHeaderTotal(header: { line: NLine; toks: Tok[] }[]): { line: NLine; text: string } | undefined {
  const labels = header.flatMap((x) => x.toks.filter((t) => t.kind === 'text' && isLabelHeader(t.text)));
  if (!labels.length) return undefined;
  const zone = Math.max(...labels.map((l) => l.x1));
  for (const x of header) {
    const i = x.toks.findIndex(
      (t) => t.kind === 'text' && isTotalLabel(t.text) && !isLabelHeader(t.text) && t.x1 <= zone + 1 && labels.some((l) => Math.min(l.x1, t.x1) - Math.max(l.x0, t.x0) >= 0.8 * (t.x1 - t.x0)),
    );
    if (i < 0) continue;
    const [tok] = x.toks.splice(i, 1);
    return { line: x.line, text: tok.text };
  }
  return undefined;
}

/**
 * A 基本支出 column that never holds a figure while 人员经费 and 公用经费 columns do is the group
 * header over them, misread as a column of its own (headers laid out loosely): drop it, lest
 * 合计 = 基本支出 + 项目支出 be checked against an empty column.
 */
function dropGroupColumns(cols: ColSpec[], rows: Row[]): { cols: ColSpec[]; rows: Row[] } {
  ({ cols, rows } = dropMarkerColumns(cols, rows));
  const has = (role: string) => cols.some((c) => c.role === role);
  const drop = cols
    .map((c, i) => (c.role === 'basic' && has('personnel') && has('public') && rows.length && rows.every((r) => !r.values[i]) ? i : -1))
    .filter((i) => i >= 0);
  if (!drop.length) return { cols, rows };
  const keep = (_: unknown, i: number) => !drop.includes(i);
  for (const r of rows) r.values = r.values.filter(keep);
  return { cols: cols.filter(keep), rows };
}

/** Label headers (科目编码 / 科目名称) both left of and between amount headers: two tables side by side. */
function twoSidedHeader(lines: Tok[][]): boolean {
  const toks = lines.flat().filter((t) => t.kind === 'text');
  const amounts = toks.filter((t) => !isLabelHeader(t.text));
  if (!amounts.length) return false;
  const firstAmount = Math.min(...amounts.map((t) => t.x0));
  const lastAmount = Math.max(...amounts.map((t) => t.x1));
  const labels = toks.filter((t) => isLabelHeader(t.text) && !/^(本年)?(收入|支出)$/.test(t.text.replace(/\s+/g, '')));
  return labels.some((t) => t.x1 <= firstAmount) && labels.some((t) => t.x0 > firstAmount && t.x1 < lastAmount);
}

function toColumns(cols: ColSpec[]): Column[] {
  return cols.map((c, index) => ({ index, name: c.name, role: c.role }));
}


const HEADER_WORD = /项目|预算数|决算数|科目|编码|合计|小计|金额|基本支出|人员经费/;
const HEADER_WORDS = /科目|编码|合计|小计|基本支出|项目支出|人员经费|公用经费|预算数|决算数/g;

function isDataLine(p: ParsedLine, following: ParsedLine[] = []): boolean {
  if (p.codes.length || p.vals.some((v) => v.kind === 'num')) return true;
  const label = [...p.pre, ...p.post].join('');
  // a line of several column names (`其中 … 科目 … 合计 基本支出 项目支出`) is header, however it starts
  if (!p.vals.length && (label.match(HEADER_WORDS) ?? []).length >= 3) return false;
  // a bare `其中` over some columns, before any figure, is a header group
  if (!p.vals.length && !p.codes.length && /^其中[:：]?$/.test(label)) return false;
  if (isTotalLabel(label) && !p.vals.length && !isNumbered(label)) {
    // `合计` / `本年收入` followed by more header words is a column header, not a total row
    const next = following[0];
    const nl = next ? [...next.pre, ...next.post].join('') : '';
    if (next && !next.codes.length && !next.vals.length && nl && !isNumbered(nl) && !isTotalLabel(nl)) return false;
    for (const f of following) {
      if (f.codes.length || f.vals.length) break;
      if (HEADER_WORD.test([...f.pre, ...f.post].join(''))) return false;
    }
  }
  return isNumbered(label) || isTotalLabel(label) || /^其中/.test(label);
}
