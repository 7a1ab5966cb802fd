/** 非模板文件中残留占位符（XX、××、某某、……）。 */
import { sourceAt } from '../../normalize/paragraphs.js';
import { ev } from '../format.js';
import { z } from 'zod';
import type { FindingDraft, Rule } from '../types.js';
import { PLACEHOLDER_ORG } from './org-names.js';

const OPTIONS = z.object({ maxFindings: z.number().int().min(1).describe('说明文字中最多报告的占位符个数（其余不再逐一列出）') }).strict();
export type PlaceholderOptions = z.infer<typeof OPTIONS>;

const PLACEHOLDER = /(?<![A-Za-z])X{2,}(?![A-Za-z])|×{2,}|某某|(?<!…)……(?!…)(?=\s*(?:万元|元|%|年|个|人))|(?<=[为计占是的])\s*……(?!…)/g;

export const rule: Rule<PlaceholderOptions> = {
  meta: {
    id: 'placeholder-text',
    title: '残留占位符',
    severity: 'warning',
    category: 'identity',
    appliesTo: {},
    basis: '公开文件不得保留模板占位符（XX、××、某某、……）',
    docs: '在非模板文件的说明文字、报表标题和单位名称中查找 XX、××、某某以及代替数字的“……”。占位符代替了金额或百分比（如“XX 万元”）时为错误，其他位置为警告。文件本身是空白模板（如财政部门下发的格式样张）时不报告。以占位符代替的单位名称（如“XX局”）由 org-consistency 报告。',
    options: { schema: OPTIONS, defaults: { maxFindings: 20 } },
  },
  check(model, { options }) {
    if (model.identity.isTemplate) return [];
    const out: FindingDraft[] = [];
    for (const p of model.paragraphs) {
      for (const m of p.text.matchAll(PLACEHOLDER)) {
        const at = m.index!;
        // a placeholder body name (`XX局`) is org-consistency's
        if (PLACEHOLDER_ORG.exec(p.text.slice(at, at + 20))?.index === 0) continue;
        const quote = p.text.slice(Math.max(0, at - 20), at + m[0].length + 20);
        // standing where a figure should be, the placeholder leaves a statement without its number
        const inFigure = /^\s*(?:万元|元|%|％|万)/.test(p.text.slice(at + m[0].length));
        out.push({ severity: inFigure ? 'error' : 'warning', message: `说明文字中残留占位符“${m[0].trim()}”${inFigure ? '，代替了应有的数字' : ''}`, stated: m[0].trim(), evidence: [ev(sourceAt(p, at), quote)] });
        if (out.length >= options.maxFindings) return out;
      }
    }
    for (const t of model.tables) {
      const m = /(?<![A-Za-z])X{2,}(?![A-Za-z])|×{2,}|某某/.exec(t.title);
      if (m && !PLACEHOLDER_ORG.test(t.title)) out.push({ message: `报表标题中残留占位符“${m[0]}”：${t.title}`, stated: m[0], evidence: [ev(t.source, t.title)] });
    }
    return out;
  },
};
