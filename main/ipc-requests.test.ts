import { describe, expect, it } from 'vitest';
import { checkRequest } from './ipc-requests';

describe('checkRequest', () => {
  it('accepts well-formed requests', () => {
    expect(checkRequest('file:open-path', { path: '/a.json' })).toEqual({ path: '/a.json' });
    expect(checkRequest('theme:set', 'dark')).toBe('dark');
    expect(checkRequest('recent:list', undefined)).toBeUndefined();
  });

  it('refuses wrong shapes before any handler runs', () => {
    expect(() => checkRequest('file:open-path', { path: 42 })).toThrow(/file:open-path/);
    expect(() => checkRequest('file:open-path', { path: '/a', extra: 1 })).toThrow();
    expect(() => checkRequest('theme:set', 'neon')).toThrow();
    expect(() => checkRequest('export:save', { suggestedName: 'a', format: 'exe', data: '' })).toThrow();
    expect(() => checkRequest('file:open-bytes', { name: 'a', bytes: [1, 2] })).toThrow();
  });
});
