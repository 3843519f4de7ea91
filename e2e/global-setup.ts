import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { electronBinary, harnessMode, OUT } from './harness/paths';

/** Says which mode runs, and fails early with a useful message if the app was not built. */
export default function globalSetup(): void {
  const mode = harnessMode();
  const why =
    mode === 'electron' ? `Electron binary at ${electronBinary()}` : 'Electron binary not installed';
  console.log(`\ne2e mode: ${mode} (${why})\n`);
  if (!existsSync(join(OUT, 'renderer', 'index.html')) || !existsSync(join(OUT, 'preload', 'index.cjs'))) {
    throw new Error('out/ is missing: run `npm run build` before the e2e tests (npm test does).');
  }
}
