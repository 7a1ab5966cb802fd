/** A generated disclosure as a .docx (the `docx` package): headings, paragraphs, tables with merged header cells. */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { rowCells, toBlocks } from './blocks.js';
import type { OutLine } from '../render.js';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];

export async function renderDocx(lines: OutLine[]): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  for (const b of toBlocks(lines)) {
    if (b.t === 'p') {
      if (b.kind === 'title') children.push(new Paragraph({ text: b.text, heading: HeadingLevel.TITLE }));
      else if (b.kind === 'heading') children.push(new Paragraph({ text: b.text, heading: HEADINGS[Math.min(3, (b.level ?? 1) - 1)] }));
      else children.push(new Paragraph({ text: b.text }));
      continue;
    }
    const rows = b.rows.map((r) => {
      const cells: TableCell[] = [];
      const placed = rowCells(r);
      let col = 0;
      for (const c of placed) {
        for (; col < c.from; col++) cells.push(new TableCell({ children: [new Paragraph('')] }));
        cells.push(new TableCell({ children: [new Paragraph(c.text)], columnSpan: c.to - c.from + 1 }));
        col = c.to + 1;
      }
      for (; col < b.width; col++) cells.push(new TableCell({ children: [new Paragraph('')] }));
      return new TableRow({ children: cells });
    });
    children.push(new Table({ rows }));
    children.push(new Paragraph(''));
  }
  const doc = new Document({ sections: [{ children }] });
  return Packer.toBuffer(doc);
}
