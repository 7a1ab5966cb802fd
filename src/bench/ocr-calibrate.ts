/**
 * Calibration of OCR confidence on generated scans: every figure read from a kept scan (table cells
 * and prose) is compared with the generator's text, and every finding that rests on OCR'd evidence
 * is listed with its lowest confidence. The numbers say where a confidence threshold separates
 * recognition slips from right readings (rules/low-confidence.ts).
 *
 *   node dist/bench/ocr-calibrate.js --keep DIR [--docs N] [--from SEED | --seeds A,B,..] [--out FILE.tsv]
 *   node dist/bench/ocr-calibrate.js --summarize FILE.tsv   (the figures' table again, from a run's --out)
 *
 * Reads the scans kept by `ocr-generated.js --keep DIR` (it does not make them); use it with
 * BUDGETLENS_OCR_CACHE so tesseract's answers are replayed. A figure is right when the generator's
 * text prints the same figure (commas aside) anywhere in the document, wrong otherwise (a slip that
 * happens to give another figure of the document counts as right: the counts of wrong are a floor).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildModel } from '../extract/index.js';
import { readDocument } from '../readers/index.js';
import { runRules } from '../rules/engine.js';
import { lowestConfidence } from '../rules/low-confidence.js';
import { generateSample } from '../sample/generate.js';
import { scanPlan } from './generated-scan-plan.js';
import { figureTokens, parseFigureTsv, slipKind, summarizeCalibration, type FigureRecord, type FindingRecord } from './ocr-calibrate-stats.js';

const args = process.argv.slice(2);
const opt = (name: string, def: string) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : def;
};
const docs = Number(opt('--docs', '100'));
const from = Number(opt('--from', '1'));
const keep = opt('--keep', '');
const out = opt('--out', '');
const seeds = opt('--seeds', '') ? opt('--seeds', '').split(',').map(Number) : Array.from({ length: docs }, (_, i) => from + i);

async function main(): Promise<void> {
  const again = opt('--summarize', '');
  if (again) return console.log(summarizeCalibration(parseFigureTsv(readFileSync(again, 'utf8')), []));
  if (!keep) throw new Error('--keep DIR (the scans of ocr-generated.js) is required');
  const figures: FigureRecord[] = [];
  const findings: FindingRecord[] = [];
  for (const seed of seeds) {
    const { kind, name } = scanPlan(seed);
    const file = join(keep, name);
    if (!existsSync(file)) {
      console.log(`seed ${seed}: no scan ${file}`);
      continue;
    }
    const { text } = generateSample({ kind, seed });
    const truth = new Set(figureTokens(text));
    const truthList = [...truth];
    const doc = await readDocument(file, { timeoutMs: 3_600_000, ocr: { dpi: 300 } });
    for (const line of doc.lines)
      for (const cell of line.cells) {
        if (cell.confidence === undefined) continue;
        for (const f of figureTokens(cell.text)) {
          const right = truth.has(f);
          figures.push({ seed, page: line.page ?? 0, line: line.lineNo, where: line.cells.length > 1 ? 'table' : 'prose', text: f, confidence: cell.confidence, right, kind: right ? '' : slipKind(f, truthList) });
        }
      }
    const model = buildModel(doc);
    for (const f of runRules(model)) {
      const low = lowestConfidence(f, model);
      const downgraded = /识别置信度低/.test(f.message);
      if (f.severity === 'error' || downgraded) findings.push({ seed, rule: f.rule, low, downgraded, message: f.message.slice(0, 120) });
    }
    const wrong = figures.filter((r) => r.seed === seed && !r.right).length;
    console.log(`${kind} seed ${seed}: ${figures.filter((r) => r.seed === seed).length} figures, ${wrong} not in the text`);
  }
  if (out) writeFileSync(out, ['seed\tpage\tline\twhere\tfigure\tconfidence\tright\tkind', ...figures.map((r) => [r.seed, r.page, r.line, r.where, r.text, r.confidence, r.right ? 1 : 0, r.kind].join('\t'))].join('\n') + '\n');
  console.log(summarizeCalibration(figures, findings));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
