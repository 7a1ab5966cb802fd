/**
 * The explanations (情况说明) of a synthetic disclosure: formulaic sentences that restate the
 * tables, in the wording families of Beijing-, Shanghai- and nationally-styled documents. Every
 * figure is computed from the document's exact figures and printed through a slot.
 */
import type { FactKey, TableKey } from '../model/types.js';
import type { Rng } from './prng.js';
import { econName, functionName, isPersonnel } from './codes.js';
import {
  aggBasic, aggFiscal, aggProjectAll, aggTotal, aggregate, econTree, fiscalOf, functionTree, threeTotalOf, vehicleOf,
  type DocData,
} from './data.js';
import { abs, type Fen } from './money.js';
import type { Style } from './style.js';
import type { SlotCat, Slots } from './slots.js';

/** Sections the mutation benchmark may remove (a required topic each). */
export type SectionId =
  | 'overview'
  | 'staff'
  | 'totals'
  | 'revenue'
  | 'expenditure'
  | 'fiscal'
  | 'general'
  | 'basic'
  | 'three'
  | 'gov_fund'
  | 'state_capital'
  | 'operating'
  | 'procurement'
  | 'assets'
  | 'performance'
  | 'glossary';

export type Block =
  | { t: 'title'; lines: string[] }
  | { t: 'toc' }
  | { t: 'h'; level: 1 | 2 | 3 | 4; title: string; sec?: SectionId; plain?: boolean }
  | { t: 'p'; text: string; sec?: SectionId }
  | { t: 'tables'; part?: string };

export interface Narrative {
  blocks: Block[];
  /** Facts stated only in the narrative, with the value printed (万元 amounts as 分; staff as persons). */
  stated: Partial<Record<FactKey, Fen | number>>;
  /** Sections present that the benchmark may remove. */
  removable: SectionId[];
}

interface Ctx {
  d: DocData;
  s: Style;
  rng: Rng;
  N: Slots;
  /** Narrative unit word. */
  W: string;
  Y: number;
  PY: number;
  who: string;
  q: readonly [string, string];
  blocks: Block[];
  sec?: SectionId;
  stated: Partial<Record<FactKey, Fen | number>>;
}

const INCREASE_REASONS = ['人员经费标准调整，相应支出增加', '新增业务工作任务，项目经费相应增加', '在职人员增加及工资标准调整', '信息化运维等项目支出增加', '年中追加专项工作经费'];
const DECREASE_REASONS = ['落实过紧日子要求，压减一般性支出', '部分项目已完成，项目经费相应减少', '人员退休，人员经费相应减少', '严控公用经费支出', '项目调整，相应经费减少'];
const FLAT_REASONS = ['严格执行预算，支出保持稳定', '工作任务与上年基本一致'];

function reason(c: Ctx, sign: number): string {
  return c.rng.pick(sign > 0 ? INCREASE_REASONS : sign < 0 ? DECREASE_REASONS : FLAT_REASONS);
}

function h(c: Ctx, level: 1 | 2 | 3 | 4, title: string, sec?: SectionId, plain = false) {
  if (sec) c.sec = sec;
  c.N.sec = c.sec;
  c.blocks.push({ t: 'h', level, title, sec: c.sec, plain });
}

function p(c: Ctx, text: string) {
  c.blocks.push({ t: 'p', text, sec: c.sec });
}

/** Leaves a section: following blocks belong to no removable section. */
function endSec(c: Ctx) {
  c.sec = undefined;
  c.N.sec = undefined;
}

interface ChangeOpts {
  id: string;
  cur: Fen;
  prior: Fen;
  /** `上年`, `2023年`, `2023年预算` … */
  label: string;
  quotePrior: boolean;
  /** Percentage direction words: 增长/下降 (`grow`) or 增加/减少 (`same`). */
  pctWords: 'grow' | 'same';
  /** `比上年…` (default) or `与上年相比，…`. */
  form?: 'bi' | 'yu';
  /** The percentage is printed (else only the difference). */
  withPct?: boolean;
  /** Print only the percentage (Shanghai per-item style). */
  pctOnly?: boolean;
}

/** `比上年增加 12.34 万元，增长 5.67%` / `与上年持平`. Returns the text and the sign of the change. */
function change(c: Ctx, o: ChangeOpts): { text: string; sign: number } {
  const { N, W } = c;
  const D = o.cur - o.prior;
  const sign = D > 0n ? 1 : D < 0n ? -1 : 0;
  const priorText = o.quotePrior ? `${N.amt(`${o.id}.prior`, o.prior, 'amount')}${W}` : '';
  if (sign === 0) return { text: o.form === 'yu' ? `与${o.label}${priorText}相比持平` : `与${o.label}${priorText}持平`, sign };
  const withPct = o.withPct !== false && o.prior !== 0n;
  // without a percentage or a quoted prior figure the claim cannot be checked inside the document;
  // a fall to zero (下降100%) fits any difference
  const checkable = withPct || o.quotePrior;
  const deltaCheckable = o.quotePrior || (withPct && o.cur !== 0n);
  const deltaText = o.pctOnly ? '' : N.amt(`${o.id}.delta`, abs(D), deltaCheckable ? 'delta' : 'amount');
  const pctText = withPct ? N.pct(`${o.id}.pct`, abs(D), o.prior, 'pct-change') : '';
  const needles = checkable ? [deltaText, pctText].filter(Boolean) : [];
  const w1 = N.dir(`${o.id}.dir`, sign > 0 ? '增加' : '减少', needles);
  const w2 = sign > 0 ? (o.pctWords === 'grow' ? '增长' : '增加') : o.pctWords === 'grow' ? '下降' : '减少';
  let body: string;
  if (o.pctOnly) body = `${w1}${pctText}%`;
  else body = `${w1}${deltaText}${W}` + (withPct ? `，${N.word(`${o.id}.dir2`, w2, 'dir2')}${pctText}%` : '');
  return { text: o.form === 'yu' ? `与${o.label}${priorText}相比，${body}` : `比${o.label}${priorText}${body}`, sign };
}

