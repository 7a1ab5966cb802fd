/**
 * The figures of one synthetic disclosure, drawn from the seed: every amount an exact integer of 分,
 * every total the exact sum of its parts. Rendering (tables, narrative) only reads this.
 */
import type { Rng } from './prng.js';
import { FUNCTION_XIANG, functionName, isPersonnel } from './codes.js';
import { Fen, WAN, YUAN, roundTo, sum } from './money.js';
import { makeOrg, type Org, type Region } from './org.js';

export type Kind = 'budget' | 'final';
export type Scope = 'department' | 'unit';

export interface EconAmount {
  code: string;
  amount: Fen;
}

/** One 项 of the function classification with everything booked on it. */
export interface Leaf {
  code: string;
  name: string;
  /** Basic expenditure (一般公共预算财政拨款) by economic 款. */
  econ: EconAmount[];
  personnel: Fen;
  public: Fen;
  /** Project expenditure from 一般公共预算财政拨款. */
  project: Fen;
  /** Non-fiscal money (其他收入 / 事业收入) received this year, booked on this 项. */
  otherRevenue: Fen;
  /** Non-fiscal carry-over from last year (年初结转和结余 / 上年结转). */
  carryIn: Fen;
  /** Non-fiscal money carried into next year (年末结转和结余; final accounts only). */
  carryOut: Fen;
  /** The previous year's figure of this 项 (fiscal). */
  prior: Fen;
  /** 年初预算 (final accounts). */
  budget: Fen;
}

export const basicOf = (l: Leaf): Fen => l.personnel + l.public;
export const fiscalOf = (l: Leaf): Fen => l.personnel + l.public + l.project;
/** Non-fiscal expenditure (always project expenditure). */
export const otherSpentOf = (l: Leaf): Fen => l.otherRevenue + l.carryIn - l.carryOut;
/** All-funds expenditure. */
export const totalOf = (l: Leaf): Fen => fiscalOf(l) + otherSpentOf(l);
export const projectAllOf = (l: Leaf): Fen => l.project + otherSpentOf(l);

export interface ThreePublic {
  outbound: Fen;
  vehiclePurchase: Fen;
  vehicleOperation: Fen;
  reception: Fen;
}
export const vehicleOf = (t: ThreePublic): Fen => t.vehiclePurchase + t.vehicleOperation;
export const threeTotalOf = (t: ThreePublic): Fen => t.outbound + t.vehiclePurchase + t.vehicleOperation + t.reception;

export interface Project {
  name: string;
  code: string;
  amount: Fen;
}

export interface Staff {
  /** Kinds of 编制 printed (行政编制, 事业编制, 工勤编制). */
  kinds: { label: string; n: number }[];
  actual: number;
  lixiu: number;
  tuixiu: number;
  sections: number;
  institutions: number;
}

export interface DocData {
  kind: Kind;
  year: number;
  scope: Scope;
  org: Org;
  staff: Staff;
  /** 项 in code order. */
  leaves: Leaf[];
  otherSource: '其他收入' | '事业收入';
  /** Previous year's non-fiscal spending (for the prior total). */
  priorOther: Fen;
  priorPersonnel: Fen;
  priorPublic: Fen;
  projects: Project[];
  three: ThreePublic;
  threePrior: ThreePublic;
  /** 年初预算 of the "三公" items (final accounts). */
  threeBudget: ThreePublic;
  counts: { groups: number; groupPersons: number; vehicles: number; purchased: number; receptions: number; receptionPersons: number };
  operating: Fen;
  operatingPrior: Fen;
  /** 会议费 and 培训费 (printed beside the "三公" items in some regions; not part of them). */
  meetings: Fen;
  training: Fen;
  procurement: { goods: Fen; works: Fen; services: Fen; sme: Fen; small: Fen };
  assets: { vehicles: number; equip50: number; equip100: number; total: Fen };
  perf: { projects: number; amount: Fen; score: string };
  /** Quantum of table figures (1 分, or 100 元 when tables print 万元 with 2 decimals). */
  q: Fen;
  /** Quantum of figures printed only in the narrative. */
  nq: Fen;
  /** Quantum of "三公" figures. */
  tq: Fen;
  /** The units a department consolidates, printed in its narrative (series generator only). */
  units?: string[];
}

