import { describe, expect, it } from 'vitest';
import { MAX_RECENT, pruneRecent, pushRecent, sanitizeRecent } from './recent';

describe('recent files', () => {
  it('moves a reopened file to the front without duplicating it', () => {
    const list = pushRecent(pushRecent(pushRecent([], '/x/a.json'), '/x/b.json'), '/x/a.json');
    expect(list.map((r) => r.name)).toEqual(['a.json', 'b.json']);
  });

  it('keeps at most ten', () => {
    let list = pushRecent([], '/0.json');
    for (let i = 1; i < 15; i++) list = pushRecent(list, `/${i}.json`);
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0]?.path).toBe('/14.json');
  });

  it('prunes missing files and reports them', async () => {
    const list = [
      { path: '/here.json', name: 'here.json' },
      { path: '/gone.json', name: 'gone.json' },
    ];
    const { kept, dropped } = await pruneRecent(list, async (p) => p === '/here.json');
    expect(kept.map((r) => r.name)).toEqual(['here.json']);
    expect(dropped.map((r) => r.name)).toEqual(['gone.json']);
  });

  it('ignores malformed entries from a hand-edited settings file', () => {
    expect(sanitizeRecent([{ path: '/a', name: 'a' }, { path: 3 }, null, 'x'])).toEqual([
      { path: '/a', name: 'a' },
    ]);
    expect(sanitizeRecent({})).toEqual([]);
  });
});

describe('start-up checks of recent files', () => {
  it('never waits longer than the timeout for a drive that does not answer', async () => {
    const list = [
      { path: '/offline/a.json', name: 'a.json' },
      { path: '/gone.json', name: 'gone.json' },
    ];
    const hang = (p: string) =>
      p === '/gone.json' ? Promise.resolve(false) : new Promise<boolean>(() => {});
    const started = Date.now();
    const { kept, dropped } = await pruneRecent(list, hang, 50);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(kept.map((r) => r.name)).toEqual(['a.json']);
    expect(dropped.map((r) => r.name)).toEqual(['gone.json']);
  });
});
