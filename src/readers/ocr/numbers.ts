/**
 * Figures as OCR prints them → as the document printed them: `1, 016. 35` → `1,016.35`,
 * full-width digits and separators → ASCII, `O`/`o` read for a zero inside a number → `0`.
 * Only text touching digits changes; words are left alone.
 *
 * Repairs are of two kinds. Layout repairs (spaces, full-width forms, a lost thousands comma, a mark
 * framing a figure) keep the digits tesseract read. Guesses change what a figure says (a letter or
 * mark read as a digit, a separator read as another, a sign read as digits): the figure is then
 * only as sure as the guess, and `repairOcrNumbers` says so (`guessed`), so the reader lowers its
 * confidence and no error finding rests on it.
 */

const FULL_WIDTH = /[０-９，．％]/g;
const FW: Record<string, string> = { '，': ',', '．': '.', '％': '%' };

export interface NumberRepair {
  text: string;
  /** A repair changed what a figure says (not only its spacing or form). */
  guessed: boolean;
}

export function normalizeOcrNumbers(s: string): string {
  return repairOcrNumbers(s).text;
}

export function repairOcrNumbers(s: string): NumberRepair {
  let guessed = false;
  /** A replacement that is a guess: flags the text when it changes anything. */
  const guess = (str: string, re: RegExp, to: string | ((m: string, ...a: string[]) => string)): string => {
    const out = typeof to === 'string' ? str.replace(re, to) : str.replace(re, to as (m: string, ...a: unknown[]) => string);
    if (out !== str) guessed = true;
    return out;
  };
  // full-width digits anywhere; full-width separators only between digits
  let out = s.replace(FULL_WIDTH, (c) => (c >= '０' && c <= '９' ? String.fromCharCode(c.charCodeAt(0) - 0xfee0) : c));
  out = out.replace(/(?<=\d)\s*[，．](?=\s*\d)/g, (m) => FW[m.trim()] ?? m).replace(/(?<=\d)\s*％/g, '%');
  // O/o among digits: 1O6.35, 10o, O.35 (a letter O next to a digit or a separator between digits)
  out = guess(out, /(?<![A-Za-z])[0-9Oo](?:[0-9Oo,.]*[0-9Oo])?(?![A-Za-z])/g, (tok) => (/\d/.test(tok) && /[Oo]/.test(tok) && !/^[Oo]+$/.test(tok) ? tok.replace(/[Oo]/g, '0') : tok));
  // `L`/`l` read for a thousands comma where that gives a regular figure: `1L138,320.00` → `1,138,320.00`;
  // else `I`, `l` or `L` between digits is a 1: `1L01` → `1101`, `0I50` → `0150`
  out = guess(out, /(?<![\dA-Za-z,.])(\d{1,3})[lL](?=\d{3}(?:,\d{3})*\.\d{1,2}(?!\d))/g, '$1,');
  out = guess(out, /(?<=\d)[IlL](?=\d)/g, '1');
  // a code's last 1 read as `I` or `l` before its name: `3020I办公费` → `30201办公费`
  out = guess(out, /(?<=(?:^|[^\d.,])\d{2,6})[Il](?=\s*\p{Script=Han})|(?<=^\d{2,6})[Il]$/gu, '1');
  // a two-digit code cell (款, 项) with its 1 read as `I` or `l`: `0I` → `01`, `I2` → `12`
  out = guess(out, /^(?:\d[Il]|[Il]\d)$/g, (m) => m.replace(/[Il]/, '1'));
  // `I` or `l` read for a leading 1 of a figure: `I0,800.00` → `10,800.00`
  out = guess(out, /(?<![A-Za-z])[Il](?=\d{0,2}(?:,\d{3})*\.\d{2}(?!\d)|\d{1,2},\d{3})/g, '1');
  // a comma and a point both read at one place: `2,.899.25` → `2,899.25`
  out = guess(out, /(?<=\d),\.(?=\d{3}[.,])/g, ',');
  // `]`, `l`, `I` or `|` read for a 1 among a figure's decimals: `182.1]` → `182.11`
  out = guess(out, /(?<=\d\.\d?)[\]lI|](?=\d?(?![\dA-Za-z]))/g, '1');
  // spaces around a thousands comma or a decimal point between digits; `。` misread for a decimal point
  out = out.replace(/(?<=\d) *, *(?=\d{3}(?!\d))/g, ',');
  out = out.replace(/(?<=\d) *\. *(?=\d)/g, '.');
  out = guess(out, /(?<=\d) *。 *(?=\d)/g, '.');
  // `12 %` → `12%`; a digit glued after `%` is the sign misread (`16.01%6。`): no figure follows a `%`
  out = out.replace(/(?<=\d) +%/g, '%');
  out = guess(out, /(?<=\d%)\d(?!\d)/g, '');
  // `%` read as `9x` after a change or share word: `增加25.6394。` → `增加25.63%。` (a rate has at most two decimals)
  out = guess(out, /(?<=(?:增加|减少|增长|下降|降低|提高|上升|占|比重为?)\s*\d{1,3}\.\d{1,2})9\d(?=\s*[。，；;,、）)]|$)/g, '%');
  // `%` read as `9%`: `11.119%` → `11.11%` (rates are printed with at most two decimals)
  out = guess(out, /(?<=\d\.\d{2})9(?=%)/g, '');
  // a thousands comma read as a point: `1.227,240.00` (a point before three digits and a comma),
  // `1.743.91` (points grouping three digits before the decimal point)
  out = guess(out, /(?<=\d)\.(?=\d{3},\d)/g, ',');
  out = guess(out, /(?<![\d.,])\d{1,3}(?:\.\d{3})+\.\d{1,2}(?![\d.,])/g, (m) => m.replace(/\.(?=\d{3}\.)/g, ','));
  // a thousands comma lost at the front: `1227,240.00` → `1,227,240.00` (same value, regular grouping)
  out = out.replace(/(?<![\d.,])(\d{4,})((?:,\d{3})+)(?=\.\d|[^\d,]|$)/g, (_m, head: string, rest: string) => head.replace(/\B(?=(\d{3})+$)/g, ',') + rest);
  // a space read for a thousands comma: `1 763,159.52`
  out = guess(out, /(?<=(?:^|[^\d,.])\d{1,3}) (?=\d{3}(?:,\d{3})*\.\d)/g, ',');
  // a code with an underscore before it (a speck or rule end read as `_`): `_2080505-机关…` → `2080505-机关…`
  out = out.replace(/^_+(?=\d)/, '');
  // a code or figure with a speck before it: `，99`
  out = out.replace(/^[，,、.。·]\s*(?=\d[\d,.]*$)/, '');
  // a figure framed by marks left over from ruling lines or quotes: `“14,364,684.50`, `|589.00|`
  out = out.replace(/(?<=^[|“”"'‘’]*\s*[-−]?\d[\d,.]*%?)\s*[|“”"'‘’，,。]+$/, '').replace(/^[|“”"'‘’]+\s*(?=[-−]?\d[\d,.]*%?$)/, '');
  return { text: out, guessed };
}

/** A figure as documents print them: digits in groups of three or none, a decimal part, a sign. */
const FIGURE = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$/;
/** A cell that is meant to be a figure: digits with at most a few other characters glued on. */
const FIGURE_LIKE = /^[^\p{Script=Han}]*\d[^\p{Script=Han}]*$|^\p{Script=Han}?[\d,.]{3,}\p{Script=Han}?$/u;

/**
 * A table cell that should be one figure but is not one (`1,70.49`, `工743.91`, `1.2.3`): whatever
 * extraction makes of it is not what the page printed.
 */
export function malformedFigure(cell: string): boolean {
  const t = cell.trim();
  if (!t || !/\d/.test(t) || FIGURE.test(t)) return false;
  if (!FIGURE_LIKE.test(t)) return false;
  // dates, list numbers and codes with their marks are not figures: `2024年`, `1.`, `（1）`
  if (/^[(（]?\d{1,2}[)）.、]?$/.test(t) || /^\d{4}年/.test(t)) return false;
  return true;
}
