'use strict';
/**
 * Electron fuse settings for packaged Chronoscope builds.
 *
 * Fuses are bits in the Electron binary flipped at package time, before code signing, so the
 * operating system's signature check keeps them from being flipped back. They switch off ways of
 * making a shipped app run code it was not built with. Kept apart from the afterPack hook so a unit
 * test can assert every value (scripts/electron-builder-config.test.ts).
 *
 * Fuse reference: https://www.electronjs.org/docs/latest/tutorial/fuses
 */
const { FuseV1Options, FuseVersion } = require('@electron/fuses');

/**
 * Electron 45's fuse wire has 9 fuses; @electron/fuses 1.8 (the newest that runs on Node 20, and
 * the one electron-builder's own `electronFuses` uses) names only the first 8, so the ninth is
 * set by its index in the wire.
 */
const WASM_TRAP_HANDLERS = 8;

/**
 * Every fuse of Electron 45's wire, each set explicitly (none left to "inherit"). The afterPack
 * hook refuses a binary whose wire has a fuse not listed here, so a future Electron with a
 * tenth fuse fails the build instead of shipping it at its default. (@electron/fuses'
 * `strictlyRequireAllFuses` cannot be used: 1.8 counts only the 8 fuses it names.)
 */
const FUSES = Object.freeze({
  // ELECTRON_RUN_AS_NODE would turn the signed app into a general-purpose Node.js interpreter.
  [FuseV1Options.RunAsNode]: false,
  // Encrypt the on-disk cookie store with the OS keychain (Chronoscope sets no cookies; defence in depth).
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS could preload arbitrary code (--require) into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect / --inspect-brk / SIGUSR1 would open a debugger that runs arbitrary code.
  // This is why the Playwright e2e tests launch the UNPACKAGED app (node_modules/electron, default
  // fuses): Playwright's _electron.launch() passes --inspect=0 / --remote-debugging-port and cannot
  // drive a packaged build with this fuse off.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // Validate app.asar against the hash electron-builder embeds (Info.plist on macOS, a resource
  // in the .exe on Windows). Electron documents this for macOS and Windows only.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Load the app only from app.asar (never a loose resources/app folder), so the integrity check
  // above cannot be bypassed by dropping an unpacked app next to it.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // Not used by Chronoscope: keep Electron's default (off).
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The renderer is served from the privileged app:// scheme (main/protocol.ts), never file://,
  // so file: pages need no extra privileges beyond a browser's.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  // WebAssembly trap handlers (V8's fast bounds checks): Electron's default, kept on purpose.
  [WASM_TRAP_HANDLERS]: true,
});

/**
 * Builds the @electron/fuses config for one packaged binary. macOS arm64 (and universal) binaries
 * must be re-signed ad hoc after their bytes change, or the kernel refuses to start an unsigned
 * build; real signing by electron-builder happens afterwards and replaces that signature.
 * @param {string} electronPlatformName 'darwin' | 'mas' | 'win32' | 'linux'
 * @param {string} archName 'x64' | 'arm64' | 'ia32' | 'armv7l' | 'universal'
 * @returns {import('@electron/fuses').FuseV1Config}
 */
function fuseConfigFor(electronPlatformName, archName) {
  const isMac = electronPlatformName === 'darwin' || electronPlatformName === 'mas';
  return {
    version: FuseVersion.V1,
    resetAdHocDarwinSignature: isMac && (archName === 'arm64' || archName === 'universal'),
    ...FUSES,
  };
}

module.exports = { FUSES, fuseConfigFor };
