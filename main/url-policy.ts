/**
 * Only plain web links may leave the app: `shell.openExternal` with file:, smb: or custom
 * schemes can launch programs, so anything that is not a well-formed http(s) URL is refused.
 */
export function isSafeExternalUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 2048) return false;
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'https:' || url.protocol === 'http:') &&
      url.hostname.length > 0 &&
      !url.username &&
      !url.password
    );
  } catch {
    return false;
  }
}

/** The app's own scheme and host: the renderer is served from app://chronoscope/. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'chronoscope';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * True for IPC coming from the app's own page, never from an unknown frame. Compares scheme and
 * host because URL.origin is "null" for non-special schemes such as app:.
 */
export function isTrustedSender(frameUrl: string | undefined): boolean {
  if (!frameUrl) return false;
  try {
    const url = new URL(frameUrl);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}
