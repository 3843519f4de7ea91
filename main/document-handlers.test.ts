import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Question, ShownDocumentStatus } from './document-handlers';
import { PathGrants } from './grants';
import { createHandlers } from './handlers';
import { SettingsStore } from './settings-store';

const GOOD = new URL('../core/testing/fixtures/good/small.chronoscope.json', import.meta.url).pathname;
const BUNDLED = new URL('../data/us-asia-diplomacy-2021-2024.chronoscope.json', import.meta.url).pathname;
const TEXT = '{"title":"Edited","events":[]}\n';

let dir: string;
let userData: string;
let file: string;
let saveAnswers: Array<string | undefined>;
let saveDefaults: string[];
let answers: Array<string | undefined>;
let asked: Question[];
let statuses: ShownDocumentStatus[];
let closed: number;
let notices: string[];

async function setup() {
  const settings = new SettingsStore(userData);
  await settings.load();
  const grants = new PathGrants();
  const handlers = createHandlers({
    settings,
    grants,
    bundledPath: BUNDLED,
    platform: 'linux',
    version: '0',
    showOpenDialog: async () => file,
    showSaveDialog: async () => undefined,
    userDataDir: userData,
    showSaveDocumentDialog: async ({ defaultPath }) => (saveDefaults.push(defaultPath), saveAnswers.shift()),
    ask: async (question) => {
      asked.push(question);
      const answer = answers.shift();
      return answer === undefined ? question.cancelId : question.buttons.indexOf(answer);
    },
    documentStatusChanged: (status) => void statuses.push(status),
    closeWindow: () => void closed++,
    openExternal: async () => undefined,
    confirmExternal: async () => false,
    setNativeTheme: () => undefined,
    send: (channel, payload) => {
      if (channel === 'notice') notices.push((payload as { message: string }).message);
    },
  });
  return { handlers, settings, grants };
}

const recoveryFiles = async () => readdir(join(userData, 'recovery')).catch(() => []);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chronoscope-doc-'));
  userData = join(dir, 'user-data');
  file = join(dir, 'mine.chronoscope.json');
  await copyFile(GOOD, file);
  saveAnswers = [];
  saveDefaults = [];
  answers = [];
  asked = [];
  statuses = [];
  closed = 0;
  notices = [];
});

