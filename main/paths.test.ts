import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathFromArgv, userDataOverride } from './paths';

describe('pathFromArgv', () => {
  it('resolves a relative path against the launching process folder, not its own', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chronoscope-argv-'));
    await writeFile(join(dir, 'mine.json'), '{}');
    const argv = ['/opt/Chronoscope/chronoscope', '--flag', 'mine.json'];
    expect(pathFromArgv(argv, true, dir)).toBe(join(dir, 'mine.json'));
    expect(pathFromArgv(argv, true, tmpdir())).toBeUndefined();
    expect(pathFromArgv(['/x', join(dir, 'mine.json')], true, '/')).toBe(join(dir, 'mine.json'));
  });
});

describe('userDataOverride', () => {
  it('honours the test switch only in an unpackaged app', () => {
    const env = { CHRONOSCOPE_USER_DATA: '/tmp/elsewhere' };
    expect(userDataOverride(env, false)).toBe('/tmp/elsewhere');
    expect(userDataOverride(env, true)).toBeUndefined();
    expect(userDataOverride({}, false)).toBeUndefined();
  });
});
