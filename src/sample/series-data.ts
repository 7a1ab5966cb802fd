/**
 * Figures of a series of disclosures of one body: one drawn `DocData` scaled year by year (growth)
 * and by execution (final accounts), merged over units (a department = the sum of its units), and
 * linked: the 上年 figures of a document are the figures of the previous year's document of the
 * same kind, and a final's 年初预算 figures are the budget of its year.
 */
import { isPersonnel } from './codes.js';
import { aggregate, fiscalOf, type DocData, type Leaf, type ThreePublic } from './data.js';
import { roundTo, sum, type Fen } from './money.js';

const scaleBy = (x: Fen, pm: number, q: Fen): Fen => (x === 0n ? 0n : roundTo((x * BigInt(pm)) / 1000n, q > 0n ? q : 1n));

function clone(d: DocData): DocData {
  return {
    ...d,
    staff: { ...d.staff, kinds: d.staff.kinds.map((k) => ({ ...k })) },
    leaves: d.leaves.map((l) => ({ ...l, econ: l.econ.map((e) => ({ ...e })) })),
    projects: d.projects.map((p) => ({ ...p })),
    three: { ...d.three },
    threePrior: { ...d.threePrior },
    threeBudget: { ...d.threeBudget },
    counts: { ...d.counts },
    procurement: { ...d.procurement },
    assets: { ...d.assets },
    perf: { ...d.perf },
    units: d.units && [...d.units],
  };
}

function recomputeLeaf(l: Leaf): void {
  l.personnel = sum(l.econ.filter((e) => isPersonnel(e.code)).map((e) => e.amount));
  l.public = sum(l.econ.filter((e) => !isPersonnel(e.code)).map((e) => e.amount));
}

function recomputeProjects(d: DocData): void {
  for (const l of d.leaves) l.project = sum(d.projects.filter((p) => p.code === l.code).map((p) => p.amount));
  d.perf.amount = sum(d.projects.map((p) => p.amount));
}

/** 机关运行经费: 公用经费 less the public institution's, in the quantum it was printed in. */
function recomputeOperating(d: DocData, opQ: Fen): void {
  const a = aggregate(d.leaves);
  const instPublic = d.leaves.find((l) => l.code === d.org.dept.kuan + '50')?.public ?? 0n;
  d.operating = ((a.public - instPublic) / opQ) * opQ;
}

export const opQuantum = (d: DocData): Fen => (d.operating !== 0n && d.operating % 10_000n === 0n ? 10_000n : d.nq > 0n ? d.nq : 1n);

/**
 * Every amount scaled: basic expenditure by `basicPm` ‰, projects and non-fiscal money by
 * `projectPm` ‰ (1000 = unchanged), each in its quantum; sums recomputed from their parts.
 */
export function scaleData(d0: DocData, basicPm: number, projectPm: number): DocData {
  const d = clone(d0);
  const opQ = opQuantum(d0);
  const three: ThreePublic = {
    outbound: scaleBy(d0.three.outbound, basicPm, d.tq),
    vehiclePurchase: scaleBy(d0.three.vehiclePurchase, projectPm, d.tq),
    vehicleOperation: scaleBy(d0.three.vehicleOperation, basicPm, d.tq),
    reception: scaleBy(d0.three.reception, basicPm, d.tq),
  };
  // economic items booked as exactly a "三公" figure stay exactly it
  const booked: Record<string, keyof ThreePublic> = { '30217': 'reception', '30231': 'vehicleOperation', '30212': 'outbound' };
  for (const l of d.leaves) {
    for (const e of l.econ) {
      const k = booked[e.code];
      e.amount = k && e.amount === d0.three[k] ? three[k] : scaleBy(e.amount, basicPm, d.q);
      if (k && e.amount > three[k]) e.amount = three[k];
    }
    l.econ = l.econ.filter((e) => e.amount > 0n);
    recomputeLeaf(l);
    l.otherRevenue = scaleBy(l.otherRevenue, projectPm, d.q);
    l.carryIn = scaleBy(l.carryIn, projectPm, d.q);
    l.carryOut = scaleBy(l.carryOut, projectPm, d.q);
    if (l.carryOut > l.otherRevenue + l.carryIn) l.carryOut = l.otherRevenue + l.carryIn;
  }
  d.three = three;
  for (const p of d.projects) p.amount = p.name === '公务用车更新购置经费' ? three.vehiclePurchase : scaleBy(p.amount, projectPm, d.q) || d.q;
  recomputeProjects(d);
  recomputeOperating(d, opQ);
  d.meetings = scaleBy(d.meetings, basicPm, d.tq);
  d.training = scaleBy(d.training, basicPm, d.tq);
  const pr = d.procurement;
  for (const k of ['goods', 'works', 'services'] as const) pr[k] = scaleBy(pr[k], projectPm, d.nq);
  const tot = pr.goods + pr.works + pr.services;
  pr.sme = scaleBy(pr.sme, projectPm, d.nq);
  if (pr.sme > tot) pr.sme = tot;
  pr.small = scaleBy(pr.small, projectPm, d.nq);
  if (pr.small > pr.sme) pr.small = pr.sme;
  d.assets.total = scaleBy(d.assets.total, basicPm, d.nq);
  return d;
}