describe('Save', () => {
  it('writes the file the user opened, keeps the previous version as .bak, and remembers it', async () => {
    const { handlers, settings } = await setup();
    const before = await readFile(file, 'utf8');
    await handlers['file:open-dialog']();
    const result = await handlers['document:save']({ text: TEXT, suggestedName: 'x' });
    expect(result).toEqual({ status: 'saved', path: file, name: 'mine.chronoscope.json' });
    expect(await readFile(file, 'utf8')).toBe(TEXT);
    expect(await readFile(`${file}.bak`, 'utf8')).toBe(before);
    expect(settings.get().lastFile).toBe(file);
    expect(asked).toEqual([]);
  });

  it('never writes the bundled dataset: Save asks for a new file, and refuses the dataset itself', async () => {
    const { handlers } = await setup();
    const bundledBefore = await readFile(BUNDLED, 'utf8');
    await handlers['file:open-bundled']();
    saveAnswers.push(undefined);
    expect(await handlers['document:save']({ text: TEXT, suggestedName: 'US diplomacy' })).toEqual({
      status: 'canceled',
    });
    // Not in the app's own folder: the last folder the user opened from, or none yet.
    expect(saveDefaults[0]).toBe('US diplomacy.chronoscope.json');
    saveAnswers.push(BUNDLED);
    expect(await handlers['document:save']({ text: TEXT, suggestedName: 'x' })).toMatchObject({
      status: 'error',
      message: expect.stringMatching(/read-only/),
    });
    expect(await readFile(BUNDLED, 'utf8')).toBe(bundledBefore);
    const copy = join(dir, 'copy.chronoscope.json');
    saveAnswers.push(copy);
    expect(await handlers['document:save']({ text: TEXT, suggestedName: 'x' })).toMatchObject({
      status: 'saved',
      path: copy,
    });
    // The copy is now the document: the next Save writes it without a dialog.
    expect(await handlers['document:save']({ text: TEXT, suggestedName: 'x' })).toMatchObject({
      status: 'saved',
      path: copy,
    });
    expect(saveDefaults).toHaveLength(3);
  });

  it('asks before overwriting a file another program changed since it was opened', async () => {
    const { handlers } = await setup();
    await handlers['file:open-dialog']();
    await writeFile(file, '{"title":"Changed elsewhere","events":[]}\n');
    expect(await handlers['document:save']({ text: TEXT, suggestedName: 'x' })).toEqual({
      status: 'canceled',
    });
    expect(asked[0]?.message).toMatch(/mine\.chronoscope\.json was changed by another program/);
    expect(await readFile(file, 'utf8')).toMatch(/Changed elsewhere/);

    answers.push('Save As…');
    const other = join(dir, 'other.chronoscope.json');
    saveAnswers.push(other);
    expect(await handlers['document:save']({ text: TEXT, suggestedName: 'x' })).toMatchObject({
      path: other,
    });
    expect(await readFile(file, 'utf8')).toMatch(/Changed elsewhere/);

    await handlers['file:open-dialog']();
    await writeFile(file, '{"title":"Changed again","events":[]}\n');
    answers.push('Replace');
    expect(await handlers['document:save']({ text: TEXT, suggestedName: 'x' })).toMatchObject({ path: file });
    expect(await readFile(file, 'utf8')).toBe(TEXT);
  });

  it('runs a second Save pressed during the first after it, without taking it for a change on disk', async () => {
    const { handlers } = await setup();
    await handlers['file:open-dialog']();
    const second = '{"title":"Edited twice","events":[]}\n';
    const results = await Promise.all([
      handlers['document:save']({ text: TEXT, suggestedName: 'x' }),
      handlers['document:save']({ text: second, suggestedName: 'x' }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['saved', 'saved']);
    expect(asked).toEqual([]);
    expect(await readFile(file, 'utf8')).toBe(second);
    expect(await readFile(`${file}.bak`, 'utf8')).toBe(TEXT);
  });

  it('reports an unwritable folder and leaves the file as it was', async () => {
    const { handlers } = await setup();
    saveAnswers.push(join(dir, 'no-such-folder', 'a.chronoscope.json'));
    const result = await handlers['document:save-as']({ text: TEXT, suggestedName: 'a' });
    expect(result).toMatchObject({ status: 'error', message: expect.stringMatching(/does not exist/) });
  });
});

describe('Save As and New', () => {
  it('asks again with the timeline extension instead of writing a name without one', async () => {
    const { handlers } = await setup();
    saveAnswers.push(join(dir, 'plain'), join(dir, 'plain.chronoscope.json'));
    const result = await handlers['document:save-as']({ text: TEXT, suggestedName: '../../evil' });
    expect(saveDefaults).toEqual(['evil.chronoscope.json', join(dir, 'plain.chronoscope.json')]);
    expect(result).toMatchObject({ status: 'saved', name: 'plain.chronoscope.json' });
    expect(existsSync(join(dir, 'plain'))).toBe(false);
  });

  it('starts an empty untitled timeline whose Save is a Save As', async () => {
    const { handlers } = await setup();
    await handlers['file:open-dialog']();
    const created = await handlers['document:new']();
    expect(created).toMatchObject({ ok: true, path: '', name: 'Untitled', file: { events: [] } });
    saveAnswers.push(undefined);
    expect(await handlers['document:save']({ text: TEXT, suggestedName: 'Untitled timeline' })).toEqual({
      status: 'canceled',
    });
    expect(saveDefaults).toEqual([join(dir, 'Untitled timeline.chronoscope.json')]);
    expect(await readFile(file, 'utf8')).toBe(await readFile(GOOD, 'utf8'));
  });
});

describe('unsaved changes', () => {
  it('asks Save / Don’t Save / Cancel, dismissing meaning Cancel', async () => {
    const { handlers } = await setup();
    await handlers['file:open-dialog']();
    answers.push('Save', "Don't Save");
    expect(await handlers['document:confirm-discard']()).toBe('save');
    expect(await handlers['document:confirm-discard']()).toBe('discard');
    expect(await handlers['document:confirm-discard']()).toBe('cancel');
    expect(asked[0]).toMatchObject({
      message: 'Do you want to save the changes you made to mine.chronoscope.json?',
      buttons: ['Save', "Don't Save", 'Cancel'],
    });
  });

  it('reports the status with the document name for the menu and the window', async () => {
    const { handlers } = await setup();
    await handlers['file:open-dialog']();
    await handlers['document:status']({ dirty: true, undoLabel: 'Undo Move Event' });
    expect(statuses.at(-1)).toEqual({
      dirty: true,
      undoLabel: 'Undo Move Event',
      name: 'mine.chronoscope.json',
      path: file,
    });
  });
});

describe('crash recovery', () => {
  it('restores autosaved changes on the next start, as unsaved changes of the same file', async () => {
    const first = await setup();
    await first.handlers['file:open-dialog']();
    await first.handlers['recovery:write']({ text: TEXT });
    expect(await recoveryFiles()).toHaveLength(1);

    const next = await setup();
    answers.push('Restore');
    const restored = await next.handlers['recovery:restore']();
    expect(asked[0]?.message).toMatch(/did not close normally.*mine\.chronoscope\.json/);
    expect(restored).toMatchObject({ ok: true, path: file, file: { title: 'Edited' } });
    // Saving the restored changes writes the original file and drops the recovery file.
    expect(await next.handlers['document:save']({ text: TEXT, suggestedName: 'x' })).toMatchObject({
      path: file,
    });
    expect(await readFile(file, 'utf8')).toBe(TEXT);
    expect(await recoveryFiles()).toEqual([]);
  });

  it('discards the recovery file on Discard Changes, and offers nothing when there is none', async () => {
    const first = await setup();
    await first.handlers['document:new']();
    await first.handlers['recovery:write']({ text: TEXT });
    const next = await setup();
    answers.push('Discard Changes');
    expect(await next.handlers['recovery:restore']()).toBeNull();
    expect(await recoveryFiles()).toEqual([]);
    expect(await next.handlers['recovery:restore']()).toBeNull();
    expect(asked).toHaveLength(1);
  });

  it('keeps editing going when userData cannot be written, and says so once', async () => {
    await writeFile(userData, 'a file where the folder should be');
    const { handlers } = await setup();
    await handlers['file:open-dialog']();
    await expect(handlers['recovery:write']({ text: TEXT })).resolves.toBeUndefined();
    await handlers['recovery:write']({ text: TEXT });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/cannot be kept for crash recovery/);
  });

  it('drops the recovery file after a save, a discard and a close', async () => {
    const { handlers } = await setup();
    await handlers['file:open-dialog']();
    await handlers['recovery:write']({ text: TEXT });
    await handlers['document:save']({ text: TEXT, suggestedName: 'x' });
    expect(await recoveryFiles()).toEqual([]);
    await handlers['recovery:write']({ text: TEXT });
    await handlers['recovery:discard']();
    expect(await recoveryFiles()).toEqual([]);
    await handlers['recovery:write']({ text: TEXT });
    await handlers['window:close']();
    expect(await recoveryFiles()).toEqual([]);
    expect(closed).toBe(1);
  });
});
