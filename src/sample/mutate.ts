/**
 * One error at a time: the mutation classes of the benchmark. Each class picks, in a generated
 * document, one place and changes it (a table cell, a subtotal, a narrative percentage, a removed
 * table or section …), and says what a finding about it must quote (`needles`).
 */
import type { TableKey } from '../model/types.js';
import { Rng } from './prng.js';
import { roundTo } from './money.js';
import type { SampleDoc, SectionId, SlotCat, SlotInfo, TRow } from './generate.js';
import {
  changeAmount, changePercent, findTable, fmtCell, leaves, minDelta, norm, pickSlot, printAmount, quantumOf,
  type MutationCase, type MutationClass,
} from './mutate-util.js';
import { SEMANTIC_CLASSES } from './mutate-semantic.js';

export type { MutationCase, MutationClass } from './mutate-util.js';

// ---- the classes ----------------------------------------------------------------------------

const tableCell: MutationClass = {
  id: 'table-cell',
  title: '表格明细数（项）',
  kinds: ['budget', 'final'],
  make(doc, rng) {
    const choices: [TableKey, number[]][] = [
      ['general_budget', [1, 2]],
      ['expenditure', [1, 2]],
      ['revenue', [1]],
      ['basic', [1, 2]],
    ];
    for (const [key, cols] of rng.shuffle(choices)) {
      const t = findTable(doc.tables, key)!;
      const usable = cols.filter((c) => leaves(t, c).length);
      if (!usable.length) continue;
      const col = rng.pick(usable);
      const row = rng.pick(leaves(t, col));
      const nv = changeAmount(rng, row.values[col]!, t.unit, t.prec);
      return {
        cls: this.id,
        mutation: { tables: (ts) => (findTable(ts, key)!.rows.find((r) => r.id === row.id)!.values[col] = nv) },
        needles: [fmtCell(t, nv)],
        describe: `${key} ${row.code} 第${col + 1}列 ${fmtCell(t, row.values[col]!)} → ${fmtCell(t, nv)}`,
      };
    }
    return null;
  },
};

const subtotal: MutationClass = {
  id: 'subtotal',
  title: '小计（类、款）',
  kinds: ['budget', 'final'],
  make(doc, rng) {
    const key = rng.pick<TableKey>(['general_budget', 'expenditure', 'revenue', 'basic']);
    const t = findTable(doc.tables, key)!;
    const rows = t.rows.filter((r) => r.code && r.code.length < (t.shape === 'econ' ? 5 : 7) && r.values[0] !== null && r.values[0]! > 0n);
    if (!rows.length) return null;
    const row = rng.pick(rows);
    const cols = row.values.map((v, i) => (v !== null && v > 0n ? i : -1)).filter((i) => i >= 0);
    const col = rng.pick(cols);
    const nv = changeAmount(rng, row.values[col]!, t.unit, t.prec);
    return {
      cls: this.id,
      mutation: { tables: (ts) => (findTable(ts, key)!.rows.find((r) => r.id === row.id)!.values[col] = nv) },
      needles: [fmtCell(t, nv)],
      describe: `${key} ${row.code} 第${col + 1}列 ${fmtCell(t, row.values[col]!)} → ${fmtCell(t, nv)}`,
    };
  },
};

const rowTotal: MutationClass = {
  id: 'row-total',
  title: '行合计（合计≠基本+项目）',
  kinds: ['budget', 'final'],
  make(doc, rng) {
    const key = rng.pick<TableKey>(['general_budget', 'expenditure']);
    const t = findTable(doc.tables, key)!;
    const rows = t.rows.filter((r) => r.code && r.code.length === 7 && r.values[0] !== null && r.values[0]! > 0n);
    if (!rows.length) return null;
    const row = rng.pick(rows);
    const nv = changeAmount(rng, row.values[0]!, t.unit, t.prec);
    return {
      cls: this.id,
      mutation: { tables: (ts) => (findTable(ts, key)!.rows.find((r) => r.id === row.id)!.values[0] = nv) },
      needles: [fmtCell(t, nv)],
      describe: `${key} ${row.code} 合计 ${fmtCell(t, row.values[0]!)} → ${fmtCell(t, nv)}`,
    };
  },
};

