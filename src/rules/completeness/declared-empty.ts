/** Does the narrative declare a fund kind empty (`本部门无政府性基金预算财政拨款收支`)? */
import type { DisclosureModel, TableKey } from '../../model/types.js';

const DECL: Partial<Record<TableKey, RegExp>> = {
  gov_fund: /(?:无|未安排|没有|不涉及)[^。]{0,12}政府性基金|政府性基金[^。]{0,30}(?:为空表|无数据|空表|为零|为 ?0)/,
  state_capital: /(?:无|未安排|没有|不涉及)[^。]{0,12}国有资本经营|国有资本经营[^。]{0,30}(?:为空表|无数据|空表|为零|为 ?0)/,
  three_public: /(?:无|未安排|没有)[^。]{0,8}“?三公”?经费|“?三公”?经费[^。]{0,30}(?:为空表|无数据)/,
};

export function declaredEmpty(m: DisclosureModel, key: TableKey): boolean {
  const re = DECL[key];
  if (!re) return false;
  return m.paragraphs.some((p) => re.test(p.text)) || m.tables.some((t) => t.emptyStatement && re.test(t.emptyStatement.text));
}
