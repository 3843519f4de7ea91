import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

export const BUNDLED_DATASET = 'us-asia-diplomacy-2021-2024.chronoscope.json';

/**
 * Where the bundled dataset lives: next to the sources in development, in the app's
 * resources folder once packaged (electron-builder's extraResources copies data/ there).
 */
export function bundledDatasetPath(
  appRoot: string,
  resourcesPath: string | undefined,
  packaged: boolean,
): string {
  return packaged && resourcesPath
    ? join(resourcesPath, 'data', BUNDLED_DATASET)
    : join(appRoot, 'data', BUNDLED_DATASET);
}

/**
 * The timeline file named on the command line, if any: the first argument after the app that
 * looks like a path to an existing file (Electron and Chromium flags are skipped). A relative
 * path is resolved against `cwd`, the folder the launching process ran in (for a second
 * launch, the `workingDirectory` Electron reports), never against this process's own.
 */
export function pathFromArgv(argv: readonly string[], packaged: boolean, cwd: string): string | undefined {
  const args = argv.slice(packaged ? 1 : 2);
  return args
    .filter((a) => !a.startsWith('-') && /\.json$/i.test(a))
    .map((a) => (isAbsolute(a) ? a : resolve(cwd, a)))
    .find((a) => existsSync(a));
}

/**
 * The settings folder tests ask for with CHRONOSCOPE_USER_DATA. A test switch, not a feature:
 * a packaged app ignores it, so nothing in a user's environment can redirect its settings.
 */
export function userDataOverride(env: NodeJS.ProcessEnv, packaged: boolean): string | undefined {
  return packaged ? undefined : env.CHRONOSCOPE_USER_DATA || undefined;
}