const crossTable: MutationClass = {
  id: 'cross-table',
  title: '表间数字（一张表内自洽地改动）',
  kinds: ['budget', 'final'],
  make(doc, rng) {
    const key = rng.pick<TableKey>(['general_budget', 'expenditure']);
    const t = findTable(doc.tables, key)!;
    const col = rng.pick([1, 2]);
    const ls = leaves(t, col);
    if (!ls.length) return null;
    const leaf = rng.pick(ls);
    const q = quantumOf(t.unit, t.prec);
    let d = roundTo((leaf.values[col]! * BigInt(rng.int(50, 250))) / 1000n, q);
    const m = minDelta(t.unit, t.prec);
    if (d < m) d = m;
    const chain = (r: TRow) => (r.code ? leaf.code!.startsWith(r.code) : !!r.total);
    const changed: string[] = [];
    for (const r of t.rows) if (chain(r)) changed.push(fmtCell(t, r.values[0]! + d), fmtCell(t, (r.values[col] ?? 0n) + d));
    return {
      cls: this.id,
      mutation: {
        tables: (ts) => {
          for (const r of findTable(ts, key)!.rows) {
            if (!chain(r)) continue;
            r.values[0] = (r.values[0] ?? 0n) + d;
            r.values[col] = (r.values[col] ?? 0n) + d;
          }
        },
      },
      needles: changed,
      describe: `${key} ${leaf.code} 及其款、类、合计 第1、${col + 1}列 各加 ${fmtCell(t, d)}（表内仍平衡）`,
    };
  },
};

function slotClass(id: string, title: string, cats: SlotCat[], kinds: ('budget' | 'final')[], filter: (s: SlotInfo) => boolean = () => true): MutationClass {
  return {
    id,
    title,
    kinds,
    make(doc, rng) {
      const s = pickSlot(doc, rng, cats, filter);
      if (!s) return null;
      let text: string;
      if (s.fen !== undefined) text = printAmount(changeAmount(rng, s.fen, s.unit!, s.prec!), s.unit!, s.prec!, s.text);
      else text = changePercent(rng, s.text);
      return { cls: id, mutation: { overrides: new Map([[s.id, text]]) }, needles: [text], describe: `${s.id} ${s.text} → ${text}` };
    },
  };
}

const pctChange = slotClass('narrative-percent', '说明：增减百分比', ['pct-change'], ['budget', 'final']);
const difference = slotClass('narrative-difference', '说明：增减额', ['delta'], ['budget', 'final']);
const shareC = slotClass('narrative-share', '说明：占比', ['share'], ['budget', 'final']);
const completion = slotClass('completion-rate', '说明：完成年初预算的百分比', ['completion'], ['final']);
const narrAmount = slotClass('narrative-amount', '说明与报表金额', ['amount-table'], ['budget', 'final']);

const threeItem: MutationClass = {
  id: 'three-public',
  title: '“三公”经费分项',
  kinds: ['budget', 'final'],
  make(doc, rng) {
    if (rng.chance(500)) {
      const s = pickSlot(doc, rng, ['three'], (x) => !/total/.test(x.id));
      if (s && s.fen !== undefined) {
        const nv = s.fen > 0n ? changeAmount(rng, s.fen, s.unit!, s.prec!) : minDelta(s.unit!, s.prec!) * BigInt(rng.int(2, 30));
        const text = printAmount(nv, s.unit!, s.prec!, s.text);
        return { cls: this.id, mutation: { overrides: new Map([[s.id, text]]) }, needles: [text], describe: `说明 ${s.id} ${s.text} → ${text}` };
      }
    }
    const t = findTable(doc.tables, 'three_public')!;
    const row = t.rows.find((r) => !r.total) ?? t.rows[0];
    // an item column (not the total, not the vehicle subtotal)
    const itemCols = t.shape === 'three-vertical'
      ? t.rows.map((r, i) => ({ r, i })).filter(({ r }) => !r.total && r.id !== 'veh')
      : [];
    if (t.shape === 'three-vertical') {
      const { r } = rng.pick(itemCols);
      const col = r.values.length - 1;
      const old = r.values[col] ?? 0n;
      const nv = old > 0n ? changeAmount(rng, old, t.unit, t.prec) : minDelta(t.unit, t.prec) * BigInt(rng.int(2, 30));
      return {
        cls: this.id,
        mutation: { tables: (ts) => (findTable(ts, 'three_public')!.rows.find((x) => x.id === r.id)!.values[col] = nv) },
        needles: [fmtCell(t, nv)],
        describe: `三公表 ${r.name} ${fmtCell(t, old)} → ${fmtCell(t, nv)}`,
      };
    }
    // horizontal: columns 因公出国 / 公务接待 / 购置 / 运行 (budget) or their 决算数 (final)
    const names = t.columns;
    const candidates = names.map((n, i) => ({ n, i })).filter(({ n }) => /(因公出国|公务接待|购置费|运行费)/.test(n) && (doc.data.kind === 'budget' || /决算数$/.test(n)));
    const { n, i } = rng.pick(candidates);
    const old = row.values[i] ?? 0n;
    const nv = old > 0n ? changeAmount(rng, old, t.unit, t.prec) : minDelta(t.unit, t.prec) * BigInt(rng.int(2, 30));
    return {
      cls: this.id,
      mutation: { tables: (ts) => (findTable(ts, 'three_public')!.rows[0].values[i] = nv) },
      needles: [fmtCell(t, nv)],
      describe: `三公表 ${n} ${fmtCell(t, old)} → ${fmtCell(t, nv)}`,
    };
  },
};

