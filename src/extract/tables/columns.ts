/**
 * Header lines → amount columns with roles. Positional headers (aligned text, PDF, tab-separated)
 * are rebuilt bottom-up: the lowest header words are leaf columns, a word above that covers one
 * leaf continues its name (`上年` / `结转`), a word covering several leaves is a group
 * (`基本支出` over `人员经费` `公用经费`). Headers whose positions are lost (flattened text, one
 * word per line) are segmented with the known column vocabulary instead.
 */
import type { ColumnRole } from '../../model/types.js';
import { HEADER_LABEL_WORDS, HEADER_VOCABULARY, columnRole, isLabelHeader } from './aliases.js';
import { center, type Tok } from './tokens.js';
import { codePointLength } from '../../readers/char-rules.js';

export interface ColSpec {
  name: string;
  path: string[];
  role: ColumnRole;
  x0: number;
  x1: number;
}

interface Leaf {
  x0: number;
  x1: number;
  parts: string[];
  groups: string[];
  /** Header line it was created on. */
  line: number;
}

const overlap = (a: { x0: number; x1: number }, b: { x0: number; x1: number }) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);

const compactText = (s: string) => s.replace(/\s+/g, '');

const SIDE_TITLE = /^(本年)?(收入|支出)$/;

/** Builds columns from positioned header tokens (text tokens of the header lines, top to bottom). */
export function columnsFromPositions(lines: Tok[][], docYear?: number, opts: { wraps?: boolean; twoSided?: boolean } = {}): { columns: ColSpec[]; labelX1: number } {
  const wraps = opts.wraps ?? true;
  const leaves: Leaf[] = [];
  const labels: { x0: number; x1: number }[] = [];
  let labelX1 = -Infinity;
  // `本年收入` / `本年支出` title the sides of a two-sided table (over 项目 | 金额); in a one-sided
  // table, clear of the label columns, they name amount columns (本年收入 | 本年支出 / 合计 …)
  const realLabels = lines.flat().filter((t) => t.kind === 'text' && isLabelHeader(t.text, opts.twoSided) && !SIDE_TITLE.test(compactText(t.text)));
  const isLabel = (t: Tok) => {
    const text = compactText(t.text);
    if (!isLabelHeader(text, opts.twoSided)) return false;
    if (opts.twoSided || !SIDE_TITLE.test(text) || !realLabels.length) return true;
    return realLabels.some((l) => overlap(l, t) > 0);
  };
  // the first header line with amount words: a word there centred between columns is their group
  const top = lines.findIndex((ts) => ts.some((t) => t.kind === 'text' && !isLabel(t)));
  for (let li = lines.length - 1; li >= 0; li--) {
    for (const tok of lines[li]) {
      if (tok.kind !== 'text') continue;
      const text = compactText(tok.text);
      if (!text || /^[（(]?(单位|金额单位)[:：]/.test(text)) continue;
      if (isLabel(tok)) {
        labelX1 = Math.max(labelX1, tok.x1);
        labels.push(tok);
        continue;
      }
      const hits = leaves.filter((l) => overlap(l, tok) > 0);
      if (!hits.length) {
        // a group word over the label columns (收 入 over 项目) is no amount column
        if (labels.some((l) => overlap(l, tok) > 0)) continue;
        // a word centred above several columns of the lines below (收入预算) is their group
        const below = leaves.filter((l) => l.line > li);
        if (wraps && li === top && below.some((l) => l.x1 <= tok.x0) && below.some((l) => l.x0 >= tok.x1)) continue;
        if (wraps) {
          // a word between two columns of the line below, close to both (合计 over 预算数 | 决算数)
          const w = tok.x1 - tok.x0;
          const left = below.filter((l) => l.x1 <= tok.x0 && tok.x0 - l.x1 <= w).sort((a, b) => b.x1 - a.x1)[0];
          const right = below.filter((l) => l.x0 >= tok.x1 && l.x0 - tok.x1 <= w).sort((a, b) => a.x0 - b.x0)[0];
          if (left && right && left.line === right.line && left.line === li + 1) {
            left.groups.unshift(text);
            right.groups.unshift(text);
            continue;
          }
        }
        leaves.push({ x0: tok.x0, x1: tok.x1, parts: [text], groups: [], line: li });
      } else if (hits.length === 1) {
        const l = hits[0];
        if (wraps && SIDE_TITLE.test(text) && HEADER_VOCABULARY.includes(l.parts.join(''))) {
          // 本年支出 over 合计 | 基本支出 | 项目支出, centred on the middle one: the group of every
          // column below between its neighbours on its own line
          const same = lines[li].filter((t) => t !== tok && t.kind === 'text' && compactText(t.text));
          const from = Math.max(-Infinity, ...same.filter((t) => t.x1 <= tok.x0).map((t) => t.x1));
          const to = Math.min(Infinity, ...same.filter((t) => t.x0 >= tok.x1).map((t) => t.x0));
          const span = leaves.filter((x) => x.line > li && center(x) > from && center(x) < to);
          if (span.length >= 2 && from > -Infinity && to < Infinity) {
            for (const x of span) x.groups.unshift(text);
            continue;
          }
        }
        const tc = center(tok);
        const lc = center(l);
        const centred = tc >= l.x0 && tc <= l.x1 && lc >= tok.x0 && lc <= tok.x1;
        if (wraps && !centred) {
          // a group word centred between two columns below, touching one of them
          const below = leaves.filter((x) => x.line > li);
          const left = below.filter((x) => center(x) < tc).sort((a, b) => center(b) - center(a))[0];
          const right = below.filter((x) => center(x) >= tc).sort((a, b) => center(a) - center(b))[0];
          const grp = [left, right].filter((x): x is Leaf => !!x && (x === l || Math.abs(center(x) - tc) <= 1.5 * (tok.x1 - tok.x0)));
          for (const x of grp) x.groups.unshift(text);
          continue;
        }
        // a wrapped word continues the name; a wide word above one leaf, or any word above a
        // tab-separated cell (cells do not wrap), is its group
        const shortTail = l.parts.length === 1 && codePointLength(l.parts[0]) <= 2;
        if (!wraps || (tok.x1 - tok.x0 > 2.2 * (l.x1 - l.x0) && l.parts.length && !shortTail)) l.groups.unshift(text);
        else l.parts.unshift(text);
      } else for (const l of hits) l.groups.unshift(text);
    }
  }
  leaves.sort((a, b) => a.x0 - b.x0);
  // drop leaves that lie inside the label zone (e.g. a stray word over the name column)
  const amountLeaves = leaves.filter((l) => !(l.x1 <= labelX1 && l.parts.every((p) => isLabelHeader(p))));
  const columns = amountLeaves.map((l) => {
    const leafText = l.parts.join('');
    const path = [...dedupe(l.groups), leafText].filter(Boolean);
    return { name: path.join('/'), path, role: columnRole(path, docYear), x0: l.x0, x1: l.x1 };
  });
  return { columns, labelX1 };
}

function dedupe(xs: string[]): string[] {
  const out: string[] = [];
  for (const x of xs) if (!out.includes(x)) out.push(x);
  return out;
}

const SEGMENT_WORDS = [...HEADER_VOCABULARY.map((w) => ({ w, label: false })), ...HEADER_LABEL_WORDS.map((w) => ({ w, label: true })), ...['收入项目类别', '支出项目类别', '收入预算金额', '支出预算金额', '收入决算金额', '支出决算金额', '预算金额', '决算金额'].map((w) => ({ w, label: /类别/.test(w) }))].sort(
  (a, b) => b.w.length - a.w.length,
);
/** SEGMENT_WORDS by their first character, in the same order. */
const SEGMENT_WORDS_BY_FIRST = new Map<string, typeof SEGMENT_WORDS>();
for (const s of SEGMENT_WORDS) {
  const list = SEGMENT_WORDS_BY_FIRST.get(s.w[0]);
  if (list) list.push(s);
  else SEGMENT_WORDS_BY_FIRST.set(s.w[0], [s]);
}
const YEAR_COLUMN = /[0-9]{4}年度?(?:预算数|决算数|执行数|预算|决算)/y;

/**
 * Segments a header whose layout is lost (`科目合计上年结转一般公共预算拨款收入…`) into columns with
 * the known vocabulary. Label words (科目编码, 科目名称 …) are skipped. Positions are the order.
 */
export function columnsFromVocabulary(text: string, docYear?: number): ColSpec[] {
  const t = compactText(text);
  const cols: ColSpec[] = [];
  let i = 0;
  while (i < t.length) {
    const c = t.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      // YEAR_COLUMN starts with a digit
      YEAR_COLUMN.lastIndex = i;
      const y = YEAR_COLUMN.exec(t);
      if (y) {
        cols.push(spec(y[0], cols.length, docYear));
        i += y[0].length;
        continue;
      }
    }
    // the first word (longest first) printed here: only words starting with this character can be
    const hit = SEGMENT_WORDS_BY_FIRST.get(t[i])?.find((s) => t.startsWith(s.w, i));
    if (hit) {
      if (!hit.label) cols.push(spec(hit.w, cols.length, docYear));
      i += hit.w.length;
      continue;
    }
    i++;
  }
  return cols;
}

