import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import type { Configuration, FileAssociation, FileSet } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

interface FusesModule {
  FUSES: Readonly<Record<number, boolean>>;
  fuseConfigFor(platform: string, arch: string): Record<string | number, unknown>;
}
interface AfterPackModule {
  afterPack(context: unknown): Promise<void>;
  electronBinaryPath(context: unknown): string;
}
const fusesModule = require('../build/fuses.cjs') as FusesModule;
const afterPackModule = require('../build/after-pack.cjs') as AfterPackModule;

/** Loads electron-builder.yml exactly as the electron-builder CLI does (its own YAML loader and merge). */
async function loadConfig(): Promise<Configuration> {
  return getConfig(projectDir, 'electron-builder.yml', null);
}

/** electron-builder's own schema check (the one `electron-builder` runs before packaging). */
function validate(config: Configuration): Promise<void> {
  return validateConfiguration(config, new DebugLogger(false));
}

/** The glob patterns of every file set in `files` (electron-builder normalises strings into sets). */
function filePatterns(config: Configuration): string[] {
  const sets = (config.files ?? []) as Array<FileSet | string>;
  return sets.flatMap((set) => (typeof set === 'string' ? [set] : [set.filter ?? []].flat()));
}

function targetNames(target: unknown): string[] {
  return [target].flat().map((t) => (typeof t === 'string' ? t : (t as { target: string }).target));
}

