import { describe, expect, it } from 'vitest';
import { formatYear, pad } from './format';

describe('date pieces', () => {
  it('write astronomical years as AD or BC', () => {
    expect(formatYear(2021)).toBe('2021');
    expect(formatYear(1)).toBe('1');
    expect(formatYear(0)).toBe('1 BC');
    expect(formatYear(-499)).toBe('500 BC');
    expect(formatYear(-499, { gap: '' })).toBe('500BC');
    expect(formatYear(50, { digits: 4 })).toBe('0050');
  });

  it('pad to two digits unless told', () => {
    expect(pad(7)).toBe('07');
    expect(pad(12)).toBe('12');
    expect(pad(12, 4)).toBe('0012');
  });
});
