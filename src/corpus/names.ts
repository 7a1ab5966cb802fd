/** Body names normalised for linking: white space, quotes, （本级）, 委员会/委, region prefixes left off. */

/** The name without white space, quotes, brackets' spacing and the （本级） suffix; 委员会 → 委. */
export function normalName(name: string): string {
  return name
    .replace(/\s+/g, '')
    .replace(/[“”"‘’']/g, '')
    .replace(/[（(]本级[）)]$/, '')
    .replace(/委员会/g, '委')
    .replace(/[（(](本部|机关)[）)]$/, '');
}

/**
 * Two names denote the same body: equal once normalised, or one the other with a region prefix
 * left off (`清岚区统计局` / `北京市清岚区统计局`), the shorter one keeping the body's own part.
 */
export function sameBody(a: string, b: string): boolean {
  const x = normalName(a);
  const y = normalName(b);
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  if (!long.endsWith(short) || short.length < 3) return false;
  const before = long[long.length - short.length - 1];
  return /[省市区县]/.test(before);
}
