import { rule } from './org-consistency.js';
import { emptyModel, ruleTester, src } from '../testing.js';
import type { DisclosureModel } from '../../model/types.js';

const doc = (org: string, headings: string[], paragraphs: string[] = [], isTemplate = false) => (): DisclosureModel => {
  const m = emptyModel({ org, isTemplate });
  m.sections = headings.map((title) => ({ title, level: 1, source: src(), children: [] }));
  m.paragraphs = paragraphs.map((text) => ({ text, spans: [{ offset: 0, source: src() }] }));
  return m;
};

ruleTester(rule, {
  valid: [
    { name: 'headings of the document body, with or without its city prefix', model: doc('甲市乙局', ['甲市乙局2026年部门预算', '乙局2026年部门预算情况说明'], ['甲市乙局主要职能如下。']) },
    { name: 'a unit document naming its department as such', model: doc('甲市丙中心', ['甲市丙中心2026年单位预算', '甲市乙局2026年部门预算'], ['甲市丙中心是甲市乙局所属事业单位。']) },
    { name: 'a blank template', model: doc('甲市XX局', ['甲市XX局2026年部门预算'], [], true) },
    { name: 'the body is not confirmed elsewhere', model: doc('甲市乙局', ['甲市丁局2026年部门预算']) },
    { name: 'standard table titles without a body', model: doc('甲市乙局', ['甲市乙局2026年部门预算', '部门收支总表', '市级部门一般公共预算支出表'], ['甲市乙局主要职能如下。']) },
    { name: 'table titles with the body and year in front', model: doc('甲市乙局', ['甲市乙局2026年部门收支总表', '甲市乙局2026年部门“三公”经费预算表']) },
  ],
  invalid: [
    {
      name: "another body's name in a cover-style heading",
      model: doc('甲市乙局', ['甲市乙局2026年部门预算', '2026年甲市丁局部门预算情况说明'], ['甲市乙局主要职能如下。']),
      findings: [{ message: '与文件单位“甲市乙局”不一致', stated: '甲市丁局', expected: '甲市乙局', severity: 'error' }],
    },
    {
      name: "another body's name in front of a table title",
      model: doc('甲市乙局', ['甲市乙局2026年部门预算', '甲市乙局2026年部门收支总表', '甲市丁局2026年部门“三公”经费预算表'], ['甲市乙局主要职能如下。']),
      findings: [{ stated: '甲市丁局', expected: '甲市乙局', severity: 'error' }],
    },
    {
      name: "another body's name in front of a standard table title, without a year",
      model: doc('甲市乙局', ['甲市乙局2026年部门预算', '甲市丁局财政拨款收入支出决算总表'], ['甲市乙局主要职能如下。']),
      findings: [{ stated: '甲市丁局', severity: 'error' }],
    },
    { name: 'a placeholder body name in the narrative', model: doc('甲市乙局', [], ['XX局2026年收入预算100万元。']), findings: [{ stated: 'XX局', severity: 'error' }] },
    { name: 'a placeholder body name in a heading', model: doc('甲市乙局', ['某某单位2026年部门预算']), findings: [{ message: '标题中的单位名称为占位符', stated: '某某单位' }] },
  ],
});
