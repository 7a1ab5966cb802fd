/** Body names in titles and headings, placeholder body names, and name comparison (shared by the identity rules). */

const SUFFIX = '(?:局|委员会|委|办公室|办事处|厅|院|中心|部|所|站|队|馆|政府|学校|学院|大学|协会|联合会|研究会|社)';

/**
 * A title that names its body: `[2026年]某市某局[（本级）]2026年…` (a table title with the body and year in
 * front), `某市某局收入支出决算总表` (a standard table title with the body in front) or `某市某局部门预算…`
 * (a cover) → the body's name.
 */
const TITLE_ORG = new RegExp(`^(?:20\\d{2}\\s*年度?)?\\s*([\\p{Script=Han}（）()]{3,40}?${SUFFIX})(?:[（(]本级[)）]|本级)?\\s*(?:20\\d{2}\\s*年度?|(?:部门|单位)(?:预算|决算)|(?=(?:部门|单位)?(?:财政拨款|一般公共预算|政府性基金|国有资本经营|收入支出|收支|收入|支出|“三公”|"三公"|三公|机关运行|政府采购|项目支出|基本支出)[^。；，]*表(?:[（(][^（）()]*[)）])?$))`, 'u');

/** A body name made of a placeholder: `XX局`, `××区财政局`, `某某单位`. */
export const PLACEHOLDER_ORG = new RegExp(`(?:(?<![A-Za-z])[XＸ]{2,}(?![A-Za-z])|[×✕]{2,}|某某)\\s*(?:[市区县])?[\\p{Script=Han}]{0,6}?(?:${SUFFIX.slice(3, -1)}|单位|部门)`, 'u');

export function orgInTitle(title: string): string | undefined {
  const m = TITLE_ORG.exec(title.replace(/\s+/g, ''));
  return m ? m[1] : undefined;
}

/** A name without white space, with full-width parentheses, without `（本级）` and its province/city/district prefix. */
export function normOrg(s: string): string {
  return s
    .replace(/\s+/g, '')
    .replace(/[()]/g, (c) => (c === '(' ? '（' : '）'))
    .replace(/（(?:本级|本部|部门|单位)）$/, '')
    .replace(/^(?:[\p{Script=Han}]{2,3}(?:省|市|自治区))?(?:[\p{Script=Han}]{2,3}(?:市|区|县))?/u, '');
}

/** Same body: after normalising, one name contains the other. */
export function sameOrg(a: string, b: string): boolean {
  const x = normOrg(a);
  const y = normOrg(b);
  return x.includes(y) || y.includes(x);
}
