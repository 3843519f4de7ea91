import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeTimeline } from '../core/file-format/serialize';
import { generateSyntheticTimeline } from '../core/testing/synthetic';
import {
  discardRecovery,
  findRecoveries,
  nodeRecoveryFs,
  recoveryFolder,
  recoveryKey,
  writeRecovery,
} from './recovery';

let userData: string;
let folder: string;
beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'chronoscope-recovery-'));
  folder = recoveryFolder(userData);
});
afterEach(() => rm(userData, { recursive: true, force: true }));

const file = generateSyntheticTimeline(20, 3);

describe('crash recovery', () => {
  it('finds what was written, newest first, and forgets it once discarded', async () => {
    const saved = recoveryKey('/docs/news.chronoscope.json', 'w1');
    const untitled = recoveryKey(null, 'w2');
    await writeRecovery(nodeRecoveryFs, folder, saved, {
      documentPath: '/docs/news.chronoscope.json',
      text: serializeTimeline(file),
      savedAt: new Date('2026-01-01T10:00:00Z'),
    });
    await writeRecovery(nodeRecoveryFs, folder, untitled, {
      documentPath: null,
      text: serializeTimeline({ ...file, title: 'Draft' }),
      savedAt: new Date('2026-01-01T11:00:00Z'),
    });
    const { found, problems } = await findRecoveries(nodeRecoveryFs, folder);
    expect(problems).toEqual([]);
    expect(found.map((r) => [r.key, r.documentPath, r.file.title])).toEqual([
      [untitled, null, 'Draft'],
      [saved, '/docs/news.chronoscope.json', file.title],
    ]);
    expect(found[1]?.file).toEqual(file);
    await discardRecovery(nodeRecoveryFs, folder, saved);
    expect((await findRecoveries(nodeRecoveryFs, folder)).found.map((r) => r.key)).toEqual([untitled]);
  });

  it('overwrites the recovery of the same document instead of piling up', async () => {
    const key = recoveryKey('/a.json', 'w');
    for (const title of ['One', 'Two'])
      await writeRecovery(nodeRecoveryFs, folder, key, {
        documentPath: '/a.json',
        text: serializeTimeline({ ...file, title }),
        savedAt: new Date(),
      });
    expect(await readdir(folder)).toEqual([`${key}.json`]);
    expect((await findRecoveries(nodeRecoveryFs, folder)).found[0]?.file.title).toBe('Two');
  });

  it('reports broken recovery files by name instead of restoring them', async () => {
    await writeRecovery(nodeRecoveryFs, folder, 'bad-timeline', {
      documentPath: null,
      text: '{"title": ""}',
      savedAt: new Date(),
    });
    await writeFile(join(folder, 'garbage.json'), '{"format": "something else"}');
    const { found, problems } = await findRecoveries(nodeRecoveryFs, folder);
    expect(found).toEqual([]);
    expect(problems.join('\n')).toContain('bad-timeline.json');
    expect(problems.join('\n')).toContain('garbage.json: not a Chronoscope recovery file');
  });

  it('finds nothing when no recovery folder exists yet', async () => {
    expect(await findRecoveries(nodeRecoveryFs, folder)).toEqual({ found: [], problems: [] });
  });

  it('keys are file-name safe', () => {
    expect(recoveryKey(null, '../../etc')).toBe('untitled-etc');
    expect(recoveryKey('/x.json', 'w')).toMatch(/^[0-9a-f]{24}$/);
  });
});
