/**
 * Synthetic disclosures with known truth: `generateSample` is a pure function of kind, seed and
 * artefacts. `renderSample` also takes a mutation (one figure, word, name, table or section
 * changed) and returns what the mutation benchmark needs to know where it is.
 */
import type { TableKey } from '../model/types.js';
import { Rng } from './prng.js';
import { buildData, type DocData } from './data.js';
import { chooseStyle, quanta, type Style, type StyleName } from './style.js';
import { buildTable, tableOrder } from './tables.js';
import { buildNarrative, type Block, type SectionId } from './narrative.js';
import { Slots, type SlotInfo } from './slots.js';
import { renderLines, type OutLine } from './render.js';
import { assemble, cellArtefacts } from './artefacts.js';
import { buildTruth, type SampleTruth } from './truth.js';
import type { TRow, TSpec } from './spec.js';

export type { SampleTruth, TruthRow, TruthTable } from './truth.js';
export type { SlotInfo, SlotCat } from './slots.js';
export type { SectionId } from './narrative.js';
export { STYLE_NAMES, type StyleName } from './style.js';
export type { TSpec, TRow } from './spec.js';

export interface SampleOptions {
  kind: 'budget' | 'final';
  seed: number;
  artefacts?: boolean;
  /** A named regional layout; without it the layout traits are drawn from the seed. */
  style?: StyleName;
  /** Force tab-separated tables (grid renderers: .xlsx, .docx, HTML). */
  layout?: 'tab';
  /** Tables print figures with misplaced thousands separators (`128138,600`; Style.misgroupTable). */
  misgrouped?: boolean;
  /** The figures to render instead of drawing them from the seed (series generator). */
  data?: DocData;
}

/** Exactly one change to a generated document. */
export interface Mutation {
  /** New printed text for narrative slots (by slot id). */
  overrides?: ReadonlyMap<string, string>;
  /** Edits the abstract tables (after the truth is taken) before they are laid out. */
  tables?: (tables: TSpec[]) => void;
  /** Extra entries the table of contents lists (tables that are not in the document). */
  tocExtra?: readonly string[];
  omitTables?: readonly TableKey[];
  omitSections?: readonly SectionId[];
}

export interface SampleDoc {
  text: string;
  truth: SampleTruth;
  /** Every narrative figure and direction word, with what it is. */
  slots: SlotInfo[];
  /** The tables as built (before any table mutation). */
  tables: TSpec[];
  /** Sections present that hold a required topic. */
  sections: SectionId[];
  style: Style;
  data: DocData;
  /** The typed lines the text was assembled from (grid renderers start from these). */
  lines: OutLine[];
}

function cloneTables(ts: TSpec[]): TSpec[] {
  const row = (r: TRow): TRow => ({ ...r, values: [...r.values] });
  return ts.map((t) => ({
    ...t,
    rows: t.rows.map(row),
    left: t.left && { ...t.left, rows: t.left.rows.map(row) },
    right: t.right && { ...t.right, rows: t.right.rows.map(row) },
  }));
}

export function renderSample(o: SampleOptions, m: Mutation = {}): SampleDoc {
  const base = `${o.seed}:${o.kind}${o.style ? `:${o.style}` : ''}`;
  const style = chooseStyle(new Rng(`${base}:style`), o.kind, o.style);
  if (o.layout) style.layout = o.layout;
  if (o.misgrouped) style.misgroupTable = true;
  const q = quanta(style);
  const operatingQ = style.titles === 'shanghai' && style.threeLayout === 'horizontal' && style.threeUnit === '万元' && style.threePrec === 2 ? 10_000n : q.nq;
  const data = o.data ?? buildData(new Rng(`${base}:data`), { kind: o.kind, region: style.region, ...q, operatingQ });
  const tableRng = new Rng(`${base}:tables`);
  const built = tableOrder(data, style).map((k) => buildTable(k, data, style, tableRng));
  const titles = new Map(built.map((t) => [t.key, t.title] as const));
  const slots = new Slots({ unit: style.narrUnit, prec: style.narrPrec, trim: style.narrTrim, group: style.groupNarr }, m.overrides);
  const narrative = buildNarrative(data, style, new Rng(`${base}:narrative`), slots, titles);
  const truth = buildTruth(data, style, built, narrative.stated);

  let tables = cloneTables(built);
  if (m.tables) m.tables(tables);
  if (m.omitTables?.length) tables = tables.filter((t) => !m.omitTables!.includes(t.key));
  let blocks: Block[] = narrative.blocks;
  if (m.omitSections?.length) blocks = blocks.filter((b) => !((b.t === 'h' || b.t === 'p') && b.sec && m.omitSections!.includes(b.sec)));

  const cellRng = new Rng(`${base}:cells`);
  const cell = o.artefacts ? cellArtefacts(cellRng) : (t: string) => t;
  const lines = renderLines({
    d: data,
    s: style,
    rng: new Rng(`${base}:render`),
    blocks,
    tables,
    hook: { cell: (text) => cell(text) },
    partSep: new Rng(`${base}:sep`).pick([' ', '、', '', ' ']),
    wrap: o.artefacts ? new Rng(`${base}:wrap`) : undefined,
    tocExtra: m.tocExtra,
  });
  const header = style.runningHeader ? `${data.org.name}${data.year}年度${data.scope === 'unit' ? '单位' : '部门'}${data.kind === 'final' ? '决算' : '预算'}公开` : undefined;
  const text = assemble(lines, style, !!o.artefacts, new Rng(`${base}:artefacts`), header);
  return { text, truth, slots: slots.list, tables: built, sections: narrative.removable, style, data, lines };
}

export function generateSample(o: SampleOptions): { text: string; truth: SampleTruth } {
  const { text, truth } = renderSample(o);
  return { text, truth };
}
