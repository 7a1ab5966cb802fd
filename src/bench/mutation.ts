/**
 * `npm run bench:mutation`: generate documents in every regional style (and the seed-drawn mix),
 * inject one error at a time of every class the rule catalog covers, and report the recall per class
 * and per style, plus the findings on the clean documents per style.
 *
 * A mutation is detected when `runRules` returns a finding that the clean document does not have,
 * of the severity the class expects (error, unless the class says warning; for removed tables and
 * sections: the severity the completeness rules declare), whose stated figure, message or evidence
 * quotes the mutated figure or text. A class that expects a warning counts an error about the
 * mutation as a miss. Exits 1 when a class is below 99% or a clean document has an error.
 *
 * Environment: MUTATION_N (documents per class, default 40, spread over styles, kinds and
 * artefacts), MUTATION_STYLES (comma-separated; `mixed` = no named style; default all),
 * MUTATION_CLASSES (comma-separated class ids; default all), MUTATION_VERBOSE=1 (list misses).
 */
import { performance } from 'node:perf_hooks';
import { buildModel } from '../extract/index.js';
import { textToDocument } from '../readers/text.js';
import { rules, runRules } from '../rules/engine.js';
import type { Finding, Severity } from '../rules/types.js';
import { STYLE_NAMES, renderSample, type SampleDoc, type StyleName } from '../sample/generate.js';
import { MUTATION_CLASSES, makeMutation, needleForm, type MutationCase } from '../sample/mutate.js';

const N = Number(process.env.MUTATION_N ?? 40);
type StyleKey = StyleName | 'mixed';
const STYLES: StyleKey[] = (process.env.MUTATION_STYLES?.split(',').map((x) => x.trim()) as StyleKey[] | undefined) ?? ['mixed', ...STYLE_NAMES];
const CLASS_FILTER = process.env.MUTATION_CLASSES?.split(',').map((x) => x.trim());
const styleOpt = (k: StyleKey): StyleName | undefined => (k === 'mixed' ? undefined : k);
const VERBOSE = !!process.env.MUTATION_VERBOSE;
const THRESHOLD = 99;

interface Base {
  style: StyleKey;
  kind: 'budget' | 'final';
  seed: number;
  artefacts: boolean;
  doc: SampleDoc;
  findings: Finding[];
}

const findingKey = (f: Finding) => `${f.rule}|${f.severity}|${f.stated ?? ''}|${f.message}`;

let crashes = 0;
function check(style: StyleKey, kind: 'budget' | 'final', seed: number, artefacts: boolean, text: string): Finding[] {
  const file = `mutation-${style}-${kind}-${seed}${artefacts ? '-artefacts' : ''}.txt`;
  try {
    return runRules(buildModel(textToDocument(file, text)));
  } catch (e) {
    crashes++;
    if (crashes <= 3) console.error(`${file}: ${e instanceof Error ? e.message : String(e)}`);
    return [];
  }
}

const baseCache = new Map<string, Base>();
function base(style: StyleKey, kind: 'budget' | 'final', seed: number, artefacts: boolean): Base {
  const k = `${style}:${kind}:${seed}:${artefacts}`;
  let b = baseCache.get(k);
  if (!b) {
    const doc = renderSample({ kind, seed, artefacts, style: styleOpt(style) });
    b = { style, kind, seed, artefacts, doc, findings: check(style, kind, seed, artefacts, doc.text) };
    baseCache.set(k, b);
  }
  return b;
}

/** Severities that count for removed tables/sections: those the completeness rules declare. */
const removalSeverities: Set<Severity> = (() => {
  const s = new Set<Severity>(rules.filter((r) => r.meta.category === 'completeness').map((r) => r.meta.severity));
  s.add('error');
  if (s.size === 1) s.add('warning'); // no completeness rule declared yet: accept the catalogue's usual severity
  return s;
})();

/**
 * The new finding that quotes the mutation: first one of an accepted severity, else of any severity.
 * `tooSevere`: a class that expects a warning got an error about the mutation.
 */
function detect(c: MutationCase, clean: Finding[], found: Finding[]): { strict?: Finding; any?: Finding; tooSevere?: Finding } {
  const before = new Set(clean.map(findingKey));
  const needles = c.needles.map(needleForm).filter(Boolean);
  const accepted = new Set<Severity>(c.severities ?? ['error']);
  const out: { strict?: Finding; any?: Finding; tooSevere?: Finding } = {};
  for (const f of found) {
    if (before.has(findingKey(f))) continue;
    const hay = needleForm([f.stated ?? '', f.expected ?? '', f.message, ...f.evidence.map((e) => e.text)].join(' '));
    if (!needles.some((n) => hay.includes(n))) continue;
    out.any ??= f;
    if (f.severity === 'error' && !accepted.has('error') && !c.removal) out.tooSevere ??= f;
    if (!out.strict && (accepted.has(f.severity) || (c.removal && removalSeverities.has(f.severity)))) out.strict = f;
  }
  if (out.tooSevere) out.strict = undefined;
  return out;
}

interface ClassResult {
  id: string;
  title: string;
  n: number;
  detected: number;
  /** Detected by a finding of any severity (diagnosis: a rule that reports it as a warning). */
  anySeverity: number;
  /** Rules that detected, with counts. */
  by: Map<string, number>;
  misses: string[];
  /** Per style: [mutations, detected]. */
  perStyle: Map<StyleKey, [number, number]>;
}

/** The j-th document of a class: styles, kinds and artefacts in turn, a fresh seed per round. */
function docAt(j: number, kinds: ('budget' | 'final')[]): { style: StyleKey; kind: 'budget' | 'final'; seed: number; artefacts: boolean } {
  const style = STYLES[j % STYLES.length];
  const r = Math.floor(j / STYLES.length);
  const kind = kinds.length === 1 ? kinds[0] : r % 2 ? 'final' : 'budget';
  const r2 = kinds.length === 1 ? r : Math.floor(r / 2);
  return { style, kind, seed: 1000 + Math.floor(r2 / 2), artefacts: r2 % 2 === 1 };
}

