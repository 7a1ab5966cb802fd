/**
 * The national function classification at 类 level (政府收支分类科目, 支出功能分类): names are fixed
 * nationally, so a narrative naming a 类 can be tied to its code without the tables. 款 and 项 names
 * repeat under different 类 (一般行政管理事务 …) and are resolved against the document's tables by rules.
 */
import { normSubject } from './scan.js';
import { matchesOf } from '../regex.js';

const MARKED = /(.+?)（(类|款|项)）/g;

export const FUNCTION_CLASSES: Record<string, string> = {
  '201': '一般公共服务支出',
  '202': '外交支出',
  '203': '国防支出',
  '204': '公共安全支出',
  '205': '教育支出',
  '206': '科学技术支出',
  '207': '文化旅游体育与传媒支出',
  '208': '社会保障和就业支出',
  '209': '社会保险基金支出',
  '210': '卫生健康支出',
  '211': '节能环保支出',
  '212': '城乡社区支出',
  '213': '农林水支出',
  '214': '交通运输支出',
  '215': '资源勘探工业信息等支出',
  '216': '商业服务业等支出',
  '217': '金融支出',
  '219': '援助其他地区支出',
  '220': '自然资源海洋气象等支出',
  '221': '住房保障支出',
  '222': '粮油物资储备支出',
  '223': '国有资本经营预算支出',
  '224': '灾害防治及应急管理支出',
  '227': '预备费',
  '229': '其他支出',
  '230': '转移性支出',
  '231': '债务还本支出',
  '232': '债务付息支出',
  '233': '债务发行费用支出',
  '234': '抗疫特别国债安排的支出',
};

/** Former names still seen in documents. */
const FORMER: Record<string, string> = {
  医疗卫生与计划生育支出: '210',
  医疗卫生支出: '210',
  文化体育与传媒支出: '207',
  文化旅游体育与传媒: '207',
  城乡社区事务: '212',
  一般公共服务: '201',
  社会保障和就业: '208',
  卫生健康: '210',
  住房保障: '221',
};

const BY_NAME = new Map<string, string>();
for (const [code, name] of Object.entries(FUNCTION_CLASSES)) BY_NAME.set(name, code);
for (const [name, code] of Object.entries(FORMER)) BY_NAME.set(name, code);

/** The 类 code of a name (`一般公共服务支出`, `一般公共服务支出（类）`), or undefined. */
export function functionClassCode(name: string): string | undefined {
  const n = normSubject(name).replace(/（类）$/, '');
  return BY_NAME.get(n);
}

/**
 * Splits a classification subject into its 类/款/项 names: `A（类）B（款）C（项）`, `A-B-C`, `“A”（款）`.
 * Returns the names in order and the level of the last one (1 类, 2 款, 3 项) when marked.
 */
export function classificationPath(subject: string): { names: string[]; level?: 1 | 2 | 3 } | undefined {
  const s = normSubject(subject).replace(/科目$/, '');
  const marked = s.includes('）') ? matchesOf(MARKED, s) : [];
  if (marked.length) {
    const names = marked.map((m) => m[1]);
    const last = marked[marked.length - 1][2];
    return { names, level: last === '类' ? 1 : last === '款' ? 2 : 3 };
  }
  if (/^[^-—]{2,40}(?:[-—][^-—]{2,40}){1,2}$/.test(s)) {
    const names = s.split(/[-—]/);
    if (functionClassCode(names[0])) return { names, level: names.length as 2 | 3 };
  }
  const code = functionClassCode(s);
  if (code) return { names: [s], level: 1 };
  return undefined;
}
