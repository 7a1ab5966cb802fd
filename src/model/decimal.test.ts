import { describe, expect, it } from 'vitest';
import { Decimal } from './decimal.js';

const d = (s: string) => Decimal.parse(s)!;

describe('Decimal', () => {
  it('parses and prints exactly', () => {
    expect(d('3573232.28').toFixed()).toBe('3573232.28');
    expect(d('-0.5').toFixed(2)).toBe('-0.50');
    expect(d('.5').toString()).toBe('0.5');
    expect(Decimal.parse('1e5')).toBeNull();
    expect(Decimal.parse('')).toBeNull();
  });
  it('adds without binary-float error', () => {
    expect(d('0.1').add(d('0.2')).eq(d('0.3'))).toBe(true);
    expect(Decimal.sum(['3556912.28', '69439.12', '2100000.00'].map(d)).toFixed()).toBe('5726351.40');
  });
  it('divides with half-away-from-zero rounding', () => {
    expect(d('133.44').div(d('805.28'), 4).toFixed()).toBe('0.1657');
    expect(d('1').div(d('8'), 2).toFixed()).toBe('0.13');
    expect(d('-1').div(d('8'), 2).toFixed()).toBe('-0.13');
    expect(() => d('1').div(Decimal.ZERO, 2)).toThrow();
  });
  it('shifts units exactly (元 → 万元)', () => {
    expect(d('7955559.34').shift(-4).toString()).toBe('795.555934');
    expect(d('795.555934').shift(4).toString()).toBe('7955559.34');
  });
  it('rounds and compares', () => {
    expect(d('2.345').round(2).toFixed()).toBe('2.35');
    expect(d('2.344').round(2).toFixed()).toBe('2.34');
    expect(d('1.50').eq(d('1.5'))).toBe(true);
    expect(d('1.5').gt(d('1.49'))).toBe(true);
    expect(Decimal.halfUlp(2).toString()).toBe('0.005');
    expect(d('1234567.5').toGrouped()).toBe('1,234,567.5');
  });
});
