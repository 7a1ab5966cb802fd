/**
 * Lays abstract tables out as text, the two ways extracted disclosures show them: cells separated by
 * tabs (text exported from Word/HTML), or columns aligned with spaces (`pdftotext -layout`).
 */
import { displayWidth } from '../readers/char-rules.js';
import type { Fen } from './money.js';
import { formatFen } from './money.js';
import type { Style } from './style.js';
import type { TRow, TSpec } from './spec.js';

export interface Span {
  text: string;
  from: number;
  to: number;
}

export interface Grid {
  /** Per column: text (left-aligned) or number (right-aligned). */
  kinds: ('text' | 'num')[];
  header: Span[][];
  body: string[][];
  /** The column holding row names (list tables with a separate name column). */
  nameCol?: number;
  /** Per body row: a continuation line of the row above (a wrapped name), never separated from it. */
  cont?: boolean[];
}

/**
 * Cells wrapped the way `pdftotext -layout` shows narrow PDF columns: long column names over two
 * header lines, long row names continued on a line of their own under the row.
 */
export function wrapGrid(g: Grid, o: { headerAt?: number; nameAt?: number }): Grid {
  const header = g.header.map((l) => [...l]);
  if (o.headerAt && header.length) {
    const last = header[header.length - 1];
    const upper: Span[] = [];
    const lower: Span[] = [];
    for (const sp of last) {
      const chars = [...sp.text];
      if (sp.from === sp.to && g.kinds[sp.from] === 'num' && chars.length > o.headerAt) {
        const cut = Math.ceil(chars.length / 2);
        upper.push({ ...sp, text: chars.slice(0, cut).join('') });
        lower.push({ ...sp, text: chars.slice(cut).join('') });
      } else lower.push(sp);
    }
    if (upper.length) header.splice(header.length - 1, 1, upper, lower);
  }
  let body = g.body;
  let cont = g.cont;
  if (o.nameAt && g.nameCol !== undefined) {
    const nc = g.nameCol;
    body = [];
    cont = [];
    for (const r of g.body) {
      const cell = r[nc] ?? '';
      const indent = /^\s*/.exec(cell)![0];
      const chars = [...cell.slice(indent.length)];
      if (chars.length > o.nameAt && r.some((c, i) => i !== nc && c)) {
        const head = [...r];
        head[nc] = indent + chars.slice(0, o.nameAt).join('');
        const tail = new Array<string>(r.length).fill('');
        tail[nc] = indent + chars.slice(o.nameAt).join('');
        body.push(head, tail);
        cont.push(false, true);
      } else {
        body.push(r);
        cont.push(false);
      }
    }
  }
  return { ...g, header, body, cont };
}

/** Formats an amount cell; `cell` may rewrite it (artefacts). */
export type CellHook = (text: string, row: TRow, col: number) => string;

