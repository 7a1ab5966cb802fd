/**
 * The original PDF, annotated: per finding, a red rectangle (Square annotation with an appearance
 * stream) on every evidence box, with the Chinese message as its contents and a popup; a finding
 * without a box gets a note (Text annotation) on its page. Annotation strings are PDF text strings
 * (UTF-16BE), so no font is needed for Chinese. The page content itself is not changed.
 */
import { readFileSync } from 'node:fs';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, type PDFPage, type PDFRef } from 'pdf-lib';
import { ReportError } from './errors.js';
import { boxToUserSpace, visibleBox, type PageGeometry } from './pdf-geometry.js';
import { SEVERITY_LABEL, reportFindings, reviewText, type ReportFinding, type ReportInput } from './review.js';

const AUTHOR = 'budgetlens';
const LINE_WIDTH = 1.5;

function pageGeometry(page: PDFPage): PageGeometry {
  const m = page.getMediaBox();
  const c = page.node.CropBox() ? page.getCropBox() : undefined;
  const rect = (r: { x: number; y: number; width: number; height: number }) => [r.x, r.y, r.x + r.width, r.y + r.height];
  return { view: visibleBox(rect(m), c && rect(c)), rotate: page.getRotation().angle };
}

/** The note shown for a finding: severity, title, message, expected value, suggestion, review. */
export function noteText(it: ReportFinding): string {
  const f = it.finding;
  const lines = [`【${SEVERITY_LABEL[f.severity]}】${it.title}（${f.rule}）`, f.message];
  if (f.stated !== undefined || f.expected !== undefined) lines.push(`所列：${f.stated ?? '—'}；应为：${f.expected ?? '—'}`);
  if (f.suggestion) lines.push(`建议改为：${f.suggestion}`);
  if (it.review) lines.push(`复核：${reviewText(it.review)}`);
  return lines.join('\n');
}

function readOriginal(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch {
    throw new ReportError(file, '原始 PDF 文件不存在或无法打开');
  }
}

async function loadPdf(file: string, bytes: Uint8Array): Promise<{ pdf: PDFDocument; pages: PDFPage[] }> {
  try {
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    const pages = pdf.getPages();
    if (!pages.length) throw new Error('no pages');
    return { pdf, pages };
  } catch (e) {
    const encrypted = e instanceof Error && /encrypt/i.test(e.message);
    throw new ReportError(file, encrypted ? 'PDF 已加密，无法添加批注' : 'PDF 文件已损坏，无法添加批注');
  }
}

export async function annotatedPdf(input: ReportInput, bytes?: Uint8Array): Promise<Uint8Array> {
  if (input.model.format !== 'pdf') throw new ReportError(input.file, '不是 PDF 文件，无法导出带批注的 PDF（请改用 html、xlsx、csv 或 json）');
  const { pdf, pages } = await loadPdf(input.file, bytes ?? readOriginal(input.file));
  const ctx = pdf.context;
  const now = PDFString.fromDate(new Date());
  const text = (s: string) => PDFHexString.fromText(s);

  function add(page: PDFPage, fields: Record<string, unknown>): { ref: PDFRef; dict: PDFDict } {
    const dict = ctx.obj(fields as never) as unknown as PDFDict;
    const ref = ctx.register(dict);
    page.node.addAnnot(ref);
    return { ref, dict };
  }

  function square(page: PDFPage, rect: number[], it: ReportFinding, n: number) {
    const [x0, y0, x1, y1] = rect as [number, number, number, number];
    const w = x1 - x0;
    const hgt = y1 - y0;
    const ap = ctx.register(
      ctx.stream(`q 1 0 0 RG ${LINE_WIDTH} w ${LINE_WIDTH / 2} ${LINE_WIDTH / 2} ${(w - LINE_WIDTH).toFixed(2)} ${(hgt - LINE_WIDTH).toFixed(2)} re S Q`, {
        Type: 'XObject',
        Subtype: 'Form',
        BBox: [0, 0, w, hgt],
      }),
    );
    const sq = add(page, {
      Type: 'Annot',
      Subtype: 'Square',
      Rect: rect,
      C: [1, 0, 0],
      BS: { Type: 'Border', W: LINE_WIDTH, S: 'S' },
      F: 4,
      T: text(AUTHOR),
      Subj: text(it.title),
      Contents: text(noteText(it)),
      NM: PDFString.of(`budgetlens-${it.fingerprint}-${n}`),
      M: now,
      AP: { N: ap },
    });
    const popup = add(page, { Type: 'Annot', Subtype: 'Popup', Rect: [x1, y1 - 120, x1 + 220, y1], Parent: sq.ref, Open: false, F: 4 });
    sq.dict.set(PDFName.of('Popup'), popup.ref);
  }

  function note(page: PDFPage, it: ReportFinding) {
    const g = pageGeometry(page);
    const [vx0, , , vy1] = g.view;
    add(page, {
      Type: 'Annot',
      Subtype: 'Text',
      Rect: [vx0 + 12, vy1 - 36, vx0 + 36, vy1 - 12],
      C: [1, 0, 0],
      Name: 'Comment',
      F: 4,
      T: text(AUTHOR),
      Subj: text(it.title),
      Contents: text(noteText(it)),
      NM: PDFString.of(`budgetlens-${it.fingerprint}-note`),
      M: now,
    });
  }

  try {
    for (const it of reportFindings(input)) {
      let drawn = 0;
      for (const e of it.finding.evidence) {
        const page = e.page !== undefined ? pages[e.page - 1] : undefined;
        if (!page || !e.box) continue;
        square(page, boxToUserSpace(e.box, pageGeometry(page)), it, drawn++);
      }
      if (!drawn) {
        const p = it.finding.evidence.find((e) => e.page !== undefined && pages[e.page - 1])?.page ?? 1;
        if (pages[p - 1]) note(pages[p - 1]!, it);
      }
    }
    return await pdf.save({ useObjectStreams: false });
  } catch (e) {
    if (e instanceof ReportError) throw e;
    throw new ReportError(input.file, 'PDF 文件结构损坏，无法添加批注');
  }
}
