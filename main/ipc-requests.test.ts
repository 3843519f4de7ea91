import { describe, expect, it } from 'vitest';
import { INVOKE_METHODS } from '../core/app/ipc-contract';
import { checkRequest } from './ipc-requests';

const TOKEN = 'a'.repeat(32);

describe('checkRequest', () => {
  it('accepts well-formed requests', () => {
    expect(checkRequest('file:open-granted', { token: TOKEN })).toEqual({ token: TOKEN });
    expect(checkRequest('file:open-recent', { index: 2 })).toEqual({ index: 2 });
    expect(checkRequest('theme:set', 'dark')).toBe('dark');
    expect(checkRequest('recent:list', undefined)).toBeUndefined();
  });

  it('refuses wrong shapes before any handler runs', () => {
    expect(() => checkRequest('file:open-granted', { token: 42 })).toThrow(/file:open-granted/);
    expect(() => checkRequest('file:open-granted', { token: TOKEN, extra: 1 })).toThrow();
    expect(() => checkRequest('theme:set', 'neon')).toThrow();
    expect(() => checkRequest('export:save', { suggestedName: 'a', format: 'exe', data: '' })).toThrow();
    expect(() => checkRequest('file:open-bytes', { name: 'a', bytes: [1, 2] })).toThrow();
  });

  it('lets no page-callable channel carry a path', () => {
    // The saved view is opaque data main stores and never opens (see handlers.test.ts).
    for (const channel of Object.values(INVOKE_METHODS).filter((c) => c !== 'settings:save-view')) {
      expect(() => checkRequest(channel, { path: '/etc/passwd' }), channel).toThrow();
    }
    expect(() => checkRequest('file:open-granted', { token: '/etc/passwd' })).toThrow(/not a token/);
    expect(() => checkRequest('file:open-recent', { index: '/etc/passwd' })).toThrow();
  });

  it('bounds the saved view so a page cannot fill the disk', () => {
    expect(() => checkRequest('settings:save-view', { junk: 'x'.repeat(300_000) })).toThrow(/too large/);
    expect(checkRequest('settings:save-view', { laneMode: 'type' })).toEqual({ laneMode: 'type' });
  });
});
