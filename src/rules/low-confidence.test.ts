/** A finding that rests on a figure OCR read with low confidence is a warning, not an error. */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../extract/index.js';
import { textToDocument } from '../readers/text.js';
import type { NDocument } from '../readers/types.js';
import { runRules } from './engine.js';
import { LOW_CONFIDENCE, lowestConfidence, rowsBetweenConfidence } from './low-confidence.js';
import { check, emptyModel, table } from './testing.js';
import { rule as hierarchySum } from './table-arithmetic/hierarchy-sum.js';

const TEXT = [
  '北京市清岚区城市管理委员会2019年部门预算公开',
  '一、收入预算说明',
  '2019年收入预算2899.25万元，比2018年收入预算3145.51万元减少246.26万元，减少9.83%。',
].join('\n');

/** The document as an OCR reader would give it: every cell of the figure line with `conf`. */
function ocrDoc(conf?: number): NDocument {
  const doc = textToDocument('scan.pdf', TEXT);
  if (conf !== undefined) for (const l of doc.lines) if (/9\.83%/.test(l.text)) for (const c of l.cells) c.confidence = conf;
  return doc;
}

const percentFinding = (conf?: number) => runRules(buildModel(ocrDoc(conf))).find((f) => f.stated?.includes('9.83'));

describe('low-confidence OCR figures', () => {
  it('a wrong percentage is an error when the text is sure (text layer, or OCR with high confidence)', () => {
    expect(percentFinding()?.severity).toBe('error');
    const sure = percentFinding(92);
    expect(sure?.severity).toBe('error');
    expect(sure?.evidence[0].confidence).toBe(92);
  });

  it('becomes a warning saying the figure was recognised with low confidence', () => {
    const f = percentFinding(LOW_CONFIDENCE - 25);
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('文字识别（OCR）');
    expect(f?.message).toContain(`识别置信度低（${LOW_CONFIDENCE - 25}）`);
    expect(f?.evidence[0].confidence).toBe(LOW_CONFIDENCE - 25);
  });
});

describe('rows between the rows a finding cites', () => {
  // 21011 = 2101101 + 2101103; the row 2101101 had its code misread (`1` for `11`), so it is not
  // one of 21011's parts and the sum fails citing 21011 and 2101103 only
  const rows = [
    { code: '210', name: '卫生健康支出', values: ['81.07'] },
    { code: '21011', name: '行政事业单位医疗', values: ['81.07'] },
    { code: '210101', name: '行政单位医疗', values: ['65.42'] },
    { code: '2101103', name: '公务员医疗补助', values: ['15.65'] },
    { code: '221', name: '住房保障支出', values: ['10.00'] },
    { code: '22102', name: '住房改革支出', values: ['10.00'] },
  ];
  const model = (lostRowConf: number, otherConf = 90) => {
    const m = emptyModel();
    m.tables = [table('expenditure', '部门支出总表', [['合计', 'total']], rows)];
    m.tables[0].rows.forEach((r, i) => (r.source = { file: 'scan.pdf', page: 6, line: 100 + i, confidence: i === 2 ? lostRowConf : otherConf }));
    return m;
  };
  const sumFinding = (m: ReturnType<typeof model>) => check(hierarchySum, m).find((f) => f.message.includes('21011'));

  it('a row read with low confidence between them makes the finding a warning', () => {
    const m = model(3);
    const f = sumFinding(m);
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('识别置信度低（3）');
    expect(lowestConfidence(f!)).toBe(90); // the cited rows alone
    expect(lowestConfidence(f!, m)).toBe(3);
  });

  it('the finding stays an error when every row between them was read surely', () => {
    expect(sumFinding(model(88))?.severity).toBe('error');
  });

  it('rows outside the cited span do not count', () => {
    const m = model(90);
    m.tables[0].rows[5].source.confidence = 3; // 22102, after the cited rows
    expect(sumFinding(m)?.severity).toBe('error');
    expect(rowsBetweenConfidence(sumFinding(m)!.evidence, m)).toBe(90);
  });
});
