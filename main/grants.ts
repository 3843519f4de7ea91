import { randomBytes } from 'node:crypto';

/**
 * Capabilities for paths main obtained itself (a drop, an OS open-file, a menu click): the page
 * gets an unguessable one-time token and can only ask main to open "that one", never name a
 * path. Tokens expire, and few are kept, so a token that leaked or was never used dies soon.
 */
export class PathGrants {
  private readonly byToken = new Map<string, { path: string; expires: number }>();

  constructor(
    private readonly ttlMs = 5 * 60_000,
    private readonly max = 32,
    private readonly now: () => number = Date.now,
  ) {}

  issue(path: string): string {
    const token = randomBytes(16).toString('hex');
    this.byToken.set(token, { path, expires: this.now() + this.ttlMs });
    while (this.byToken.size > this.max) this.byToken.delete(this.byToken.keys().next().value!);
    return token;
  }

  /** The granted path, once; undefined for an unknown, used or expired token. */
  take(token: string): string | undefined {
    const grant = this.byToken.get(token);
    this.byToken.delete(token);
    return grant && grant.expires >= this.now() ? grant.path : undefined;
  }
}

/**
 * Whether Save may write `path` without asking for a file. Main passes only paths it obtained
 * itself (a file the user opened, or chose in a Save As dialog), never one the page named; and
 * never the bundled dataset, which ships with the app and is read-only: saving it means Save As.
 */
export function maySaveInPlace(path: string | null, bundledPath: string): path is string {
  return path !== null && path !== '' && path !== bundledPath;
}