export function renderGrid(g: Grid, layout: 'tab' | 'space', gap: number): string[] {
  const n = g.kinds.length;
  if (layout === 'tab') {
    const lines: string[] = [];
    for (const spans of g.header) {
      const cells = new Array<string>(n).fill('');
      for (const s of spans) cells[s.from] = s.text;
      lines.push(trimTabs(cells.join('\t')));
    }
    for (const r of g.body) lines.push(r.join('\t'));
    return lines;
  }
  // widths from single-column content
  const w = new Array<number>(n).fill(0);
  for (const r of g.body) r.forEach((c, i) => (w[i] = Math.max(w[i], displayWidth(c))));
  for (const spans of g.header) for (const s of spans) if (s.from === s.to) w[s.from] = Math.max(w[s.from], displayWidth(s.text));
  // spans wider than their columns widen the last one
  for (const spans of g.header)
    for (const s of spans) {
      if (s.from === s.to) continue;
      const have = w.slice(s.from, s.to + 1).reduce((a, b) => a + b, 0) + gap * (s.to - s.from);
      const need = displayWidth(s.text);
      if (need > have) w[s.to] += need - have;
    }
  const start: number[] = [];
  let x = 0;
  for (let i = 0; i < n; i++) {
    start.push(x);
    x += w[i] + gap;
  }
  const lines: string[] = [];
  for (const spans of g.header) {
    let line = '';
    for (const s of [...spans].sort((a, b) => a.from - b.from)) {
      const x0 = start[s.from];
      const x1 = start[s.to] + w[s.to];
      const tw = displayWidth(s.text);
      const at = Math.max(x0 + Math.floor((x1 - x0 - tw) / 2), displayWidth(line) + (line ? gap : 0));
      line += ' '.repeat(Math.max(0, at - displayWidth(line))) + s.text;
    }
    lines.push(line.replace(/\s+$/, ''));
  }
  for (const r of g.body) {
    let line = '';
    for (let i = 0; i < n; i++) {
      const c = r[i] ?? '';
      if (!c) continue;
      const cw = displayWidth(c);
      const at = g.kinds[i] === 'num' ? start[i] + w[i] - cw : start[i];
      const cur = displayWidth(line);
      const pos = Math.max(at, cur === 0 ? at : cur + gap);
      line += ' '.repeat(Math.max(0, pos - cur)) + c;
    }
    lines.push(line.replace(/\s+$/, ''));
  }
  return lines;
}

const trimTabs = (s: string) => s.replace(/\t+$/, '');

function fmtCell(v: Fen | null, t: TSpec, s: Style): string {
  if (v === null) return '';
  return formatFen(v, t.unit, t.prec, { group: s.groupTable, misgroup: s.misgroupTable });
}

function nameCell(r: TRow): string {
  return (r.prefix ?? '') + r.name;
}

/** Code + name cells of a classified row, per the code style. */
function codeCells(r: TRow, t: TSpec, s: Style): string[] {
  const econ = t.shape === 'econ';
  const style = econ ? s.econStyle : s.codeStyle;
  const width = codeWidth(t, s);
  if (!r.code) {
    // total / label rows: the label in the name cell (dash: the only cell)
    const cells = new Array<string>(width).fill('');
    const nameAt = style === 'dash' ? 0 : style === 'split' ? (econ ? 2 : 3) : 1;
    cells[nameAt] = nameCell(r);
    return cells;
  }
  const c = r.code;
  switch (style) {
    case 'dash':
      return [`${c}-${r.name}`];
    case 'split':
      return econ ? [c.slice(0, 3), c.slice(3, 5), r.name] : [c.slice(0, 3), c.slice(3, 5), c.slice(5, 7), r.name];
    case 'dual':
      return [c, r.name, r.gov?.code ?? '', r.gov?.name ?? ''];
    default: {
      const indent = s.indentNames && !econ ? '  '.repeat((r.level ?? 1) - 1) : '';
      return [c, indent + r.name];
    }
  }
}

function codeWidth(t: TSpec, s: Style): number {
  const econ = t.shape === 'econ';
  const style = econ ? s.econStyle : s.codeStyle;
  if (style === 'dash') return 1;
  if (style === 'split') return econ ? 3 : 4;
  if (style === 'dual') return 4;
  return 2;
}

