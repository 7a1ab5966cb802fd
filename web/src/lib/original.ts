// Pure helpers of the original view: A1 references, merged ranges, and which cells / blocks a
// finding's evidence marks (by the location the reader gave it: sheet + cell, paragraph, element
// path, line; a figure quoted by the evidence in the same row is marked too).
import type { Evidence, OriginalBlock, OriginalBlockCell, OriginalSheet } from './types';

/** Column letters of a 0-based column (0 → A, 26 → AA). */
export function columnName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** 0-based row and column of an A1 reference. */
export function parseRef(ref: string): { r: number; c: number } | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(ref.replace(/\$/g, '').toUpperCase());
  if (!m) return undefined;
  let c = 0;
  for (const ch of m[1]) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]) - 1, c: c - 1 };
}

export interface Merge {
  r0: number;
  c0: number;
  rows: number;
  cols: number;
}

/** Merged ranges by their top-left cell (`r:c`), and the cells they cover. */
export function mergesOf(sheet: OriginalSheet): { at: Map<string, Merge>; covered: Set<string> } {
  const at = new Map<string, Merge>();
  const covered = new Set<string>();
  for (const m of sheet.merges) {
    const [a, b] = m.split(':').map(parseRef);
    if (!a) continue;
    const e = b ?? a;
    const r1 = Math.min(e.r, sheet.rowCount - 1);
    const c1 = Math.min(e.c, sheet.colCount - 1);
    if (r1 < a.r || c1 < a.c) continue;
    at.set(`${a.r}:${a.c}`, { r0: a.r, c0: a.c, rows: r1 - a.r + 1, cols: c1 - a.c + 1 });
    for (let r = a.r; r <= r1; r++) for (let c = a.c; c <= c1; c++) if (r !== a.r || c !== a.c) covered.add(`${r}:${c}`);
  }
  return { at, covered };
}

const plain = (s: string) => s.replace(/[,，]/g, '');

/** A figure of a cell (3+ digits, not zero) that the evidence's quote prints. */
export function quotedFigure(cellText: string, evidence: Evidence[]): boolean {
  const t = plain(cellText).replace(/\s/g, '');
  // a figure of 3+ digits that is not zero (a quoted 0.00 says nothing about which cell is meant)
  if (!/^-?\d[\d.]*%?$/.test(t) || t.replace(/\D/g, '').length < 3 || !/[1-9]/.test(t)) return false;
  return evidence.some((e) => new RegExp(`(?:^|[^\\d.])${t.replace(/[.%]/g, '\\$&')}(?![\\d])`).test(plain(e.text)));
}

export interface SheetMarks {
  /** The sheet to show: the first evidence's. */
  sheet?: string;
  /** A1 refs the evidence names, per sheet. */
  cells: Map<string, Set<string>>;
}

/**
 * The cells the evidence names: by sheet and A1 ref, or — a place given only by its line (a series
 * point, `#/doc/ID?line=N`) — the cells read into that line.
 */
export function sheetMarks(evidence: Evidence[], sheets: OriginalSheet[] = []): SheetMarks {
  const cells = new Map<string, Set<string>>();
  const add = (sheet: string, ref: string) => {
    let set = cells.get(sheet);
    if (!set) cells.set(sheet, (set = new Set()));
    set.add(ref);
  };
  let first = evidence.find((e) => e.sheet)?.sheet;
  for (const e of evidence) {
    if (e.sheet && e.cell) add(e.sheet, e.cell);
    else if (!e.sheet && e.line != null)
      for (const s of sheets)
        for (const c of s.cells)
          if (c.line === e.line) {
            add(s.name, c.ref);
            first ??= s.name;
          }
  }
  return { sheet: first, cells };
}

/** The evidence marks this paragraph block (its line, or its paragraph number and path). */
export function marksParagraph(b: Extract<OriginalBlock, { kind: 'paragraph' }>, evidence: Evidence[]): boolean {
  return evidence.some((e) => (e.line != null && b.lines.includes(e.line)) || (e.paragraph != null && e.paragraph === b.paragraph && (e.path ?? b.path) === b.path));
}

type Row = Extract<OriginalBlock, { kind: 'table' }>['rows'][number];

/** The evidence names this table row (its line, its element path, or its .doc paragraph). */
export function marksRow(row: Row, evidence: Evidence[]): boolean {
  return evidence.some(
    (e) => (e.line != null && e.line === row.line) || (e.paragraph != null && e.paragraph === row.paragraph) || (!!e.path && !!row.path && e.path.startsWith(`${row.path}>`)),
  );
}

/** The evidence names this cell (its element path). */
export function marksCell(cell: OriginalBlockCell, evidence: Evidence[]): boolean {
  return !!cell.path && evidence.some((e) => e.path === cell.path);
}

/** Where an evidence is in the original, in Chinese (`工作表“表1”C7`, `第 12 段`), or ''. */
export function evidencePlace(e: Evidence): string {
  if (e.sheet) return `工作表“${e.sheet}”${e.cell ?? ''}`;
  if (e.paragraph != null) return `第 ${e.paragraph} 段`;
  return '';
}
