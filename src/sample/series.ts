/**
 * Generated series: a department and its units, budgets and final accounts over several years,
 * consistent across documents (final Y's 年初预算 = budget Y; budget Y's 上年 = budget Y−1; final Y's
 * 上年 = final Y−1; department = sum of its units, which it lists), and `mutateSeries` injecting one
 * cross-document error at a time, for the cross-document rules' tests and benchmark.
 */
import { Rng } from './prng.js';
import { buildData, fiscalOf, type DocData } from './data.js';
import type { Org } from './org.js';
import { chooseStyle, quanta, STYLE_NAMES, type StyleName } from './style.js';
import { renderSample } from './generate.js';
import { asBudget, asFinal, cloneData, linkBudget, linkPrior, mergeUnits, scaleData } from './series-data.js';
import { roundTo, type Fen } from './money.js';

export interface SeriesOptions {
  seed: number;
  /** Years of the department's budgets and finals (default 2). */
  years?: number;
  /** Units of the department, the first its 本级 (default 2). */
  units?: number;
  style?: StyleName;
  /** A function class (类, 3 digits) whose basic expenditure jumps in the last year (‰, e.g. 1500). */
  jump?: { cls: string; pm: number };
}

export interface SeriesDoc {
  file: string;
  kind: 'budget' | 'final';
  year: number;
  scope: 'department' | 'unit';
  /** Seed of the rendering (layout, wording). */
  seed: number;
  style: StyleName;
  data: DocData;
}

export interface Series {
  seed: number;
  style: StyleName;
  dept: Org;
  units: Org[];
  years: number[];
  docs: SeriesDoc[];
}

const styleBase = (seed: number, kind: string, style: StyleName) => `${seed}:${kind}:${style}`;

/** Unit orgs: the department's 本级 and its public institutions (事务中心, 服务中心 …). */
function unitOrgs(dept: Org, n: number): Org[] {
  const prefix = dept.name.slice(0, dept.name.length - dept.dept.name.length);
  const out: Org[] = [{ ...dept, name: dept.unitName, unitName: dept.unitName }];
  const kinds = ['事务中心', '服务中心', '信息中心', '发展研究中心'];
  for (let i = 1; i < n; i++) {
    const name = `${prefix}${dept.dept.domain}${kinds[(i - 1) % kinds.length]}`;
    out.push({ ...dept, name, short: `${dept.dept.domain}${kinds[(i - 1) % kinds.length]}`, unitName: name });
  }
  return out;
}