function codeHeader(t: TSpec, s: Style, variant: number): { spans: Span[]; sub?: Span[] } {
  const econ = t.shape === 'econ';
  const style = econ ? s.econStyle : s.codeStyle;
  const fn = econ ? '经济分类' : '功能分类';
  switch (style) {
    case 'dash':
      return { spans: [{ text: econ ? '部门经济分类科目' : '支出功能分类科目', from: 0, to: 0 }] };
    case 'split':
      return econ
        ? { spans: [{ text: `${fn}科目编码`, from: 0, to: 1 }, { text: `${fn}科目名称`, from: 2, to: 2 }], sub: [{ text: '类', from: 0, to: 0 }, { text: '款', from: 1, to: 1 }] }
        : {
            spans: [{ text: `${fn}科目编码`, from: 0, to: 2 }, { text: variant % 2 ? '科目名称' : `${fn}科目名称`, from: 3, to: 3 }],
            sub: [{ text: '类', from: 0, to: 0 }, { text: '款', from: 1, to: 1 }, { text: '项', from: 2, to: 2 }],
          };
    case 'dual':
      return {
        spans: [
          { text: '部门经济分类代码', from: 0, to: 0 },
          { text: '部门经济分类名称', from: 1, to: 1 },
          { text: '政府经济分类代码', from: 2, to: 2 },
          { text: '政府经济分类名称', from: 3, to: 3 },
        ],
      };
    default:
      return { spans: [{ text: variant % 2 ? '科目编码' : `${fn}科目编码`, from: 0, to: 0 }, { text: '科目名称', from: 1, to: 1 }] };
  }
}

/** The grid of a classified list table (function or economic classification). */
function listGrid(t: TSpec, s: Style, hook: CodeHookSet, variant: number): Grid {
  const style = t.shape === 'econ' ? s.econStyle : s.codeStyle;
  const cw = codeWidth(t, s);
  const na = t.columns.length;
  const kinds: ('text' | 'num')[] = [...new Array<'text'>(cw).fill('text'), ...new Array<'num'>(na).fill('num')];
  const header: Span[][] = [];
  const shift = (g: { label: string; from: number; to: number }): Span => ({ text: g.label, from: cw + g.from, to: cw + g.to });
  if (t.banner) header.push([{ text: t.banner, from: cw, to: cw + na - 1 }]);
  const groupLines = t.groups ?? [];
  const ch = codeHeader(t, s, variant);
  groupLines.forEach((line, i) => {
    const spans = line.map(shift);
    if (i === 0 && s.titles === 'shanghai') spans.unshift({ text: '项目', from: 0, to: cw - 1 });
    header.push(spans);
  });
  // leaf column names: those not labelled by a single-column group on the last group line
  const lastGroups = groupLines[groupLines.length - 1] ?? [];
  const named = new Set<number>();
  if (t.shape === 'three-horizontal') for (const g of lastGroups) if (g.from === g.to) named.add(g.from);
  const colSpans = t.columns.map((c, i) => ({ text: c, from: cw + i, to: cw + i })).filter((sp) => !named.has(sp.from - cw));
  header.push([...ch.spans, ...colSpans]);
  if (ch.sub) header.push(ch.sub);
  if (s.columnIndexRow) header.push(indexRow(style === 'dash' ? 0 : cw - 1, cw, na));
  const body = t.rows.map((r) => [...codeCells(r, t, s), ...r.values.map((v, i) => hook.cell(fmtCell(v, t, s), r, i))]);
  const nameCol = style === 'plain' || style === 'split' ? cw - 1 : undefined;
  return { kinds, header, body, nameCol };
}

/** The 栏次 line: `栏次` in the label column, then 1, 2, 3 … over the amount columns. */
function indexRow(labelAt: number | undefined, first: number, n: number): Span[] {
  const spans: Span[] = labelAt === undefined ? [] : [{ text: '栏次', from: labelAt, to: labelAt }];
  for (let i = 0; i < n; i++) spans.push({ text: String(i + 1), from: first + i, to: first + i });
  return spans;
}

export interface CodeHookSet {
  cell: CellHook;
}

