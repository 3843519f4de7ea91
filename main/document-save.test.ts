import { tempNameFor } from './write-file-atomic';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  backupPath,
  cleanStaleTemps,
  nodeSaveFs,
  saveDocument,
  stampFile,
  type SaveFs,
} from './document-save';
import { describeWriteError } from './files';

let dir: string;
let path: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chronoscope-save-'));
  path = join(dir, 'news.chronoscope.json');
  await writeFile(path, 'old\n');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const opened = async () => (await stampFile(nodeSaveFs, path))!;
/** A file system whose atomic write fails the way files.ts reports `code`. */
const failingWrite = (code: string): SaveFs => ({
  ...nodeSaveFs,
  async writeFileAtomic(target) {
    throw new Error(describeWriteError(Object.assign(new Error(code), { code }), target));
  },
});

describe('saveDocument', () => {
  it('writes the text, keeps the previous version as .bak and returns the new stamp', async () => {
    const outcome = await saveDocument(nodeSaveFs, { path, text: 'new\n', opened: await opened() });
    expect(outcome.status).toBe('saved');
    expect(await readFile(path, 'utf8')).toBe('new\n');
    expect(await readFile(backupPath(path), 'utf8')).toBe('old\n');
    expect(outcome.status === 'saved' && outcome.stamp).toEqual(await opened());
    expect((await readdir(dir)).sort()).toEqual(['news.chronoscope.json', 'news.chronoscope.json.bak']);
  });

  it('creates a file that did not exist, without a backup', async () => {
    const fresh = join(dir, 'fresh.chronoscope.json');
    expect((await saveDocument(nodeSaveFs, { path: fresh, text: 'x' })).status).toBe('saved');
    expect((await readdir(dir)).sort()).toEqual(['fresh.chronoscope.json', 'news.chronoscope.json']);
  });

  it('writes a file deleted since it was opened again, without asking', async () => {
    const stamp = await opened();
    await rm(path);
    expect((await saveDocument(nodeSaveFs, { path, text: 'new\n', opened: stamp })).status).toBe('saved');
    expect(await readFile(path, 'utf8')).toBe('new\n');
  });

  it('backs up by copying where hard links fail', async () => {
    const noLinks: SaveFs = { ...nodeSaveFs, link: () => Promise.reject(new Error('EPERM')) };
    await saveDocument(noLinks, { path, text: 'new\n' });
    expect(await readFile(backupPath(path), 'utf8')).toBe('old\n');
  });

  it('reports a file changed on disk since it was opened, and overwrites only when told', async () => {
    const stamp = await opened();
    await writeFile(path, 'other program\n');
    const outcome = await saveDocument(nodeSaveFs, { path, text: 'mine\n', opened: stamp });
    expect(outcome).toMatchObject({ status: 'changed-on-disk', current: { size: 14 } });
    expect(await readFile(path, 'utf8')).toBe('other program\n');
    await saveDocument(nodeSaveFs, { path, text: 'mine\n', opened: stamp, overwrite: true });
    expect(await readFile(path, 'utf8')).toBe('mine\n');
  });

  it('does not call a rewrite with the same bytes a change (only the mtime moved)', async () => {
    const stamp = await opened();
    await writeFile(path, 'old\n');
    expect((await saveDocument(nodeSaveFs, { path, text: 'new\n', opened: stamp })).status).toBe('saved');
  });

  it.each([
    ['ENOSPC', 'the disk is full'],
    ['EACCES', 'is not writable'],
  ])(
    'a failed write (%s) gives a clear error and leaves the file and its backup untouched',
    async (code, words) => {
      await writeFile(backupPath(path), 'older\n');
      const outcome = await saveDocument(failingWrite(code), { path, text: 'new\n', opened: await opened() });
      expect(outcome.status === 'error' && outcome.message).toContain(words);
      expect(outcome.status === 'error' && outcome.message).toContain(path);
      expect(await readFile(path, 'utf8')).toBe('old\n');
      expect(await readFile(backupPath(path), 'utf8')).toBe('older\n');
      expect((await readdir(dir)).sort()).toEqual(['news.chronoscope.json', 'news.chronoscope.json.bak']);
    },
  );
});

describe('cleanStaleTemps', () => {
  it('removes temp files of dead processes only', async () => {
    const dead = 2 ** 22 + 12345; // above Linux's pid_max default, so never alive
    // Names as writeFileAtomic and the backup step make them.
    const names = [tempNameFor(dead), `.news.chronoscope.json.bak.${dead}.tmp`];
    const alive = tempNameFor(process.pid);
    for (const name of [...names, alive, '.other.json.1.ab.tmp']) await writeFile(join(dir, name), '');
    expect((await cleanStaleTemps(nodeSaveFs, path)).sort()).toEqual(names.sort());
    expect((await readdir(dir)).sort()).toEqual(
      [alive, '.other.json.1.ab.tmp', 'news.chronoscope.json'].sort(),
    );
  });
});
