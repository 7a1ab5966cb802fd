import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { textToDocument } from '../../readers/text.js';
import { buildParagraphs } from '../../normalize/paragraphs.js';
import { extractClaims } from './index.js';
import type { ChangeClaim, Claim, CompletionClaim, FlatClaim, ShareClaim } from '../../model/types.js';

function claims(text: string) {
  const doc = textToDocument('t.txt', text);
  return extractClaims(doc, buildParagraphs(doc));
}
const of = <K extends Claim['kind']>(cs: Claim[], k: K) => cs.filter((c) => c.kind === k) as Extract<Claim, { kind: K }>[];
const n = (a?: { value: { toString(): string }; unit?: string }) => (a ? `${a.value.toString()}${a.unit ?? ''}` : undefined);

describe('extractClaims: changes', () => {
  it('reads current, delta, percent and directions', () => {
    const [c] = of(claims('2024 年度收、支总计 671.84 万元，比上年减少 133.44 万元，下降 19.86%。').claims, 'change') as ChangeClaim[];
    expect([n(c.current), n(c.delta), c.percent?.raw, c.direction, c.percentDirection]).toEqual(['671.84万元', '133.44万元', '19.86%', 'decrease', 'decrease']);
    expect(c.subject).toBe('收、支总计');
    expect(c.source.line).toBe(1);
  });
  it('reads a prior figure quoted after 比', () => {
    const [c] = of(claims('2020 年收入预算 7,955,559.34 元，比 2019 年收入预算 7,132,122.63 元增加823,436.71 元，增长 11.55%，主要的原因是：定额标准有所变化。').claims, 'change') as ChangeClaim[];
    expect([n(c.current), n(c.prior), n(c.delta), c.percent?.raw]).toEqual(['7955559.34元', '7132122.63元', '823436.71元', '11.55%']);
    expect(c.reason).toBe('定额标准有所变化。');
  });
  it('reads 与上年相比 with the subject named after it', () => {
    const [c] = of(claims('本局2024年度收入支出总计2995.39万元。与2023年度相比，收入支出总计减少56.95万元，下降1.87%。').claims, 'change') as ChangeClaim[];
    expect([n(c.current), n(c.delta), c.percent?.raw]).toEqual(['2995.39万元', '56.95万元', '1.87%']);
  });
  it('reads percent-only statements with the prior named earlier, and the reason in the next sentence', () => {
    const [c] = of(claims('2023年当年预算执行数为114.00万元，2024年预算安排110.60万元，比2023年预算执行数减少2.98%。主要原因是：经费增加。').claims, 'change') as ChangeClaim[];
    expect([n(c.current), n(c.prior), c.percent?.raw, c.reason]).toEqual(['110.6万元', '114万元', '2.98%', '经费增加。']);
  });
  it('reads signed variance rates', () => {
    const [c] = of(claims('与年初预算相比，年初预算数 469.49 万元，决算数 454.25 万元，预决算差异率-3.25%，主要原因是：人员减少。').claims, 'change') as ChangeClaim[];
    expect([n(c.current), n(c.prior), c.percent?.raw, c.percentDirection]).toEqual(['454.25万元', '469.49万元', '-3.25%', 'decrease']);
  });
  it('does not read comparisons inside a reason', () => {
    expect(of(claims('减少24.43万元。主要原因是：本年较上年减少因公出国（境）项目资金。').claims, 'change')).toHaveLength(0);
  });
  it('re-joins a sentence cut after a numbered short line', () => {
    const [c] = of(claims('1. 基本支出预算 5,215,620.22 元，比 2019 年\n4,816,324.10 元增加 399,296.12 元,增加 8.29%。').claims, 'change') as ChangeClaim[];
    expect([n(c.current), n(c.prior)]).toEqual(['5215620.22元', '4816324.1元']);
  });
});

