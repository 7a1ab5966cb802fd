import { describe, expect, it } from 'vitest';
import { textToDocument } from '../readers/text.js';
import { buildParagraphs, isPageNumberLine, sourceAt } from './paragraphs.js';

const paras = (text: string) => buildParagraphs(textToDocument('t.txt', text));

describe('buildParagraphs', () => {
  it('joins a sentence broken across lines and pages, dropping the page number', () => {
    const ps = paras('2024 年度收、支总计 671.84 万元，比上年减少\n\f12\n133.44 万元，下降 16.57%。\n');
    expect(ps).toHaveLength(1);
    expect(ps[0].text).toBe('2024 年度收、支总计 671.84 万元，比上年减少133.44 万元，下降 16.57%。');
    const at = ps[0].text.indexOf('16.57');
    expect(sourceAt(ps[0], at)).toMatchObject({ line: 3, page: 2 });
  });
  it('keeps a short numbered heading apart from the text after it', () => {
    const ps = paras('（一）收入决算说明\n2024 年度本年收入合计 671.84 万元。\n');
    expect(ps.map((p) => p.text)).toEqual(['（一）收入决算说明', '2024 年度本年收入合计 671.84 万元。']);
  });
  it('does not cut a numbered sentence that continues on the next line', () => {
    const ps = paras('10.住房保障支出（类）购房补贴（项）。年初预算为\n80.31万元，完成年初预算的90.09%。\n');
    expect(ps).toHaveLength(1);
    expect(ps[0].text).toContain('年初预算为80.31万元');
  });
  it('leaves table rows out of paragraphs', () => {
    const ps = paras('说明文字。\n201\t一般公共服务支出\t100.00\t80.00\t20.00\n');
    expect(ps.map((p) => p.text)).toEqual(['说明文字。']);
  });
  it('recognises page-number lines', () => {
    for (const s of ['5', '- 5 -', '第 5 页', '5/30']) expect(isPageNumberLine(s)).toBe(true);
    for (const s of ['5 万元', '2024年']) expect(isPageNumberLine(s)).toBe(false);
  });
});

describe('confidence of a quote over several OCR lines', () => {
  it('is the lowest confidence of the lines it covers', async () => {
    const { spanSource } = await import('./paragraphs.js');
    const doc = textToDocument('scan.txt', '住房保障支出232.48万元，占\n8.02%。\n');
    // as an OCR reader would give them: the second line (the rate) read with low confidence
    doc.lines[0].cells[0].confidence = 81;
    doc.lines[1].cells[0].confidence = 21;
    const [p] = buildParagraphs(doc);
    const at = p.text.indexOf('占');
    const end = p.text.indexOf('%') + 1;
    expect(sourceAt(p, at).confidence).toBe(81);
    expect(sourceAt(p, at, end).confidence).toBe(21);
    expect(spanSource(p, at, end).confidence).toBe(21);
    // a quote within the first line keeps that line's confidence
    expect(sourceAt(p, 0, 6).confidence).toBe(81);
  });
});
