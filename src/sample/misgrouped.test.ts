/**
 * Round trip of the generator's `misgrouped` option: tables in 元 print every figure with only its
 * last thousands comma (`128138,600`). Read back, the model equals the generator's truth, the checker
 * has no error, and the document carries one reading note.
 */
import { describe, expect, it } from 'vitest';
import { textToDocument } from '../readers/text.js';
import { buildModel } from '../extract/index.js';
import { runRules } from '../rules/engine.js';
import { MISGROUPED_WARNING } from '../extract/tables/grouping-note.js';
import { generateSample, type StyleName } from './generate.js';
import { compareModel } from './roundtrip-check.js';

const CASES: { style: StyleName; kind: 'budget' | 'final' }[] = [
  { style: 'shanghai', kind: 'budget' },
  { style: 'guangdong', kind: 'budget' },
  { style: 'guangdong', kind: 'final' },
];

describe('generated tables with misplaced thousands separators', () => {
  for (const { style, kind } of CASES)
    it(`${style} ${kind}: 6 seeds read back as generated, no error, one note`, () => {
      let misgrouped = 0;
      for (let seed = 1; seed <= 6; seed++) {
        const { text, truth } = generateSample({ kind, seed, style, misgrouped: true });
        const model = buildModel(textToDocument(`misgrouped-${style}-${kind}-${seed}.txt`, text));
        expect(compareModel(truth, model), `seed ${seed}`).toEqual([]);
        expect(runRules(model).filter((f) => f.severity === 'error'), `seed ${seed}`).toEqual([]);
        const printed = text.match(/(?<![\d,.])\d{4,}(?:,\d{3})+(?:\.\d+)?(?![\d,])/g) ?? [];
        // figures under a million (in 万元: under 1,000,000.00) print regularly: nothing to note
        if (!printed.length) {
          expect(model.warnings.some((w) => w.code === MISGROUPED_WARNING), `seed ${seed}`).toBe(false);
          continue;
        }
        misgrouped++;
        const notes = model.warnings.filter((w) => w.code === MISGROUPED_WARNING);
        expect(notes, `seed ${seed}`).toHaveLength(1);
        expect(notes[0].message).toContain(`有 ${printed.length} 个数字`);
      }
      expect(misgrouped).toBeGreaterThan(0);
    });
});