describe('extractClaims: shares, completion, flat, compare', () => {
  it('groups shares of one whole named by label', () => {
    const s = of(claims('2024 年度本年支出合计 671.84 万元，其中：基本支出 529.53 万元，占支出合计的 78.82%；项目支出 142.31 万元，占支出合计的 21.18%。').claims, 'share') as ShareClaim[];
    expect(s.map((c) => [n(c.part), n(c.whole), c.percent.raw])).toEqual([['529.53万元', '671.84万元', '78.82%'], ['142.31万元', '671.84万元', '21.18%']]);
    expect(s[0].group).toBeDefined();
    expect(s[0].group).toBe(s[1].group);
  });
  it('takes the whole of an unlabelled share from the head of the enumeration, also across sentences', () => {
    const s = of(claims('“三公”经费支出 28.14 万元，比上年减少 26.38 万元，下降 48.39%。其中：因公出国（境）费支出 25.23 万元，占 89.66%，比上年减少 26.53 万元。').claims, 'share') as ShareClaim[];
    expect([n(s[0].part), n(s[0].whole)]).toEqual(['25.23万元', '28.14万元']);
  });
  it('reads completion rates within the scope of one item', () => {
    const c = of(claims('“三公”经费年初预算为0.95万元，支出决算为0.00万元，完成预算的0%，其中：因公出国（境）费决算为0.00万元，完成预算的0%。').claims, 'completion') as CompletionClaim[];
    expect(c).toHaveLength(1);
    expect([n(c[0].budget), n(c[0].actual), c[0].percent.raw]).toEqual(['0.95万元', '0万元', '0%']);
  });
  it('reads flat statements with both figures, not 基本持平', () => {
    const f = of(claims('2023年当年预算执行数为10.00万元，2024年预算安排10.00万元，比2023年预算执行数持平。决算数与预算数基本持平。').claims, 'flat') as FlatClaim[];
    expect(f.map((c) => [n(c.current), n(c.prior)])).toEqual([['10万元', '10万元']]);
  });
  it('reads comparisons against the budget', () => {
    const [c] = of(claims('年初预算为 1560.05 万元，支出决算为1511.89万元。决算数小于预算数的主要原因：人员变化。').claims, 'compare');
    expect(c.kind === 'compare' && [n(c.left), c.relation, n(c.right)]).toEqual(['1511.89万元', 'lt', '1560.05万元']);
  });
});

describe('extractClaims: mentions and units', () => {
  it('records subjects, roles and classification codes', () => {
    const r = claims('1. “一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目1,202.95万元，主要用于行政单位的基本支出。\n一般公共服务支出（类）2106.66万元，占71.73%。');
    expect(r.mentions.map((m) => [m.subject, m.role, m.code])).toEqual([
      ['一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行', 'current', undefined],
      ['一般公共服务支出（类）', 'current', '201'],
    ]);
  });
  it('skips thresholds and counts, takes each amount in its own unit', () => {
    const r = claims('单位价值 50 万元以上的通用设备 0 台，固定资产总额 182.839 万元；预算资金 0 元。');
    expect(r.mentions.map((m) => n(m.amount))).toEqual(['182.839万元', '0元']);
    expect(r.narrativeUnit).toBe('万元');
  });
});

describe.skipIf(!existsSync(new URL('../../../../shared/samples/text/beijing-xicheng-foreign-affairs-2024-final.txt', import.meta.url)))('extractClaims on a real sample', () => {
  it('reads the changes, shares and completion rates of a final-accounts narrative', () => {
    const file = new URL('../../../../shared/samples/text/beijing-xicheng-foreign-affairs-2024-final.txt', import.meta.url);
    const doc = textToDocument(file.pathname, readFileSync(file, 'utf8'));
    const r = extractClaims(doc, buildParagraphs(doc));
    expect(of(r.claims, 'change').filter((c) => c.percent?.raw === '19.86%')).toHaveLength(4);
    expect(of(r.claims, 'completion')).toHaveLength(8);
    expect(of(r.claims, 'share').filter((c) => c.whole).length).toBeGreaterThanOrEqual(8);
  });
});
