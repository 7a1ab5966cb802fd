/** .docx rendering of a draft (the `docx` package): headings, paragraphs, blanks highlighted, sources in small grey type. */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { Draft } from './draft.js';
import { numbering, sourceLabels } from './render-text.js';

function runs(text: string): TextRun[] {
  return text
    .split(/(【[^】]*】)/)
    .filter(Boolean)
    .map((t) => (t.startsWith('【') ? new TextRun({ text: t, bold: true, highlight: 'yellow' }) : new TextRun(t)));
}

export async function draftDocx(d: Draft): Promise<Buffer> {
  const children: Paragraph[] = [new Paragraph({ text: d.heading, heading: HeadingLevel.TITLE })];
  for (const n of d.notes) children.push(new Paragraph({ children: [new TextRun({ text: `注：${n}`, bold: true, highlight: 'yellow' })] }));
  d.sections.forEach((s, i) => {
    children.push(new Paragraph({ text: `${numbering(i)}${s.title}`, heading: HeadingLevel.HEADING_1 }));
    for (const p of s.paragraphs) {
      children.push(new Paragraph({ children: runs(p.text) }));
      if (p.sources.length)
        children.push(new Paragraph({ children: [new TextRun({ text: `来源：${sourceLabels(p.sources, d.file)}`, size: 16, color: '808080' })] }));
    }
  });
  const doc = new Document({ creator: 'budgetlens', title: d.heading, sections: [{ children }] });
  return Packer.toBuffer(doc);
}
