/**
 * The one place where table titles and column headers are recognised by meaning. Titles vary by
 * region and year (收入支出决算总表 / 部门收支总表 / 部门收支总体情况表 / 部门财务收支预算总表 …);
 * each rule below states what a title must (and must not) contain. Order matters: the first rule
 * that matches wins, so specific kinds (绩效, 三公, 政府性基金 …) come before general ones.
 */
import type { ColumnRole, TableKey } from '../../model/types.js';

interface TitleRule {
  key: TableKey;
  all: RegExp[];
  none?: RegExp[];
}

const TITLE_RULES: TitleRule[] = [
  // a transfer programme's own table (专项转移支付…绩效目标表); a project funded by a transfer is a project
  { key: 'transfers', all: [/转移支付/], none: [/项目(支出)?绩效/] },
  { key: 'performance', all: [/绩效/] },
  { key: 'three_public', all: [/三公/] },
  { key: 'purchase_services', all: [/购买服务/] },
  { key: 'procurement', all: [/政府采购/] },
  { key: 'gov_fund', all: [/政府性基金/] },
  { key: 'state_capital', all: [/国有资本经营/] },
  { key: 'operating_expenses', all: [/机关运行经费|行政运行经费/] },
  // a table of basic and project expenditure together (基本支出和项目支出…表) is an expenditure table
  { key: 'basic', all: [/基本支出/], none: [/功能分类/, /项目支出/] },
  { key: 'projects', all: [/项目(支出|经费)?(预算|决算)?(明细)?(情况)?表$/] },
  // all expenditure (basic and project) by economic class: not the 基本支出 table
  { key: 'other', all: [/经济分类/], none: [/功能分类/] },
  { key: 'fiscal_summary', all: [/财政拨款/, /收支|收入支出/] },
  { key: 'summary', all: [/收支|收入支出/, /总/] },
  { key: 'general_budget', all: [/一般公共预算/, /支出/] },
  { key: 'revenue', all: [/收入/], none: [/支出/] },
  { key: 'expenditure', all: [/支出/] },
  { key: 'other', all: [/明细表|汇总表|情况表$/], none: [/^(部门|单位)?(预算|决算)(报)?表$/] },
];

/** Words that make a line a sentence mentioning a table rather than its title. */
const NOT_A_TITLE = /[。；;，,！？]|为空表|空表|无数据|详见|见附|如下|说明$|[：:]$/;

export interface TitleMatch {
  key: TableKey;
  /** The title as printed, without numbering, year and decorations. */
  title: string;
  /** `表1`, `表三`, `一、`, `5.` … as printed before the title. */
  number?: string;
}

const NUMBER_PREFIX =
  /^(?:[-*•·]\s*)?((?:预算|决算|公开)?附?表\s*[0-9一二三四五六七八九十]+\s*[：:、.．]?|(?:预算|决算|公开)\s*[0-9]{1,3}\s*表\s*[：:、.．]?|[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]{1,2}\s*[.．、](?!\d))\s*/;