// ---- aggregates ----------------------------------------------------------------------------

export interface Agg {
  personnel: Fen;
  public: Fen;
  project: Fen;
  otherRevenue: Fen;
  carryIn: Fen;
  carryOut: Fen;
  prior: Fen;
  budget: Fen;
}

export function aggregate(leaves: Iterable<Leaf>): Agg {
  const a: Agg = { personnel: 0n, public: 0n, project: 0n, otherRevenue: 0n, carryIn: 0n, carryOut: 0n, prior: 0n, budget: 0n };
  for (const l of leaves) {
    a.personnel += l.personnel;
    a.public += l.public;
    a.project += l.project;
    a.otherRevenue += l.otherRevenue;
    a.carryIn += l.carryIn;
    a.carryOut += l.carryOut;
    a.prior += l.prior;
    a.budget += l.budget;
  }
  return a;
}

export const aggBasic = (a: Agg): Fen => a.personnel + a.public;
export const aggFiscal = (a: Agg): Fen => a.personnel + a.public + a.project;
export const aggOtherSpent = (a: Agg): Fen => a.otherRevenue + a.carryIn - a.carryOut;
export const aggTotal = (a: Agg): Fen => aggFiscal(a) + aggOtherSpent(a);
export const aggProjectAll = (a: Agg): Fen => a.project + aggOtherSpent(a);

/** A node of the 类 › 款 › 项 tree. */
export interface FuncNode {
  code: string;
  name: string;
  level: 1 | 2 | 3;
  agg: Agg;
  leaf?: Leaf;
}

/** 类, 款 and 项 rows in table order (each 类 followed by its 款, each 款 by its 项). */
export function functionTree(leaves: Leaf[]): FuncNode[] {
  const out: FuncNode[] = [];
  const classes = [...new Set(leaves.map((l) => l.code.slice(0, 3)))];
  for (const c of classes) {
    const inC = leaves.filter((l) => l.code.startsWith(c));
    out.push({ code: c, name: functionName(c), level: 1, agg: aggregate(inC) });
    for (const k of [...new Set(inC.map((l) => l.code.slice(0, 5)))]) {
      const inK = inC.filter((l) => l.code.startsWith(k));
      out.push({ code: k, name: functionName(k), level: 2, agg: aggregate(inK) });
      for (const l of inK) out.push({ code: l.code, name: l.name, level: 3, agg: aggregate([l]), leaf: l });
    }
  }
  return out;
}

export interface EconNode {
  code: string;
  level: 1 | 2;
  amount: Fen;
  personnel: Fen;
  public: Fen;
}

/** Basic expenditure by economic 类 › 款. */
export function econTree(leaves: Leaf[]): EconNode[] {
  const byCode = new Map<string, Fen>();
  for (const l of leaves) for (const e of l.econ) byCode.set(e.code, (byCode.get(e.code) ?? 0n) + e.amount);
  const codes = [...byCode.keys()].sort();
  const out: EconNode[] = [];
  for (const cls of [...new Set(codes.map((c) => c.slice(0, 3)))]) {
    const kids = codes.filter((c) => c.startsWith(cls));
    const total = sum(kids.map((c) => byCode.get(c)!));
    const pers = isPersonnel(cls);
    out.push({ code: cls, level: 1, amount: total, personnel: pers ? total : 0n, public: pers ? 0n : total });
    for (const c of kids) {
      const a = byCode.get(c)!;
      out.push({ code: c, level: 2, amount: a, personnel: pers ? a : 0n, public: pers ? 0n : a });
    }
  }
  return out;
}

// ---- drawing -------------------------------------------------------------------------------

/** An amount in [lo, hi] 元, in a granularity typical of budgets (whole 元, hundreds, 分), at least `q`. */
function draw(rng: Rng, loYuan: number, hiYuan: number, q: Fen): Fen {
  const g0 = rng.weighted<Fen>([
    [1n, 25],
    [YUAN, 35],
    [100n * YUAN, 25],
    [WAN, 15],
  ]);
  const g = g0 > q ? g0 : q;
  const lo = BigInt(Math.round(loYuan)) * YUAN;
  const hi = BigInt(Math.round(hiYuan)) * YUAN;
  let v = rng.big(lo / g, hi / g) * g;
  if (v <= 0n) v = g;
  return v;
}

