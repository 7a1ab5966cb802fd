/**
 * Renders the narrative blocks and the tables to typed lines (title, heading, prose, table rows …),
 * which the artefact pass may then disturb the way real extracted text is disturbed.
 */
import type { TableKey } from '../model/types.js';
import { displayWidth } from '../readers/char-rules.js';
import type { Rng } from './prng.js';
import type { DocData } from './data.js';
import { renderGrid, tableGrid, wrapGrid, type CodeHookSet } from './layout.js';
import type { Block } from './narrative.js';
import type { Style } from './style.js';
import type { TSpec } from './spec.js';
import { cnNumber } from './tables.js';

export type LineKind = 'title' | 'toc' | 'heading' | 'prose' | 'table-title' | 'table-meta' | 'table-head' | 'table-row' | 'table-cont' | 'table-note';

export interface OutLine {
  text: string;
  kind: LineKind;
  level?: number;
  table?: TableKey;
  /** Header lines of tab-separated tables: the columns each cell spans (for grid renderers: merged cells). */
  spans?: { from: number; to: number }[];
}

/** `表一：`, `表1`, … for the n-th table (1-based). */
export function tableNumber(s: Style, n: number): string {
  switch (s.numbering) {
    case '表一':
      return `表${cnNumber(n)}`;
    case '表1':
      return `表${n}`;
    case '附表1':
      return `附表${n}`;
    case '一、':
      return `${cnNumber(n)}、`;
    case '1.':
      return `${n}.`;
    case '公开01表':
      return `公开${String(n).padStart(2, '0')}表`;
    default:
      return '';
  }
}

export interface RenderOptions {
  d: DocData;
  s: Style;
  rng: Rng;
  blocks: Block[];
  tables: TSpec[];
  hook: CodeHookSet;
  partSep: string;
  /** Artefacts: wrap long header and row-name cells of space-aligned tables (pdftotext style). */
  wrap?: Rng;
  /** Extra table titles listed in the table of contents only. */
  tocExtra?: readonly string[];
}

export function renderLines(o: RenderOptions): OutLine[] {
  const { s, rng, blocks, tables } = o;
  // 1. number the headings
  const counters = [0, 0, 0, 0, 0];
  const titled = new Map<Block, string>();
  for (const b of blocks) {
    if (b.t !== 'h') continue;
    if (b.plain) {
      titled.set(b, b.title);
      continue;
    }
    counters[b.level]++;
    for (let l = b.level + 1; l <= 4; l++) counters[l] = 0;
    const n = counters[b.level];
    const num = b.level === 1 ? `第${cnNumber(n)}部分${o.partSep}` : b.level === 2 ? `${cnNumber(n)}、` : b.level === 3 ? `（${cnNumber(n)}）` : `${n}${s.itemMark}`;
    titled.set(b, num + b.title);
  }
  const out: OutLine[] = [];
  const tableTitles = tables.map((t, i) => ({ t, num: tableNumber(s, i + 1) }));
  for (const b of blocks) {
    switch (b.t) {
      case 'title':
        for (const l of b.lines) out.push({ text: s.layout === 'space' ? center(l, 80) : l, kind: 'title' });
        break;
      case 'toc': {
        out.push({ text: s.layout === 'space' ? center(rng.pick(['目 录', '目   录']), 80) : rng.pick(['目录', '目 录']), kind: 'toc' });
        let tocN = 0;
        const shanghai = blocks.some((x) => x.t === 'h' && x.plain);
        for (const x of blocks) {
          const dots = s.region === 'shanghai' ? '  ' + '…'.repeat(rng.int(12, 30)) : '';
          if (x.t === 'h' && shanghai && x.plain) out.push({ text: `${cnNumber(++tocN)}、${x.title}${dots}`, kind: 'toc' });
          if (x.t === 'h' && !shanghai && x.level <= (s.region === 'beijing' ? 3 : 2)) {
            const indent = x.level === 3 ? '  ' : x.level === 2 ? ' ' : '';
            out.push({ text: indent + titled.get(x)! + dots, kind: 'toc' });
          }
          if (x.t === 'tables') {
            if (shanghai) out.push({ text: `${cnNumber(++tocN)}、${o.d.scope === 'unit' ? '单位' : '部门'}预算表${dots}`, kind: 'toc' });
            tableTitles.forEach(({ t, num }, i) => {
              const n = shanghai ? `${i + 1}. ` : num ? (/[、.]$/.test(num) ? num : num + ' ') : '';
              out.push({ text: `  ${n}${t.title}${shanghai ? dots : ''}`, kind: 'toc' });
            });
            (o.tocExtra ?? []).forEach((title, i) => {
              const k = tableTitles.length + i + 1;
              const num = tableNumber(s, k);
              const n = shanghai ? `${k}. ` : num ? (/[、.]$/.test(num) ? num : num + ' ') : '';
              out.push({ text: `  ${n}${title}${shanghai ? dots : ''}`, kind: 'toc' });
            });
          }
        }
        break;
      }
      case 'h':
        out.push({ text: titled.get(b)!, kind: 'heading', level: b.level });
        break;
      case 'p':
        out.push({ text: b.text, kind: 'prose' });
        break;
      case 'tables':
        for (const { t, num } of tableTitles) out.push(...renderTable(t, num, o));
        break;
    }
  }
  return out;
}

