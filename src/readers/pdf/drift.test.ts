/** DriftCheck: the patched way is kept while the public API agrees, and a disagreement is a warning. */
import { describe, expect, it } from 'vitest';
import type { TextContent } from 'pdfjs-dist/types/src/display/api.js';
import { DriftCheck } from './drift.js';
import type { PageGraphics } from './graphics.js';

const text = (...strs: string[]) => ({ items: strs.map((str) => ({ str })), styles: {}, lang: null }) as unknown as TextContent;
const graphics = (n: number): PageGraphics => ({ segments: Array.from({ length: n }, () => ({ x0: 0, y0: 0, x1: 10, y1: 0, w: 1 })) as never, images: 0 });

describe('DriftCheck', () => {
  it('API without text either: direct text kept, no warning', () => {
    const d = new DriftCheck();
    expect(d.textAgrees(3, text(' ', ''))).toBe(true);
    expect(d.directText).toBe(true);
    expect(d.warnings()).toEqual([]);
  });

  it('API finds text the direct way missed: API from then on, one warning naming the page', () => {
    const d = new DriftCheck();
    expect(d.textAgrees(4, text('收入总计'))).toBe(false);
    expect(d.directText).toBe(false);
    expect(d.warnings()).toHaveLength(1);
    expect(d.warnings()[0]).toMatchObject({ code: 'reader-drift', page: 4 });
    expect(d.warnings()[0].message).toContain('第4页');
  });

  it('operator list without lines either: recorder kept, proof asked only once', () => {
    const d = new DriftCheck();
    expect(d.graphicsAgree(2, graphics(0))).toBe(true);
    expect(d.needsGraphicsProof).toBe(false);
    expect(d.recordedGraphics).toBe(true);
    expect(d.warnings()).toEqual([]);
  });

  it('operator list has lines the recorder missed: operator list from then on, with a warning', () => {
    const d = new DriftCheck();
    expect(d.graphicsAgree(5, graphics(3))).toBe(false);
    expect(d.recordedGraphics).toBe(false);
    expect(d.warnings()[0]).toMatchObject({ code: 'reader-drift', page: 5 });
    expect(d.warnings()[0].message).toContain('表格线');
  });
});
