'use strict';
/**
 * electron-builder afterPack hook: flips the Electron fuses (build/fuses.cjs) on the packed binary.
 *
 * afterPack runs after the app is copied into the Electron skeleton and BEFORE electron-builder
 * signs it, which is the order fuses require: the signature then covers the flipped bytes.
 *
 * The e2e tests (Playwright `_electron.launch`) need `--inspect`, which the
 * EnableNodeCliInspectArguments fuse turns off, so e2e runs on the unpackaged app
 * (node_modules/electron + out/), never on an installer build.
 */
const path = require('node:path');
const { flipFuses, getCurrentFuseWire } = require('@electron/fuses');
const { FUSES, fuseConfigFor } = require('./fuses.cjs');

/** builder-util's Arch enum, by value (ia32 = 0 … universal = 4). */
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

/**
 * Where the binary that carries the fuse wire sits in appOutDir. electron-builder names it
 * differently per platform: `<productFilename>.app` / `.exe` on macOS / Windows, but the lower-case
 * `executableName` on Linux (same rule as electron-builder's own `addElectronFuses`).
 * For a `.app` path @electron/fuses itself descends to the Electron Framework binary.
 * @param {{ appOutDir: string, electronPlatformName: string,
 *   packager: { appInfo: { productFilename: string }, executableName?: string } }} context
 * @returns {string}
 */
function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'win32':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'linux':
      if (!packager.executableName) throw new Error('afterPack: Linux packager has no executableName');
      return path.join(appOutDir, packager.executableName);
    default:
      throw new Error(`afterPack: unsupported platform "${electronPlatformName}"`);
  }
}

/**
 * The hook electron-builder calls (`afterPack: ./build/after-pack.cjs` in electron-builder.yml).
 * Fails the build if the binary has no fuse wire, rather than shipping an unhardened app.
 * @param {import('app-builder-lib').AfterPackContext} context
 */
async function afterPack(context) {
  const binary = electronBinaryPath(context);
  const archName = ARCH_NAMES[context.arch] ?? String(context.arch);
  const config = fuseConfigFor(context.electronPlatformName, archName);
  const present = Object.keys(await getCurrentFuseWire(binary)).filter((k) => /^\d+$/.test(k));
  const unset = present.filter((index) => !(index in FUSES));
  if (unset.length)
    throw new Error(
      `afterPack: the Electron binary has fuses build/fuses.cjs does not set: ${unset.join(', ')}`,
    );
  const wires = await flipFuses(binary, config);
  console.log(`  • fuses flipped  binary=${binary} arch=${archName} wires=${wires}`);
}

module.exports = { afterPack, electronBinaryPath, default: afterPack };