/** `base × pct/10000` (pct in basis points), rounded to a granularity, at least `q`. */
function share(rng: Rng, base: Fen, bpLo: number, bpHi: number, q: Fen): Fen {
  const bp = BigInt(rng.int(bpLo, bpHi));
  const g0 = rng.weighted<Fen>([
    [1n, 40],
    [YUAN, 40],
    [100n * YUAN, 20],
  ]);
  const g = g0 > q ? g0 : q;
  const v = roundTo((base * bp) / 10000n, g);
  return v > 0n ? v : g;
}

/** `x × (1 + pct)` with pct drawn in per mille, in a granularity of at least `q`. */
function vary(rng: Rng, x: Fen, lo: number, hi: number, q: Fen): Fen {
  const pm = BigInt(rng.int(lo, hi));
  const g = maxFen(q, rng.pick([1n, YUAN, 100n * YUAN]));
  const v = roundTo((x * (1000n + pm)) / 1000n, g);
  return v > 0n ? v : g;
}

const maxFen = (a: Fen, b: Fen): Fen => (a > b ? a : b);

export interface DataOptions {
  kind: Kind;
  region: Region;
  /** Quanta (see DocData). */
  q: Fen;
  nq: Fen;
  tq: Fen;
  /** Quantum of 机关运行经费 (printed in a "三公" table of its own unit in Shanghai budgets). */
  operatingQ: Fen;
}

const GENERIC_PROJECTS = ['机关运转保障经费', '信息化运维经费', '宣传工作经费', '业务培训经费', '办公设备更新经费', '档案整理经费'];

