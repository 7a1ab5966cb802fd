/** 部门预算、决算公开的 9 张标准报表是否齐全（空表须公开或声明为空）。 */
import { z } from 'zod';
import { TABLE_KEYS, type DisclosureModel, type TableKey } from '../../model/types.js';
import type { FindingDraft, Rule } from '../types.js';
import { ev } from '../format.js';
import { declaredEmpty } from './declared-empty.js';

export const STANDARD: Record<'budget' | 'final', [TableKey, string][]> = {
  budget: [
    ['summary', '部门收支总表'],
    ['revenue', '部门收入总表'],
    ['expenditure', '部门支出总表'],
    ['fiscal_summary', '财政拨款收支总表'],
    ['general_budget', '一般公共预算支出表'],
    ['basic', '一般公共预算基本支出表'],
    ['three_public', '一般公共预算“三公”经费支出表'],
    ['gov_fund', '政府性基金预算支出表'],
    ['state_capital', '国有资本经营预算支出表'],
  ],
  final: [
    ['summary', '收入支出决算总表'],
    ['revenue', '收入决算表'],
    ['expenditure', '支出决算表'],
    ['fiscal_summary', '财政拨款收入支出决算总表'],
    ['general_budget', '一般公共预算财政拨款支出决算表'],
    ['basic', '一般公共预算财政拨款基本支出决算表'],
    ['three_public', '财政拨款“三公”经费支出决算表'],
    ['gov_fund', '政府性基金预算财政拨款收入支出决算表'],
    ['state_capital', '国有资本经营预算财政拨款支出决算表'],
  ],
};

/** Names of the tables a region may require beyond the nine. */
const OTHER_TITLES: Partial<Record<TableKey, string>> = {
  operating_expenses: '机关运行经费支出表',
  procurement: '政府采购表',
  projects: '项目支出表',
  purchase_services: '政府购买服务表',
  performance: '绩效目标表',
  transfers: '专项转移支付表',
};

const KEY = z.enum(TABLE_KEYS);
const OPTIONS = z
  .object({
    budget: z.array(KEY).describe('预算文件必须公开的报表（报表类别 key，见 CONTRACT：summary、revenue、expenditure …）'),
    final: z.array(KEY).describe('决算文件必须公开的报表'),
    titles: z.record(z.string(), z.string()).describe('提示中使用的报表名称（按 key；未给出时用全国通用名称）'),
    aliases: z.record(z.string(), z.array(z.string())).describe('报表名称别名（按 key）：标题含其中任一名称的报表视为该报表已公开'),
  })
  .strict();
export type StandardTablesOptions = z.infer<typeof OPTIONS>;

const keysOf = (kind: 'budget' | 'final') => STANDARD[kind].map(([k]) => k);

/** Is the table `key` present: extracted under that key, or under another whose title carries an alias? */
function present(model: DisclosureModel, key: TableKey, aliases: string[]): boolean {
  const strip = (s: string) => s.replace(/\s+/g, '');
  return model.tables.some((t) => t.key === key || aliases.some((a) => strip(t.title).includes(strip(a))));
}

export const rule: Rule<StandardTablesOptions> = {
  meta: {
    id: 'standard-tables',
    title: '缺少标准报表',
    severity: 'warning',
    category: 'completeness',
    appliesTo: { kinds: ['budget', 'final'] },
    basis: '部门预算、决算公开须包含 9 张标准报表；没有数据的表也须公开（空表）或在说明中写明',
    docs: '按文件类型（预算或决算）检查 9 张标准报表是否都已识别：收支总表、收入表、支出表、财政拨款收支总表、一般公共预算支出表、一般公共预算基本支出表、“三公”经费表、政府性基金表、国有资本经营表。政府性基金、国有资本经营、“三公”经费在说明中已声明为空而未公开空表的，只作提示。报表另行公布（见 tables-elsewhere）时不逐表检查。各地区要求的报表不同：选项 budget / final 列出必须公开的报表，地区预设（如 chongqing 不含国有资本经营预算支出表，jiangsu 另含机关运行经费表和政府采购表）据此设置。',
    options: { schema: OPTIONS, defaults: { budget: keysOf('budget'), final: keysOf('final'), titles: {}, aliases: {} } },
  },
  check(model, { options }) {
    if (model.tablesElsewhere || !model.tables.length) return [];
    const kind = model.identity.kind!;
    const known = new Map(STANDARD[kind]);
    const out: FindingDraft[] = [];
    for (const key of options[kind]) {
      if (present(model, key, options.aliases[key] ?? [])) continue;
      const title = options.titles[key] ?? known.get(key) ?? OTHER_TITLES[key] ?? key;
      const ref = model.tableReferences.find((r) => r.key === key);
      if (declaredEmpty(model, key)) {
        out.push({ severity: 'info', message: `未公开空表“${ref?.title ?? title}”（说明中已写明无此项收支）`, stated: ref?.title ?? title, evidence: ref ? [ev(ref.source, ref.title)] : [] });
        continue;
      }
      out.push({
        message: ref ? `目录列出的“${ref.title}”在文件中未找到` : `缺少标准报表：${title}`,
        stated: ref ? ref.title : title,
        evidence: ref ? [ev(ref.source, ref.title)] : [],
      });
    }
    return out;
  },
};
