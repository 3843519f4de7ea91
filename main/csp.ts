/**
 * The renderer's Content-Security-Policy, also set as a meta tag in renderer/index.html (a test
 * keeps the two equal). Nothing remote; images may be data:/blob: because image export renders
 * the timeline through them.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');