const amtT = (c: Ctx, id: string, v: Fen, cat: SlotCat = 'amount-table') => `${c.N.amt(id, v, cat)}${c.W}`;

function classCode(code: string): string {
  return code.slice(0, 3);
}

/** `一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）`. */
function fullName(code: string, sep: 'paren' | 'dash'): string {
  const a = functionName(code.slice(0, 3));
  const b = functionName(code.slice(0, 5));
  const x = functionName(code);
  return sep === 'paren' ? `${a}（类）${b}（款）${x}（项）` : `${a}-${b}-${x}`;
}

// ---------------------------------------------------------------------------------------------
// shared pieces

function duties(c: Ctx, lead: string) {
  const { d } = c;
  const tasks = c.rng.sample(d.org.dept.tasks, c.rng.int(3, d.org.dept.tasks.length));
  p(c, lead);
  const local = (t: string) => (d.org.area === '全市' ? t.replace(/本区/g, '本市').replace(/全区/g, '全市') : t);
  tasks.forEach((t, i) => p(c, `${i + 1}${c.s.itemMark}${local(t)}。`));
  p(c, `${tasks.length + 1}${c.s.itemMark}完成${d.org.area === '全市' ? '市委、市政府' : '区委、区政府'}交办的其他任务。`);
}

function staffSentence(c: Ctx) {
  staffSentenceOnly(c);
  // a department that consolidates units lists them (series generator)
  if (c.d.units?.length) p(c, `纳入本部门${c.d.kind === 'final' ? '决算' : '预算'}编制范围的单位包括：${c.d.units.join('、')}。`);
}

function staffSentenceOnly(c: Ctx) {
  const { d, rng } = c;
  const st = d.staff;
  const name = rng.chance(500) ? d.org.short : c.who;
  const kinds = st.kinds.map((k) => `${k.label}${k.n}人`);
  const total = st.kinds.reduce((a, k) => a + k.n, 0);
  let text: string;
  if (st.kinds.length > 1 && rng.chance(500)) {
    text = `${name}核定编制${total}人，其中：${kinds.join('、')}；实有人数${st.actual}人。`;
    c.stated.staff_authorized = total;
  } else {
    text = `${name}${kinds.join('，')}，实有人数${st.actual}人。`;
    if (st.kinds.length === 1) c.stated.staff_authorized = total;
  }
  c.stated.staff_actual = st.actual;
  const retired = st.lixiu + st.tuixiu;
  if (retired) text += `离退休人员${retired}人，其中：离休${st.lixiu}人，退休${st.tuixiu}人。`;
  p(c, text);
}

function basicLists(d: DocData): { personnel: string; public: string } {
  const nodes = econTree(d.leaves).filter((n) => n.level === 2);
  return {
    personnel: nodes.filter((n) => isPersonnel(n.code)).map((n) => econName(n.code)).join('、'),
    public: nodes.filter((n) => !isPersonnel(n.code)).map((n) => econName(n.code)).join('、'),
  };
}

function glossary(c: Ctx, title: string, level: 1 | 2, plain = false) {
  const q = c.q;
  h(c, level, title, 'glossary', plain);
  const items = [
    ['财政拨款收入', '指本级财政当年拨付的资金，包括一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款。'],
    ['基本支出', '指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。'],
    ['项目支出', '指在基本支出之外为完成特定行政工作任务和事业发展目标所发生的支出。'],
    [`${q[0]}三公${q[1]}经费`, '指使用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。'],
    ['机关运行经费', '指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。'],
  ];
  if (c.d.kind === 'final') items.push(['年末结转和结余', '指本年度或以前年度安排、因客观条件变化无法按原计划实施、需延迟到以后年度继续使用的资金。']);
  items.forEach(([k, v], i) => p(c, `${i + 1}${c.s.itemMark}${k}：${v}`));
  endSec(c);
}

function emptyFunds(c: Ctx, fund: 'gov_fund' | 'state_capital', tableTitle: string) {
  const what = fund === 'gov_fund' ? '政府性基金预算' : '国有资本经营预算';
  const { d } = c;
  if (d.kind === 'final')
    return c.rng.pick([
      `${c.who}${c.Y}年度无${what}财政拨款收入、支出及结转和结余，故${tableTitle}为空表。`,
      `${c.Y}年度${c.who}未使用${what}财政拨款安排支出，${tableTitle}无数据。`,
    ]);
  return c.rng.pick([
    `${c.who}${c.Y}年无${what}财政拨款安排的支出，${tableTitle}为空表。`,
    `${c.Y}年${c.who}没有使用${what}财政拨款安排的预算，故${tableTitle}无数据。`,
  ]);
}

