import { describe, expect, it } from 'vitest';
import { textToDocument } from '../readers/text.js';
import { extractSections, flattenSections } from './sections.js';

describe('sections', () => {
  const text = [
    '目 录',
    '第一部分 部门概况',
    '一、主要职能',
    '第二部分 部门决算情况说明',
    '第一部分 部门概况',
    '一、主要职能',
    '（一）贯彻落实党中央关于外事工作的方针政策和决策部署；组织拟定规划。',
    '1、组织、协调本区有关部门做好综合服务工作及',
    '二、机构设置及人员情况',
    '（一）人员构成情况',
    '1. 因公出国（境）费',
    '(1) 说明',
    '收入支出决算总表',
    '单位：万元',
    '项目    决算数    项目    决算数',
    '一、一般公共预算财政拨款收入    10.00    一、一般公共服务支出    10.00',
    '第二部分 部门决算情况说明',
  ].join('\n');
  const secs = extractSections(textToDocument('t.txt', text));
  it('builds the tree and skips the contents list', () => {
    expect(secs.map((s) => s.title)).toEqual(['部门概况', '部门决算情况说明']);
    const two = secs[0].children;
    expect(two.map((s) => `${s.numbering}${s.title}`)).toEqual(['一、主要职能', '二、机构设置及人员情况']);
    expect(two[1].children[0].children[0].title).toBe('因公出国（境）费');
    expect(two[1].children[0].children[0].children[0].level).toBe(5);
  });
  it('does not take duties, wrapped list items or table rows for headings', () => {
    const all = flattenSections(secs).map((s) => s.title);
    expect(all.some((t) => t.includes('贯彻落实'))).toBe(false);
    expect(all.some((t) => t.includes('组织、协调'))).toBe(false);
    expect(all.some((t) => t.includes('一般公共预算财政拨款收入'))).toBe(false);
  });
});