function spec(name: string, i: number, docYear?: number): ColSpec {
  return { name, path: [name], role: columnRole([name], docYear), x0: i, x1: i + 1 };
}

/**
 * Assigns value tokens (sorted by x) to columns keeping their order and minimising the distance
 * between each token and its column. Returns the column index of each token. A line printed with
 * an offset (the whole row shifted, as `pdftotext` sometimes does) is also tried aligned on its
 * first figure; the cheaper reading wins.
 */
export function assignByPosition(toks: { x0: number; x1: number }[], cols: { x0: number; x1: number }[]): number[] {
  const raw = dpAssign(toks, cols);
  if (toks.length < 2 || !raw.idx.length) return raw.idx;
  let best = raw;
  for (let j = 0; j + toks.length <= cols.length; j++) {
    const shift = center(cols[j]) - center(toks[0]);
    // a shift that costs more than the best reading so far cannot win (a reading's cost is ≥ 0)
    if (Math.abs(shift) < 1e-9 || 0.5 * Math.abs(shift) >= best.cost) continue;
    const moved = toks.map((t) => ({ x0: t.x0 + shift, x1: t.x1 + shift }));
    const r = dpAssign(moved, cols);
    // the shifted reading must be clearly better: it pays for the shift itself
    if (r.cost + 0.5 * Math.abs(shift) < best.cost) best = { idx: r.idx, cost: r.cost + 0.5 * Math.abs(shift) };
  }
  return best.idx;
}

