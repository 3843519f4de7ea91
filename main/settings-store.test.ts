import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SettingsStore } from './settings-store';

describe('SettingsStore', () => {
  it('never fails an update when userData is unwritable, and reports it once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chronoscope-settings-'));
    const notAFolder = join(dir, 'user-data');
    await writeFile(notAFolder, 'a file where the folder should be');
    const errors: string[] = [];
    const store = new SettingsStore(notAFolder, (message) => errors.push(message));
    await store.load();
    await expect(store.update({ theme: 'dark' })).resolves.toBeUndefined();
    await expect(store.update({ theme: 'light' })).resolves.toBeUndefined();
    expect(store.get().theme).toBe('light');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^Settings could not be saved/);
  });

  it('reads a file with one bad field without losing the others', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chronoscope-settings-'));
    await writeFile(
      join(dir, 'settings.json'),
      JSON.stringify({ theme: 'neon', recent: [{ path: '/a.json', name: 'a.json' }] }),
    );
    const settings = await new SettingsStore(dir).load();
    expect(settings.theme).toBe('system');
    expect(settings.recent).toEqual([{ path: '/a.json', name: 'a.json' }]);
  });
});
