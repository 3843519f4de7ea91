import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl, isTrustedSender } from './url-policy';

describe('isSafeExternalUrl', () => {
  it.each(['https://example.org/a?b=1', 'http://example.org'])('allows %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });
  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://host/share',
    'app://chronoscope/index.html',
    'https://user:pw@example.org',
    'not a url',
    42,
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts only the app page', () => {
    expect(isTrustedSender('app://chronoscope/index.html')).toBe(true);
    expect(isTrustedSender('app://evil/index.html')).toBe(false);
    expect(isTrustedSender('https://chronoscope/index.html')).toBe(false);
    expect(isTrustedSender('file:///index.html')).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});
