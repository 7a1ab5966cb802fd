/**
 * Turns typed lines into the document text, optionally with the artefacts of real extracted text:
 * letter-spaced headings, sentences wrapped over lines and pages (form feeds and stray page
 * numbers), full-width digits and commas inside numbers, numbers with and without thousands
 * separators, Markdown/HTML remnants, table titles wrapped over two lines.
 * Artefacts never change what a figure is: only how it is printed.
 */
import { displayWidth } from '../readers/char-rules.js';
import type { Rng } from './prng.js';
import type { OutLine } from './render.js';
import type { Style } from './style.js';

const HAN = /[\p{Script=Han}“”‘’、，。：；（）《》〔〕【】！？—…·]/u;

/** `部门决算` → `部 门 决 算`; digit runs stay whole. */
export function letterSpace(s: string): string {
  const chars = [...s];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const a = chars[i];
    out += a;
    const b = chars[i + 1];
    if (b === undefined || a === ' ' || b === ' ') continue;
    if (HAN.test(a) || HAN.test(b)) out += ' ';
  }
  return out;
}

const FW_DIGITS = '０１２３４５６７８９';

/** Full-width forms of a printed number: all digits and punctuation, or only the commas. */
export function fullWidthNumber(s: string, all: boolean): string {
  if (!all) return s.replace(/,/g, '，');
  return s.replace(/[0-9]/g, (d) => FW_DIGITS[Number(d)]).replace(/,/g, '，').replace(/\./g, '．');
}

/** Toggles thousands separators of a printed number. */
export function toggleGrouping(s: string): string {
  if (s.includes(',')) return s.replace(/,/g, '');
  const [h, t] = s.split('.');
  const neg = h.startsWith('-');
  const g = (neg ? h.slice(1) : h).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (neg ? '-' : '') + g + (t !== undefined ? '.' + t : '');
}

/** A cell transformer for tables (full-width / regrouped figures now and then). */
export function cellArtefacts(rng: Rng): (text: string) => string {
  const fwRate = rng.chance(500) ? rng.int(10, 60) : 0;
  const groupRate = rng.chance(400) ? rng.int(20, 120) : 0;
  return (text: string) => {
    if (!text) return text;
    let t = text;
    if (groupRate && rng.int(0, 999) < groupRate) t = toggleGrouping(t);
    if (fwRate && t.includes(',') && rng.int(0, 999) < fwRate) t = fullWidthNumber(t, false);
    return t;
  };
}

/** Heading starts the paragraph joiner treats as a new block: a wrapped line must not begin like one. */
const HEADING_LIKE =
  /^(?:第[一二三四五六七八九十\d]+(?:部分|章|节)|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}\s*[.、．](?!\d)|表\s*[一二三四五六七八九十\d]+|[①-⑳]|注[:：]|其中[:：]?|\d+\s*$)/;
const NUMBER_CHAR = /[\d０-９,.，．%％]/;

/** Splits a prose line into pieces of about `width` display columns, never inside a number. */
export function wrapProse(text: string, width: number): string[] {
  const chars = [...text];
  const out: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let w = 0;
    let end = start;
    while (end < chars.length && w + displayWidth(chars[end]) <= width) w += displayWidth(chars[end++]);
    if (end >= chars.length) {
      out.push(chars.slice(start).join(''));
      break;
    }
    // move the break back to an allowed place
    let cut = end;
    while (cut > start + 4) {
      const prev = chars[cut - 1];
      const next = chars[cut];
      const insideNumber = NUMBER_CHAR.test(prev) && NUMBER_CHAR.test(next);
      const rest = chars.slice(cut).join('');
      const endsClause = /[；;：:。！？]$/.test(prev);
      if (!insideNumber && !HEADING_LIKE.test(rest) && !endsClause && !/^[，。、；：%％]/.test(rest)) break;
      cut--;
    }
    if (cut <= start + 4) cut = end; // give up: keep the long line
    out.push(chars.slice(start, cut).join(''));
    start = cut;
  }
  return out;
}

interface Phys {
  text: string;
  /** A page may end before this line. */
  breakable: boolean;
}

