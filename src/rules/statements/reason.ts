/** The direction a stated reason points to: the last 增加/减少-type word of the reason, not negated. */
export type Dir = 'increase' | 'decrease';

const WORDS = /(增加|增长|上升|提高|调增|增多|新增|上涨|减少|下降|降低|调减|压缩|缩减|减|下调|节约)/g;
const INC = /^(?:增加|增长|上升|提高|调增|增多|新增|上涨)$/;
const OBJECT = /(?:经费|支出|资金|费用|费|收入|预算|拨款|开支|成本|金额)/;

/** The direction of a reason's conclusion, with the clause it was read from; undefined when it states none. */
export function reasonDirection(reason: string, requireObject = true): { dir: Dir; clause: string } | undefined {
  const text = reason.split(/[。]/)[0];
  let last: { dir: Dir; at: number; word: string } | undefined;
  for (const m of text.matchAll(WORDS)) {
    const before = text.slice(Math.max(0, m.index! - 2), m.index!);
    if (/[未无没不非]$|没有$/.test(before)) continue;
    last = { dir: INC.test(m[1]) ? 'increase' : 'decrease', at: m.index!, word: m[1] };
  }
  if (!last) return undefined;
  const start = Math.max(...['，', ',', '；', ';', '、', '：', ':'].map((c) => text.lastIndexOf(c, last!.at))) + 1;
  const endRel = text.slice(last.at).search(/[，,；;、]/);
  const clause = text.slice(start, endRel < 0 ? text.length : last.at + endRel);
  if (requireObject && !OBJECT.test(clause)) return undefined;
  return { dir: last.dir, clause };
}

export const DIR_TEXT = { increase: '增加', decrease: '减少' } as const;
