/**
 * The annotated PDF, read back with pdf-lib: one red Square annotation per finding-evidence box, on
 * the evidence's page, its rectangle the evidence box (converted between viewport and user space).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString, degrees } from 'pdf-lib';
import { buildReport, ReportError } from './export.js';
import { noteText } from './pdf-annotate.js';
import { boxToUserSpace, userSpaceToBox, visibleBox } from './pdf-geometry.js';
import { reportFindings } from './review.js';
import { HAVE_SHARED, SHARED_PDF, analyzed, generatedSample, tempDir } from './testing.js';

interface ReadAnnot {
  page: number;
  subtype: string;
  rect: number[];
  contents?: string;
  color?: number[];
}

async function readAnnots(bytes: Uint8Array): Promise<{ doc: PDFDocument; annots: ReadAnnot[] }> {
  const doc = await PDFDocument.load(bytes);
  const annots: ReadAnnot[] = [];
  doc.getPages().forEach((p, i) => {
    const arr = p.node.Annots();
    if (!arr) return;
    for (let k = 0; k < arr.size(); k++) {
      const a = arr.lookup(k, PDFDict);
      const nums = (x: PDFArray | undefined) => x?.asArray().map((n) => (n as PDFNumber).asNumber());
      const c = a.lookup(PDFName.of('Contents'));
      annots.push({
        page: i + 1,
        subtype: a.lookup(PDFName.of('Subtype'), PDFName).decodeText(),
        rect: nums(a.lookup(PDFName.of('Rect'), PDFArray))!,
        contents: c instanceof PDFHexString || c instanceof PDFString ? c.decodeText() : undefined,
        color: nums(a.lookup(PDFName.of('C')) as PDFArray | undefined),
      });
    }
  });
  return { doc, annots };
}

describe('annotated pdf', () => {
  it.skipIf(!HAVE_SHARED)('shared PDF: one red Square per evidence box, on its page, matching the box, with the Chinese note', async () => {
    const input = await analyzed(SHARED_PDF);
    const r = await buildReport('pdf', input);
    expect(r.contentType).toBe('application/pdf');
    expect(r.fileName).toBe('shanghai-putuo-finance-bureau-2024-final.annotated.pdf');
    const { doc, annots } = await readAnnots(r.body);
    const original = await PDFDocument.load(readFileSync(SHARED_PDF));
    expect(doc.getPageCount()).toBe(original.getPageCount());
    const squares = annots.filter((a) => a.subtype === 'Square');
    const items = reportFindings(input);
    const boxes = items.flatMap((it) => it.finding.evidence.filter((e) => e.box && e.page).map((e) => ({ it, e })));
    expect(boxes.length).toBeGreaterThanOrEqual(3);
    expect(squares).toHaveLength(boxes.length);
    for (const { it, e } of boxes) {
      const page = doc.getPage(e.page! - 1);
      const geo = { view: visibleBox([0, 0, page.getWidth(), page.getHeight()], undefined), rotate: page.getRotation().angle };
      const match = squares.find((s) => {
        if (s.page !== e.page || s.contents !== noteText(it)) return false;
        const b = userSpaceToBox(s.rect, geo);
        return [b.x0 - e.box!.x0, b.y0 - e.box!.y0, b.x1 - e.box!.x1, b.y1 - e.box!.y1].every((d) => Math.abs(d) < 0.02);
      });
      expect(match, `${it.finding.rule} p.${e.page}`).toBeDefined();
      expect(match!.color).toEqual([1, 0, 0]);
      expect(match!.contents).toContain(it.finding.message);
    }
    // every square has a popup for its note
    expect(annots.filter((a) => a.subtype === 'Popup')).toHaveLength(squares.length);
  });

  it.skipIf(!HAVE_SHARED)('a finding without a box gets a note on its page; the download name follows displayName', async () => {
    const input = await analyzed(SHARED_PDF);
    const boxless = { rule: 'required-table', severity: 'error' as const, message: '缺少“政府性基金预算支出表”', evidence: [{ page: 2, text: '目录' }] };
    const r = await buildReport('pdf', { ...input, findings: [boxless], displayName: '普陀区财政局决算.pdf' });
    expect(r.fileName).toBe('普陀区财政局决算.annotated.pdf');
    const { annots } = await readAnnots(r.body);
    expect(annots).toHaveLength(1);
    expect(annots[0]).toMatchObject({ page: 2, subtype: 'Text', color: [1, 0, 0] });
    expect(annots[0]!.contents).toContain('缺少“政府性基金预算支出表”');
  });

  it('maps boxes through rotation and an offset crop box the way pdf.js does', async () => {
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await PDFDocument.create();
    const rects: number[][] = [];
    for (const rot of [0, 90, 180, 270]) {
      const p = doc.addPage([600, 800]);
      p.setCropBox(30, 40, 500, 700);
      p.setRotation(degrees(rot));
      rects.push([100, 200, 180, 215]);
    }
    const bytes = await doc.save();
    const pdf = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
    for (let i = 0; i < 4; i++) {
      const page = await pdf.getPage(i + 1);
      const vp = page.getViewport({ scale: 1 });
      const [a, b, c, d] = vp.convertToViewportRectangle(rects[i]!);
      const box = { x0: Math.min(a, c), y0: Math.min(b, d), x1: Math.max(a, c), y1: Math.max(b, d) };
      const geo = { view: visibleBox([0, 0, 600, 800], [30, 40, 530, 740]), rotate: [0, 90, 180, 270][i]! };
      expect(boxToUserSpace(box, geo)).toEqual(rects[i]);
      expect(userSpaceToBox(rects[i]!, geo)).toEqual(box);
    }
    await pdf.destroy();
  });

  it('a text input is refused with one line naming the file', async () => {
    const input = await generatedSample();
    const e = await buildReport('pdf', input).catch((x) => x);
    expect(e).toBeInstanceOf(ReportError);
    expect(e.message).toContain(input.file);
    expect(e.message).toMatch(/不是 PDF 文件/);
    expect(e.message).not.toContain('\n');
  });

  it.skipIf(!HAVE_SHARED)('an original that is no longer a readable PDF is refused with one line naming the file', async () => {
    const input = await analyzed(SHARED_PDF);
    const file = join(tempDir(), 'broken.pdf');
    writeFileSync(file, '%PDF-1.7\n garbage');
    const e = await buildReport('pdf', { ...input, file }).catch((x) => x);
    expect(e).toBeInstanceOf(ReportError);
    expect(e.message).toMatch(/broken\.pdf: .*PDF/);
  });
});
