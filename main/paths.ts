import { existsSync } from 'node:fs';
import { join } from 'node:path';

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
 * looks like a path to an existing file (Electron and Chromium flags are skipped).
 */
export function pathFromArgv(argv: readonly string[], packaged: boolean): string | undefined {
  const args = argv.slice(packaged ? 1 : 2);
  return args.find((a) => !a.startsWith('-') && /\.json$/i.test(a) && existsSync(a));
}
