import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp';

describe('Content-Security-Policy', () => {
  const html = readFileSync(new URL('../renderer/index.html', import.meta.url), 'utf8');
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];

  it('is the same in the page meta tag and the app:// response header', () => {
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
  });

  it('allows nothing remote and no inline or eval script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("img-src 'self' data: blob:");
  });
});
