/** Message building: figures as printed, formulas, evidence quotes. */
import { toWan } from '../model/amount.js';
import { Decimal } from '../model/decimal.js';
import type { SourceRef } from '../model/source.js';
import type { Amount, DisclosureModel, Percent, Row, Table } from '../model/types.js';
import type { Evidence } from './types.js';

/** A figure as printed, with grouping normalised: `1,202.95`. */
export function fig(a: Amount | null | undefined): string {
  if (!a) return '0';
  return a.value.toGrouped(a.precision);
}

/** A figure with its unit: `1,202.95万元`. */
export function figU(a: Amount | null | undefined): string {
  if (!a) return '0';
  return `${fig(a)}${a.unit}`;
}

export function pctText(p: Percent): string {
  return `${p.value.toFixed(p.precision)}%`;
}

/** A decimal value in the given unit with `scale` places, grouped. */
export function num(v: Decimal, scale: number): string {
  return v.toGrouped(scale);
}

/** Amounts of mixed units brought to one: the unit of the first, at the widest printed precision. */
export function commonUnit(as: (Amount | null | undefined)[]): { unit: '元' | '万元'; scale: number; value: (a: Amount | null | undefined) => Decimal } {
  const present = as.filter((a): a is Amount => !!a);
  const unit = present.every((a) => a.unit === '元') ? '元' : '万元';
  const scale = Math.max(0, ...present.map((a) => (a.unit === unit ? a.precision : unit === '万元' ? a.precision + 4 : Math.max(0, a.precision - 4))));
  const value = (a: Amount | null | undefined) => (!a ? Decimal.ZERO : unit === '万元' ? toWan(a) : a.value);
  return { unit, scale, value };
}

/** `a + b + c` of printed figures. */
export function plus(as: (Amount | null | undefined)[]): string {
  return as.map(fig).join(' + ');
}

/** Evidence from a source and a quote. */
export function ev(source: SourceRef, text: string): Evidence {
  const e: Evidence = { text: text.replace(/\s+/g, ' ').trim() };
  if (source.file) e.file = source.file;
  if (source.page !== undefined) e.page = source.page;
  e.line = source.line;
  if (source.box) e.box = source.box;
  if (source.sheet !== undefined) e.sheet = source.sheet;
  if (source.cell !== undefined) e.cell = source.cell;
  if (source.paragraph !== undefined) e.paragraph = source.paragraph;
  if (source.path !== undefined) e.path = source.path;
  if (source.confidence !== undefined) e.confidence = source.confidence;
  return e;
}

/** A table row quoted as evidence: `表名：代码 名称 v1 v2 …`. */
export function rowText(t: Table, r: Row): string {
  const vals = r.values.map((v) => (v ? fig(v) : '')).join(' ');
  return `${t.title}：${[r.code, r.name].filter(Boolean).join(' ')} ${vals}`.replace(/\s+/g, ' ').trim();
}

export function rowEv(t: Table, r: Row): Evidence {
  return ev(r.source, rowText(t, r));
}

/** Replaces the printed figure in a sentence (first occurrence) with the expected one: a suggestion. */
export function suggest(sentence: string, printed: string, expected: string): string | undefined {
  const i = sentence.indexOf(printed);
  if (i < 0) return undefined;
  return sentence.slice(0, i) + expected + sentence.slice(i + printed.length);
}

/** The table's short name for messages. */
export function tname(t: Table): string {
  return t.number ? `${t.number} ${t.title}` : t.title;
}

export function modelFile(m: DisclosureModel): string {
  return m.file;
}

/** A table figure for a message, converted to the unit of the figure it is compared with when they differ. */
export function cellText(a: Amount | null | undefined, other: Amount): string {
  if (!a) return '0（空白）';
  if (a.unit === other.unit) return figU(a);
  const conv = other.unit === '万元' ? toWan(a) : a.value.shift(4);
  return `${figU(a)}（${conv.toGrouped(Math.max(0, other.unit === '万元' ? a.precision + 4 : a.precision - 4))}${other.unit}）`;
}
