/**
 * The administrative area a body belongs to, read from the front of its name, for grouping the
 * document list region → department → unit: `上海市普陀区财政局` → `上海市普陀区`. Falls back to
 * the model's region code (`shanghai` …) when the name has no such prefix.
 */
const PROVINCE = /^(?:[\u4e00-\u9fff]{2,7}?(?:省|自治区|特别行政区)|北京市|上海市|天津市|重庆市)/;
const CITY = /^[\u4e00-\u9fff]{1,6}?(?:市|自治州|地区|盟)/;
const COUNTY = /^[\u4e00-\u9fff]{1,6}?(?:区|县|自治县|旗|市)/;
/** Words that end a prefix match too early: `市场…`, `区域…` are not places. */
const NOT_A_PLACE = /^(?:场|区|委|县|政|级)/;

function take(rest: string, re: RegExp): string {
  const m = re.exec(rest);
  if (!m) return '';
  const after = rest.slice(m[0].length);
  return after && !NOT_A_PLACE.test(after) ? m[0] : '';
}

export function regionOf(org: string | undefined, code: string | undefined): string | undefined {
  if (!org) return code;
  let rest = org.trim();
  let region = '';
  for (const re of [PROVINCE, CITY, COUNTY]) {
    const part = take(rest, re);
    region += part;
    rest = rest.slice(part.length);
  }
  return region || code;
}
