import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EventChannel } from '../core/app/ipc-contract';
import { PathGrants } from './grants';
import { createHandlers, suggestedBaseName, type HandlerDeps } from './handlers';
import { SettingsStore } from './settings-store';

const GOOD = new URL('../core/testing/fixtures/good/small.chronoscope.json', import.meta.url).pathname;
const BUNDLED = new URL('../data/us-asia-diplomacy-2021-2024.chronoscope.json', import.meta.url).pathname;

let dir: string;
let sent: Array<[EventChannel, unknown]>;
let opened: string[];
let openAnswer: string | undefined;
let saveAnswers: Array<string | undefined>;
let confirmAnswer: boolean;
let saveDialogDefaults: string[];

async function setup(extra: Partial<HandlerDeps> = {}) {
  const settings = extra.settings ?? new SettingsStore(dir);
  await settings.load();
  const handlers = createHandlers({
    settings,
    grants: new PathGrants(),
    bundledPath: BUNDLED,
    platform: 'linux',
    version: '1.2.3',
    showOpenDialog: async () => openAnswer,
    showSaveDialog: async ({ defaultPath }) => (saveDialogDefaults.push(defaultPath), saveAnswers.shift()),
    userDataDir: dir,
    showSaveDocumentDialog: async () => undefined,
    ask: async ({ cancelId }) => cancelId,
    documentStatusChanged: () => undefined,
    closeWindow: () => undefined,
    openExternal: async (url) => void opened.push(url),
    confirmExternal: async () => confirmAnswer,
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
  saveAnswers = [];
  confirmAnswer = true;
  saveDialogDefaults = [];
});

describe('handlers', () => {
  it('starts on the bundled dataset, or on a command-line file', async () => {
    const { handlers } = await setup();
    expect((await handlers['app:initial-state']()).startupPath).toBe(BUNDLED);
    const { handlers: withFile } = await setup({ startupPath: GOOD });
    expect((await withFile['app:initial-state']()).startupPath).toBe(GOOD);
  });

  it('reads a file chosen for import as text, without adding it to Open Recent', async () => {
    const { handlers, settings } = await setup();
    const csv = join(dir, 'events.csv');
    await writeFile(csv, '\ufefftitle,start\nA,2021\n');
    openAnswer = csv;
    expect(await handlers['file:import-dialog']()).toEqual({
      ok: true,
      name: 'events.csv',
      text: 'title,start\nA,2021\n',
    });
    expect(settings.get().recent).toEqual([]);
    openAnswer = join(dir, 'missing.csv');
    const missing = await handlers['file:import-dialog']();
    expect(missing?.ok === false && missing.problems[0]?.rule).toBe('not-found');
    openAnswer = undefined;
    expect(await handlers['file:import-dialog']()).toBeNull();
  });

  it('saves data exports with their own extension', async () => {
    const { handlers } = await setup();
    saveAnswers = [join(dir, 'out')];
    saveAnswers.push(join(dir, 'out.mw'));
    const result = await handlers['export:save']({
      suggestedName: 'plan.mw',
      format: 'markwhen',
      data: '2021: A\n',
    });
    expect(result).toEqual({ saved: true, path: join(dir, 'out.mw') });
    expect(await readFile(join(dir, 'out.mw'), 'utf8')).toBe('2021: A\n');
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
    for (const path of [gone, GOOD]) {
      openAnswer = path;
      await handlers['file:open-dialog']();
    }
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

  it('saves an export atomically and remembers the folder', async () => {
    const { handlers, settings } = await setup();
    saveAnswers = [join(dir, 'out.png')];
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
    const target = join(parentIsFile, 'x.png');
    saveAnswers = [target];
    const result = await handlers['export:save']({ suggestedName: 'a.png', format: 'png', data: 'data' });
    expect(result).toMatchObject({ saved: false, error: expect.stringMatching(/x\.png/) });
    expect(existsSync(target)).toBe(false);
    expect((await readdir(dir)).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('opens only http(s) links externally, and only those the user confirms', async () => {
    const { handlers } = await setup();
    expect(await handlers['shell:open-external']({ url: 'file:///etc/passwd' })).toBe(false);
    expect(await handlers['shell:open-external']({ url: 'https://example.org/' })).toBe(true);
    confirmAnswer = false;
    expect(await handlers['shell:open-external']({ url: 'http://tracker.example/?opened' })).toBe(false);
    expect(opened).toEqual(['https://example.org/']);
  });
});

describe('capabilities: the page never names a path', () => {
  it('opens a granted path once, by token, and refuses unknown or reused tokens without saying why', async () => {
    const { handlers } = await setup();
    const [token] = await handlers['drop:grant']({ paths: [GOOD] });
    expect(await handlers['file:open-granted']({ token: token! })).toMatchObject({ ok: true });
    const reused = await handlers['file:open-granted']({ token: token! });
    const guessed = await handlers['file:open-granted']({ token: 'f'.repeat(32) });
    for (const refused of [reused, guessed]) {
      expect(refused).toMatchObject({ ok: false, path: '', problems: [{ rule: 'not-granted' }] });
      expect(JSON.stringify(refused)).not.toContain(GOOD);
    }
  });

  it('opens Open Recent entries by position only', async () => {
    const { handlers } = await setup();
    openAnswer = GOOD;
    await handlers['file:open-dialog']();
    expect(await handlers['file:open-recent']({ index: 0 })).toMatchObject({ ok: true, path: GOOD });
    expect(await handlers['file:open-recent']({ index: 5 })).toMatchObject({ ok: false, path: '' });
  });

  it("restores the last file from main's settings, never from the page-written view", async () => {
    const first = await setup();
    openAnswer = GOOD;
    await first.handlers['file:open-dialog']();
    await first.handlers['settings:save-view']({ path: '/etc/passwd' });
    const { handlers } = await setup();
    expect((await handlers['app:initial-state']()).startupPath).toBe(GOOD);
    expect(await handlers['file:open-startup']()).toMatchObject({ ok: true, path: GOOD });
  });

  it('falls back to the bundled dataset when the last file has gone', async () => {
    const gone = join(dir, 'gone.chronoscope.json');
    await writeFile(gone, await readFile(GOOD));
    const first = await setup();
    openAnswer = gone;
    await first.handlers['file:open-dialog']();
    const { rm } = await import('node:fs/promises');
    await rm(gone);
    const { handlers } = await setup();
    expect((await handlers['app:initial-state']()).startupPath).toBe(BUNDLED);
  });
});

describe('export save dialog', () => {
  it('asks again instead of appending the extension over an existing file', async () => {
    const { handlers } = await setup();
    const existing = join(dir, 'report.png');
    await writeFile(existing, 'keep me');
    saveAnswers = [join(dir, 'report'), undefined];
    const result = await handlers['export:save']({ suggestedName: 'a.png', format: 'png', data: 'new' });
    expect(result).toEqual({ saved: false, canceled: true });
    expect(await readFile(existing, 'utf8')).toBe('keep me');
    expect(saveDialogDefaults[1]).toBe(existing);
  });

  it('suggests a base name only, so the page cannot move the dialog to another folder', async () => {
    const { handlers } = await setup();
    await handlers['export:save']({ suggestedName: '../../etc/x.png', format: 'png', data: '' });
    expect(saveDialogDefaults[0]).toBe('x.png');
    expect(suggestedBaseName('..\\..\\Windows\\evil.png')).toBe('evil.png');
    expect(suggestedBaseName('..')).toBe('timeline');
  });
});

describe('settings are best-effort', () => {
  it('opens a valid file and reports a written export although userData is unwritable', async () => {
    const notAFolder = join(dir, 'user-data');
    await writeFile(notAFolder, 'x');
    const notices: string[] = [];
    const settings = new SettingsStore(notAFolder, (m) => notices.push(m));
    const { handlers } = await setup({ settings });
    openAnswer = GOOD;
    expect(await handlers['file:open-dialog']()).toMatchObject({ ok: true });
    saveAnswers = [join(dir, 'shot.png')];
    const saved = await handlers['export:save']({ suggestedName: 'a.png', format: 'png', data: 'x' });
    expect(saved).toEqual({ saved: true, path: join(dir, 'shot.png') });
    expect(notices).toEqual([expect.stringMatching(/^Settings could not be saved/)]);
  });
});
