// The web UI's pure helpers: the document list's region → department → unit tree, labels, quote marking.
import { describe, expect, it } from 'vitest';
import { groupDocuments } from '../../web/src/lib/grouping.js';
import { kindLabel, regionLabel, scopeLabel } from '../../web/src/lib/labels.js';
import type { DocumentRow } from '../../web/src/lib/types.js';

const doc = (id: string, over: Partial<DocumentRow>): DocumentRow => ({ id, name: `${id}.pdf`, status: 'done', errors: 0, warnings: 0, updatedAt: '2026-01-01T00:00:00Z', ...over });

describe('groupDocuments', () => {
  const docs = [
    doc('a', { region: 'shanghai', department: '上海市普陀区财政局', errors: 2 }),
    doc('b', { region: 'shanghai', department: '上海市普陀区财政局', unit: '某某中心', warnings: 1 }),
    doc('c', { region: 'beijing', org: '北京市西城区外办', errors: 1 }),
    doc('d', {}),
  ];
  const tree = groupDocuments(docs);

  it('nests region → department (or the body) → unit, counting documents, errors and warnings', () => {
    expect(tree.map((g) => [g.label, g.count, g.errors, g.warnings])).toEqual([
      ['上海市', 2, 2, 1],
      ['北京市', 1, 1, 0],
      ['（地区未识别）', 1, 0, 0],
    ]);
    const sh = tree[0].children[0];
    expect(sh.label).toBe('上海市普陀区财政局');
    expect(sh.children.map((u) => [u.label, u.documents.map((d) => d.id)])).toEqual([
      ['（本级）', ['a']],
      ['某某中心', ['b']],
    ]);
    expect(tree[1].children[0].label).toBe('北京市西城区外办');
  });

  it('gives every group a key unique in the tree', () => {
    const keys: string[] = [];
    const walk = (gs: typeof tree) => gs.forEach((g) => (keys.push(g.key), walk(g.children)));
    walk(tree);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('labels', () => {
  it('shows codes in Chinese and unknown values as given', () => {
    expect([kindLabel('budget'), kindLabel('final'), kindLabel(null)]).toEqual(['预算', '决算', '—']);
    expect([scopeLabel('department'), scopeLabel('unit')]).toEqual(['部门', '单位']);
    expect([regionLabel('beijing'), regionLabel('某地'), regionLabel(undefined)]).toEqual(['北京市', '某地', undefined]);
  });
});

describe('markParts', () => {
  it('splits a quote around the stated figure, occurrences at odd places', async () => {
    const { markParts } = await import('../../web/src/lib/text.js');
    expect(markParts('减少2.98%，即2.98%。', '2.98%')).toEqual(['减少', '2.98%', '，即', '2.98%', '。']);
    expect(markParts('<script>', undefined)).toEqual(['<script>']);
    expect(markParts('abc', 'x')).toEqual(['abc']);
  });
});
