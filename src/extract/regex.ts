/** Regular-expression helpers for hot loops. */

/**
 * Every match of a global regular expression, as `[...text.matchAll(re)]` gives them, without the
 * copy of the expression `matchAll` makes on each call (in V8 that copy costs more than scanning a
 * paragraph). The matches are collected before the caller sees any, so the caller may use `re`
 * again while it goes through them. Like `matchAll`, the scan starts at `re.lastIndex`; it leaves
 * `re.lastIndex` at 0.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('matchesOf needs a global regular expression');
  const out: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    out.push(m);
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || (re as RegExp & { unicodeSets?: boolean }).unicodeSets === true);
  }
  return out;
}

/** AdvanceStringIndex: past one code point in unicode mode, else one code unit. */
function advance(s: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= s.length) return i + 1;
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
