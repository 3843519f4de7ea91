import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const OUT = join(ROOT, 'out');
export const BUNDLED = join(ROOT, 'data', 'us-asia-diplomacy-2021-2024.chronoscope.json');
export const FIXTURES = join(ROOT, 'core', 'testing', 'fixtures');

/** Debian's Chromium; /usr/lib/chromium/chromium skips the wrapper script's warning. */
export function chromiumPath(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/lib/chromium/chromium',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ];
  const found = candidates.find((c): c is string => !!c && existsSync(c));
  if (!found)
    throw new Error(
      'Chromium not found: install Debian chromium (apt-get install -y chromium) or set CHROMIUM_PATH.',
    );
  return found;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The Electron binary's path when it is installed (not on offline machines), else undefined.
 * Reads electron's path.txt instead of require('electron'), which would try to download it.
 */
export function electronBinary(): string | undefined {
  try {
    const pkgDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathTxt = join(pkgDir, 'path.txt');
    if (!existsSync(pathTxt)) return undefined;
    const binary = join(pkgDir, 'dist', readFileSync(pathTxt, 'utf8').trim());
    return existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

export type HarnessMode = 'electron' | 'chromium';

/** Electron where its binary exists, Chromium otherwise; CHRONOSCOPE_E2E_MODE forces one. */
export function harnessMode(): HarnessMode {
  const forced = process.env.CHRONOSCOPE_E2E_MODE;
  if (forced === 'electron' || forced === 'chromium') return forced;
  return electronBinary() ? 'electron' : 'chromium';
}