function center(text: string, width: number): string {
  const pad = Math.max(0, Math.floor((width - displayWidth(text)) / 2));
  return ' '.repeat(pad) + text;
}

function renderTable(t: TSpec, num: string, o: RenderOptions): OutLine[] {
  const { s, d, rng } = o;
  const out: OutLine[] = [];
  const key = t.key;
  let grid = tableGrid(t, s, o.hook, rng.int(0, 9));
  if (o.wrap && s.layout === 'space') {
    const w = o.wrap;
    grid = wrapGrid(grid, { headerAt: w.chance(400) ? w.int(4, 6) : undefined, nameAt: w.chance(350) ? w.int(9, 14) : undefined });
  }
  const body = renderGrid(grid, s.layout, s.gap);
  const width = Math.max(60, ...body.map((l) => displayWidth(l)));
  // number and title
  if (num && (num.startsWith('表') || num.startsWith('附表')) && rng.chance(500)) {
    out.push({ text: num + rng.pick(['：', '', ' ']), kind: 'table-title', table: key });
    out.push({ text: s.layout === 'space' ? center(t.title, width) : t.title, kind: 'table-title', table: key });
  } else {
    const title = num ? `${num}${/[、.：]$/.test(num) ? '' : rng.pick([' ', '：', '  '])}${t.title}` : t.title;
    out.push({ text: s.layout === 'space' ? center(title, width) : title, kind: 'table-title', table: key });
  }
  const unitText = `${s.unitLabel}：${t.unit}`;
  if (s.preparedBy) {
    const left = `编制${d.scope === 'unit' ? '单位' : '部门'}：${d.org.name}`;
    if (s.layout === 'space') out.push({ text: left + ' '.repeat(Math.max(4, width - displayWidth(left) - displayWidth(unitText))) + unitText, kind: 'table-meta', table: key });
    else out.push({ text: `${left}\t\t\t${unitText}`, kind: 'table-meta', table: key });
  } else {
    out.push({ text: s.layout === 'space' ? ' '.repeat(Math.max(0, width - displayWidth(unitText))) + unitText : unitText, kind: 'table-meta', table: key });
  }
  const nHead = grid.header.length;
  body.forEach((l, i) => {
    const line: OutLine = { text: l, kind: i < nHead ? 'table-head' : grid.cont?.[i - nHead] ? 'table-cont' : 'table-row', table: key };
    if (i < nHead && s.layout === 'tab') line.spans = grid.header[i].map((h) => ({ from: h.from, to: h.to }));
    out.push(line);
  });
  if (t.emptyNote) out.push({ text: t.emptyNote, kind: 'table-note', table: key });
  return out;
}
