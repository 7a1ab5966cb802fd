/** A finding that rests on a figure OCR read with low confidence is a warning, not an error. */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../extract/index.js';
import { textToDocument } from '../readers/text.js';
import type { NDocument } from '../readers/types.js';
import { runRules } from './engine.js';
import { LOW_CONFIDENCE } from './low-confidence.js';

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