function assetsText(c: Ctx, asOf: string): string {
  const { d, rng } = c;
  const a = d.assets;
  const total = rng.chance(500) ? `固定资产总额${c.N.amt('assets.total', a.total, 'amount')}${c.W}，` : '';
  return `截至${c.N.word('assets.asof', asOf, 'date')}，${c.who}${total}共有车辆${a.vehicles}辆，单位价值50万元以上通用设备${a.equip50}台（套），单位价值100万元以上专用设备${a.equip100}台（套）。`;
}

function procurementText(c: Ctx): string {
  const { d, N, W } = c;
  const pr = d.procurement;
  const total = pr.goods + pr.works + pr.services;
  c.stated.procurement_total = total;
  const budget = d.kind === 'budget';
  const word = budget ? '预算' : '支出';
  let t = `${c.Y}年${budget ? '' : '度'}政府采购${word}总额${N.amt('proc.total', total, 'amount')}${W}，其中：政府采购货物${word}${N.amt('proc.goods', pr.goods, 'amount')}${W}、政府采购工程${word}${N.amt('proc.works', pr.works, 'amount')}${W}、政府采购服务${word}${N.amt('proc.services', pr.services, 'amount')}${W}。`;
  if (total > 0n) {
    if (budget) t += `面向中小企业预留政府采购项目预算金额${N.amt('proc.sme', pr.sme, 'amount')}${W}，其中预留给小型和微型企业的预算金额${N.amt('proc.small', pr.small, 'amount')}${W}。`;
    else
      t += `授予中小企业合同金额${N.amt('proc.sme', pr.sme, 'amount')}${W}，占政府采购支出总额的${N.pct('proc.sme.share', pr.sme, total, 'share')}%，其中：授予小微企业合同金额${N.amt('proc.small', pr.small, 'amount')}${W}，占政府采购支出总额的${N.pct('proc.small.share', pr.small, total, 'share')}%。`;
  }
  return t;
}

// ---------------------------------------------------------------------------------------------
// budget: Beijing / national template

