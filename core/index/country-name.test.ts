import { describe, expect, it } from 'vitest';
import { countryName } from './country-name';

describe('countryName', () => {
  it('names ISO 3166 codes in English', () => {
    expect(countryName('JP')).toBe('Japan');
    expect(countryName('DE')).toBe('Germany');
  });

  it('falls back to the code for codes Intl does not know or rejects', () => {
    expect(countryName('QQ')).toBe('QQ');
    expect(countryName('not a code')).toBe('not a code');
    expect(countryName('')).toBe('');
  });
});
