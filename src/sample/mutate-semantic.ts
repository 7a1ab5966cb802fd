/**
 * Mutation classes of the semantic rules: narrative breakdowns against their totals, narrative
 * 基本支出 against the tables, a change with no direction word, a percentage printed truncated, a
 * wrong year, another body's name, a table of contents that lists a table the document lacks.
 */
import { Decimal } from '../model/decimal.js';
import { DEPT_TYPES } from './org.js';
import { changeAmount, fmtCell, minDelta, pickSlot, printAmount, type MutationClass } from './mutate-util.js';
import type { SlotInfo } from './generate.js';

/** An amount slot changed to a figure that no rounding hides. */
function changedSlot(s: SlotInfo, rng: Parameters<MutationClass['make']>[1]): string {
  return printAmount(changeAmount(rng, s.fen!, s.unit!, s.prec!), s.unit!, s.prec!, s.text);
}

const breakdownSum: MutationClass = {
  id: 'narrative-breakdown-sum',
  title: '说明：分项之和≠总额（政府采购货物+工程+服务）',
  kinds: ['budget', 'final'],
  make(doc, rng) {
    const s = pickSlot(doc, rng, ['amount'], (x) => /^proc\.(total|goods|works|services)$/.test(x.id) && x.fen !== undefined);
    if (!s) return null;
    const text = changedSlot(s, rng);
    return { cls: this.id, mutation: { overrides: new Map([[s.id, text]]) }, needles: [text], describe: `${s.id} ${s.text} → ${text}` };
  },
};

const basicVsTable: MutationClass = {
  id: 'narrative-basic-vs-table',
  title: '说明：基本支出/人员经费/公用经费与报表不符',
  kinds: ['budget', 'final'],
  make(doc, rng) {
    const s = pickSlot(doc, rng, ['amount-table'], (x) => /^basic\.(total|personnel|public)$/.test(x.id) && x.fen !== undefined);
    if (!s) return null;
    const text = changedSlot(s, rng);
    return { cls: this.id, mutation: { overrides: new Map([[s.id, text]]) }, needles: [text], describe: `${s.id} ${s.text} → ${text}` };
  },
};