function budgetBeijing(c: Ctx, titles: Map<TableKey, string>) {
  const { d, rng, N, W, Y, PY } = c;
  const a = aggregate(d.leaves);
  const F = aggFiscal(a);
  const R = F + a.otherRevenue;
  const T = R + a.carryIn;
  const E = aggTotal(a);
  const B = aggBasic(a);
  const J = aggProjectAll(a);
  const priorF = a.prior;
  const priorT = a.prior + d.priorOther;
  const word = d.scope === 'unit' ? '单位' : '部门';
  const q = c.q;

  c.blocks.push({ t: 'title', lines: rng.chance(500) ? [d.org.name, `${Y}年${word}预算`] : [`${d.org.name}${Y}年${word}预算公开`] });
  c.blocks.push({ t: 'toc' });
  h(c, 1, `${Y}年${word}预算情况说明`);
  h(c, 2, `${word}主要职责及机构设置情况`, 'overview');
  h(c, 3, `${word}机构设置、职责`);
  const inst = d.staff.institutions ? `，下设${d.staff.institutions}个事业单位` : '';
  duties(c, `${d.org.name}（以下简称${q[0]}${d.org.short}${q[1]}）是负责${d.org.area}${d.org.dept.domain}工作的${d.org.area === '全市' ? '市' : '区'}政府工作部门，内设${d.staff.sections}个科室${inst}。主要职责为：`);
  h(c, 3, '人员构成情况', 'staff');
  staffSentence(c);
  endSec(c);

  h(c, 2, `${Y}年${word}预算收支及增减变化情况说明`, 'totals');
  h(c, 3, '收入预算说明');
  const quote = rng.chance(700);
  const ch = change(c, { id: 'rev.total', cur: T, prior: priorT, label: `${PY}年收入预算`, quotePrior: quote, pctWords: rng.pick(['grow', 'same'] as const) });
  if (quote) c.stated.prior_year_total = priorT;
  let t = `${Y}年收入预算${amtT(c, 'rev.total.cur', T)}，${ch.text}。其中：财政拨款${amtT(c, 'rev.fiscal', F)}`;
  let reasonSign = ch.sign;
  if (rng.chance(600)) {
    const chf = change(c, { id: 'rev.fiscal', cur: F, prior: priorF, label: `${PY}年`, quotePrior: true, pctWords: 'same' });
    t += `，${chf.text}`;
    // the reason follows the fiscal clause: it must not contradict either change
    if (chf.sign !== ch.sign) reasonSign = NaN;
  }
  if (a.otherRevenue) t += `；${d.otherSource}${amtT(c, 'rev.other', a.otherRevenue)}`;
  if (a.carryIn) t += `；上年结转${amtT(c, 'rev.carry', a.carryIn)}`;
  t += `。主要原因是${Number.isNaN(reasonSign) ? '资金来源结构有所调整' : reason(c, reasonSign)}。`;
  p(c, t);
  h(c, 3, '支出预算说明');
  const che = change(c, { id: 'exp.total', cur: E, prior: priorT, label: `${PY}年支出预算`, quotePrior: quote, pctWords: rng.pick(['grow', 'same'] as const) });
  t = `${Y}年支出预算${amtT(c, 'exp.total.cur', E)}，${che.text}。其中：基本支出${amtT(c, 'exp.basic', B)}，占${N.pct('exp.basic.share', B, E, 'share')}%；项目支出${amtT(c, 'exp.project', J)}，占${N.pct('exp.project.share', J, E, 'share')}%。`;
  p(c, t);
  endSec(c);

  h(c, 2, rng.pick(['主要支出情况', '财政拨款支出预算情况']), 'general');
  h(c, 3, '一般公共预算财政拨款支出按功能分类情况');
  const classes = functionTree(d.leaves).filter((n) => n.level === 1 && aggFiscal(n.agg) > 0n);
  t = `${Y}年一般公共预算财政拨款支出${amtT(c, 'gb.total', F)}，主要用于：` +
    classes.map((n) => `${n.name}（类）${amtT(c, `gb.class.${n.code}`, aggFiscal(n.agg))}，占${N.pct(`gb.class.${n.code}.share`, aggFiscal(n.agg), F, 'share')}%`).join('；') + '。';
  p(c, t);
  h(c, 3, '基本支出预算情况', 'basic');
  const lists = basicLists(d);
  t = `基本支出${amtT(c, 'basic.total', aggBasic(a))}，其中：人员经费${amtT(c, 'basic.personnel', a.personnel)}，主要包括${lists.personnel}等；公用经费${amtT(c, 'basic.public', a.public)}，主要包括${lists.public}等。`;
  if (rng.chance(400)) t += `公用经费${amtT(c, 'basic.public.again', a.public)}，${change(c, { id: 'basic.public', cur: a.public, prior: d.priorPublic, label: `${PY}年`, quotePrior: true, pctWords: 'same' }).text}。`;
  p(c, t);
  h(c, 3, '项目支出预算情况', 'general');
  // a section on appropriations: other funds' projects are not in it (say so when they exist)
  const projLabel = J === a.project ? '项目支出' : '一般公共预算财政拨款项目支出';
  p(c, `${projLabel}${amtT(c, 'proj.total', a.project)}，主要包括${d.projects.slice(0, 4).map((x) => x.name).join('、')}等项目。`);
  endSec(c);

  h(c, 2, `${word}${q[0]}三公${q[1]}经费财政拨款预算说明`, 'three');
  h(c, 3, `${q[0]}三公${q[1]}经费的单位范围`);
  p(c, `${d.org.name}${word}预算中因公出国（境）费、公务接待费、公务用车购置及运行维护费的支出单位包括${1 + d.staff.institutions}个单位。`);
  h(c, 3, `${q[0]}三公${q[1]}经费预算财政拨款情况说明`);
  threeBudgetItems(c);
  endSec(c);

  h(c, 2, '其他情况说明');
  h(c, 3, '机关运行经费说明', 'operating');
  c.stated.operating_expenses = d.operating;
  const op = change(c, { id: 'op', cur: d.operating, prior: d.operatingPrior, label: `${PY}年`, quotePrior: rng.chance(500), pctWords: 'same' });
  p(c, `${Y}年${c.who}履行一般行政管理职能、维持机关运行，用一般公共预算财政拨款安排的机关运行经费${N.amt('op.cur', d.operating, 'amount')}${W}，${op.text}，主要原因是${reason(c, op.sign)}。`);
  h(c, 3, '政府采购预算说明', 'procurement');
  p(c, procurementText(c));
  h(c, 3, '绩效目标情况说明', 'performance');
  const perfShare = J === a.project ? `，占项目支出的${N.pct('perf.share', d.perf.amount, J, 'share')}%` : '';
  p(c, `${Y}年${c.who}项目经费中申报绩效目标的项目${d.perf.projects}个，涉及一般公共预算当年拨款${N.amt('perf.amount', d.perf.amount, 'amount')}${W}${perfShare}。`);
  h(c, 3, '政府性基金预算财政拨款情况说明', 'gov_fund');
  p(c, emptyFunds(c, 'gov_fund', titles.get('gov_fund') ?? '政府性基金预算支出表'));
  h(c, 3, '国有资本经营预算财政拨款情况说明', 'state_capital');
  p(c, emptyFunds(c, 'state_capital', titles.get('state_capital') ?? '国有资本经营预算支出表'));
  h(c, 3, '国有资产占用情况说明', 'assets');
  p(c, assetsText(c, `${PY}年12月31日`));
  endSec(c);
  glossary(c, rng.pick(['名词解释', '名称解释']), 2);
  h(c, 1, `${Y}年${word}预算表`);
  c.blocks.push({ t: 'tables' });
}

/** "三公" items of a budget, each compared with the previous year. */
function threeBudgetItems(c: Ctx) {
  const { d, N, W, rng, PY, Y } = c;
  const t = d.three;
  const pr = d.threePrior;
  const q = c.q;
  const label = rng.pick(['上年', `${PY}年`]);
  const tot = change(c, { id: 'three.total', cur: threeTotalOf(t), prior: threeTotalOf(pr), label, quotePrior: false, pctWords: 'same' });
  p(c, `${Y}年${q[0]}三公${q[1]}经费财政拨款预算${N.amt('three.total.cur', threeTotalOf(t), 'three')}${W}，${tot.text}。其中：`);
  const item = (id: string, name: string, cur: Fen, prior: Fen) => {
    const ch = change(c, { id, cur, prior, label, quotePrior: false, pctWords: 'same' });
    return `${name}${N.amt(`${id}.cur`, cur, 'three')}${W}，${ch.text}`;
  };
  const m = c.s.itemMark;
  p(c, `1${m}因公出国（境）费`);
  p(c, `${item('three.out', `${Y}年财政拨款预算安排因公出国（境）费`, t.outbound, pr.outbound)}${t.outbound ? `，计划安排出国（境）团组${d.counts.groups}个、${d.counts.groupPersons}人次` : ''}。`);
  p(c, `2${m}公务接待费`);
  p(c, `${item('three.rec', `${Y}年财政拨款预算安排公务接待费`, t.reception, pr.reception)}。`);
  p(c, `3${m}公务用车购置及运行维护费`);
  p(c, `${Y}年实有公务用车${d.counts.vehicles}辆，${item('three.veh', '财政拨款预算安排公务用车购置及运行维护费', vehicleOf(t), vehicleOf(pr))}。其中：公务用车购置费${N.amt('three.pur', t.vehiclePurchase, 'three')}${W}，公务用车运行维护费${N.amt('three.op', t.vehicleOperation, 'three')}${W}。`);
}