function twoSidedGrid(t: TSpec, s: Style, hook: CodeHookSet): Grid {
  const L = t.left!;
  const R = t.right!;
  // a 行次 column after each item column (final accounts)
  const ri = s.rowIndexCol ? 1 : 0;
  const nl = 1 + ri + L.columns.length;
  const nr = 1 + ri + R.columns.length;
  const idx: ('text' | 'num')[] = ri ? ['text'] : [];
  const kinds: ('text' | 'num')[] = ['text', ...idx, ...L.columns.map(() => 'num' as const), 'text', ...idx, ...R.columns.map(() => 'num' as const)];
  const header: Span[][] = [[{ text: L.head, from: 0, to: nl - 1 }, { text: R.head, from: nl, to: nl + nr - 1 }]];
  if (R.groups?.length) header.push(R.groups.map((g) => ({ text: g.label, from: nl + 1 + ri + g.from, to: nl + 1 + ri + g.to })));
  const idxHead = (at: number): Span[] => (ri ? [{ text: '行次', from: at, to: at }] : []);
  header.push([
    { text: L.itemLabel, from: 0, to: 0 },
    ...idxHead(1),
    ...L.columns.map((c, i) => ({ text: c, from: 1 + ri + i, to: 1 + ri + i })),
    { text: R.itemLabel, from: nl, to: nl },
    ...idxHead(nl + 1),
    ...(R.groups?.length && R.columns.length > 1 ? R.columns : R.groups?.length ? [] : R.columns).map((c, i) => ({ text: c, from: nl + 1 + ri + i, to: nl + 1 + ri + i })),
  ]);
  const n = Math.max(L.rows.length, R.rows.length);
  const body: string[][] = [];
  let ln = 0;
  let rn = L.rows.filter((r) => r.name).length;
  for (let i = 0; i < n; i++) {
    const l = L.rows[i];
    const r = R.rows[i];
    const lc = l && l.name ? [nameCell(l), ...(ri ? [String(++ln)] : []), ...L.columns.map((_, j) => hook.cell(fmtCell(l.values[j] ?? null, t, s), l, j))] : new Array<string>(nl).fill('');
    const rc = r && r.name ? [nameCell(r), ...(ri ? [String(++rn)] : []), ...R.columns.map((_, j) => hook.cell(fmtCell(r.values[j] ?? null, t, s), r, j))] : new Array<string>(nr).fill('');
    body.push([...lc, ...rc]);
  }
  return { kinds, header, body };
}

function threeVerticalGrid(t: TSpec, s: Style, hook: CodeHookSet): Grid {
  const kinds: ('text' | 'num')[] = ['text', ...t.columns.map(() => 'num' as const)];
  const header: Span[][] = [[{ text: t.shape === 'by-unit' ? '单位名称' : '项目', from: 0, to: 0 }, ...t.columns.map((c, i) => ({ text: c, from: 1 + i, to: 1 + i }))]];
  if (s.columnIndexRow) header.push(indexRow(0, 1, t.columns.length));
  const body = t.rows.map((r) => [nameCell(r), ...r.values.map((v, i) => hook.cell(fmtCell(v, t, s), r, i))]);
  return { kinds, header, body };
}

function threeHorizontalGrid(t: TSpec, s: Style, hook: CodeHookSet): Grid {
  const kinds: ('text' | 'num')[] = t.columns.map(() => 'num' as const);
  const header: Span[][] = [];
  const lines = t.groups ?? [];
  lines.forEach((line) => header.push(line.map((g) => ({ text: g.label, from: g.from, to: g.to }))));
  const last = lines[lines.length - 1] ?? [];
  const covered = new Set<number>();
  for (const g of last) if (g.from === g.to) covered.add(g.from);
  const names = t.columns.map((c, i) => ({ text: c, from: i, to: i })).filter((sp) => !covered.has(sp.from));
  if (names.length) header.push(names);
  if (s.columnIndexRow) header.push(indexRow(undefined, 0, t.columns.length));
  const body = t.rows.map((r) => r.values.map((v, i) => hook.cell(fmtCell(v, t, s), r, i)));
  return { kinds, header, body };
}

export function tableGrid(t: TSpec, s: Style, hook: CodeHookSet, variant: number): Grid {
  switch (t.shape) {
    case 'two-sided':
      return twoSidedGrid(t, s, hook);
    case 'three-vertical':
    case 'by-unit':
      return threeVerticalGrid(t, s, hook);
    case 'three-horizontal':
      return threeHorizontalGrid(t, s, hook);
    default:
      return listGrid(t, s, hook, variant);
  }
}
