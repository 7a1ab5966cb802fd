/**
 * A spreadsheet number as printed: the cell's number format gives the decimals (a cell formatted
 * `0.00` holding 12.3 prints `12.30`), thousands separators and percent. Exact: the stored double
 * is read through its 15-significant-digit decimal form and rounded in decimal, as Excel does.
 */
import { Decimal } from '../model/decimal.js';

interface Section {
  decimals: number;
  grouped: boolean;
  percent: boolean;
  prefix: string;
  suffix: string;
  parens: boolean;
}

const cache = new Map<string, Section[] | null>();

function parseSection(fmt: string): Section | null {
  // literal text: "…", \x, and _x / *x paddings; [Red] and other brackets (not [$…] currency)
  let lit = fmt.replace(/\[\$([^\]-]*)[^\]]*\]/g, '"$1"').replace(/\[[^\]]*\]/g, '').replace(/[_*]./g, '');
  const strings: string[] = [];
  lit = lit.replace(/"([^"]*)"|\\(.)/g, (_, a: string | undefined, b: string | undefined) => {
    strings.push(a ?? b ?? '');
    return String.fromCharCode(0xe000 + strings.length - 1); // a private-use placeholder, never a digit
  });
  if (/[yYmMdDhHsS]/.test(lit.replace(/[\ue000-\uf8ff]/g, '')) && !/[0#?]/.test(lit)) return null; // dates
  const first = lit.search(/[0#?]/);
  if (first < 0) return null;
  let last = first;
  for (let i = first; i < lit.length; i++) if (/[0#?.,]/.test(lit[i])) last = i;
  const body = lit.slice(first, last + 1);
  const dot = body.indexOf('.');
  const decimals = dot < 0 ? 0 : (body.slice(dot + 1).match(/[0#?]/g) ?? []).length;
  const unlit = (s: string) => s.replace(/[\ue000-\uf8ff]/g, (c) => strings[c.charCodeAt(0) - 0xe000]);
  const prefix = unlit(lit.slice(0, first));
  const suffix = unlit(lit.slice(last + 1));
  return {
    decimals,
    grouped: /[0#?],[0#?]/.test(dot < 0 ? body : body.slice(0, dot)),
    percent: lit.includes('%'),
    prefix: prefix.replace(/[()]/g, ''),
    suffix: suffix.replace(/[()%]/g, ''),
    parens: prefix.includes('(') && suffix.includes(')'),
  };
}

function sections(fmt: string): Section[] | null {
  let s = cache.get(fmt);
  if (s === undefined) {
    const parts = fmt.split(';').slice(0, 2).map(parseSection);
    s = parts[0] ? (parts[1] ? [parts[0], parts[1]] : [parts[0]]) : null;
    cache.set(fmt, s);
  }
  return s;
}

/** Shortest decimal form of a stored double (15 significant digits, as spreadsheets keep). */
export function decimalOf(v: number): Decimal {
  return Decimal.fromNumber(Number(v.toPrecision(15)));
}

/** The number as the format prints it; `General` (or no format) prints the shortest form. */
export function formatNumber(v: number, fmt: string | undefined): string {
  if (!Number.isFinite(v)) return '';
  const secs = fmt && !/^general$/i.test(fmt.trim()) ? sections(fmt) : null;
  if (!secs) return decimalOf(v).toString();
  const sec = v < 0 && secs[1] ? secs[1] : secs[0];
  const ownNegative = v < 0 && !!secs[1];
  let d = decimalOf(ownNegative ? -v : v);
  if (sec.percent) d = d.shift(2);
  const digits = sec.grouped ? d.toGrouped(sec.decimals) : d.toFixed(sec.decimals);
  const neg = ownNegative && sec.parens ? `(${digits})` : digits;
  return `${sec.prefix}${neg}${sec.percent ? '%' : ''}${sec.suffix}`.trim();
}