/** `header`: a running header printed at the top of every page (documents with artefacts have pages). */
export function assemble(lines: OutLine[], s: Style, artefacts: boolean, rng: Rng, header?: string): string {
  // a running header is page furniture: only documents with pages (artefacts) print it
  if (!artefacts) return assembleClean(lines, s);
  const wrapWidth = rng.int(56, 92);
  const blankBetween = rng.chance(400);
  const blankAfterPara = s.layout === 'tab' || rng.chance(300);
  const pageLines = rng.int(32, 60);
  const pageStyle = rng.pick(['n', '- n -', '第 n 页', 'n', '— n —']);
  const spaced = rng.chance(600);
  const markdown = rng.chance(350);
  const html = rng.chance(200);
  const proseNumbers = rng.chance(700);
  const titleWrap = rng.chance(400);

  const phys: Phys[] = [];
  const push = (text: string, breakable = true) => phys.push({ text, breakable });
  let inTableHead = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    let t = l.text;
    switch (l.kind) {
      case 'title':
      case 'toc':
        if (markdown && l.kind === 'toc' && i > 0 && lines[i - 1].kind === 'toc') t = t.replace(/^(\s*)/, '$1- ');
        if (markdown && l.kind === 'title' && rng.chance(500)) t = `**${t.trim()}**`;
        push(t);
        if (s.layout === 'tab') push('');
        break;
      case 'heading': {
        if (spaced && (l.level ?? 3) <= 2 && rng.chance(500)) t = letterSpace(t);
        if (markdown) t = rng.chance(600) ? `${'#'.repeat(Math.min(4, (l.level ?? 2) + 1))} ${t}` : `**${t}**`;
        push(t);
        if (blankAfterPara) push('');
        break;
      }
      case 'prose': {
        if (proseNumbers) t = t.replace(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{4,}\.\d+/g, (n) => (rng.chance(120) ? toggleGrouping(n) : n));
        if (proseNumbers) t = t.replace(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+/g, (n) => (rng.chance(60) ? fullWidthNumber(n, rng.chance(500)) : n));
        if (spaced && rng.chance(60)) {
          // a letter-spaced line start, as in badly extracted justified text
          const m = /^[\p{Script=Han}]{4,10}/u.exec(t);
          if (m) t = letterSpace(m[0]) + ' ' + t.slice(m[0].length);
        }
        if (html && rng.chance(300)) t = `<p>${t}</p>`;
        else if (markdown && rng.chance(80)) t = `**${t}**`;
        const pieces = displayWidth(t) > wrapWidth ? wrapProse(t, wrapWidth) : [t];
        pieces.forEach((piece, k) => {
          push(k > 0 && rng.chance(100) ? ' ' + piece : piece);
          if (blankBetween && k < pieces.length - 1) push('', false);
        });
        if (blankAfterPara) push('');
        break;
      }
      case 'table-title': {
        if (i > 0 && lines[i - 1].kind !== 'table-title') push('');
        const chars = [...t.trim()];
        if (titleWrap && chars.length >= 16 && rng.chance(300) && /表$/.test(t.trim())) {
          // long titles wrap at the page edge: the last one to three characters go to the next line
          const cut = chars.length - rng.int(1, 3);
          const lead = t.length - t.trimStart().length;
          push(' '.repeat(lead) + chars.slice(0, cut).join(''));
          push(' '.repeat(lead + 4) + chars.slice(cut).join(''), false);
        } else push(markdown && rng.chance(300) ? `**${t.trim()}**` : t);
        break;
      }
      case 'table-meta':
        push(t, false);
        inTableHead = true;
        break;
      case 'table-head':
      case 'table-cont':
        push(t, false);
        break;
      case 'table-row':
        push(t, !inTableHead);
        inTableHead = false;
        break;
      case 'table-note':
        push(t);
        push('');
        break;
    }
  }
  // page breaks: a stray page number, then a form feed before the next page's first line
  const out: string[] = [];
  let page = 1;
  let onPage = 0;
  for (const p of phys) {
    if (onPage >= pageLines && p.breakable && p.text.trim()) {
      out.push('');
      out.push(pageStyle.replace('n', String(page)));
      page++;
      onPage = 0;
      if (header) {
        out.push('\f' + header);
        out.push(p.text);
      } else out.push('\f' + p.text);
      continue;
    }
    out.push(p.text);
    if (p.text.trim()) onPage++;
  }
  return out.join('\n').replace(/\n{4,}/g, '\n\n\n') + '\n';
}

function assembleClean(lines: OutLine[], s: Style): string {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind === 'table-title' && i > 0 && lines[i - 1].kind !== 'table-title') out.push('');
    out.push(l.text);
    const blank = l.kind === 'prose' || l.kind === 'heading' || l.kind === 'title' || l.kind === 'table-note' || (l.kind === 'toc' && s.layout === 'tab');
    if (blank && s.layout === 'tab') out.push('');
    else if (blank && (l.kind === 'table-note' || l.kind === 'title')) out.push('');
  }
  return out.join('\n') + '\n';
}