const YEAR_PREFIX = /^(?:[0-9]{4}\s*年(?:度)?)\s*/;
/** A parenthesised qualifier after the word 表 that ends a title. */
const QUALIFIER = /表\s*[（(]([^（）()]{1,16})[)）]\s*$/;
const DECORATION = /[《》【】\[\]*#]/g;
const TRAILING = /(?:[（(](?:续|续表|[0-9]{4}\s*年度?)[)）]|续表?|[（(]?单位\s*[:：].*$|\s*[.…·]{2,}.*$|\s*\d+\s*$)/g;

/** Strips numbering, year and decorations; returns the compact title and the numbering. */
export function cleanTitle(text: string): { title: string; number?: string; leader: boolean } {
  let t = text.replace(DECORATION, '').trim();
  const leader = /[.…·]{3,}|…{1,}/.test(t);
  let number: string | undefined;
  const m = NUMBER_PREFIX.exec(t);
  if (m) {
    number = m[1].replace(/\s+/g, '').replace(/[：:、.．]$/, '');
    t = t.slice(m[0].length);
  }
  t = t.replace(TRAILING, '').trim();
  // qualifiers after the title: `（按功能分类科目）`, `（预算表 1）`
  for (let q = QUALIFIER.exec(t); q; q = QUALIFIER.exec(t)) {
    const n = /^(?:(?:预算|决算|公开)?表\s*[0-9一二三四五六七八九十]+|(?:预算|决算|公开)\s*[0-9]{1,3}\s*表)$/.exec(q[1].trim());
    if (n) number ??= n[0].replace(/\s+/g, '');
    t = t.slice(0, q.index + 1).trim();
  }
  t = t.replace(YEAR_PREFIX, '');
  return { title: t.replace(/\s+/g, ''), number, leader };
}

/**
 * Classifies a line as a table title. The line (without numbering/year) must be short and end with
 * 表; a sentence that merely mentions a table is rejected.
 */
export function matchTitle(text: string): (TitleMatch & { leader: boolean }) | null {
  const { title, number, leader } = cleanTitle(text);
  if (title.length < 3 || title.length > 44) return null;
  if (!/表$/.test(title)) return null;
  if (NOT_A_TITLE.test(title.replace(/（[^）]*）|\([^)]*\)/g, ''))) return null;
  const key = classifyTitle(title);
  if (!key) return null;
  return { key, title, number, leader };
}

const ALL_APPROPRIATIONS = /^财政拨款(基本|项目)?支出(?!.*总)/;

/** The key a (clean, compact) table title belongs to, or null. */
export function classifyTitle(title: string): TableKey | null {
  // expenditure of all appropriations (财政拨款支出表, 财政拨款基本支出表): none of the standard tables,
  // and its rows are not read reliably enough for arithmetic: left unrecognised
  if (ALL_APPROPRIATIONS.test(title)) return null;
  for (const r of TITLE_RULES) {
    if (r.all.every((re) => re.test(title)) && !(r.none ?? []).some((re) => re.test(title))) return r.key;
  }
  return null;
}

/** A line that only numbers the table printed on the next line: `表 1`, `表一：`. */
export function isTableNumberLine(text: string): string | null {
  const m = /^(附?表)\s*([0-9一二三四五六七八九十]+)\s*[：:、.．]?$/.exec(text.replace(/\s+/g, ' ').trim());
  return m ? `${m[1]}${m[2]}` : null;
}

// ---------------------------------------------------------------------------------------------
// Column headers

interface RoleRule {
  role: ColumnRole;
  re: RegExp;
}

/** Header text (compact) → role. First match wins; the header path is tested leaf first. */
const ROLE_RULES: RoleRule[] = [
  { role: 'code', re: /^(科目)?编[码号]$|代码$|^类$|^款$|^项$|科目编[码号]$/ },
  { role: 'name', re: /名称$|^项目$|^科目$|^项目类别$|收入项目类别|支出项目类别/ },
  { role: 'personnel', re: /人员经费|人员支出/ },
  { role: 'public', re: /公用经费|公用支出/ },
  { role: 'basic', re: /基本支出/ },
  { role: 'project', re: /项目支出/ },
  { role: 'carryover', re: /上年结转|年初结转|结转结余|上年结余/ },
  { role: 'gov_fund', re: /政府性基金/ },
  { role: 'state_capital', re: /国有资本经营/ },
  { role: 'general_budget', re: /一般公共预算/ },
  { role: 'total', re: /^(本年)?(收入|支出)?(预算|决算)?(合计|总计|小计)$|预算支出总额|^合计|^总计/ },
  { role: 'final', re: /决算数?$|执行数$|实际数$/ },
  { role: 'budget', re: /预算数$|预算金额$|年初预算|全年预算|^预算$|指标金额/ },
];

/** The role of an amount column from its header text (its full path, group names first). */
export function columnRole(path: string[], docYear?: number): ColumnRole {
  const leaf = (path[path.length - 1] ?? '').replace(/\s+/g, '');
  const full = path.join('').replace(/\s+/g, '');
  const yr = /([0-9]{4})\s*年/.exec(full);
  if (yr && docYear && Number(yr[1]) < docYear) return 'prior';
  const roleOf = (s: string): ColumnRole | null => {
    for (const r of ROLE_RULES) {
      if (r.role === 'code' || r.role === 'name') continue;
      if (r.re.test(s)) return r.role;
    }
    return null;
  };
  const leafRole = roleOf(leaf);
  // `基本支出 / 小计`: a generic leaf under a specific group takes the group's meaning
  if (leafRole === 'total' && /^小计$/.test(leaf) && path.length > 1) {
    for (let i = path.length - 2; i >= 0; i--) {
      const g = roleOf(path[i].replace(/\s+/g, ''));
      if (g && SPECIFIC.has(g)) return g;
    }
  }
  if (leafRole) return leafRole;
  const fullRole = roleOf(full);
  if (fullRole) return fullRole;
  if (/上年/.test(full)) return 'prior';
  return 'amount';
}

const SPECIFIC = new Set<ColumnRole>(['basic', 'project', 'personnel', 'public', 'general_budget', 'gov_fund', 'state_capital', 'carryover']);

/** Is a header cell the label (code / name) part of the table rather than an amount column? */
export function isLabelHeader(text: string, twoSided = false): boolean {
  const t = text.replace(/\s+/g, '');
  if (!t) return false;
  if (/(功能|经济)分类(科目)?(编[码号]|代码|名称)?$|科目编[码号]$|科目名称([（(]项级[)）])?$/.test(t)) return true;
  // side titles of two-sided tables (收 入 | 支 出 over 项目 / 预算数)
  if (/^(本年)?(收入|支出)$/.test(t) || (twoSided && /^(本年)?财政拨款(收入|支出)$/.test(t))) return true;
  return /^(项目|项目名称|科目|编码|代码|名称|类|款|项|类款项|项目类别|收入项目类别|支出项目类别|单位名称|单位信息|项目单位|类型|预算单位(代码|名称)?|部门（单位）名称|.{0,8}(编码|代码|名称))$/.test(t);
}

/**
 * Known amount-column names, for headers whose positions are lost (each header word on its own
 * line in flattened text): the concatenated header is segmented greedily with these.
 */
export const HEADER_VOCABULARY: string[] = [
  '用事业基金弥补收支差额',
  '一般公共预算拨款收入',
  '一般公共预算财政拨款',
  '政府性基金预算拨款收入',
  '政府性基金预算财政拨款',
  '国有资本经营预算拨款收入',
  '国有资本经营预算财政拨款',
  '财政专户管理资金',
  '附属单位上缴收入',
  '对附属单位补助支出',
  '对下级单位补助支出',
  '事业单位经营收入',
  '事业单位经营支出',
  '本年收入合计',
  '本年支出合计',
  '上缴上级支出',
  '财政拨款收入',
  '上级补助收入',
  '一般公共预算',
  '政府性基金预算',
  '国有资本经营预算',
  '年初结转和结余',
  '年末结转和结余',
  '上年结转',
  '事业收入',
  '经营收入',
  '其他收入',
  '经营支出',
  '基本支出',
  '项目支出',
  '人员经费',
  '公用经费',
  '单位资金',
  '预算数',
  '决算数',
  '合计',
  '总计',
  '小计',
];

/** Label-column words that may appear in a flattened header and are not amount columns. */
export const HEADER_LABEL_WORDS: string[] = [
  '部门经济分类代码',
  '部门经济分类名称',
  '政府经济分类代码',
  '政府经济分类名称',
  '功能分类科目名称',
  '科目名称（项级）',
  '科目名称(项级)',
  '科目编码',
  '科目编号',
  '科目名称',
  '项目名称',
  '科目',
  '项目',
];

/** Row labels that mark a total row. */
export function isTotalLabel(name: string): boolean {
  const t = name.replace(/[\s:：]/g, '');
  return /^(合计|总计|小计|本年(收入|支出)(合计|小计)|(收入|支出|收支)总计|本年(财政拨款)?(收入|支出)|预算支出总额|合\s*计|资金总额|(人员经费|公用经费)(合计|小计))$/.test(t);
}