/** A budget carries no non-fiscal carry-over (every template prints it the same way: none). */
export function asBudget(d0: DocData, year: number): DocData {
  const d = clone(d0);
  d.kind = 'budget';
  d.year = year;
  for (const l of d.leaves) {
    l.carryIn = 0n;
    l.carryOut = 0n;
  }
  return d;
}

export function asFinal(d0: DocData, year: number): DocData {
  const d = clone(d0);
  d.kind = 'final';
  d.year = year;
  return d;
}

const fiscalByCode = (d: DocData) => new Map(d.leaves.map((l) => [l.code, fiscalOf(l)] as const));

/** The 上年 figures of `d` are the figures of `prev` (a document of the same kind, one year earlier). */
export function linkPrior(d: DocData, prev: DocData): void {
  const f = fiscalByCode(prev);
  for (const l of d.leaves) l.prior = f.get(l.code) ?? 0n;
  const a = aggregate(d.leaves);
  const p = aggregate(prev.leaves);
  // the prior total is the previous document's total: its fiscal money and the rest
  const prevFiscal = p.personnel + p.public + p.project;
  d.priorOther = prevFiscal - a.prior + p.otherRevenue + p.carryIn;
  d.priorPersonnel = p.personnel;
  d.priorPublic = p.public;
  d.threePrior = { ...prev.three };
  d.operatingPrior = prev.operating;
}

/** The 年初预算 figures of a final are the budget of its year. */
export function linkBudget(final: DocData, budget: DocData): void {
  const f = fiscalByCode(budget);
  for (const l of final.leaves) l.budget = f.get(l.code) ?? 0n;
  final.threeBudget = { ...budget.three };
}

/** A department's figures: the sum of its units' (every leaf, economic item, project, "三公" item). */
export function mergeUnits(units: DocData[], into: Pick<DocData, 'org' | 'scope'>): DocData {
  const d = clone(units[0]);
  d.org = into.org;
  d.scope = into.scope;
  const leaves = new Map<string, Leaf>();
  for (const u of units) {
    for (const l of u.leaves) {
      const m = leaves.get(l.code) ?? { ...l, econ: [], personnel: 0n, public: 0n, project: 0n, otherRevenue: 0n, carryIn: 0n, carryOut: 0n, prior: 0n, budget: 0n };
      leaves.set(l.code, m);
      for (const e of l.econ) {
        const me = m.econ.find((x) => x.code === e.code);
        if (me) me.amount += e.amount;
        else m.econ.push({ ...e });
      }
      m.otherRevenue += l.otherRevenue;
      m.carryIn += l.carryIn;
      m.carryOut += l.carryOut;
      m.prior += l.prior;
      m.budget += l.budget;
    }
  }
  d.leaves = [...leaves.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
  for (const l of d.leaves) {
    l.econ.sort((a, b) => (a.code < b.code ? -1 : 1));
    recomputeLeaf(l);
  }
  d.projects = units.flatMap((u) => u.projects.map((p) => ({ ...p })));
  recomputeProjects(d);
  const add = (k: (u: DocData) => ThreePublic): ThreePublic => ({
    outbound: sum(units.map((u) => k(u).outbound)),
    vehiclePurchase: sum(units.map((u) => k(u).vehiclePurchase)),
    vehicleOperation: sum(units.map((u) => k(u).vehicleOperation)),
    reception: sum(units.map((u) => k(u).reception)),
  });
  d.three = add((u) => u.three);
  d.threePrior = add((u) => u.threePrior);
  d.threeBudget = add((u) => u.threeBudget);
  const total = (f: (u: DocData) => Fen) => sum(units.map(f));
  d.priorOther = total((u) => u.priorOther);
  d.priorPersonnel = total((u) => u.priorPersonnel);
  d.priorPublic = total((u) => u.priorPublic);
  d.operating = total((u) => u.operating);
  d.operatingPrior = total((u) => u.operatingPrior);
  d.meetings = total((u) => u.meetings);
  d.training = total((u) => u.training);
  for (const k of ['goods', 'works', 'services', 'sme', 'small'] as const) d.procurement[k] = total((u) => u.procurement[k]);
  d.assets = { vehicles: units.reduce((t, u) => t + u.assets.vehicles, 0), equip50: 0, equip100: 0, total: total((u) => u.assets.total) };
  d.counts = { ...d.counts, vehicles: units.reduce((t, u) => t + u.counts.vehicles, 0), purchased: units.reduce((t, u) => t + u.counts.purchased, 0) };
  d.perf = { ...d.perf, projects: d.projects.length };
  const kinds = new Map<string, number>();
  for (const u of units) for (const k of u.staff.kinds) kinds.set(k.label, (kinds.get(k.label) ?? 0) + k.n);
  d.staff = { ...d.staff, kinds: [...kinds].map(([label, n]) => ({ label, n })), actual: units.reduce((t, u) => t + u.staff.actual, 0), institutions: 0 };
  return d;
}

export { clone as cloneData };
