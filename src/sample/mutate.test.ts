/** The mutation catalogue: every class applies, changes the document, and its needle is printed. */
import { describe, expect, it } from 'vitest';
import { STYLE_NAMES, renderSample } from './generate.js';
import { MUTATION_CLASSES, makeMutation, needleForm } from './mutate.js';

describe('mutation classes', () => {
  for (const cls of MUTATION_CLASSES) {
    it(`${cls.id} changes exactly what it says`, () => {
      let made = 0;
      for (let seed = 1; seed <= 240 && made < 16; seed++) {
        const kind = cls.kinds[seed % cls.kinds.length];
        // the seed-drawn mix and every named style in turn
        const style = [undefined, ...STYLE_NAMES][Math.floor(seed / 2) % (STYLE_NAMES.length + 1)];
        const clean = renderSample({ kind, seed, style });
        const c = makeMutation(cls, clean, seed);
        if (!c) continue;
        made++;
        const mutated = renderSample({ kind, seed, style }, c.mutation);
        expect(mutated.text, `${cls.id} seed ${seed}`).not.toBe(clean.text);
        if (c.removal) {
          expect(mutated.text.length).toBeLessThan(clean.text.length);
        } else {
          const hay = needleForm(mutated.text);
          expect(c.needles.some((n) => hay.includes(needleForm(n))), `${cls.id} seed ${seed}: ${c.describe}`).toBe(true);
        }
        // the same mutation again gives the same document
        expect(renderSample({ kind, seed, style }, makeMutation(cls, clean, seed)!.mutation).text).toBe(mutated.text);
      }
      expect(made).toBeGreaterThanOrEqual(16);
    });
  }
});
