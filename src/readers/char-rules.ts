/**
 * Character-level normalisation shared by every reader: what extraction may rely on.
 * - full-width ASCII (digits, letters, `％`, `．`, `，` between digits) → ASCII
 * - spaced CJK (`基 本 支 出`) → `基本支出`; a space inside a word split by layout is removed
 * - Markdown / HTML markup removed
 * Line structure and wide gaps (2+ spaces, tabs) are kept: they separate table cells.
 */

const HAN = '\\p{Script=Han}';
const CJK_PUNCT = '“”‘’、，。：；（）《》〔〕【】！？—…·';
const isCjk = new RegExp(`^[${HAN}${CJK_PUNCT}]$`, 'u');

/** Full-width forms U+FF01–U+FF5E that are made ASCII everywhere: digits, Latin letters, % and the decimal point. */
function fullWidthToAscii(s: string): string {
  if (!/[０-９Ａ-Ｚａ-ｚ％．－＋]/.test(s)) return s;
  return s.replace(/[０-９Ａ-Ｚａ-ｚ％．－＋]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** `16，320.00` → `16,320.00`; `１２．５` (already ASCII) keeps. Only between digits. */
function numberPunctuation(s: string): string {
  if (!/\d[，。．]\d/.test(s)) return s;
  return s.replace(/(\d)，(?=\d{3}(?:\D|$))/g, '$1,').replace(/(\d)[。．](?=\d)/g, '$1.');
}

/** Joins runs of single CJK characters separated by single spaces: `部 门 决 算` → `部门决算`. */
function joinSpacedCjk(s: string): string {
  if (!/[\p{Script=Han}] [\p{Script=Han}]/u.test(s)) return s;
  // Work on runs separated by single spaces; wide gaps (2+ spaces, tabs) are cell separators and stay.
  return s.replace(/[^\t ]+(?: [^\t ]+)+/g, (run) => {
    const toks = run.split(' ');
    const out: string[] = [toks[0]];
    for (let i = 1; i < toks.length; i++) {
      const prev = out[out.length - 1];
      const cur = toks[i];
      const prevLast = lastCodePoint(prev);
      const curFirst = firstCodePoint(cur);
      // join when both sides are CJK and at least one side is a lone character (typical of letter-spaced text)
      const lone = codePointLength(cur) === 1 || codePointLength(toks[i - 1]) === 1;
      if (isCjk.test(prevLast) && isCjk.test(curFirst) && lone) out[out.length - 1] = prev + cur;
      else out.push(cur);
    }
    return out.join(' ');
  });
}

/** The last code point of a string (`[...s].pop() ?? ''`). */
function lastCodePoint(s: string): string {
  const n = s.length;
  if (n >= 2) {
    const lo = s.charCodeAt(n - 1);
    const hi = s.charCodeAt(n - 2);
    if (lo >= 0xdc00 && lo <= 0xdfff && hi >= 0xd800 && hi <= 0xdbff) return s.slice(n - 2);
  }
  return s.slice(n - 1);
}

/** The first code point of a string (`[...s][0] ?? ''`). */
function firstCodePoint(s: string): string {
  if (s.length >= 2) {
    const hi = s.charCodeAt(0);
    const lo = s.charCodeAt(1);
    if (hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff) return s.slice(0, 2);
  }
  return s.slice(0, 1);
}

/** Characters without which a line has no markup to remove. */
const MARKUP_HINT = /[<&#*_+>|-]/;

/** Removes Markdown and HTML markup of a line, keeping its text. */
export function stripMarkup(s: string): string {
  if (!MARKUP_HINT.test(s)) return s;
  let t = s;
  if (t.includes('<')) {
    t = t
      .replace(/<\s*br\s*\/?>/gi, ' ')
      .replace(/<\/?(?:p|div|span|td|tr|th|table|tbody|thead|b|strong|i|em|u|font|sup|sub)\b[^>]*>/gi, ' ')
      .replace(/&nbsp;/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  }
  t = t.replace(/^\s{0,3}#{1,6}\s+/, ''); // headings
  t = t.replace(/\*\*|__/g, ''); // bold
  t = t.replace(/^(\s*)[-*+]\s+(?=\S)/, '$1'); // bullets
  t = t.replace(/^\s*>\s?/, ''); // block quotes
  if (/^\s*\|.*\|\s*$/.test(t)) {
    // Markdown table row → tab-separated cells; separator rows vanish
    if (/^\s*\|(?:\s*:?-{2,}:?\s*\|)+\s*$/.test(t)) return '';
    t = t.trim().slice(1, -1).split('|').map((c) => c.trim()).join('\t');
  }
  return t;
}

/** Normalises one line of text (no line breaks inside). */
export function normalizeLineText(s: string): string {
  if (!MAY_CHANGE.test(s)) return s.trimEnd(); // no step below would change anything but the end
  let t = SPECIAL_SPACE.test(s) ? s.replace(/[\u00a0\u3000\u2002\u2003\u2009]/g, ' ').replace(/[\u200b\ufeff\r]/g, '') : s;
  t = stripMarkup(t);
  t = fullWidthToAscii(t);
  t = numberPunctuation(t);
  t = joinSpacedCjk(t);
  return t.trimEnd(); // = replace(/\s+$/, ''): both strip WhiteSpace and LineTerminator
}

/**
 * A character some step of `normalizeLineText` acts on or needs: special spaces, markup, full-width
 * forms, `，。` (number punctuation), a space (spaced CJK). Without one, only the end is trimmed.
 */
const MAY_CHANGE = /[\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff\r<&#*_+>|\-０-９Ａ-Ｚａ-ｚ％．－＋，。 ]/;

/** Characters the first step of `normalizeLineText` replaces or drops. */
const SPECIAL_SPACE = /[\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff\r]/;

const HIGH_SURROGATE = /[\ud800-\udbff]/;

/** Display width: CJK and full-width characters count 2 columns. */
export function displayWidth(s: string): number {
  // every code unit counts 1 to start with; wide characters add 1, a surrogate pair (two units, one
  // code point) takes back what its code point does not use — as `for (const ch of s)` would count
  let w = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x1100) continue;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        const cp = (c - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        w += (cp >= 0x20000 && cp <= 0x3fffd ? 2 : 1) - 2;
        i++;
        continue;
      }
    }
    if (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6)) w++;
  }
  return w;
}

/** Is a code unit white space for regular expressions (`/\s/`: WhiteSpace and LineTerminator)? */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Number of code points (`[...s].length`, a surrogate pair counting one), without building the array. */
export function codePointLength(s: string): number {
  if (!HIGH_SURROGATE.test(s)) return s.length;
  let n = s.length;
  for (let i = 0; i + 1 < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** Text with all white space removed: for matching labels regardless of layout. */
export function compact(s: string): string {
  return s.replace(/\s+/g, '');
}
