// Lists every published figure of the shared samples the draft does not reproduce (document, key, subject,
// published vs drafted, scope, place, sentence) and each answer-key inconsistency with how it is marked.
// Usage after a build: DIRS=corpus,text,pdf [ONLY=substring] node scripts/draft-misses.mjs
import { readdirSync, existsSync, readFileSync } from 'node:fs';
const dist = process.env.DIST ?? new URL('../dist', import.meta.url).pathname;
const { analyzeFile } = await import(`${dist}/pipeline.js`);
const { compareWithPublished } = await import(`${dist}/draft/compare.js`);
const { draftModel } = await import(`${dist}/draft/draft.js`);
const { measureSample } = await import(`${dist}/draft/gold.js`);
const root = new URL('../../shared/', import.meta.url).pathname;
const dirs = (process.env.DIRS ?? 'corpus').split(',');
const only = process.env.ONLY;
let tot = { comparable: 0, reproduced: 0, gold: 0, marked: 0 };
for (const dir of dirs) {
  for (const f of readdirSync(`${root}samples/${dir}`).filter((x) => /\.(pdf|txt)$/.test(x))) {
    if (only && !f.includes(only)) continue;
    const file = `${root}samples/${dir}/${f}`;
    const a = await analyzeFile(file, { check: true });
    if (!a.ok) { console.log(`# ${f}: not read`); continue; }
    const c = compareWithPublished(a.model, draftModel(a.model), a.findings ?? []);
    tot.comparable += c.figures.comparable; tot.reproduced += c.figures.reproduced;
    for (const s of c.sentences) {
      if (s.status === 'error') continue;
      for (const fg of s.figures.filter((x) => !x.reproduced)) {
        const m = a.model.mentions.find((m) => m.text === s.text && m.amount.raw === fg.raw && m.subject === fg.subject);
        console.log(`MISS\t${f}\t${fg.key}\t${fg.subject}\tpub=${fg.raw}\tdraft=${fg.drafted}\tscope=${m?.scope ?? '-'}${m?.scopeFromHeading ? '(h)' : ''}\tp${s.source.page ?? ''}:${s.source.line}\t${s.text.slice(0, 160)}`);
      }
    }
    const gold = `${root}eval/gold/${dir}-${f.replace(/\.(pdf|txt)$/, '')}.json`;
    const m = await measureSample(file, gold);
    for (const g of m.gold) { tot.gold++; if (g.verdict === 'error') tot.marked++; console.log(`GOLD\t${f}\t${g.verdict}\t${g.quote}\n\t\t${g.by}`); }
  }
}
console.log(JSON.stringify(tot));