function main() {
  const t0 = performance.now();
  const results: ClassResult[] = [];
  for (const cls of MUTATION_CLASSES) {
    if (CLASS_FILTER && !CLASS_FILTER.includes(cls.id)) continue;
    const r: ClassResult = { id: cls.id, title: cls.title, n: 0, detected: 0, anySeverity: 0, by: new Map(), misses: [], perStyle: new Map() };
    for (let j = 0; r.n < N && j < N * 4; j++) {
      const { style, kind, seed, artefacts } = docAt(j, cls.kinds);
      const b = base(style, kind, seed, artefacts);
      const c = makeMutation(cls, b.doc, seed);
      if (!c) continue;
      const mutated = renderSample({ kind, seed, artefacts, style: styleOpt(style) }, c.mutation);
      const found = check(style, kind, seed, artefacts, mutated.text);
      r.n++;
      const d = detect(c, b.findings, found);
      const ps = r.perStyle.get(style) ?? [0, 0];
      ps[0]++;
      if (d.any) r.anySeverity++;
      if (d.strict) {
        r.detected++;
        ps[1]++;
        r.by.set(d.strict.rule, (r.by.get(d.strict.rule) ?? 0) + 1);
      } else if (r.misses.length < (VERBOSE ? 50 : 2)) {
        const why = d.tooSevere ? ` (reported as an error: ${d.tooSevere.rule})` : d.any ? ` (only a ${d.any.severity}: ${d.any.rule})` : '';
        r.misses.push(`${style} ${kind} seed=${seed}${artefacts ? ' artefacts' : ''}: ${c.describe}${why}`);
      }
      r.perStyle.set(style, ps);
    }
    results.push(r);
  }
  const bases = [...baseCache.values()];
  const cleanErrors = bases.reduce((s, b) => s + b.findings.filter((f) => f.severity === 'error').length, 0);
  const cleanWarnings = bases.reduce((s, b) => s + b.findings.filter((f) => f.severity === 'warning').length, 0);
  const docsWithErrors = bases.filter((b) => b.findings.some((f) => f.severity === 'error'));

  const pct = (r: ClassResult) => (r.n ? (100 * r.detected) / r.n : 0);
  console.log('class'.padEnd(22) + 'n'.padStart(5) + 'detected'.padStart(10) + 'recall %'.padStart(10) + 'any sev.'.padStart(10) + '  description (detected by)');
  for (const r of results) {
    const by = [...r.by.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, v]) => `${k} ${v}`).join(', ');
    console.log(r.id.padEnd(22) + String(r.n).padStart(5) + String(r.detected).padStart(10) + pct(r).toFixed(1).padStart(10) + String(r.anySeverity).padStart(10) + '  ' + r.title + (by ? `（${by}）` : ''));
  }
  console.log('\nrecall % by style'.padEnd(23) + STYLES.map((x) => x.padStart(11)).join(''));
  for (const r of results) {
    console.log(r.id.padEnd(22) + STYLES.map((x) => {
      const [n, d] = r.perStyle.get(x) ?? [0, 0];
      return (n ? ((100 * d) / n).toFixed(0) + ` (${n})` : '-').padStart(11);
    }).join(''));
  }
  console.log('\nclean documents by style'.padEnd(23) + STYLES.map((x) => x.padStart(11)).join(''));
  for (const [label, sev] of [['errors', 'error'], ['warnings', 'warning']] as const) {
    console.log(label.padEnd(22) + STYLES.map((x) => {
      const bs = bases.filter((b) => b.style === x);
      return `${bs.reduce((n, b) => n + b.findings.filter((f) => f.severity === sev).length, 0)}/${bs.length}`.padStart(11);
    }).join(''));
  }
  console.log(`\nclean documents: ${bases.length}, errors: ${cleanErrors} (in ${docsWithErrors.length} documents), warnings: ${cleanWarnings}${crashes ? `; ${crashes} documents made the pipeline throw` : ''}`);
  const ruleCount = new Map<string, number>();
  for (const b of bases) for (const f of b.findings) if (f.severity === 'error') ruleCount.set(f.rule, (ruleCount.get(f.rule) ?? 0) + 1);
  for (const [rule, n] of [...ruleCount.entries()].sort((a, b) => b[1] - a[1])) console.log(`  clean error ${rule}: ${n}`);
  const examples = VERBOSE ? docsWithErrors.slice(0, 20) : STYLES.map((x) => docsWithErrors.find((b) => b.style === x)).filter((b): b is Base => !!b);
  for (const b of examples) {
    const f = b.findings.find((x) => x.severity === 'error')!;
    console.log(`  e.g. ${b.style} ${b.kind} seed=${b.seed}${b.artefacts ? ' artefacts' : ''}: [${f.rule}] ${f.message}`);
  }
  const misses = results.filter((r) => r.misses.length);
  if (misses.length) {
    console.log('\nundetected mutations (examples):');
    for (const r of misses) for (const m of r.misses) console.log(`  ${r.id}: ${m}`);
  }
  const good = results.filter((r) => r.n > 0 && pct(r) >= THRESHOLD).length;
  console.log(`\ntime: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  console.log(`mutation recall: ${good}/${results.length} classes ≥ ${THRESHOLD}%${cleanErrors ? `; ${cleanErrors} errors on clean documents` : ''}`);
  process.exitCode = good === results.length && cleanErrors === 0 && crashes === 0 ? 0 : 1;
}

main();