describe('electron-builder.yml', () => {
  let config: Configuration;
  beforeAll(async () => {
    config = await loadConfig();
  });

  it('passes electron-builder schema validation', async () => {
    await expect(validate(config)).resolves.toBeUndefined();
  });

  it('is rejected by the same validation when it carries an unknown key', async () => {
    const bogus = { ...structuredClone(config), nsis: { ...config.nsis, perUserInstallPlease: true } };
    // ajv reports a bad key under an anyOf (nsis may also be null) by its parent path only.
    await expect(validate(bogus as Configuration)).rejects.toThrow(/configuration\.nsis /);
    const bogusRoot = { ...structuredClone(config), fileAssociation: [] };
    await expect(validate(bogusRoot as Configuration)).rejects.toThrow(/fileAssociation/);
  });

  it('is the configuration the CLI picks up (package.json has no "build" key that would win)', async () => {
    const pkg = JSON.parse(await readFile(path.join(projectDir, 'package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(pkg).not.toHaveProperty('build');
  });

  it('ships only the bundled out/ tree and package.json, never node_modules', () => {
    const patterns = filePatterns(config);
    expect(patterns).toContain('out/**');
    expect(patterns).toContain('package.json');
    expect(patterns).toContain('!**/node_modules/**');
    expect(patterns.filter((p) => !p.startsWith('!') && p.includes('node_modules'))).toEqual([]);
    expect(config.asar).toBe(true);
    expect(config.npmRebuild).toBe(false);
  });

  it('copies the dataset to <resources>/data outside the asar', () => {
    const sets = (config.extraResources ?? []) as FileSet[];
    expect(sets).toContainEqual(expect.objectContaining({ from: 'data', to: 'data' }));
  });

  it('flips the fuses in the afterPack hook', () => {
    expect(config.afterPack).toBe('./build/after-pack.cjs');
    expect(config.electronFuses ?? null).toBeNull();
  });

  it('declares the timeline file association on Linux and macOS', () => {
    const linux = (config.linux?.fileAssociations ?? []) as FileAssociation[];
    const mac = (config.mac?.fileAssociations ?? []) as FileAssociation[];
    for (const list of [linux, mac]) {
      expect(list).toContainEqual(
        expect.objectContaining({ ext: 'chronoscope.json', name: 'Chronoscope timeline', role: 'Viewer' }),
      );
    }
    expect(linux[0]?.mimeType).toBe('application/vnd.chronoscope+json');
  });

  it('builds AppImage + deb, dmg and a per-user NSIS installer', () => {
    expect(targetNames(config.linux?.target).sort()).toEqual(['AppImage', 'deb']);
    expect(targetNames(config.mac?.target)).toEqual(['dmg']);
    expect(config.mac?.hardenedRuntime).toBe(true);
    expect(config.mac?.category).toBe('public.app-category.reference');
    expect(targetNames(config.win?.target)).toEqual(['nsis']);
    expect(config.nsis?.perMachine).toBe(false);
    expect(config.nsis?.createDesktopShortcut).toBe(true);
  });
});

describe('build/fuses.cjs', () => {
  const expected: Array<[FuseV1Options, boolean]> = [
    [FuseV1Options.RunAsNode, false],
    [FuseV1Options.EnableCookieEncryption, true],
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable, false],
    [FuseV1Options.EnableNodeCliInspectArguments, false],
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation, true],
    [FuseV1Options.OnlyLoadAppFromAsar, true],
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot, false],
    [FuseV1Options.GrantFileProtocolExtraPrivileges, false],
    // WasmTrapHandlers: Electron 45's ninth fuse, unnamed in @electron/fuses 1.8.
    [8 as FuseV1Options, true],
  ];

  it.each(expected)('sets fuse %s to %s', (fuse, value) => {
    expect(fusesModule.FUSES[fuse]).toBe(value);
  });

  it("sets every fuse of Electron 45's nine-fuse wire, none left to inherit", () => {
    expect(Object.keys(fusesModule.FUSES).map(Number).sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('resets the ad-hoc signature only for Apple silicon binaries', () => {
    expect(fusesModule.fuseConfigFor('darwin', 'arm64').resetAdHocDarwinSignature).toBe(true);
    expect(fusesModule.fuseConfigFor('darwin', 'universal').resetAdHocDarwinSignature).toBe(true);
    expect(fusesModule.fuseConfigFor('darwin', 'x64').resetAdHocDarwinSignature).toBe(false);
    expect(fusesModule.fuseConfigFor('linux', 'arm64').resetAdHocDarwinSignature).toBe(false);
    expect(fusesModule.fuseConfigFor('win32', 'x64').version).toBe(FuseVersion.V1);
  });
});

describe('build/after-pack.cjs', () => {
  const packager = { appInfo: { productFilename: 'Chronoscope' }, executableName: 'chronoscope' };

  it('finds the binary the way electron-builder names it on each platform', () => {
    const at = (electronPlatformName: string) =>
      afterPackModule.electronBinaryPath({ appOutDir: '/o', electronPlatformName, packager });
    expect(at('linux')).toBe(path.join('/o', 'chronoscope'));
    expect(at('win32')).toBe(path.join('/o', 'Chronoscope.exe'));
    expect(at('darwin')).toBe(path.join('/o', 'Chronoscope.app'));
    expect(() => at('freebsd')).toThrow(/unsupported platform/);
  });

  describe('on a binary with a fuse wire', () => {
    const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
    let appOutDir: string;

    /** A binary whose wire holds `fuses` (Electron's fuse bytes: '0' off, '1' on). */
    const binaryWithWire = (fuses: string) =>
      Buffer.concat([
        Buffer.from('ELF-ish prefix bytes\0'),
        Buffer.from(SENTINEL),
        Buffer.from([1, fuses.length]),
        Buffer.from(fuses),
        Buffer.from('\0suffix'),
      ]);

    beforeAll(async () => {
      appOutDir = await mkdtemp(path.join(tmpdir(), 'chronoscope-afterpack-'));
      // Electron 45's defaults: RunAsNode, NodeOptions, NodeCliInspect, GrantFileProtocol,
      // WasmTrapHandlers on; the rest off.
      await writeFile(path.join(appOutDir, 'chronoscope'), binaryWithWire('101100011'));
    });
    afterAll(async () => {
      await rm(appOutDir, { recursive: true, force: true });
    });

    it('writes every configured fuse into the wire', async () => {
      await afterPackModule.afterPack({ appOutDir, electronPlatformName: 'linux', arch: 1, packager });
      const wire = await getCurrentFuseWire(path.join(appOutDir, 'chronoscope'));
      for (const [fuse, value] of Object.entries(fusesModule.FUSES)) {
        expect(wire[Number(fuse) as FuseV1Options], `fuse ${fuse}`).toBe(value ? 49 : 48);
      }
      expect(Object.keys(wire).filter((k) => /^\d+$/.test(k))).toHaveLength(9);
    });

    it('fails the build on a binary with a fuse this config does not set', async () => {
      const tenFuses = path.join(appOutDir, 'ten');
      await mkdir(tenFuses);
      await writeFile(path.join(tenFuses, 'chronoscope'), binaryWithWire('1011000110'));
      await expect(
        afterPackModule.afterPack({ appOutDir: tenFuses, electronPlatformName: 'linux', arch: 1, packager }),
      ).rejects.toThrow(/fuses build\/fuses.cjs does not set: 9/);
    });
  });
});

describe('package.json allowScripts', () => {
  it('decides on every installed package that has an install script (npm will block the rest)', async () => {
    const pkg = JSON.parse(await readFile(path.join(projectDir, 'package.json'), 'utf8')) as {
      allowScripts: Record<string, boolean>;
    };
    const lock = JSON.parse(await readFile(path.join(projectDir, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { hasInstallScript?: boolean }>;
    };
    const withScripts = Object.entries(lock.packages)
      .filter(([, info]) => info.hasInstallScript)
      .map(([where]) => where.split('node_modules/').pop()!);
    expect(withScripts).toContain('esbuild');
    for (const name of withScripts) expect(pkg.allowScripts, name).toHaveProperty([name]);
    expect(pkg.allowScripts.esbuild).toBe(true);
  });
});
