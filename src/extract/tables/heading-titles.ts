/**
 * Tables titled by a section heading instead of a `…表` title: `七、重点项目预算绩效目标情况`,
 * then (optionally) one sentence `…情况如下：`, then the table's header row. Only performance-target
 * tables are read this way (they carry no arithmetic), and only when a header row with several cells
 * follows at once, so a heading over prose never becomes a table.
 */
import type { NDocument } from '../../readers/types.js';
import { isPageNumberLine } from '../../normalize/paragraphs.js';
import type { TitleHit } from './titles.js';

const NUMBERING = /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}\s*[、.．](?!\d))\s*/;
/** The heading names performance targets of projects or of the whole body, and nothing else. */
const PERFORMANCE_HEADING = /^[\p{Script=Han}“”"（）()]{0,20}绩效目标(?:情况|表)?$/u;
const INTRO = /如下[：:]$/;
const HEADER_CELL = /^(?:项目(?:名称)?|绩效目标|绩效指标|(?:一|二|三)级指标|指标(?:名称|值)?|预算数.*|金额.*|资金.*)$/;

export function headingTitleAt(doc: NDocument, texts: string[], i: number): TitleHit | null {
  const l = doc.lines[i];
  if (l.cells.filter((c) => c.text).length !== 1) return null;
  const raw = texts[i].replace(/\s+/g, '');
  const m = NUMBERING.exec(raw);
  const title = m ? raw.slice(m[0].length) : raw;
  if (!title || title.length > 30 || !PERFORMANCE_HEADING.test(title)) return null;
  let end = i;
  let seen = 0;
  for (let j = i + 1; j < doc.lines.length && seen < 3; j++) {
    const t = texts[j];
    if (!t || isPageNumberLine(t)) continue;
    seen++;
    const cells = doc.lines[j].cells.map((c) => c.text.replace(/\s+/g, '')).filter(Boolean);
    if (cells.length === 1 && INTRO.test(cells[0]) && j === nextText(texts, i)) {
      end = j;
      continue;
    }
    if (cells.length >= 2 && cells.filter((c) => HEADER_CELL.test(c)).length >= 2 && cells.some((c) => /绩效|指标/.test(c))) {
      return { index: i, end, key: 'performance', title, reference: false, elsewhere: false, heading: true };
    }
    return null;
  }
  return null;
}

/** The first non-empty, non-page-number line after `i`. */
function nextText(texts: string[], i: number): number {
  for (let j = i + 1; j < texts.length; j++) if (texts[j] && !isPageNumberLine(texts[j])) return j;
  return texts.length;
}
