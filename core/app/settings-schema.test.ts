import { describe, expect, it } from 'vitest';
import { readSettings } from './settings-schema';

const good = {
  recent: [{ path: '/home/me/a.chronoscope.json', name: 'a.chronoscope.json' }],
  view: { laneMode: 'country' },
  theme: 'dark',
  window: { x: 10, y: 20, width: 1200, height: 800, maximized: true },
  lastOpenFolder: '/home/me',
  lastExportFolder: '/home/me/exports',
  lastFile: '/home/me/a.chronoscope.json',
};

describe('readSettings', () => {
  it('keeps well-formed settings as they are (round trip through JSON)', () => {
    expect(readSettings(JSON.parse(JSON.stringify(good)))).toEqual(good);
  });

  it('gives defaults for anything that is not an object', () => {
    for (const raw of [null, 3, 'x', [good]])
      expect(readSettings(raw)).toEqual({ recent: [], view: {}, theme: 'system' });
  });

  it.each([
    ['recent', 'not a list', []],
    ['view', ['a'], {}],
    ['theme', 'purple', 'system'],
    ['window', { width: 'wide', height: 800 }, undefined],
    ['lastOpenFolder', 42, undefined],
    ['lastExportFolder', '', undefined],
    ['lastFile', { path: '/x' }, undefined],
  ] as const)('a bad %s falls back to its default alone', (field, bad, fallback) => {
    const read = readSettings({ ...good, [field]: bad }) as Record<string, unknown>;
    expect(read[field]).toEqual(fallback);
    for (const other of Object.keys(good).filter((k) => k !== field))
      expect(read[other], other).toEqual(good[other as keyof typeof good]);
  });

  it('drops malformed recent entries one by one and keeps at most ten', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ path: `/${i}.json`, name: `${i}.json` }));
    const read = readSettings({ recent: [{ path: 3 }, null, ...many] });
    expect(read.recent).toHaveLength(10);
    expect(read.recent[0]).toEqual({ path: '/0.json', name: '0.json' });
  });

  it('keeps a window whose position alone is bad', () => {
    expect(readSettings({ window: { x: 'left', width: 900, height: 600 } }).window).toEqual({
      width: 900,
      height: 600,
      maximized: false,
    });
  });
});
