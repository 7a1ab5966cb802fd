/**
 * Classification codes (政府收支分类科目): function codes (支出功能分类, 201 / 20103 / 2010301),
 * department economic codes (部门经济分类, 301 / 30101) and government economic codes
 * (政府经济分类, 501 / 50101). Codes may be printed whole (`2010301`), with a name
 * (`2010301-行政运行`) or in three columns (`201 03 01`).
 */
import type { CodeSystem } from '../model/types.js';

export interface CodeInfo {
  code: string;
  system: CodeSystem;
  level: 1 | 2 | 3;
}

export interface ParsedCode extends CodeInfo {
  /** The name printed with the code (`2010301-行政运行` → `行政运行`). */
  name?: string;
}

/** System and level of a code without separators; null when it is not a classification code. */
export function codeInfo(code: string): CodeInfo | null {
  if (!/^\d+$/.test(code)) return null;
  const len = code.length;
  const first = code[0];
  let system: CodeSystem;
  if (first === '2') system = 'function';
  else if (first === '3') system = 'econ_dept';
  else if (first === '5') system = 'econ_gov';
  else return null;
  if (len === 3) return { code, system, level: 1 };
  if (len === 5) return { code, system, level: 2 };
  if (len === 7 && system === 'function') return { code, system, level: 3 };
  return null;
}

const CODE_NAME = /^(\d{3}|\d{5}|\d{7})\s*[-－—_.、]\s*(\S.*)$/;
/**
 * A code glued to its name, as space-aligned text extractors print narrow columns (`30207邮电费`):
 * the name starts with two Han characters and is no unit or count (`300万元`, `201人`).
 */
const CODE_GLUED = /^(\d{3}|\d{5}|\d{7})(?![万元年月日个人次辆台套项家名天])(\p{Script=Han}{2}.*)$/u;

/** A token that is a code (`2010301`) or a code with its name (`2010301-行政运行`). */
export function parseCodeToken(text: string): ParsedCode | null {
  const t = text.trim();
  const c = t.charCodeAt(0);
  if (!(c >= 0x30 && c <= 0x39)) return null; // every form below starts with a digit
  const info = codeInfo(t);
  if (info) return info;
  const m = CODE_NAME.exec(t) ?? CODE_GLUED.exec(t);
  if (!m) return null;
  const i = codeInfo(m[1]);
  if (!i) return null;
  return Object.assign({}, i, { name: m[2].trim() }) as ParsedCode; // not `{ ...i, x }`: V8's slow path
}

/**
 * Joins a code printed in columns: `201` `03` `01` → `2010301`; `301` `2` → `30102` (a 款 printed
 * without its leading zero). Returns null when the parts do not form a code.
 */
export function joinCodeParts(parts: string[]): CodeInfo | null {
  if (!parts.length || !/^\d{3}$/.test(parts[0])) return null;
  let code = parts[0];
  for (const p of parts.slice(1)) {
    if (!/^\d{1,2}$/.test(p)) return null;
    code += p.padStart(2, '0');
  }
  return codeInfo(code);
}

/** The parent code one level up (`2010301` → `20103`, `20103` → `201`), or undefined for a 类. */
export function parentCode(code: string): string | undefined {
  if (code.length === 7) return code.slice(0, 5);
  if (code.length === 5) return code.slice(0, 3);
  return undefined;
}