// ---------------------------------------------------------------------------------------------
// budget: Shanghai template

function budgetShanghai(c: Ctx) {
  const { d, rng, N, W, Y, PY } = c;
  const a = aggregate(d.leaves);
  const F = aggFiscal(a);
  const R = F + a.otherRevenue;
  const T = R + a.carryIn;
  const q = c.q;
  const word = d.scope === 'unit' ? '单位' : '部门';
  c.blocks.push({ t: 'title', lines: [`${d.org.city}${d.org.district}${Y}年区级${word}预算`, `预算主管部门：${d.org.name}`] });
  c.blocks.push({ t: 'toc' });
  h(c, 2, `${d.org.name}主要职能`, 'overview', true);
  duties(c, `${d.org.name}是负责${d.org.area}${d.org.dept.domain}工作的政府工作部门。主要职能包括：`);
  h(c, 2, `${d.org.name}机构设置`, 'staff', true);
  p(c, `${d.org.name}${word}预算是包括${word}本部${d.staff.institutions ? `以及下属${d.staff.institutions}家事业单位` : ''}的综合收支计划。`);
  staffSentence(c);
  endSec(c);
  glossary(c, '名词解释', 2, true);
  h(c, 2, `${Y}年${word}预算编制说明`, 'totals', true);
  const priorF = a.prior;
  const chF = change(c, { id: 'rev.fiscal', cur: F, prior: priorF, label: `${PY}年预算`, quotePrior: false, pctWords: 'grow', withPct: rng.chance(400) });
  const shiye = d.otherSource === '事业收入' ? a.otherRevenue : 0n;
  const other = d.otherSource === '其他收入' ? a.otherRevenue : 0n;
  p(c, `${Y}年，${d.org.name}收入预算${amtT(c, 'rev.total.cur', T)}，其中：财政拨款收入${amtT(c, 'rev.fiscal.cur', F)}，${chF.text}；事业收入${N.amt('rev.shiye', shiye, shiye ? 'amount-table' : 'amount')}${W}；事业单位经营收入${N.amt('rev.jy', 0n, 'amount')}${W}；其他收入${N.amt('rev.other', other, other ? 'amount-table' : 'amount')}${W}。`);
  const chE = change(c, { id: 'exp.fiscal', cur: F, prior: priorF, label: `${PY}年预算`, quotePrior: false, pctWords: 'grow', withPct: false });
  const chG = change(c, { id: 'exp.gb', cur: F, prior: priorF, label: `${PY}年预算`, quotePrior: false, pctWords: 'grow', withPct: false });
  p(c, `支出预算${amtT(c, 'exp.total.cur', aggTotal(a))}，其中：财政拨款支出预算${amtT(c, 'exp.fiscal.cur', F)}，${chE.text}。财政拨款支出预算中，一般公共预算拨款支出预算${amtT(c, 'exp.gb.cur', F)}，${chG.text}；政府性基金拨款支出预算${N.amt('exp.gf', 0n, 'amount')}${W}，与${PY}年预算持平；国有资本经营预算拨款支出预算${N.amt('exp.sc', 0n, 'amount')}${W}，与${PY}年预算持平。`);
  p(c, `财政拨款收入支出${chF.sign > 0 ? '增加' : chF.sign < 0 ? '减少' : '持平'}的主要原因是${reason(c, chF.sign)}。`);
  p(c, '财政拨款支出主要内容如下：');
  endSec(c);
  c.sec = 'general';
  c.N.sec = 'general';
  d.leaves.filter((l) => fiscalOf(l) > 0n).forEach((l, i) => {
    const cur = fiscalOf(l);
    const ch = change(c, { id: `item.${l.code}`, cur, prior: l.prior, label: `${PY}年预算执行数`, quotePrior: false, pctWords: 'grow', pctOnly: true });
    const use = l.project > 0n && l.personnel + l.public === 0n ? '未单独设置项级科目的项目支出' : `${l.name}方面的基本支出`;
    const sep = rng.chance(500) ? 'paren' : 'dash';
    p(c, `${i + 1}. ${q[0]}${fullName(l.code, sep)}${q[1]}科目${amtT(c, `item.${l.code}.cur`, cur)}，主要用于${use}。${PY}年当年预算执行数为${N.amt(`item.${l.code}.prior`, l.prior, 'amount')}${W}，${Y}年预算安排${amtT(c, `item.${l.code}.again`, cur)}，${ch.text}。`);
  });
  endSec(c);
  c.blocks.push({ t: 'tables' });
  h(c, 2, '其他相关情况说明', undefined, true);
  h(c, 2, `${Y}年${q[0]}三公${q[1]}经费预算情况说明`, 'three');
  const t3 = d.three;
  const pr = d.threePrior;
  const tot = change(c, { id: 'three.total', cur: threeTotalOf(t3), prior: threeTotalOf(pr), label: `${PY}年预算`, quotePrior: false, pctWords: 'grow' });
  const it = (id: string, cur: Fen, prior: Fen) => `${N.amt(`${id}.cur`, cur, 'three')}${W}，${change(c, { id, cur, prior, label: `${PY}年预算`, quotePrior: false, pctWords: 'grow' }).text}`;
  p(c, `${Y}年${q[0]}三公${q[1]}经费预算数为${N.amt('three.total.cur', threeTotalOf(t3), 'three')}${W}，${tot.text}。其中：（一）因公出国（境）费${it('three.out', t3.outbound, pr.outbound)}。（二）公务用车购置及运行费${it('three.veh', vehicleOf(t3), vehicleOf(pr))}。其中：公务用车购置费${N.amt('three.pur', t3.vehiclePurchase, 'three')}${W}，公务用车运行费${N.amt('three.op', t3.vehicleOperation, 'three')}${W}。（三）公务接待费${it('three.rec', t3.reception, pr.reception)}。`);
  endSec(c);
  h(c, 2, '机关运行经费预算', 'operating');
  c.stated.operating_expenses = d.operating;
  p(c, `${Y}年${d.org.name}下属${1 + d.staff.institutions}家单位财政拨款的机关运行经费预算为${N.amt('op.cur', d.operating, 'amount')}${W}。`);
  h(c, 2, '政府采购预算情况', 'procurement');
  p(c, procurementText(c));
  h(c, 2, '绩效目标设置情况', 'performance');
  p(c, `按照预算绩效管理工作的总体要求，${c.who}${1 + d.staff.institutions}个预算单位开展了${Y}年项目预算绩效目标编报工作，编报绩效目标的项目${d.perf.projects}个，涉及项目预算资金${N.amt('perf.amount', d.perf.amount, 'amount')}${W}。`);
  h(c, 2, '国有资产占有使用情况', 'assets');
  p(c, assetsText(c, `${PY}年12月31日`));
  endSec(c);
}

