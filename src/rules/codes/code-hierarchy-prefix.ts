/** 分层列示的科目：下级编码须以上级编码开头并列在其下。 */
import { rowEv, tname } from '../format.js';
import { codeCounts } from '../tables.js';
import type { FindingDraft, Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'code-hierarchy-prefix',
    title: '科目编码与上级科目不对应',
    severity: 'warning',
    category: 'codes',
    appliesTo: {},
    basis: '款级编码以所属类级编码开头，项级编码以所属款级编码开头；分层列示时下级科目列在上级科目之下',
    docs: '在分层列示科目的报表中（每个编码只出现一次、列有上级科目），检查每个款、项科目紧接的上级科目是其编码前缀；不是时提示，可能是编码错误或行序错位。',
  },
  check(model) {
    const out: FindingDraft[] = [];
    for (const t of model.tables) {
      for (const rows of [t.rows, t.rightRows ?? []]) {
        const coded = rows.filter((r) => r.code && r.codeLevel);
        if (!coded.some((r) => r.codeLevel === 1) || !coded.some((r) => r.codeLevel! > 1)) continue;
        if ([...codeCounts(coded).values()].some((n) => n > 1)) continue;
        const stack: (typeof coded)[number][] = [];
        for (const r of coded) {
          const lvl = r.codeLevel!;
          while (stack.length && stack[stack.length - 1].codeLevel! >= lvl) stack.pop();
          const parent = stack[stack.length - 1];
          if (lvl > 1 && parent && parent.codeLevel === lvl - 1 && (r.codeSystem ?? 'function') === (parent.codeSystem ?? 'function') && !r.code!.startsWith(parent.code!)) {
            out.push({
              message: `${tname(t)}中科目 ${r.code} ${r.name.replace(/\s+/g, '')} 列在 ${parent.code} ${parent.name.replace(/\s+/g, '')} 之下，但编码不以 ${parent.code} 开头`,
              stated: r.code!,
              expected: `${parent.code}…`,
              evidence: [rowEv(t, parent), rowEv(t, r)],
            });
          }
          stack.push(r);
        }
      }
    }
    return out;
  },
};
