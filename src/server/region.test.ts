import { describe, expect, it } from 'vitest';
import { regionOf } from './region.js';

describe('regionOf', () => {
  it('reads the administrative area from the front of a body name', () => {
    expect(regionOf('上海市普陀区财政局', 'shanghai')).toBe('上海市普陀区');
    expect(regionOf('北京市西城区人民政府外事办公室', 'beijing')).toBe('北京市西城区');
    expect(regionOf('上海市普陀区万里街道办事处', undefined)).toBe('上海市普陀区');
    expect(regionOf('上海市市场监督管理局', 'shanghai')).toBe('上海市');
    expect(regionOf('江苏省南京市玄武区教育局', undefined)).toBe('江苏省南京市玄武区');
    expect(regionOf('新疆维吾尔自治区乌鲁木齐市财政局', 'xinjiang')).toBe('新疆维吾尔自治区乌鲁木齐市');
  });
  it('falls back to the region code', () => {
    expect(regionOf('某某单位', 'national')).toBe('national');
    expect(regionOf(undefined, 'beijing')).toBe('beijing');
  });
});