function dpAssign(toks: { x0: number; x1: number }[], cols: { x0: number; x1: number }[]): { idx: number[]; cost: number } {
  const n = toks.length;
  const m = cols.length;
  if (n === 0) return { idx: [], cost: 0 };
  if (n > m) return { idx: toks.map((_, i) => Math.min(i, m - 1)), cost: Infinity };
  const cost = (i: number, j: number) => {
    const t = toks[i];
    const c = cols[j];
    const gap = Math.max(0, t.x0 - c.x1, c.x0 - t.x1);
    return gap + 0.25 * Math.abs(center(t) - center(c));
  };
  // f[i][j]: best cost with token i placed in column j
  const f: number[][] = Array.from({ length: n }, () => new Array<number>(m).fill(Infinity));
  const back: number[][] = Array.from({ length: n }, () => new Array<number>(m).fill(-1));
  for (let j = 0; j <= m - n; j++) f[0][j] = cost(0, j);
  for (let i = 1; i < n; i++) {
    let best = Infinity;
    let bestK = -1;
    for (let j = i; j <= m - n + i; j++) {
      const k = j - 1;
      if (f[i - 1][k] < best) {
        best = f[i - 1][k];
        bestK = k;
      }
      if (best < Infinity) {
        f[i][j] = best + cost(i, j);
        back[i][j] = bestK;
      }
    }
  }
  let j = -1;
  let best = Infinity;
  for (let k = n - 1; k < m; k++) if (f[n - 1][k] < best) ((best = f[n - 1][k]), (j = k));
  const out = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = j;
    j = back[i][j];
  }
  return { idx: out, cost: best };
}

/** By cell index (tab-separated tables): each token goes to the column of its cell, else the nearest free one. */
export function assignByIndex(toks: { x0: number }[], cols: { x0: number; x1: number }[]): number[] {
  const exact = toks.map((t) => cols.findIndex((c) => c.x0 === t.x0));
  if (exact.every((e) => e >= 0)) return exact;
  return assignByPosition(
    toks.map((t) => ({ x0: t.x0, x1: t.x0 + 1 })),
    cols,
  );
}

/**
 * Without usable positions: values fill the columns from the left. One exception, by arithmetic:
 * a row `A A` under 合计 + components is 合计 and its one non-empty component — the main funding
 * column (一般公共预算 / 财政拨款) rather than e.g. 上年结转 printed before it.
 */
export function assignByOrder(values: string[], cols: ColSpec[], maxVals = values.length): { idx: number[]; inferred: boolean } {
  const n = values.length;
  const idx = values.map((_, i) => i);
  if (n >= cols.length) return { idx: idx.slice(0, cols.length), inferred: false };
  if (n === 2 && cols[0]?.role === 'total' && norm(values[0]) === norm(values[1])) {
    const main = cols.findIndex((c, k) => k > 0 && (c.role === 'general_budget' || /财政拨款/.test(c.name)));
    if (main > 0) return { idx: [0, main], inferred: true };
  }
  // every row printing the same number of values: the leading columns, as printed
  return { idx, inferred: n > 0 && n < maxVals };
}

const norm = (s: string) => s.replace(/,/g, '');
