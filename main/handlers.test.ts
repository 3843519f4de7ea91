import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EventChannel } from '../core/ipc-contract';
import { createHandlers, type HandlerDeps } from './handlers';
import { SettingsStore } from './settings-store';

const GOOD = new URL('../core/fixtures/good/small.chronoscope.json', import.meta.url).pathname;
const BUNDLED = new URL('../data/us-asia-diplomacy-2021-2024.chronoscope.json', import.meta.url).pathname;

let dir: string;
let sent: Array<[EventChannel, unknown]>;
let opened: string[];
let openAnswer: string | undefined;
let saveAnswer: string | undefined;

async function setup(extra: Partial<HandlerDeps> = {}) {
  const settings = new SettingsStore(dir);
  await settings.load();
  const handlers = createHandlers({
    settings,
    bundledPath: BUNDLED,
    platform: 'linux',
    version: '1.2.3',
    showOpenDialog: async () => openAnswer,
    showSaveDialog: async () => saveAnswer,
    openExternal: async (url) => void opened.push(url),
    setNativeTheme: () => undefined,
    send: (channel, payload) => void sent.push([channel, payload]),
    ...extra,
  });
  return { settings, handlers };
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chronoscope-handlers-'));
  sent = [];
  opened = [];
  openAnswer = undefined;
  saveAnswer = undefined;
});

describe('handlers', () => {
  it('starts on the bundled dataset, or on a command-line file', async () => {
    const { handlers } = await setup();
    expect((await handlers['app:initial-state']()).startupPath).toBe(BUNDLED);
    const { handlers: withFile } = await setup({ startupPath: GOOD });
    expect((await withFile['app:initial-state']()).startupPath).toBe(GOOD);
  });

  it('opens the file the user picks, remembers it as recent and persists that', async () => {
    const { handlers } = await setup();
    openAnswer = GOOD;
    const result = await handlers['file:open-dialog']();
    expect(result).toMatchObject({ ok: true, name: 'small.chronoscope.json' });
    expect(sent.find(([c]) => c === 'recent:changed')?.[1]).toEqual([
      { path: GOOD, name: 'small.chronoscope.json' },
    ]);
    const saved = JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'));
    expect(saved.recent[0].path).toBe(GOOD);
    expect(sent.some(([c]) => c === 'load:progress')).toBe(true);
  });

  it('returns null when the open dialog is cancelled', async () => {
    const { handlers } = await setup();
    expect(await handlers['file:open-dialog']()).toBeNull();
  });

  it('prunes recent files that disappeared and tells the user', async () => {
    const gone = join(dir, 'gone.chronoscope.json');
    await writeFile(gone, await readFile(GOOD));
    const { handlers } = await setup();
    await handlers['file:open-path']({ path: gone });
    await handlers['file:open-path']({ path: GOOD });
    const { rm } = await import('node:fs/promises');
    await rm(gone);
    const state = await handlers['app:initial-state']();
    expect(state.recent.map((r) => r.path)).toEqual([GOOD]);
    expect(state.notices).toEqual([expect.stringContaining('gone.chronoscope.json')]);
  });

  it('validates dropped bytes like files', async () => {
    const { handlers } = await setup();
    const bad = await handlers['file:open-bytes']({
      name: 'x.json',
      bytes: new TextEncoder().encode('{"title": }'),
    });
    expect(bad).toMatchObject({ ok: false, name: 'x.json' });
    expect(!bad.ok && bad.problems[0]?.line).toBe(1);
  });

  it('saves an export atomically, adds the extension and remembers the folder', async () => {
    const { handlers, settings } = await setup();
    saveAnswer = join(dir, 'out');
    const result = await handlers['export:save']({
      suggestedName: 'a.png',
      format: 'png',
      data: new Uint8Array([1, 2, 3]),
    });
    expect(result).toEqual({ saved: true, path: join(dir, 'out.png') });
    expect([...(await readFile(join(dir, 'out.png')))]).toEqual([1, 2, 3]);
    expect(settings.get().lastExportFolder).toBe(dir);
  });

  it('reports an unwritable target and leaves no file behind', async () => {
    const { handlers } = await setup();
    const parentIsFile = join(dir, 'file');
    await writeFile(parentIsFile, 'x');
    saveAnswer = join(parentIsFile, 'x.png');
    const result = await handlers['export:save']({ suggestedName: 'a.png', format: 'png', data: 'data' });
    expect(result).toMatchObject({ saved: false, error: expect.stringMatching(/x\.png/) });
    expect(existsSync(saveAnswer)).toBe(false);
    expect((await readdir(dir)).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('opens only http(s) links externally', async () => {
    const { handlers } = await setup();
    expect(await handlers['shell:open-external']({ url: 'file:///etc/passwd' })).toBe(false);
    expect(await handlers['shell:open-external']({ url: 'https://example.org/' })).toBe(true);
    expect(opened).toEqual(['https://example.org/']);
  });
});
