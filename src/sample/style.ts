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
export type TableNumbering = '表一' | '表1' | '附表1' | '一、' | '1.' | '公开01表' | 'none';

/**
 * Named regional layouts (`budgetlens sample --style`): each fixes the traits that make a region's
 * disclosures look the way they do. Without a name the traits are drawn at random (a mix).
 */
export type StyleName = 'shanghai' | 'beijing' | 'jiangsu' | 'guangdong';
export const STYLE_NAMES: readonly StyleName[] = ['shanghai', 'beijing', 'jiangsu', 'guangdong'];

export interface Style {
  /** The named layout, when one was asked for. */
  family?: StyleName;
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
  /**
   * Table figures with misplaced separators, only the last comma printed (`128138,600`). Never drawn
   * from the seed (the draws of every other trait stay as they were): set by `SampleOptions.misgrouped`.
   */
  misgroupTable?: boolean;
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
  /** A 栏次 row (`栏次 1 2 3 …`) under the header of list and "三公" tables. */
  columnIndexRow: boolean;
  /** A 行次 column beside the item column of two-sided tables (final accounts). */
  rowIndexCol: boolean;
  /** The "三公" table also lists 会议费 and 培训费 (not part of "三公"). */
  threeExtra: boolean;
  /** Table titles begin with the body's name and the year. */
  titleOrgYear: boolean;
  /** Classification suffixes on titles: `…（按功能分类科目）`. */
  titleSuffix: boolean;
  /** The document's name printed at the top of every page. */
  runningHeader: boolean;
  /** Final accounts: the 一般公共预算 table shows 年初预算 and 调整预算 before the 决算数 columns. */
  finalBudgetCols: boolean;
  /** Beijing budgets: 收入总表 with a 财政拨款 group (小计, 一般公共预算资金, 政府性基金). */
  revenueFundGroup: boolean;
  /** A consolidated table grouped by unit (合计, 本级, each unit) after the standard tables. */
  byUnitTable: boolean;
}

const PLAIN_TRAITS = {
  columnIndexRow: false,
  rowIndexCol: false,
  threeExtra: false,
  titleOrgYear: false,
  titleSuffix: false,
  runningHeader: false,
  finalBudgetCols: false,
  revenueFundGroup: false,
  byUnitTable: false,
} as const;

export function chooseStyle(rng: Rng, kind: Kind, family?: StyleName): Style {
  if (family) return namedStyle(rng, kind, family);
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
    ...PLAIN_TRAITS,
  };
}

/**
 * A named regional layout. The figures' presentation (grouping, zero cells, gaps) still varies
 * with the seed; what defines the region is fixed.
 */
function namedStyle(rng: Rng, kind: Kind, family: StyleName): Style {
  const final = kind === 'final';
  const base = chooseStyle(rng, kind);
  const common = {
    ...base,
    family,
    // final accounts of every region: 行次 column on the summary tables, 栏次 row under list tables
    rowIndexCol: final,
    columnIndexRow: final,
    finalBudgetCols: final && rng.chance(600),
  };
  switch (family) {
    case 'shanghai': {
      const numbers: NumberMode = final ? 'wan2' : rng.pick(['mixed', 'wan2'] as const);
      return {
        ...common,
        region: 'shanghai',
        ...units(numbers, !final),
        layout: 'space',
        codeStyle: 'split',
        econStyle: 'split',
        indentNames: false,
        titles: final ? 'national' : 'shanghai',
        numbering: 'none',
        threeLayout: 'horizontal',
        tablesFirst: final && rng.chance(800),
        preparedBy: true,
        groupNarr: false,
      };
    }
    case 'beijing': {
      const numbers: NumberMode = final ? 'wan2' : 'wan6';
      return {
        ...common,
        region: 'beijing',
        ...units(numbers, false),
        codeStyle: 'plain',
        econStyle: rng.pick(['plain', 'dual'] as const),
        indentNames: rng.chance(500),
        titles: final ? 'national' : 'beijing',
        numbering: '表1',
        titleOrgYear: true,
        threeLayout: 'vertical',
        revenueFundGroup: !final,
        tablesFirst: false,
      };
    }
    case 'jiangsu': {
      const numbers: NumberMode = 'wan2';
      return {
        ...common,
        region: 'national',
        ...units(numbers, false),
        codeStyle: 'plain',
        econStyle: 'plain',
        titles: 'national',
        numbering: '公开01表',
        columnIndexRow: true,
        threeLayout: 'horizontal',
        threeExtra: !final,
        runningHeader: true,
        blankZero: false,
        tablesFirst: false,
      };
    }
    case 'guangdong': {
      const numbers: NumberMode = final ? 'yuan' : rng.pick(['yuan', 'mixed'] as const);
      return {
        ...common,
        region: 'national',
        ...units(numbers, false),
        layout: rng.weighted<'tab' | 'space'>([['space', 60], ['tab', 40]]),
        codeStyle: 'split',
        econStyle: 'split',
        indentNames: false,
        titles: 'national',
        numbering: '表一',
        titleSuffix: true,
        byUnitTable: !final,
        summaryAllClasses: false,
        threeLayout: 'vertical',
        blankZero: false,
        tablesFirst: false,
      };
    }
  }
}

/** Units and precisions of a number mode (the "三公" table in 万元 beside 元 tables: Shanghai budgets). */
function units(numbers: NumberMode, shanghaiThree: boolean): Pick<Style, 'numbers' | 'tableUnit' | 'tablePrec' | 'narrUnit' | 'narrPrec' | 'narrTrim' | 'threeUnit' | 'threePrec'> {
  const tableUnit: Unit = numbers === 'yuan' || numbers === 'mixed' ? '元' : '万元';
  const tablePrec = numbers === 'wan6' ? 6 : 2;
  const narrUnit: Unit = numbers === 'yuan' ? '元' : '万元';
  const narrPrec = numbers === 'wan6' ? 6 : 2;
  return {
    numbers,
    tableUnit,
    tablePrec,
    narrUnit,
    narrPrec,
    narrTrim: false,
    threeUnit: shanghaiThree ? '万元' : tableUnit,
    threePrec: shanghaiThree ? 2 : tablePrec,
  };
}

/** Quanta of the figures (see DocData): exact in what prints them. */
export function quanta(s: Style): { q: Fen; nq: Fen; tq: Fen } {
  const q = s.tableUnit === '万元' && s.tablePrec === 2 ? 10_000n : 1n;
  const nq = s.narrUnit === '万元' && s.narrPrec === 2 ? 10_000n : 1n;
  const tq = (s.threeUnit === '万元' && s.threePrec === 2) || nq > 1n ? 10_000n : 1n;
  return { q, nq, tq };
}
