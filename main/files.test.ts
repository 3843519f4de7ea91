import {
  chmod,
  copyFile,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeWriteError, loadTimelineBytes, readTimelineFile, writeFileAtomic } from './files';

const GOOD = new URL('../core/testing/fixtures/good/small.chronoscope.json', import.meta.url);
const isRoot = process.getuid?.() === 0;
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chronoscope-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readTimelineFile', () => {
  it('loads a valid file and reports progress ending at 1', async () => {
    const path = join(dir, 'small.json');
    await copyFile(GOOD, path);
    const progress: number[] = [];
    const result = await readTimelineFile(path, (f) => progress.push(f));
    expect(result).toMatchObject({ ok: true, path, name: 'small.json', warnings: [] });
    expect(result.ok && result.file.title).toBe('Small test timeline');
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('reads a multi-chunk file completely', async () => {
    const path = join(dir, 'big.json');
    const events = Array.from({ length: 20_000 }, (_, i) => ({
      id: `e${i}`,
      title: `Event number ${i} with some padding text to make the file larger`,
      type: 'visit',
      start: '2021-03-12',
      precision: 'day',
      status: 'reported',
    }));
    await writeFile(path, JSON.stringify({ title: 'Big', events }, null, 2));
    const progress: number[] = [];
    const result = await readTimelineFile(path, (f) => progress.push(f), { workerUrl: null });
    expect(result.ok && result.file.events.length).toBe(20_000);
    expect(progress.length).toBeGreaterThan(2);
  });

  it('says "file not found" for a missing path', async () => {
    const result = await readTimelineFile(join(dir, 'nope.json'));
    expect(result).toMatchObject({ ok: false, problems: [{ rule: 'not-found', file: 'nope.json' }] });
    expect(!result.ok && result.problems[0]?.message).toContain('file not found');
  });

  it('says a folder is a folder', async () => {
    const folder = join(dir, 'folder.json');
    await mkdir(folder);
    const result = await readTimelineFile(folder);
    expect(!result.ok && result.problems[0]).toMatchObject({
      rule: 'is-folder',
      message: expect.stringContaining('is a folder, not a file'),
    });
  });

  it('says permission denied for an unreadable file', async () => {
    // chmod does not stop root; a write-only sysfs attribute refuses reads even to root.
    let path = '/sys/bus/cpu/uevent';
    if (!isRoot) {
      path = join(dir, 'secret.json');
      await copyFile(GOOD, path);
      await chmod(path, 0o000);
    }
    const result = await readTimelineFile(path);
    expect(!result.ok && result.problems[0]?.message).toContain('permission denied');
  });

  it('passes decode problems through with the file name', async () => {
    const path = join(dir, 'utf16.json');
    await writeFile(
      path,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"title":"x"}', 'utf16le')]),
    );
    const result = await readTimelineFile(path);
    expect(!result.ok && result.problems[0]).toMatchObject({ file: 'utf16.json', rule: 'encoding' });
  });

  it('uses the worker for big texts when its script exists', async () => {
    const worker = join(dir, 'fake-worker.mjs');
    await writeFile(
      worker,
      `import { parentPort, workerData } from 'node:worker_threads';
       parentPort.postMessage({ ok: false, problems: [{ file: workerData.fileName, rule: 'from-worker', message: String(workerData.text.length) }], truncated: false });`,
    );
    const path = join(dir, 'small.json');
    await copyFile(GOOD, path);
    const text = await readFile(path, 'utf8');
    const result = await readTimelineFile(path, undefined, {
      workerUrl: pathToFileURL(worker),
      workerThreshold: 10,
    });
    expect(result).toMatchObject({
      ok: false,
      problems: [{ file: 'small.json', rule: 'from-worker', message: String(text.length) }],
    });
  });

  it('ends in a clear problem, never in-thread validation, when the worker fails or is missing', async () => {
    const broken = join(dir, 'broken-worker.mjs');
    await writeFile(broken, `throw new Error('boom');`);
    const path = join(dir, 'small.json');
    await copyFile(GOOD, path);
    const cases = [
      [pathToFileURL(broken), /file checker failed: boom/],
      [pathToFileURL(join(dir, 'missing.mjs')), /checker is missing/],
    ] as const;
    for (const [workerUrl, message] of cases) {
      const result = await readTimelineFile(path, undefined, { workerUrl, workerThreshold: 10 });
      expect(result).toMatchObject({ ok: false, problems: [{ file: 'small.json', rule: 'check-failed' }] });
      expect(!result.ok && result.problems[0]?.message).toMatch(message);
    }
  });

  it('stops a worker that runs past its time or memory limit with a clear problem', async () => {
    const path = join(dir, 'small.json');
    await copyFile(GOOD, path);
    const hanging = join(dir, 'hanging-worker.mjs');
    await writeFile(hanging, `setInterval(() => {}, 1000);`);
    const greedy = join(dir, 'greedy-worker.mjs');
    await writeFile(greedy, `const keep = []; for (;;) keep.push(new Array(1e5).fill({ a: keep.length }));`);
    const cases = [
      [hanging, /took longer than 0 s/],
      [greedy, /more than 16 MB of memory/],
    ] as const;
    for (const [worker, message] of cases) {
      const result = await readTimelineFile(path, undefined, {
        workerUrl: pathToFileURL(worker),
        workerThreshold: 10,
        workerLimits: { maxOldGenerationSizeMb: 16, timeoutMs: worker === hanging ? 200 : 20_000 },
      });
      expect(!result.ok && result.problems[0]?.message).toMatch(message);
    }
  });
});