export function buildSeries(o: SeriesOptions): Series {
  const rng = new Rng(`series:${o.seed}`);
  const nYears = o.years ?? 2;
  const nUnits = o.units ?? 2;
  const style = o.style ?? rng.pick(STYLE_NAMES);
  const y0 = rng.int(2020, 2024);
  const years = Array.from({ length: nYears }, (_, i) => y0 + i);
  // render seeds: one per document, and quanta fine enough for every document's layout
  let docSeed = o.seed * 100;
  const plan: { kind: 'budget' | 'final'; year: number; scope: 'department' | 'unit'; unit?: number; seed: number }[] = [];
  for (const y of years) for (const kind of ['budget', 'final'] as const) plan.push({ kind, year: y, scope: 'department', seed: docSeed++ });
  for (let u = 0; u < nUnits; u++) plan.push({ kind: 'budget', year: years[nYears - 1], scope: 'unit', unit: u, seed: docSeed++ });
  let q = 1n;
  let nq = 1n;
  let tq = 1n;
  for (const p of plan) {
    const s = chooseStyle(new Rng(`${styleBase(p.seed, p.kind, style)}:style`), p.kind, style);
    const qs = quanta(s);
    if (qs.q > q) q = qs.q;
    if (qs.nq > nq) nq = qs.nq;
    if (qs.tq > tq) tq = qs.tq;
  }
  const region = chooseStyle(new Rng(`${styleBase(plan[0].seed, 'budget', style)}:style`), 'budget', style).region;
  const bases = Array.from({ length: nUnits }, (_, u) => buildData(new Rng(`series:${o.seed}:unit:${u}`), { kind: 'final', region, q, nq, tq, operatingQ: nq }));
  let dept = bases[0].org;
  if (!dept.district) dept = { ...dept, district: '城南区', name: dept.city + '城南区' + dept.dept.name, unitName: dept.city + '城南区' + dept.dept.name + '（本级）' };
  const units = unitOrgs(dept, nUnits);

  // growth per year (cumulative ‰, basic and projects), execution per unit; year index −1 is virtual (the first year's 上年)
  const gb = [1000];
  const gp = [1000];
  for (let i = 0; i < nYears; i++) {
    gb.push(Math.round((gb[i] * (1000 + rng.int(-40, 70))) / 1000));
    gp.push(Math.round((gp[i] * (1000 + rng.int(-50, 80))) / 1000));
  }
  const perUnit = bases.map((b0, u) => {
    const base = { ...b0, org: units[u], scope: 'unit' as const };
    const eb = rng.int(940, 1000);
    const ep = rng.int(800, 1000);
    const budgets: DocData[] = [];
    const finals: DocData[] = [];
    for (let i = -1; i < nYears; i++) {
      const y = y0 + i;
      let b = asBudget(scaleData(base, gb[i + 1], gp[i + 1]), y);
      let f = asFinal(scaleData(base, Math.round((gb[i + 1] * eb) / 1000), Math.round((gp[i + 1] * ep) / 1000)), y);
      if (o.jump && i === nYears - 1) {
        b = jumpClass(b, o.jump.cls, o.jump.pm);
        f = jumpClass(f, o.jump.cls, o.jump.pm);
      }
      if (i >= 0) {
        linkPrior(b, budgets[i]);
        linkPrior(f, finals[i]);
        linkBudget(f, b);
      }
      budgets.push(b);
      finals.push(f);
    }
    return { budgets: budgets.slice(1), finals: finals.slice(1) };
  });

  const docs: SeriesDoc[] = [];
  const slug = (p: (typeof plan)[number]) => `${p.scope === 'department' ? 'dept' : `unit${p.unit}`}-${p.year}-${p.kind}.txt`;
  for (const p of plan) {
    const i = years.indexOf(p.year);
    const pick = (u: number) => (p.kind === 'budget' ? perUnit[u].budgets[i] : perUnit[u].finals[i]);
    let data: DocData;
    if (p.scope === 'department') {
      data = mergeUnits(units.map((_, u) => pick(u)), { org: dept, scope: 'department' });
      data.units = units.map((u) => u.name);
    } else data = cloneData(pick(p.unit!));
    docs.push({ file: slug(p), kind: p.kind, year: p.year, scope: p.scope, seed: p.seed, style, data });
  }
  return { seed: o.seed, style, dept, units, years, docs };
}

/** Basic expenditure of one function class scaled (a year-over-year jump). */
function jumpClass(d0: DocData, cls: string, pm: number): DocData {
  const d = cloneData(d0);
  for (const l of d.leaves) {
    if (!l.code.startsWith(cls)) continue;
    for (const e of l.econ) e.amount = roundTo((e.amount * BigInt(pm)) / 1000n, d.q > 0n ? d.q : 1n);
    l.personnel = l.econ.filter((e) => e.code.startsWith('301') || e.code.startsWith('303')).reduce((t, e) => t + e.amount, 0n);
    l.public = l.econ.reduce((t, e) => t + e.amount, 0n) - l.personnel;
  }
  return d;
}

/** The text of one document of a series. */
export function renderSeriesDoc(doc: SeriesDoc): string {
  return renderSample({ kind: doc.kind, seed: doc.seed, style: doc.style, data: doc.data }).text;
}

/** The largest fiscal 项 of a document (where a mutation is visible in its narrative and tables). */
export function largestLeaf(d: DocData) {
  return d.leaves.reduce((a, b) => (fiscalOf(b) > fiscalOf(a) ? b : a));
}

/** A change of `x` by `pm` ‰, at least one quantum, in quantum `q`. */
export function bump(x: Fen, pm: number, q: Fen): Fen {
  const g = q > 0n ? q : 1n;
  const d = roundTo((x * BigInt(pm)) / 1000n, g);
  return d === 0n ? g : d;
}
