/**
 * One cross-document error injected into a generated series, one class per cross-document rule.
 * Each mutation changes one document's figures or name (or drops one document) and says which rule
 * must report it.
 */
import { Rng } from './prng.js';
import { fiscalOf } from './data.js';
import { cloneData } from './series-data.js';
import { buildSeries, bump, largestLeaf, type Series, type SeriesDoc, type SeriesOptions } from './series.js';

export const SERIES_MUTATIONS = [
  'final-vs-budget',
  'budget-vs-prior-budget',
  'final-vs-prior-final',
  'department-vs-units',
  'missing-unit',
  'body-naming',
  'code-name-across-years',
  'yoy-unexplained',
] as const;
export type SeriesMutation = (typeof SERIES_MUTATIONS)[number];

/** The rule id expected to report each class. */
export const EXPECTED_RULE: Record<SeriesMutation, string> = {
  'final-vs-budget': 'final-vs-budget',
  'budget-vs-prior-budget': 'budget-vs-prior-budget',
  'final-vs-prior-final': 'final-vs-prior-final',
  'department-vs-units': 'department-vs-units',
  'missing-unit': 'department-vs-units',
  'body-naming': 'body-naming',
  'code-name-across-years': 'code-name-across-years',
  'yoy-unexplained': 'yoy-unexplained',
};

export interface MutatedSeries {
  series: Series;
  /** The document changed (or dropped). */
  file: string;
  description: string;
}

const replaceDoc = (s: Series, doc: SeriesDoc): Series => ({ ...s, docs: s.docs.map((d) => (d.file === doc.file ? doc : d)) });

function docOf(s: Series, kind: 'budget' | 'final', scope: 'department' | 'unit', last = true): SeriesDoc {
  const ds = s.docs.filter((d) => d.kind === kind && d.scope === scope);
  return last ? ds[ds.length - 1] : ds[0];
}

/** `series` with one error of class `m` (the jump class needs the options the series was built with). */
export function mutateSeries(o: SeriesOptions, m: SeriesMutation): MutatedSeries {
  const rng = new Rng(`series-mutate:${o.seed}:${m}`);
  if (m === 'yoy-unexplained') {
    const s = buildSeries({ ...o, jump: { cls: '208', pm: rng.int(1400, 1800) } });
    return { series: s, file: docOf(s, 'budget', 'department').file, description: '最后一年社会保障和就业支出（类）基本支出大幅增加，说明未解释' };
  }
  const s = buildSeries(o);
  const pm = rng.int(50, 200);
  switch (m) {
    case 'final-vs-budget': {
      const doc = docOf(s, 'final', 'department');
      const data = cloneData(doc.data);
      const l = largestLeaf(data);
      l.budget += bump(l.budget, pm, data.nq);
      return { series: replaceDoc(s, { ...doc, data }), file: doc.file, description: `决算年初预算 ${l.code} 与预算不符` };
    }
    case 'budget-vs-prior-budget':
    case 'final-vs-prior-final': {
      const doc = docOf(s, m === 'budget-vs-prior-budget' ? 'budget' : 'final', 'department');
      const data = cloneData(doc.data);
      const l = largestLeaf(data);
      l.prior += bump(l.prior, pm, data.nq);
      return { series: replaceDoc(s, { ...doc, data }), file: doc.file, description: `上年数 ${l.code} 与上年文件不符` };
    }
    case 'department-vs-units': {
      const doc = docOf(s, 'budget', 'department');
      const data = cloneData(doc.data);
      const l = largestLeaf(data);
      const e = l.econ.reduce((a, b) => (b.amount > a.amount ? b : a));
      const d = bump(e.amount, pm, data.q);
      e.amount += d;
      if (e.code.startsWith('301') || e.code.startsWith('303')) l.personnel += d;
      else l.public += d;
      return { series: replaceDoc(s, { ...doc, data }), file: doc.file, description: `部门 ${l.code} ${e.code} 比单位合计多 ${d} 分` };
    }
    case 'missing-unit': {
      const doc = docOf(s, 'budget', 'unit');
      return { series: { ...s, docs: s.docs.filter((d) => d !== doc) }, file: doc.file, description: `缺少单位 ${doc.data.org.name}` };
    }
    case 'body-naming': {
      const doc = docOf(s, 'budget', 'department', false);
      const data = cloneData(doc.data);
      const city = data.org.city;
      data.org = { ...data.org, name: data.org.name.slice(city.length), city: '' };
      // every printing of the name the short way (the extractor prefers a fuller printed form)
      data.units = data.units?.map((u) => (u.startsWith(city) ? u.slice(city.length) : u));
      return { series: replaceDoc(s, { ...doc, data }), file: doc.file, description: `名称写作 ${data.org.name}` };
    }
    case 'code-name-across-years': {
      const doc = docOf(s, 'final', 'department', false);
      const data = cloneData(doc.data);
      const leaves = data.leaves.filter((l) => fiscalOf(l) > 0n);
      const l = rng.pick(leaves);
      l.name = l.name.endsWith('支出') ? l.name.slice(0, -2) + '事务' : l.name + '支出';
      return { series: replaceDoc(s, { ...doc, data }), file: doc.file, description: `${l.code} 名称改为 ${l.name}` };
    }
  }
  throw new Error(`unknown series mutation ${m as string}`);
}