const withoutDirection: MutationClass = {
  id: 'change-without-direction',
  title: '说明：增减句缺少方向词（比上年1.43万元）',
  kinds: ['budget', 'final'],
  make(doc, rng) {
    const s = pickSlot(doc, rng, ['dir'], (x) => !!x.needles?.length);
    if (!s) return null;
    const overrides = new Map([[s.id, '']]);
    // the percentage's own direction word (`，增长5.67%`) goes too: no direction is left
    const second = doc.slots.find((x) => x.cat === 'dir2' && x.id === s.id.replace(/\.dir(#\d+)?$/, '.dir2$1'));
    if (second) overrides.set(second.id, '');
    return { cls: this.id, mutation: { overrides }, needles: s.needles!, describe: `${s.id} ${s.text}${second ? `、${second.text}` : ''} → （删除）` };
  },
};

/** The percentage cut after two places (10.158 → 10.15) where rounding gives another figure. */
function truncated(s: SlotInfo): string | null {
  if (!s.exact || s.exact.sign() <= 0 || !/^\d+\.\d\d$/.test(s.text) || s.exact.round(2).toFixed(2) !== s.text) return null;
  const t = Decimal.of(s.exact.withScale(10).int / 10n ** 8n, 2);
  // only where the cut is visible: every value the rounding of the printed inputs allows lies above the
  // rounding boundary (t + 0.005), so that no rounding explains the truncated figure
  if (!s.exactLow || s.exactLow.sub(t).lt(Decimal.of(6, 3))) return null;
  return t.toFixed(2) === s.text ? null : t.toFixed(2);
}

const truncatedFigure: MutationClass = {
  id: 'truncated-figure',
  title: '百分比截断而非四舍五入（警告）',
  kinds: ['budget', 'final'],
  make(doc, rng) {
    const s = pickSlot(doc, rng, ['share', 'pct-change', 'completion'], (x) => truncated(x) !== null);
    if (!s) return null;
    const text = truncated(s)!;
    return {
      cls: this.id,
      mutation: { overrides: new Map([[s.id, text]]) },
      needles: [text],
      describe: `${s.id} ${s.text} → ${text}（截断）`,
      severities: ['warning'],
    };
  },
};

const yearConsistency: MutationClass = {
  id: 'year-consistency',
  title: '年度不一致（表标题、截至日期）',
  kinds: ['budget', 'final'],
  make(doc, rng) {
    const Y = doc.data.year;
    const date = doc.slots.find((x) => x.id === 'assets.asof');
    if (date && rng.chance(400)) {
      // budget of year Y: assets are stated as of the end of Y−1; final: as of the end of Y
      const text = doc.data.kind === 'budget' ? `${Y}年12月31日` : `${Y - 1}年12月31日`;
      return { cls: this.id, mutation: { overrides: new Map([[date.id, text]]) }, needles: [text], describe: `截至 ${date.text} → ${text}` };
    }
    // a table title of last year's document left in place
    const t = rng.pick(doc.tables.filter((x) => x.key !== 'summary'));
    const W = Y - 1;
    const title = t.title.includes(`${Y}年`) ? t.title.replace(`${Y}年`, `${W}年`) : `${W}年${doc.data.kind === 'final' ? '度' : ''}${t.title}`;
    return {
      cls: this.id,
      mutation: { tables: (ts) => (ts.find((x) => x.key === t.key)!.title = title) },
      needles: [title, `${W}年`, String(W)],
      describe: `表标题 ${t.title} → ${title}`,
    };
  },
};

const orgConsistency: MutationClass = {
  id: 'org-consistency',
  title: '表标题中出现其他单位名称',
  kinds: ['budget', 'final'],
  make(doc, rng) {
    const org = doc.data.org;
    const other = rng.pick(DEPT_TYPES.filter((d) => d.name !== org.dept.name && !org.name.includes(d.name)));
    const otherName = org.name.slice(0, org.name.length - org.dept.name.length) + other.name;
    const t = rng.pick(doc.tables);
    const title = t.title.startsWith(org.name) ? otherName + t.title.slice(org.name.length) : otherName + t.title;
    return {
      cls: this.id,
      mutation: { tables: (ts) => (ts.find((x) => x.key === t.key)!.title = title) },
      needles: [otherName],
      describe: `表标题 ${t.title} → ${title}`,
    };
  },
};

const TOC_ONLY = {
  budget: ['项目支出绩效目标表', '政府购买服务预算表', '部门整体支出绩效目标表', '政府采购预算表'],
  final: ['项目支出决算表', '政府采购情况表', '项目支出绩效自评表'],
};

const tocConsistency: MutationClass = {
  id: 'toc-consistency',
  title: '目录列出文中没有的表（警告）',
  kinds: ['budget', 'final'],
  make(doc, rng) {
    const word = doc.data.scope === 'unit' ? '单位' : '部门';
    const title = rng.pick(TOC_ONLY[doc.data.kind]).replace(/^部门/, word);
    return {
      cls: this.id,
      mutation: { tocExtra: [title] },
      needles: [title],
      describe: `目录增列 ${title}（正文无此表）`,
      severities: ['warning'],
    };
  },
};

/** Control: 会议费 / 培训费 printed beside the "三公" items are not part of them; changing one is no error. */
const threeExtraColumns: MutationClass = {
  id: 'three-extra-columns',
  title: '对照：“三公”表中的会议费、培训费（改动不应报错）',
  kinds: ['budget'],
  make(doc, rng) {
    const t = doc.tables.find((x) => x.key === 'three_public');
    const cols = t ? t.columns.map((c, i) => (/^(会议费|培训费)$/.test(c) ? i : -1)).filter((i) => i >= 0) : [];
    if (!t || !cols.length) return null;
    const i = rng.pick(cols);
    const old = t.rows[0].values[i] ?? 0n;
    const nv = old > 0n ? changeAmount(rng, old, t.unit, t.prec) : minDelta(t.unit, t.prec) * BigInt(rng.int(2, 30));
    return {
      cls: this.id,
      mutation: { tables: (ts) => (ts.find((x) => x.key === 'three_public')!.rows[0].values[i] = nv) },
      needles: [fmtCell(t, nv)],
      describe: `三公表 ${t.columns[i]} ${fmtCell(t, old)} → ${fmtCell(t, nv)}（不应报错）`,
      silent: true,
    };
  },
};

export const SEMANTIC_CLASSES: MutationClass[] = [
  breakdownSum,
  basicVsTable,
  withoutDirection,
  truncatedFigure,
  yearConsistency,
  orgConsistency,
  tocConsistency,
  threeExtraColumns,
];
