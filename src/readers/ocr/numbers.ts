/**
 * Figures as OCR prints them → as the document printed them: `1, 016. 35` → `1,016.35`,
 * full-width digits and separators → ASCII, `O`/`o` read for a zero inside a number → `0`.
 * Only text touching digits changes; words are left alone.
 */

const FULL_WIDTH = /[０-９，．％]/g;
const FW: Record<string, string> = { '，': ',', '．': '.', '％': '%' };

export function normalizeOcrNumbers(s: string): string {
  // full-width digits anywhere; full-width separators only between digits
  let out = s.replace(FULL_WIDTH, (c) => (c >= '０' && c <= '９' ? String.fromCharCode(c.charCodeAt(0) - 0xfee0) : c));
  out = out.replace(/(?<=\d)\s*[，．](?=\s*\d)/g, (m) => FW[m.trim()] ?? m).replace(/(?<=\d)\s*％/g, '%');
  // O/o among digits: 1O6.35, 10o, O.35 (a letter O next to a digit or a separator between digits)
  out = out.replace(/(?<![A-Za-z])[0-9Oo](?:[0-9Oo,.]*[0-9Oo])?(?![A-Za-z])/g, (tok) => (/\d/.test(tok) && /[Oo]/.test(tok) && !/^[Oo]+$/.test(tok) ? tok.replace(/[Oo]/g, '0') : tok));
  // spaces around a thousands comma or a decimal point between digits; `。` misread for a decimal point
  out = out.replace(/(?<=\d) *, *(?=\d{3}(?!\d))/g, ',');
  out = out.replace(/(?<=\d) *[.。] *(?=\d)/g, '.');
  // `12 %` → `12%`; a digit glued after `%` is the sign misread (`16.01%6。`): no figure follows a `%`
  out = out.replace(/(?<=\d) +%/g, '%').replace(/(?<=\d%)\d(?!\d)/g, '');
  // `%` read as `9x` after a change or share word: `增加25.6394。` → `增加25.63%。` (a rate has at most two decimals)
  out = out.replace(/(?<=(?:增加|减少|增长|下降|降低|提高|上升|占|比重为?)\s*\d{1,3}\.\d{1,2})9\d(?=\s*[。，；;,、）)]|$)/g, '%');
  // `%` read as `9%`: `11.119%` → `11.11%` (rates are printed with at most two decimals)
  out = out.replace(/(?<=\d\.\d{2})9(?=%)/g, '');
  // a thousands comma read as a point: `1.227,240.00` (a point before three digits and a comma)
  out = out.replace(/(?<=\d)\.(?=\d{3},\d)/g, ',');
  // a thousands comma lost at the front: `1227,240.00` → `1,227,240.00` (same value, regular grouping)
  out = out.replace(/(?<![\d.,])(\d{4,})((?:,\d{3})+)(?=\.\d|[^\d,]|$)/g, (_m, head: string, rest: string) => head.replace(/\B(?=(\d{3})+$)/g, ',') + rest);
  // a space read for a thousands comma: `1 763,159.52`
  out = out.replace(/(?<=(?:^|[^\d,.])\d{1,3}) (?=\d{3}(?:,\d{3})*\.\d)/g, ',');
  // a code or figure with a speck before it: `，99`
  out = out.replace(/^[，,、.]\s*(?=\d[\d,.]*$)/, '');
  // a figure framed by marks left over from ruling lines or quotes: `“14,364,684.50`, `|589.00|`
  out = out.replace(/^[|“”"'‘’]+\s*(?=[-−]?\d[\d,.]*%?$)/, '').replace(/(?<=^[-−]?\d[\d,.]*%?)\s*[|“”"'‘’，,。]+$/, '');
  return out;
}
