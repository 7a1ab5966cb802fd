import { describe, expect, it } from 'vitest';
import { sameBody, normalName } from './names.js';
import { linkCorpus } from './link.js';
import { emptyModel } from '../rules/testing.js';

describe('linking', () => {
  it('normalises names: region prefixes, （本级）, 委员会', () => {
    expect(sameBody('北京市清岚区城市管理委员会', '清岚区城市管理委')).toBe(true);
    expect(normalName('某区统计局（本级）')).toBe('某区统计局');
    expect(sameBody('甲区统计局', '乙区统计局')).toBe(false);
  });
  it('groups by body, scope, year and kind; overrides correct a link', () => {
    const a = { ...emptyModel({ org: '北京市甲区统计局', year: 2023, kind: 'budget' }), file: 'a.txt' };
    const b = { ...emptyModel({ org: '甲区统计局', year: 2024, kind: 'budget' }), file: 'b.txt' };
    const c = { ...emptyModel({ org: '乙区档案馆', year: 2024, kind: 'final' }), file: 'c.txt' };
    const k = linkCorpus([a, b, c]);
    expect(k.docs[0].body).toBe(k.docs[1].body);
    expect(k.docs[2].body).not.toBe(k.docs[0].body);
    const o = linkCorpus([a, b, c], { docs: { 'c.txt': { body: k.docs[0].body, year: 2022 } } });
    expect(o.docs[2].body).toBe(k.docs[0].body);
    expect(o.docs[2].year).toBe(2022);
  });
});