export const TABLE_NEEDLES: Record<string, string[]> = {
  summary: ['收支总表', '收支总体情况表', '收支预算总表', '收入支出决算总表', '预算收支总表', 'summary'],
  revenue: ['收入总表', '收入决算表', '收入总体情况表', '收入预算总表', 'revenue'],
  expenditure: ['支出总表', '支出决算表', '支出总体情况表', '支出预算总表', 'expenditure'],
  fiscal_summary: ['财政拨款收支', '财政拨款收入支出', 'fiscal_summary'],
  general_budget: ['一般公共预算支出', '一般公共预算财政拨款支出决算表', '一般公共预算财政拨款支出表', 'general_budget'],
  basic: ['基本支出', 'basic'],
  three_public: ['三公', 'three_public'],
  gov_fund: ['政府性基金', 'gov_fund'],
  state_capital: ['国有资本经营', 'state_capital'],
};

const removedTable: MutationClass = {
  id: 'removed-table',
  title: '缺少标准报表',
  kinds: ['budget', 'final'],
  make(doc, rng) {
    const t = rng.pick(doc.tables);
    return {
      cls: this.id,
      mutation: { omitTables: [t.key] },
      needles: [t.title, ...(TABLE_NEEDLES[t.key] ?? [])],
      describe: `删除 ${t.title}`,
      removal: true,
    };
  },
};

export const SECTION_NEEDLES: Partial<Record<SectionId, string[]>> = {
  procurement: ['政府采购'],
  assets: ['国有资产'],
  operating: ['机关运行经费', '运行经费'],
  performance: ['绩效'],
  three: ['三公'],
};

const removedSection: MutationClass = {
  id: 'removed-section',
  title: '缺少必备说明（政府采购、国有资产等）',
  kinds: ['budget', 'final'],
  make(doc, rng) {
    const options = doc.sections.filter((s) => SECTION_NEEDLES[s]);
    if (!options.length) return null;
    const sec = rng.pick(options);
    return { cls: this.id, mutation: { omitSections: [sec] }, needles: SECTION_NEEDLES[sec]!, describe: `删除说明：${sec}`, removal: true };
  },
};

const renamedCode: MutationClass = {
  id: 'renamed-code',
  title: '同一科目编码名称不一致',
  kinds: ['budget', 'final'],
  make(doc, rng) {
    const key = rng.pick<TableKey>(['general_budget', 'expenditure', 'revenue']);
    const t = findTable(doc.tables, key)!;
    const xs = t.rows.filter((r) => r.code && r.code.length === 7);
    const row = rng.pick(xs);
    const others = [...new Set(doc.tables.flatMap((x) => x.rows).filter((r) => r.code && r.code.length === 7 && r.name !== row.name).map((r) => r.name))];
    const fallback = ['一般行政管理事务', '行政运行', '事业运行', '其他行政事业单位养老支出', '专项业务活动'].filter((n) => n !== row.name);
    const name = rng.pick(others.length ? others : fallback);
    return {
      cls: this.id,
      mutation: { tables: (ts) => (findTable(ts, key)!.rows.find((r) => r.id === row.id)!.name = name) },
      needles: [name],
      describe: `${key} ${row.code} ${row.name} → ${name}`,
    };
  },
};

const direction: MutationClass = {
  id: 'direction-word',
  title: '增减方向词',
  kinds: ['budget', 'final'],
  make(doc, rng) {
    const s = pickSlot(doc, rng, ['dir'], (x) => !!x.needles?.length);
    if (!s) return null;
    const word = s.text === '增加' ? '减少' : '增加';
    return { cls: this.id, mutation: { overrides: new Map([[s.id, word]]) }, needles: s.needles!, describe: `${s.id} ${s.text} → ${word}` };
  },
};

const placeholder: MutationClass = {
  id: 'placeholder',
  title: '遗留占位符（XX）',
  kinds: ['budget', 'final'],
  make(doc, rng) {
    const s = pickSlot(doc, rng, ['amount-table', 'amount', 'three']);
    if (!s) return null;
    return { cls: this.id, mutation: { overrides: new Map([[s.id, 'XX']]) }, needles: ['XX'], describe: `${s.id} ${s.text} → XX` };
  },
};

export const MUTATION_CLASSES: MutationClass[] = [
  tableCell,
  subtotal,
  rowTotal,
  crossTable,
  pctChange,
  difference,
  shareC,
  completion,
  narrAmount,
  threeItem,
  removedTable,
  removedSection,
  renamedCode,
  direction,
  placeholder,
  ...SEMANTIC_CLASSES,
];

/** Normalises a text for needle matching: no separators, no white space, ASCII digits. */
export function needleForm(s: string): string {
  return norm(s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/．/g, '.'));
}

export function makeMutation(cls: MutationClass, doc: SampleDoc, seed: number): MutationCase | null {
  return cls.make(doc, new Rng(`${cls.id}:${seed}:${doc.data.kind}`));
}
