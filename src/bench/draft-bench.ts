/**
 * `npm run bench:draft`: the drafting acceptance measures at scale.
 * (a) Generated documents of every regional style and the seed-drawn mix, both kinds: the drafted
 *     narrative beside the tables is checked by budgetlens (findings per document) and its figures
 *     compared with the generator's truth.
 * (b) The shared samples with a narrative: published figures the draft reproduces, and the answer
 *     keys' known inconsistencies the comparison marks as errors (when ../shared is present).
 * (c) Generated documents with one planted narrative error: the comparison marks the sentence that
 *     holds it as an error.
 * Environment: DRAFT_N (seeds per style and kind, default 30 → 300 documents), DRAFT_SAMPLES=0 to skip (b).
 * Exits 1 when a generated document has a finding or a drafted figure differs from the truth.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { STYLE_NAMES, type StyleName } from '../sample/generate.js';
import { draftGenerated } from '../draft/acceptance.js';
import { measureSample } from '../draft/gold.js';
import { plantedMarked } from '../draft/planted.js';

const N = Number(process.env.DRAFT_N ?? 30);
const styles: (StyleName | undefined)[] = [...STYLE_NAMES, undefined];
const out = (s: string) => process.stdout.write(s + '\n');

async function generated(): Promise<boolean> {
  out('| style | documents | with a finding | findings | figures compared | figures ≠ truth |');
  out('| --- | ---: | ---: | ---: | ---: | ---: |');
  let ok = true;
  for (const style of styles) {
    let docs = 0, withFinding = 0, findings = 0, compared = 0, mism = 0;
    for (const kind of ['budget', 'final'] as const)
      for (let seed = 1; seed <= N; seed++) {
        const r = await draftGenerated(kind, 1000 + seed, style);
        docs++;
        if (r.findings.length) {
          withFinding++;
          if (process.env.DRAFT_VERBOSE) for (const f of r.findings) out(`  ${r.label} [${f.rule}] ${f.message}`);
        }
        findings += r.findings.length;
        compared += r.compared;
        mism += r.mismatches.length;
      }
    if (withFinding || mism) ok = false;
    out(`| ${style ?? 'mixed'} | ${docs} | ${withFinding} | ${findings} | ${compared} | ${mism} |`);
  }
  return ok;
}

async function shared() {
  const root = fileURLToPath(new URL('../../../shared/', import.meta.url));
  if (!existsSync(`${root}samples`)) return out('\n(../shared/samples not found: shared-sample measures skipped)');
  out('\n| samples | documents | published figures comparable | reproduced | known inconsistencies | marked as error |');
  out('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const dir of ['text', 'pdf', 'corpus']) {
    let docs = 0, comparable = 0, reproduced = 0, gold = 0, marked = 0;
    for (const f of readdirSync(`${root}samples/${dir}`).filter((x) => /\.(pdf|txt)$/.test(x))) {
      const m = await measureSample(`${root}samples/${dir}/${f}`, `${root}eval/gold/${dir}-${f.replace(/\.(pdf|txt)$/, '')}.json`);
      if (!m) continue;
      docs++;
      comparable += m.figures.comparable;
      reproduced += m.figures.reproduced;
      gold += m.gold.length;
      marked += m.gold.filter((g) => g.verdict === 'error').length;
    }
    out(`| ${dir}/ | ${docs} | ${comparable} | ${reproduced} (${comparable ? ((100 * reproduced) / comparable).toFixed(1) : '–'}%) | ${gold} | ${marked} |`);
  }
}

const t0 = performance.now();
const ok = await generated();
if (process.env.DRAFT_SAMPLES !== '0') await shared();
out('\n| planted error | documents | its sentence marked | only it marked |');
out('| --- | ---: | ---: | ---: |');
for (const r of await plantedMarked(['narrative-percent', 'narrative-amount', 'direction-word'], Math.max(2, Math.round(N / 7))))
  out(`| ${r.cls} | ${r.docs} | ${r.marked} | ${r.only} |`);
out(`\n${((performance.now() - t0) / 1000).toFixed(1)} s`);
if (!ok) process.exitCode = 1;