export function buildData(rng: Rng, o: DataOptions): DocData {
  const org = makeOrg(rng, o.region);
  const kind = o.kind;
  const year = kind === 'budget' ? rng.int(2019, 2026) : rng.int(2018, 2025);
  const scope: Scope = rng.chance(150) ? 'unit' : 'department';
  const { q, nq, tq } = o;
  const dept = org.dept;
  const kuan = dept.kuan;

  // ---- staff
  const admin = rng.int(6, 90);
  const hasInst = dept.hasInstitution && FUNCTION_XIANG[kuan + '50'] !== undefined && rng.chance(450);
  const instStaff = hasInst ? rng.int(3, 30) : 0;
  const workers = rng.chance(300) ? rng.int(1, 8) : 0;
  const kinds = [{ label: '行政编制', n: admin + rng.int(0, 6) }];
  if (hasInst) kinds.push({ label: '事业编制', n: instStaff + rng.int(0, 4) });
  if (workers) kinds.push({ label: '工勤编制', n: workers });
  const lixiu = rng.chance(200) ? rng.int(1, 3) : 0;
  const tuixiu = rng.chance(850) ? rng.int(1, 45) : 0;
  const staff: Staff = { kinds, actual: admin + instStaff + workers, lixiu, tuixiu, sections: rng.int(3, 14), institutions: hasInst ? rng.int(1, 3) : 0 };

  // ---- three public (needed before basic: basic carries part of them)
  const isForeign = dept.name.includes('外事');
  const three: ThreePublic = { outbound: 0n, vehiclePurchase: 0n, vehicleOperation: 0n, reception: 0n };
  let vehicles = rng.chance(500) ? rng.int(1, 6) : 0;
  if (isForeign ? rng.chance(850) : rng.chance(250)) three.outbound = draw(rng, isForeign ? 80_000 : 15_000, isForeign ? 800_000 : 200_000, tq);
  if (vehicles) three.vehicleOperation = draw(rng, 12_000 * vehicles, 40_000 * vehicles, tq);
  let purchased = 0;
  if (vehicles && rng.chance(120)) {
    purchased = rng.int(1, Math.min(2, vehicles));
    three.vehiclePurchase = draw(rng, 150_000 * purchased, 300_000 * purchased, tq);
  }
  if (rng.chance(850)) three.reception = draw(rng, 1_500, 60_000, tq);
  const counts = {
    groups: three.outbound ? rng.int(1, 8) : 0,
    groupPersons: 0,
    vehicles,
    purchased,
    receptions: three.reception ? rng.int(3, 60) : 0,
    receptionPersons: 0,
  };
  counts.groupPersons = counts.groups ? counts.groups * rng.int(1, 5) : 0;
  counts.receptionPersons = counts.receptions ? counts.receptions * rng.int(3, 12) : 0;
  vehicles = counts.vehicles;

  // ---- basic expenditure by 项 and economic 款
  const leaves: Leaf[] = [];
  const mkLeaf = (code: string): Leaf => {
    let l = leaves.find((x) => x.code === code);
    if (!l) {
      l = { code, name: functionName(code), econ: [], personnel: 0n, public: 0n, project: 0n, otherRevenue: 0n, carryIn: 0n, carryOut: 0n, prior: 0n, budget: 0n };
      leaves.push(l);
    }
    return l;
  };
  const book = (code: string, econ: string, amount: Fen) => {
    if (amount <= 0n) return;
    const l = mkLeaf(code);
    const e = l.econ.find((x) => x.code === econ);
    if (e) e.amount += amount;
    else l.econ.push({ code: econ, amount });
    if (isPersonnel(econ)) l.personnel += amount;
    else l.public += amount;
  };

  const run = kuan + '01';
  const wage = (n: number): Fen => BigInt(n) * draw(rng, 150_000, 260_000, q);
  const adminWage = wage(admin + workers);
  book(run, '30101', share(rng, adminWage, 1400, 2200, q));
  book(run, '30102', share(rng, adminWage, 3800, 5200, q));
  book(run, '30103', share(rng, adminWage, 600, 1200, q));
  if (rng.chance(400)) book(run, '30106', share(rng, adminWage, 100, 300, q));
  book(run, '30112', share(rng, adminWage, 40, 160, q));
  if (rng.chance(600)) book(run, '30199', share(rng, adminWage, 100, 500, q));
  const perHead = BigInt(admin + workers);
  const pub = (econ: string, lo: number, hi: number, pm = 1000) => {
    if (rng.chance(pm)) book(run, econ, draw(rng, lo * Number(perHead), hi * Number(perHead), q));
  };
  pub('30201', 800, 4_000);
  pub('30202', 100, 800, 500);
  pub('30205', 50, 300, 700);
  pub('30206', 300, 1_500, 800);
  pub('30207', 200, 1_200, 850);
  pub('30209', 500, 3_000, 350);
  pub('30211', 300, 2_000, 900);
  pub('30213', 200, 1_500, 700);
  pub('30215', 50, 500, 600);
  pub('30216', 100, 900, 750);
  pub('30226', 300, 2_500, 300);
  book(run, '30228', share(rng, adminWage, 150, 250, q));
  book(run, '30229', share(rng, adminWage, 200, 500, q));
  pub('30239', 3_000, 9_000, 800);
  pub('30299', 500, 4_000, 850);
  if (rng.chance(250)) book(run, '31002', draw(rng, 5_000, 80_000, q));
  // "三公" items paid from basic expenditure (never more than the "三公" figure)
  if (three.reception) {
    const g = maxFen(q, YUAN);
    const part = ((three.reception * BigInt(rng.int(400, 990))) / 1000n / g) * g;
    book(run, '30217', rng.chance(600) || part <= 0n ? three.reception : part);
  }
  if (three.vehicleOperation) book(run, '30231', three.vehicleOperation);
  if (three.outbound && rng.chance(300)) book(run, '30212', three.outbound);
  if (rng.chance(400)) book(run, '30309', draw(rng, 1_000, 20_000, q));
  if (rng.chance(500)) book(run, '30399', draw(rng, 5_000, 80_000, q));

  let instWage = 0n;
  if (hasInst) {
    const inst = kuan + '50';
    instWage = wage(instStaff);
    book(inst, '30101', share(rng, instWage, 1200, 2000, q));
    book(inst, '30102', share(rng, instWage, 2000, 3000, q));
    book(inst, '30107', share(rng, instWage, 2500, 4000, q));
    book(inst, '30112', share(rng, instWage, 40, 160, q));
    book(inst, '30201', draw(rng, 500 * instStaff, 3_000 * instStaff, q));
    if (rng.chance(700)) book(inst, '30211', draw(rng, 200 * instStaff, 1_500 * instStaff, q));
    book(inst, '30228', share(rng, instWage, 150, 250, q));
    if (rng.chance(600)) book(inst, '30299', draw(rng, 1_000, 60_000, q));
  }
  if (lixiu || tuixiu) {
    if (lixiu) book('2080501', '30301', draw(rng, 60_000 * lixiu, 150_000 * lixiu, q));
    if (tuixiu) book('2080501', '30302', draw(rng, 2_000 * tuixiu, 20_000 * tuixiu, q));
    if (rng.chance(400)) book('2080501', '30399', draw(rng, 1_000, 40_000, q));
    if (rng.chance(300)) book('2080501', '30229', draw(rng, 1_000, 30_000, q));
  }
  const allWage = adminWage + instWage;
  book('2080505', '30108', share(rng, allWage, 1500, 1700, q));
  if (rng.chance(850)) book('2080506', '30109', share(rng, allWage, 750, 850, q));
  if (rng.chance(80)) book('2080599', '30399', draw(rng, 1_000, 20_000, q));
  if (rng.chance(50)) book('2080801', '30304', draw(rng, 20_000, 200_000, q));
  book('2101101', '30110', share(rng, adminWage, 800, 1000, q));
  if (hasInst) book('2101102', '30110', share(rng, instWage, 800, 1000, q));
  if (rng.chance(300)) book('2101103', '30111', share(rng, adminWage, 100, 300, q));
  book('2210201', '30113', share(rng, allWage, 1100, 1300, q));
  if (rng.chance(250)) book('2210202', '30102', draw(rng, 500, 20_000, q));
  if (rng.chance(600)) book('2210203', '30102', share(rng, allWage, 300, 900, q));

  // ---- projects
  const nProjects = rng.int(1, 7);
  const names = rng.shuffle([...dept.projectNames, ...GENERIC_PROJECTS]);
  const projectCodes = [...dept.projects];
  if (!projectCodes.includes(kuan + '02')) projectCodes.push(kuan + '02');
  const projects: Project[] = [];
  for (let i = 0; i < nProjects; i++) {
    const code = i === 0 ? kuan + '02' : rng.chance(150) ? run : rng.pick(projectCodes);
    const amount = draw(rng, 20_000, rng.chance(300) ? 5_000_000 : 900_000, q);
    projects.push({ name: names[i % names.length], code, amount });
    mkLeaf(code).project += amount;
  }
  // a project in another class, now and then
  if (rng.chance(150)) {
    const [code, name] = rng.pick([
      ['2050803', '干部教育培训经费'],
      ['2069999', '科技服务专项经费'],
      ['2070199', '文化宣传专项经费'],
    ] as const);
    const amount = draw(rng, 10_000, 600_000, q);
    projects.push({ name, code, amount });
    mkLeaf(code).project += amount;
  }
  if (three.vehiclePurchase) {
    // vehicle purchases are project expenditure (公务用车购置)
    const l = mkLeaf(kuan + '02');
    l.project += three.vehiclePurchase;
    projects.push({ name: '公务用车更新购置经费', code: kuan + '02', amount: three.vehiclePurchase });
  }
  leaves.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  for (const l of leaves) l.econ.sort((a, b) => (a.code < b.code ? -1 : 1));

  // ---- non-fiscal money (always project expenditure)
  const otherSource = hasInst && rng.chance(400) ? '事业收入' : '其他收入';
  if (rng.chance(250)) {
    const ls = rng.sample(leaves.filter((l) => l.project > 0n), rng.int(1, 2));
    for (const l of ls) l.otherRevenue = draw(rng, 5_000, 500_000, q);
  }
  // non-fiscal carry-over: final accounts, and budgets of templates whose tables have a 上年结转 row/column
  const carryDraw = rng.chance(kind === 'final' ? 250 : 120);
  const carryAmount = draw(rng, 5_000, 300_000, q);
  const carryLeaf = rng.pick(leaves.filter((x) => x.project > 0n));
  if (carryDraw && (kind === 'final' || o.region !== 'shanghai')) carryLeaf.carryIn = carryAmount;
  if (kind === 'final') {
    for (const l of leaves) {
      const avail = l.otherRevenue + l.carryIn;
      if (avail > 0n && rng.chance(400)) l.carryOut = roundTo((avail * BigInt(rng.int(50, 600))) / 1000n, maxFen(q, YUAN));
      if (l.carryOut > avail) l.carryOut = avail;
    }
  }

  // ---- prior year and 年初预算
  for (const l of leaves) {
    l.prior = vary(rng, fiscalOf(l), -250, 300, nq);
    l.budget = rng.chance(150) ? fiscalOf(l) : vary(rng, fiscalOf(l), -150, 200, nq);
  }
  const priorOther = rng.chance(300) ? draw(rng, 5_000, 300_000, nq) : 0n;
  const a = aggregate(leaves);
  const priorPersonnel = vary(rng, a.personnel, -150, 150, nq);
  const priorPublic = vary(rng, a.public, -200, 250, nq);

  const varyItem = (x: Fen): Fen => (x === 0n ? (rng.chance(150) ? draw(rng, 1_000, 30_000, tq) : 0n) : rng.chance(300) ? x : vary(rng, x, -300, 300, tq));
  const threePrior: ThreePublic = {
    outbound: varyItem(three.outbound),
    vehiclePurchase: three.vehiclePurchase ? 0n : rng.chance(80) ? draw(rng, 150_000, 280_000, tq) : 0n,
    vehicleOperation: varyItem(three.vehicleOperation),
    reception: varyItem(three.reception),
  };
  const threeBudget: ThreePublic = {
    outbound: varyItem(three.outbound),
    vehiclePurchase: three.vehiclePurchase ? (rng.chance(500) ? three.vehiclePurchase : vary(rng, three.vehiclePurchase, -100, 150, tq)) : 0n,
    vehicleOperation: varyItem(three.vehicleOperation),
    reception: varyItem(three.reception),
  };

  // ---- 机关运行经费: the administrative units' 公用经费 (the public institution's excluded)
  const instPublic = leaves.find((l) => l.code === kuan + '50')?.public ?? 0n;
  const opQ = maxFen(o.operatingQ, nq);
  const operating = ((a.public - instPublic) / opQ) * opQ;
  const operatingPrior = vary(rng, operating, -200, 200, nq);

  // ---- procurement
  const procurement = { goods: 0n, works: 0n, services: 0n, sme: 0n, small: 0n };
  if (rng.chance(850)) {
    if (rng.chance(700)) procurement.goods = draw(rng, 5_000, 600_000, nq);
    if (rng.chance(100)) procurement.works = draw(rng, 50_000, 1_500_000, nq);
    if (rng.chance(800)) procurement.services = draw(rng, 10_000, 2_000_000, nq);
    const tot = procurement.goods + procurement.works + procurement.services;
    if (tot > 0n) {
      procurement.sme = rng.chance(400) ? tot : roundTo((tot * BigInt(rng.int(300, 1000))) / 1000n, maxFen(nq, YUAN));
      if (procurement.sme > tot) procurement.sme = tot;
      procurement.small = rng.chance(500) ? procurement.sme : roundTo((procurement.sme * BigInt(rng.int(200, 1000))) / 1000n, maxFen(nq, YUAN));
      if (procurement.small > procurement.sme) procurement.small = procurement.sme;
    }
  }

  const projTotal = sum(projects.map((p) => p.amount));
  const perfProjects = projects.length;
  const perf = { projects: perfProjects, amount: projTotal, score: `${rng.int(85, 99)}.${rng.int(0, 9)}${rng.int(0, 9)}` };
  const assets = {
    vehicles,
    equip50: rng.chance(150) ? rng.int(1, 3) : 0,
    equip100: rng.chance(100) ? rng.int(1, 2) : 0,
    total: draw(rng, 200_000, 80_000_000, nq),
  };
  // drawn last, so that the figures above do not depend on them
  const meetings = rng.chance(700) ? draw(rng, 2_000, 300_000, tq) : 0n;
  const training = rng.chance(800) ? draw(rng, 5_000, 2_000_000, tq) : 0n;

  return {
    kind, year, scope, org, staff, leaves, otherSource, priorOther, priorPersonnel, priorPublic, projects,
    three, threePrior, threeBudget, counts, operating, operatingPrior, meetings, training, procurement, assets, perf, q, nq, tq,
  };
}
