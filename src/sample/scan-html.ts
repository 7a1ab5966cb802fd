/**
 * A generated disclosure (plain text, src/sample/generate.ts) as a printable HTML page, the first
 * step of a generated scan: prose as wrapping paragraphs, table lines (cells separated by two or
 * more spaces or a tab) as cells placed at their text column, spread so that columns stay apart
 * on paper, in a font size that fits the landscape page. Form feeds become page breaks.
 */

const PAGE_W_PT = 842 - 2 * 36; // A4 landscape, 0.5 in margins

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Display width: a CJK or full-width character counts 2 columns. */
function width(s: string): number {
  let n = 0;
  for (const ch of s) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return n;
}

/** A table line's cells by tab (empty cells kept: they hold the column) or by 2+ spaces. */
function cellsOf(line: string): string[] {
  const parts = line.includes('\t') ? line.split('\t') : line.trim().split(/ {2,}|\u3000+/);
  while (parts.length && !parts[parts.length - 1].trim()) parts.pop();
  return parts.map((p) => p.trim());
}

const NUMERIC = /^[-−]?[\d,]+(\.\d+)?%?$/;

/** `ruled`: tables with ruling lines (a grid), else columns kept apart by white space only. */
export function textToHtml(text: string, opts: { fontPt?: number; ruled?: boolean } = {}): string {
  const fontPt = opts.fontPt ?? 9;
  const pages = text.split('\f');
  const body = pages.map((p) => `<section>${pageHtml(p, fontPt, !!opts.ruled)}</section>`).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: A4 landscape; margin: 0.5in; }
body { margin: 0; font-family: 'Noto Serif CJK SC', 'Noto Sans CJK SC', serif; font-size: ${fontPt}pt; color: #000; }
section { break-after: page; }
section:last-child { break-after: auto; }
p { margin: 0 0 0.35em 0; line-height: 1.5; font-size: ${Math.max(fontPt, 12)}pt; }
table { border-collapse: collapse; margin: 0.3em 0 0.6em 0; }
td { padding: 0.15em ${opts.ruled ? '0.5em' : '0.9em'}; white-space: nowrap; vertical-align: middle; }
td.n { text-align: right; }
table.ruled td { border: 1.2px solid #000; }
</style></head><body>
${body}
</body></html>`;
}

/** A line's cells split at 2+ spaces, each with the display column it starts at. */
function placedCells(line: string): { text: string; col: number }[] {
  const out: { text: string; col: number }[] = [];
  const re = /\S+(?: \S+)*/g;
  for (let m = re.exec(line); m; m = re.exec(line)) out.push({ text: m[0], col: width(line.slice(0, m.index)) });
  return out;
}

/**
 * Space-aligned table lines → rows of a common column grid. The lines holding figures give the
 * columns (separated by gutters: runs of 2+ display columns blank in all of them); a cell of another
 * line (a header) goes to the leftmost column its text overlaps, so that a header printed left of
 * its right-aligned figures stays above them, and header cells over no figure (columns left empty)
 * get columns of their own. Without this, a row's empty cells vanish and its figures shift
 * left on paper.
 */
function gridRows(lines: string[]): string[][] {
  const placed = lines.map(placedCells);
  const isData = (cells: { text: string }[]) => cells.some((c) => NUMERIC.test(c.text));
  const data = placed.filter(isData);
  if (!data.length) return lines.map(cellsOf);
  const used: boolean[] = [];
  for (const cells of data) for (const c of cells) for (let k = c.col; k < c.col + width(c.text); k++) used[k] = true;
  const cols: { start: number; end: number }[] = [];
  for (let k = 0; k < used.length; k++) {
    if (!used[k]) continue;
    const last = cols[cols.length - 1];
    if (last && k - last.end < 2) last.end = k + 1;
    else cols.push({ start: k, end: k + 1 });
  }
  // header cells over no figure (columns left empty): columns of their own
  for (const cells of placed) {
    if (isData(cells) || cells.length < 3) continue;
    for (const c of cells) {
      const end = c.col + width(c.text);
      if (!cols.some((k) => Math.min(end, k.end) > Math.max(c.col, k.start))) cols.push({ start: c.col, end });
    }
  }
  cols.sort((x, y) => x.start - y.start);
  const columnOf = (c: { text: string; col: number }, data: boolean) => {
    const end = c.col + width(c.text);
    if (!data) {
      const i = cols.findIndex((k) => Math.min(end, k.end) > Math.max(c.col, k.start));
      if (i >= 0) return i;
    }
    let best = 0;
    for (let i = 0; i < cols.length; i++) if (cols[i].start <= c.col) best = i;
    return best;
  };
  return placed.map((cells) => {
    const row: string[] = new Array(cols.length).fill('');
    const d = isData(cells);
    for (const c of cells) {
      const i = columnOf(c, d);
      row[i] = row[i] ? `${row[i]} ${c.text}` : c.text;
    }
    while (row.length && !row[row.length - 1]) row.pop();
    return row;
  });
}

function pageHtml(page: string, fontPt: number, ruled: boolean): string {
  const out: string[] = [];
  let block: string[][] = [];
  let raw: string[] = [];
  const flush = () => {
    if (!block.length) return;
    if (!raw.some((l) => l.includes('\t'))) block = gridRows(raw);
    raw = [];
    const cols = Math.max(...block.map((r) => r.length));
    const widths = Array.from({ length: cols }, (_, i) => Math.max(2, ...block.map((r) => width(r[i] ?? ''))));
    // estimated table width in em: half an em per column of text plus the cell padding
    const em = widths.reduce((s, w) => s + w / 2 + (ruled ? 1.1 : 1.9), 0);
    const size = Math.round(Math.min(fontPt, Math.max(5.5, PAGE_W_PT / em)) * 10) / 10;
    const rows = block.map((r) => `<tr>${Array.from({ length: cols }, (_, i) => r[i] ?? '').map((c) => `<td${NUMERIC.test(c) ? ' class="n"' : ''}>${esc(c)}</td>`).join('')}</tr>`);
    out.push(`<table class="${ruled ? 'ruled' : ''}" style="font-size:${size}pt">${rows.join('')}</table>`);
    block = [];
  };
  let first = true;
  const lines = page.split('\n');
  const cellsAt = lines.map((l) => (l.trim() ? cellsOf(l) : []));
  /** A one-cell line inside a table (a row without figures, `二、事业收入`): table lines follow it with no blank line between. */
  const rowWithoutFigures = (i: number): boolean => {
    for (let k = i + 1; k < lines.length && cellsAt[k].length; k++) if (cellsAt[k].length >= 2) return true;
    return false;
  };
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    const cells = cellsAt[li];
    if (cells.length >= 2 || (cells.length === 1 && block.length && (line.includes('\t') || rowWithoutFigures(li)))) {
      block.push(cells);
      raw.push(line);
      continue;
    }
    flush();
    // the document's title line as printed on a cover: large
    if (cells.length === 1 && first) out.push(`<h1 style="font-size:18pt;margin:0 0 0.6em 0">${esc(cells[0])}</h1>`);
    else if (cells.length === 1) out.push(`<p style="padding-left:${((width(line) - width(line.trimStart())) * 0.5).toFixed(1)}em">${esc(cells[0])}</p>`);
    if (cells.length) first = false;
  }
  flush();
  return out.join('\n');
}