// ---------------------------------------------------------------------------------------------
// final accounts

function finalNarrative(c: Ctx, titles: Map<TableKey, string>) {
  const { d, s, rng, N, W, Y, PY } = c;
  const a = aggregate(d.leaves);
  const F = aggFiscal(a);
  const R = F + a.otherRevenue;
  const T = R + a.carryIn;
  const E = aggTotal(a);
  const B = aggBasic(a);
  const J = aggProjectAll(a);
  const priorF = a.prior;
  const priorT = a.prior + d.priorOther;
  const word = d.scope === 'unit' ? '单位' : '部门';
  const q = c.q;

  c.blocks.push({ t: 'title', lines: rng.chance(500) ? [d.org.name, `${Y}年度${word}决算`] : [`${d.org.name}${Y}年度${word}决算公开`] });
  c.blocks.push({ t: 'toc' });
  h(c, 1, `${word}概况`);
  h(c, 2, '主要职能', 'overview');
  duties(c, `${d.org.name}是负责${d.org.area}${d.org.dept.domain}工作的政府工作部门。主要职能是：`);
  h(c, 2, '机构设置及人员情况', 'staff');
  p(c, `${d.org.name}内设${d.staff.sections}个科室${d.staff.institutions ? `，下属${d.staff.institutions}个事业单位` : '，无下属预算单位'}。`);
  staffSentence(c);
  endSec(c);
  if (s.tablesFirst) {
    h(c, 1, `${Y}年度${word}决算表`);
    c.blocks.push({ t: 'tables' });
  }
  h(c, 1, `${Y}年度${word}决算情况说明`);

  h(c, 2, '收入支出决算总体情况说明', 'totals');
  const quote = rng.chance(500);
  if (quote) c.stated.prior_year_total = priorT;
  const form = rng.pick(['bi', 'yu'] as const);
  const ch = change(c, { id: 'total', cur: T, prior: priorT, label: form === 'yu' ? `${PY}年度` : '上年', quotePrior: quote, pctWords: 'grow', form });
  p(c, `${Y}年度收、支总计${amtT(c, 'total.cur', T)}，${ch.text}。主要原因是${reason(c, ch.sign)}。`);
  if (a.carryIn || a.carryOut || rng.chance(300))
    p(c, `其中：本年收入合计${amtT(c, 'total.rev', R)}，年初结转和结余${N.amt('total.carryIn', a.carryIn, a.carryIn ? 'amount-table' : 'amount')}${W}；本年支出合计${amtT(c, 'total.exp', E)}，年末结转和结余${N.amt('total.carryOut', a.carryOut, a.carryOut ? 'amount-table' : 'amount')}${W}。`);
  endSec(c);

  h(c, 2, '收入决算情况说明', 'revenue');
  let t = `本年收入合计${amtT(c, 'rev.cur', R)}，其中：财政拨款收入${amtT(c, 'rev.fiscal', F)}，占${N.pct('rev.fiscal.share', F, R, 'share')}%`;
  if (a.otherRevenue) t += `；${d.otherSource}${amtT(c, 'rev.other', a.otherRevenue)}，占${N.pct('rev.other.share', a.otherRevenue, R, 'share')}%`;
  p(c, t + '。');
  h(c, 2, '支出决算情况说明', 'expenditure');
  p(c, `本年支出合计${amtT(c, 'exp.cur', E)}，其中：基本支出${amtT(c, 'exp.basic', B)}，占${N.pct('exp.basic.share', B, E, 'share')}%；项目支出${amtT(c, 'exp.project', J)}，占${N.pct('exp.project.share', J, E, 'share')}%。`);
  h(c, 2, '财政拨款收入支出决算总体情况说明', 'fiscal');
  const chF = change(c, { id: 'fiscal', cur: F, prior: priorF, label: `${PY}年度`, quotePrior: false, pctWords: 'grow', form: 'yu' });
  p(c, `${Y}年度财政拨款收、支总计${amtT(c, 'fiscal.cur', F)}，${chF.text}。主要原因是${reason(c, chF.sign)}。`);
  if (rng.chance(500))
    p(c, `与年初预算相比，年初预算数${N.amt('fiscal.budget', a.budget, 'amount')}${W}，决算数${amtT(c, 'fiscal.final', F)}，完成年初预算的${N.pct('fiscal.rate', F, a.budget, 'completion')}%。`);
  endSec(c);

  h(c, 2, '一般公共预算财政拨款支出决算情况说明', 'general');
  h(c, 3, '一般公共预算财政拨款支出决算总体情况');
  const chG = change(c, { id: 'gb', cur: F, prior: priorF, label: `${PY}年度`, quotePrior: false, pctWords: 'grow', form: 'yu' });
  p(c, `${Y}年度一般公共预算财政拨款支出${amtT(c, 'gb.cur', F)}，占本年支出合计的${N.pct('gb.share', F, E, 'share')}%。${chG.text}。主要原因是${reason(c, chG.sign)}。`);
  h(c, 3, '一般公共预算财政拨款支出决算结构情况');
  const tree = functionTree(d.leaves);
  const classes = tree.filter((n) => n.level === 1 && aggFiscal(n.agg) > 0n);
  p(c, `一般公共预算财政拨款支出${amtT(c, 'gb.struct', F)}，主要用于以下方面：` +
    classes.map((n) => `${n.name}（类）${amtT(c, `gb.class.${n.code}`, aggFiscal(n.agg))}，占${N.pct(`gb.class.${n.code}.share`, aggFiscal(n.agg), F, 'share')}%`).join('；') + '。');
  h(c, 3, '一般公共预算财政拨款支出决算具体情况');
  p(c, `一般公共预算财政拨款支出年初预算为${N.amt('gb.budget', a.budget, 'amount')}${W}，支出决算为${amtT(c, 'gb.final', F)}，完成年初预算的${N.pct('gb.rate', F, a.budget, 'completion')}%。其中：`);
  const m = s.itemMark;
  if (rng.chance(500)) {
    // per 项
    d.leaves.filter((l) => fiscalOf(l) > 0n).forEach((l, i) => {
      const act = fiscalOf(l);
      const cmp = act > l.budget ? '决算数大于预算数' : act < l.budget ? '决算数小于预算数' : '决算数与预算数持平';
      p(c, `${i + 1}${m}${fullName(l.code, 'paren')}。年初预算为${N.amt(`leaf.${l.code}.budget`, l.budget, 'amount')}${W}，支出决算为${amtT(c, `leaf.${l.code}.final`, act)}，完成年初预算的${N.pct(`leaf.${l.code}.rate`, act, l.budget, 'completion')}%。${cmp}的主要原因是${reason(c, act > l.budget ? 1 : act < l.budget ? -1 : 0)}。`);
    });
  } else {
    // per 类, then its 款
    classes.forEach((n, i) => {
      const act = aggFiscal(n.agg);
      p(c, `${i + 1}${m}${q[0]}${n.name}${q[1]}（类）${Y}年度年初预算${N.amt(`class.${n.code}.budget`, n.agg.budget, 'amount')}${W}，${Y}年度决算${amtT(c, `class.${n.code}.final`, act)}，完成年初预算的${N.pct(`class.${n.code}.rate`, act, n.agg.budget, 'completion')}%。其中：`);
      for (const k of tree.filter((x) => x.level === 2 && classCode(x.code) === n.code && aggFiscal(x.agg) > 0n)) {
        const ak = aggFiscal(k.agg);
        p(c, `${q[0]}${k.name}${q[1]}（款）${Y}年度年初预算${N.amt(`kuan.${k.code}.budget`, k.agg.budget, 'amount')}${W}，${Y}年度决算${amtT(c, `kuan.${k.code}.final`, ak)}，完成年初预算的${N.pct(`kuan.${k.code}.rate`, ak, k.agg.budget, 'completion')}%。主要原因是${reason(c, ak > k.agg.budget ? 1 : ak < k.agg.budget ? -1 : 0)}。`);
      }
    });
  }
  endSec(c);

  h(c, 2, '一般公共预算财政拨款基本支出决算情况说明', 'basic');
  const lists = basicLists(d);
  p(c, `${Y}年度一般公共预算财政拨款基本支出${amtT(c, 'basic.total', aggBasic(a))}，其中：人员经费${amtT(c, 'basic.personnel', a.personnel)}，主要包括：${lists.personnel}；公用经费${amtT(c, 'basic.public', a.public)}，主要包括：${lists.public}。`);
  endSec(c);

  h(c, 2, `财政拨款${q[0]}三公${q[1]}经费支出决算情况说明`, 'three');
  threeFinal(c);
  endSec(c);

  h(c, 2, '政府性基金预算财政拨款收入支出决算情况说明', 'gov_fund');
  p(c, emptyFunds(c, 'gov_fund', titles.get('gov_fund') ?? '政府性基金预算财政拨款收入支出决算表'));
  h(c, 2, '国有资本经营预算财政拨款收入支出决算情况说明', 'state_capital');
  p(c, emptyFunds(c, 'state_capital', titles.get('state_capital') ?? '国有资本经营预算财政拨款收入支出决算表'));
  endSec(c);

  h(c, 2, '其他重要事项的情况说明');
  h(c, 3, '机关运行经费支出情况', 'operating');
  c.stated.operating_expenses = d.operating;
  const op = change(c, { id: 'op', cur: d.operating, prior: d.operatingPrior, label: `${PY}年度`, quotePrior: false, pctWords: 'grow' });
  p(c, `${Y}年度${d.org.name}（行政单位和参照公务员法管理的事业单位）机关运行经费支出${N.amt('op.cur', d.operating, 'amount')}${W}，${op.text}。主要原因是${reason(c, op.sign)}。`);
  h(c, 3, '政府采购支出情况', 'procurement');
  p(c, procurementText(c));
  h(c, 3, '国有资产占用情况', 'assets');
  p(c, assetsText(c, `${Y}年12月31日`));
  h(c, 3, '预算绩效管理情况', 'performance');
  p(c, `根据预算绩效管理要求，${c.who}对${d.perf.projects}个项目开展了绩效自评，涉及一般公共预算财政拨款${N.amt('perf.amount', d.perf.amount, 'amount')}${W}，平均得分${d.perf.score}分。`);
  endSec(c);
  glossary(c, '名词解释', 1);
  if (!s.tablesFirst) {
    h(c, 1, `${Y}年度${word}决算表`);
    c.blocks.push({ t: 'tables' });
  }
}