describe('writeFileAtomic', () => {
  it('writes new files and replaces existing ones, leaving no temp files', async () => {
    const path = join(dir, 'out.json');
    await writeFileAtomic(path, 'first');
    await writeFileAtomic(path, new TextEncoder().encode('second ✓'));
    expect(await readFile(path, 'utf8')).toBe('second ✓');
    expect(await readdir(dir)).toEqual(['out.json']);
  });

  it('keeps the old content and removes the temp file when the rename fails', async () => {
    const target = join(dir, 'taken');
    await mkdir(target);
    await writeFile(join(target, 'inside'), 'x');
    await expect(writeFileAtomic(target, 'data')).rejects.toThrow(/Could not save .*taken/);
    expect((await readdir(dir)).sort()).toEqual(['taken']);
    expect(await readdir(target)).toEqual(['inside']);
  });

  it('says when the folder does not exist, keeping the cause', async () => {
    const error = await writeFileAtomic(join(dir, 'no', 'such', 'file.json'), 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain('does not exist');
    expect(((error as Error).cause as NodeJS.ErrnoException).code).toBe('ENOENT');
  });

  it('says an unwritable folder is not writable', async () => {
    // chmod does not stop root; sysfs refuses new files even to root.
    const folder = isRoot ? '/sys/bus' : dir;
    if (!isRoot) await chmod(dir, 0o500);
    try {
      await expect(writeFileAtomic(join(folder, 'x.json'), 'x')).rejects.toThrow(/is not writable/);
    } finally {
      if (!isRoot) await chmod(dir, 0o700);
    }
  });

  it('saves a name at the file-system limit (the temp name stays short)', async () => {
    const path = join(dir, `${'n'.repeat(250)}.json`);
    await writeFileAtomic(path, 'long name');
    expect(await readFile(path, 'utf8')).toBe('long name');
    expect(await readdir(dir)).toEqual([basename(path)]);
  });

  it('writes through a symbolic link to its target, keeping the link', async () => {
    const real = join(dir, 'real.json');
    const link = join(dir, 'link.json');
    await writeFile(real, 'old');
    await symlink(real, link);
    await writeFileAtomic(link, 'new');
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(real, 'utf8')).toBe('new');
  });

  it('refuses a link to a missing file and says why', async () => {
    const link = join(dir, 'dangling.json');
    await symlink(join(dir, 'nowhere.json'), link);
    await expect(writeFileAtomic(link, 'x')).rejects.toThrow(/is a link to a file that does not exist/);
  });

  it('maps low-level codes to plain words', () => {
    const err = (code: string) => Object.assign(new Error(code), { code });
    expect(describeWriteError(err('ENOSPC'), '/d/f.json')).toBe('Could not save /d/f.json: the disk is full');
    for (const code of ['EACCES', 'EPERM', 'EROFS'])
      expect(describeWriteError(err(code), '/d/f.json')).toContain('is not writable');
    expect(describeWriteError(err('EIO'), '/d/f.json')).toContain('EIO');
  });
});

describe('loadTimelineBytes', () => {
  it('validates bytes without a path and labels the result with the given name', async () => {
    const bytes = await readFile(GOOD);
    const phases: string[] = [];
    const result = await loadTimelineBytes(bytes, 'dropped.json', '', (_, phase) => phases.push(phase));
    expect(result).toMatchObject({ ok: true, path: '', name: 'dropped.json' });
    expect(phases.at(-1)).toBe('validating');
    const bad = await loadTimelineBytes(new Uint8Array(), 'empty.json');
    expect(bad).toMatchObject({
      ok: false,
      name: 'empty.json',
      problems: [{ rule: 'empty', file: 'empty.json' }],
    });
  });
});
