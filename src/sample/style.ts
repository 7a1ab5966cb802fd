/**
 * How one synthetic document looks: units and precision, table layout, code printing, titles.
 * Drawn from the seed, independently of the figures.
 */
import type { Rng } from './prng.js';
import type { Fen, Unit } from './money.js';
import type { Region } from './org.js';
import type { Kind } from './data.js';

/** Tables and narrative in 元; in 万元 with 6 decimals; in 万元 with 2; tables in 元 and narrative in 万元 (2). */
export type NumberMode = 'yuan' | 'wan6' | 'wan2' | 'mixed';
export type CodeStyle = 'plain' | 'dash' | 'split';
export type EconStyle = 'plain' | 'dash' | 'split' | 'dual';
export type TitleSet = 'beijing' | 'beijing2020' | 'shanghai' | 'national';
export type TableNumbering = '表一' | '表1' | '附表1' | '一、' | '1.' | 'none';

export interface Style {
  region: Region;
  numbers: NumberMode;
  tableUnit: Unit;
  tablePrec: number;
  narrUnit: Unit;
  narrPrec: number;
  /** Narrative drops trailing zeros (`59.1 万元`). */
  narrTrim: boolean;
  /** The "三公" table's own unit (Shanghai prints it in 万元 next to tables in 元). */
  threeUnit: Unit;
  threePrec: number;
  layout: 'tab' | 'space';
  codeStyle: CodeStyle;
  econStyle: EconStyle;
  /** Names indented by level in `plain` code style. */
  indentNames: boolean;
  titles: TitleSet;
  numbering: TableNumbering;
  /** Table figures with thousands separators. */
  groupTable: boolean;
  groupNarr: boolean;
  /** Zero cells printed blank (else `0.00`). */
  blankZero: boolean;
  /** The 收支总表 lists every function class of the catalogue (blank where nothing is spent). */
  summaryAllClasses: boolean;
  threeLayout: 'vertical' | 'horizontal';
  /** The 合计 row printed above the detail rows (else below). */
  totalFirst: boolean;
  totalLabel: string;
  /** Tables come before the explanations (Shanghai final accounts). */
  tablesFirst: boolean;
  quote: readonly [string, string];
  /** Column gap (spaces) of space-aligned tables. */
  gap: number;
  /** `编制部门：…` line above tables. */
  preparedBy: boolean;
  unitLabel: '单位' | '金额单位';
  /** Level-4 numbering: `1.` or `1、`. */
  itemMark: '.' | '、';
}

export function chooseStyle(rng: Rng, kind: Kind): Style {
  const region = rng.weighted<Region>([
    ['beijing', 40],
    ['shanghai', 35],
    ['national', 25],
  ]);
  let numbers: NumberMode;
  if (kind === 'budget') {
    numbers =
      region === 'beijing'
        ? rng.weighted<NumberMode>([['wan6', 50], ['yuan', 35], ['wan2', 15]])
        : region === 'shanghai'
          ? rng.weighted<NumberMode>([['mixed', 60], ['wan2', 25], ['yuan', 15]])
          : rng.weighted<NumberMode>([['wan2', 55], ['yuan', 25], ['wan6', 20]]);
  } else {
    numbers = region === 'shanghai' ? rng.weighted<NumberMode>([['wan2', 85], ['yuan', 15]]) : rng.weighted<NumberMode>([['wan2', 65], ['yuan', 20], ['wan6', 15]]);
  }
  const tableUnit: Unit = numbers === 'yuan' || numbers === 'mixed' ? '元' : '万元';
  const tablePrec = numbers === 'wan6' ? 6 : 2;
  const narrUnit: Unit = numbers === 'yuan' ? '元' : '万元';
  const narrPrec = numbers === 'wan6' ? 6 : 2;
  const shanghaiThree = region === 'shanghai' && kind === 'budget';
  const threeUnit: Unit = shanghaiThree ? '万元' : tableUnit;
  const threePrec = shanghaiThree ? 2 : tablePrec;
  const layout = region === 'shanghai' ? rng.weighted<'tab' | 'space'>([['space', 70], ['tab', 30]]) : rng.weighted<'tab' | 'space'>([['tab', 60], ['space', 40]]);
  const codeStyle: CodeStyle =
    region === 'shanghai' ? rng.weighted<CodeStyle>([['split', 75], ['plain', 25]]) : rng.weighted<CodeStyle>([['plain', 50], ['dash', 35], ['split', 15]]);
  const econStyle: EconStyle =
    codeStyle === 'split' ? rng.weighted<EconStyle>([['split', 70], ['plain', 30]]) : codeStyle === 'dash' ? rng.weighted<EconStyle>([['dash', 70], ['plain', 30]]) : rng.weighted<EconStyle>([['plain', 60], ['dual', 25], ['dash', 15]]);
  const titles: TitleSet =
    region === 'shanghai' ? (kind === 'budget' ? 'shanghai' : 'national') : region === 'beijing' ? (kind === 'budget' ? rng.pick(['beijing', 'beijing2020'] as const) : 'national') : 'national';
  const numbering: TableNumbering =
    region === 'shanghai' ? 'none' : rng.weighted<TableNumbering>([['表一', 25], ['表1', 25], ['附表1', 10], ['一、', 15], ['1.', 5], ['none', 20]]);
  return {
    region,
    numbers,
    tableUnit,
    tablePrec,
    narrUnit,
    narrPrec,
    narrTrim: numbers === 'wan6' && rng.chance(700),
    threeUnit,
    threePrec,
    layout,
    codeStyle,
    econStyle,
    indentNames: codeStyle === 'plain' && rng.chance(500),
    titles,
    numbering,
    groupTable: rng.chance(800),
    groupNarr: rng.chance(region === 'shanghai' ? 350 : 650),
    blankZero: rng.chance(700),
    summaryAllClasses: region === 'beijing' ? rng.chance(600) : rng.chance(350),
    threeLayout: region === 'shanghai' ? 'horizontal' : rng.weighted<'vertical' | 'horizontal'>([['vertical', 65], ['horizontal', 35]]),
    totalFirst: rng.chance(region === 'beijing' ? 400 : 150),
    totalLabel: rng.pick(['合计', '合 计', '合计', '总计']),
    tablesFirst: kind === 'final' && region === 'shanghai' ? rng.chance(800) : false,
    quote: rng.chance(800) ? ['“', '”'] : ['"', '"'],
    gap: rng.int(2, 4),
    preparedBy: region === 'shanghai' ? true : rng.chance(250),
    unitLabel: rng.pick(['单位', '金额单位'] as const),
    itemMark: rng.pick(['.', '、'] as const),
  };
}

/** Quanta of the figures (see DocData): exact in what prints them. */
export function quanta(s: Style): { q: Fen; nq: Fen; tq: Fen } {
  const q = s.tableUnit === '万元' && s.tablePrec === 2 ? 10_000n : 1n;
  const nq = s.narrUnit === '万元' && s.narrPrec === 2 ? 10_000n : 1n;
  const tq = (s.threeUnit === '万元' && s.threePrec === 2) || nq > 1n ? 10_000n : 1n;
  return { q, nq, tq };
}