function threeFinal(c: Ctx) {
  const { d, N, W, Y, PY, rng } = c;
  const t = d.three;
  const b = d.threeBudget;
  const pr = d.threePrior;
  const q = c.q;
  const rate = (id: string, act: Fen, bud: Fen) => (bud > 0n ? `，完成年初预算的${N.pct(`${id}.rate`, act, bud, 'completion')}%` : '');
  const tot = threeTotalOf(t);
  const totB = threeTotalOf(b);
  p(c,
    `${Y}年度${q[0]}三公${q[1]}经费财政拨款支出年初预算为${N.amt('three.budget', totB, 'amount')}${W}，支出决算为${N.amt('three.total.cur', tot, 'three')}${W}${rate('three.total', tot, totB)}。其中：` +
      `因公出国（境）费支出决算为${N.amt('three.out.cur', t.outbound, 'three')}${W}${rate('three.out', t.outbound, b.outbound)}；` +
      `公务用车购置及运行维护费支出决算为${N.amt('three.veh.cur', vehicleOf(t), 'three')}${W}${rate('three.veh', vehicleOf(t), vehicleOf(b))}；` +
      `公务接待费支出决算为${N.amt('three.rec.cur', t.reception, 'three')}${W}${rate('three.rec', t.reception, b.reception)}。`,
  );
  const ch = change(c, { id: 'three.total', cur: tot, prior: threeTotalOf(pr), label: `${PY}年度`, quotePrior: rng.chance(400), pctWords: 'grow' });
  p(c, `${Y}年度${q[0]}三公${q[1]}经费财政拨款支出决算${N.amt('three.total.again', tot, 'three')}${W}，${ch.text}，主要原因是${reason(c, ch.sign)}。`);
  const ct = d.counts;
  let det = t.outbound ? `因公出国（境）费支出${N.amt('three.out.again', t.outbound, 'three')}${W}，全年组织因公出国（境）团组${ct.groups}个，累计${ct.groupPersons}人次。` : `${Y}年度未发生因公出国（境）费支出。`;
  det += `公务用车购置及运行维护费支出${N.amt('three.veh.again', vehicleOf(t), 'three')}${W}，其中：公务用车购置费${N.amt('three.pur', t.vehiclePurchase, 'three')}${W}，购置公务用车${ct.purchased}辆；公务用车运行维护费${N.amt('three.op', t.vehicleOperation, 'three')}${W}，年末公务用车保有量${ct.vehicles}辆。`;
  det += t.reception ? `公务接待费支出${N.amt('three.rec.again', t.reception, 'three')}${W}，全年接待国内公务${ct.receptions}批次、${ct.receptionPersons}人次。` : `${Y}年度未发生公务接待费支出。`;
  p(c, det);
}

export function buildNarrative(d: DocData, s: Style, rng: Rng, N: Slots, titles: Map<TableKey, string>): Narrative {
  const c: Ctx = {
    d, s, rng, N,
    W: s.narrUnit,
    Y: d.year,
    PY: d.year - 1,
    who: d.scope === 'unit' ? '本单位' : '本部门',
    q: s.quote,
    blocks: [],
    stated: {},
  };
  if (d.kind === 'final') finalNarrative(c, titles);
  else if (s.titles === 'shanghai') budgetShanghai(c);
  else budgetBeijing(c, titles);
  const removable = [...new Set(c.blocks.map((b) => (b.t === 'h' || b.t === 'p' ? b.sec : undefined)).filter((x): x is SectionId => !!x))];
  return { blocks: c.blocks, stated: c.stated, removable };
}
