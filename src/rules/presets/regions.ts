/**
 * Region presets: what each region's disclosure template requires, as rule settings. The national
 * preset is the rules' own defaults. Each regional preset only states where the region differs:
 * which tables its budget template publishes (beyond or instead of the national nine) and the titles
 * it gives them (used in messages). A preset never requires a table the region's template does not
 * print; final-account requirements stay national where no regional template is known.
 */
import type { Preset } from './types.js';

const NINE = ['summary', 'revenue', 'expenditure', 'fiscal_summary', 'general_budget', 'basic', 'three_public', 'gov_fund', 'state_capital'];

export const REGION_PRESETS: Preset[] = [
  {
    id: 'national',
    name: '全国通用',
    description: '财政部部门预算、决算公开格式：9 张标准报表；功能分类细化到项，基本支出经济分类细化到款。即各规则的默认设置。',
    rules: {},
  },
  {
    id: 'beijing',
    name: '北京',
    description: '北京市级部门预算：预算01表–预算13表（9 张标准报表外另有政府采购预算明细表、政府购买服务明细表、绩效目标表），情况说明与报表常分为两个附件。区级模板表数较少，故只另要求绩效目标表。',
    rules: {
      'standard-tables': [
        'warning',
        {
          budget: [...NINE, 'performance'],
          titles: { summary: '收支总表', revenue: '收入总表', expenditure: '支出总表', fiscal_summary: '财政拨款收支总表', three_public: '财政拨款“三公”经费支出表', performance: '项目支出绩效目标表' },
        },
      ],
    },
  },
  {
    id: 'shanghai',
    name: '上海',
    description: '上海市部门（单位）预算：9 张报表，名称为财务收支预算总表、……、“三公”经费和机关运行经费预算表；报表以元为单位，“三公”经费表以万元为单位。',
    rules: {
      'standard-tables': [
        'warning',
        {
          titles: {
            summary: '财务收支预算总表',
            revenue: '收入预算总表',
            expenditure: '支出预算总表',
            fiscal_summary: '财政拨款收支预算总表',
            general_budget: '一般公共预算支出功能分类预算表',
            basic: '一般公共预算基本支出部门预算经济分类预算表',
            gov_fund: '政府性基金预算支出功能分类预算表',
            state_capital: '国有资本经营预算支出功能分类预算表',
            three_public: '“三公”经费和机关运行经费预算表',
          },
        },
      ],
    },
  },
  {
    id: 'jiangsu',
    name: '江苏',
    description: '江苏（苏州、无锡等）部门预算：公开01表–公开13表，9 张标准报表外另有一般公共预算机关运行经费支出预算表和政府采购支出表；“三公”经费表另列会议费、培训费。',
    rules: {
      'standard-tables': [
        'warning',
        {
          budget: [...NINE, 'operating_expenses', 'procurement'],
          titles: { three_public: '一般公共预算“三公”经费、会议费、培训费支出表', operating_expenses: '一般公共预算机关运行经费支出预算表', procurement: '政府采购支出表' },
        },
      ],
    },
  },
  {
    id: 'guangdong',
    name: '广东',
    description: '广东（广州）部门预算：表1–表12，功能、经济分类表标题带“（按功能分类科目）”“（按经济分类科目）”，“三公”经费表为“财政拨款安排的行政经费及“三公”经费预算表”。',
    rules: {
      'standard-tables': [
        'warning',
        {
          titles: {
            summary: '收支总体情况表',
            revenue: '收入总体情况表',
            expenditure: '支出总体情况表',
            fiscal_summary: '财政拨款收支总体情况表',
            general_budget: '一般公共预算支出情况表（按功能分类科目）',
            basic: '一般公共预算基本支出情况表（按经济分类科目）',
            three_public: '财政拨款安排的行政经费及“三公”经费预算表',
            gov_fund: '政府性基金预算支出情况表',
            state_capital: '国有资本经营预算支出情况表',
          },
        },
      ],
    },
  },
  {
    id: 'chongqing',
    name: '重庆',
    description: '重庆市级部门预算：表一–表十二（部门收支总体情况表……政府采购预算明细表、绩效目标表）；模板中没有国有资本经营预算支出表。',
    rules: {
      'standard-tables': [
        'warning',
        {
          budget: ['summary', 'revenue', 'expenditure', 'fiscal_summary', 'general_budget', 'basic', 'three_public', 'gov_fund', 'procurement', 'performance'],
          titles: {
            summary: '部门收支总体情况表',
            revenue: '部门收入总体情况表',
            expenditure: '部门支出总体情况表',
            fiscal_summary: '财政拨款收支总体情况表',
            general_budget: '一般公共预算支出情况表',
            basic: '一般公共预算基本支出情况表',
            three_public: '财政拨款“三公”经费支出情况表',
            gov_fund: '政府性基金预算支出情况表',
            procurement: '政府采购预算明细表',
            performance: '部门整体绩效目标表',
          },
        },
      ],
    },
  },
  {
    id: 'zhejiang',
    name: '浙江',
    description: '浙江（杭州）市级部门预算：表1–表11，9 张标准报表外另有项目支出预算表和项目支出绩效表；基本支出分人员支出、日常公用支出列示。',
    rules: {
      'standard-tables': [
        'warning',
        {
          budget: [...NINE, 'projects', 'performance'],
          titles: { projects: '项目支出预算表', performance: '项目支出绩效表' },
        },
      ],
    },
  },
  {
    id: 'fujian',
    name: '福建',
    description: '福建（福州）部门（单位）预算：第二部分十张表（收支预算总表……一般公共预算支出经济分类情况表、一般公共预算基本支出经济分类情况表、“三公”经费支出预算表），项目支出绩效目标表在情况说明中。',
    rules: {
      'standard-tables': [
        'warning',
        {
          titles: {
            summary: '收支预算总表',
            revenue: '收入预算总表',
            expenditure: '支出预算总表',
            fiscal_summary: '财政拨款收支预算总表',
            general_budget: '一般公共预算拨款支出预算表',
            basic: '一般公共预算基本支出经济分类情况表',
            three_public: '一般公共预算“三公”经费支出预算表',
            gov_fund: '政府性基金预算拨款支出预算表',
            state_capital: '国有资本经营预算拨款支出预算表',
          },
        },
      ],
    },
  },
];
