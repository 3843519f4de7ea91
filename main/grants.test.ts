import { describe, expect, it } from 'vitest';
import { maySaveInPlace, PathGrants } from './grants';

describe('PathGrants', () => {
  it('hands a path back once, for its own token only', () => {
    const grants = new PathGrants();
    const token = grants.issue('/home/me/a.json');
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    expect(grants.take('0'.repeat(32))).toBeUndefined();
    expect(grants.take(token)).toBe('/home/me/a.json');
    expect(grants.take(token)).toBeUndefined();
  });

  it('lets tokens expire and keeps only the newest few', () => {
    let now = 0;
    const grants = new PathGrants(1000, 2, () => now);
    const old = grants.issue('/old.json');
    now = 1001;
    expect(grants.take(old)).toBeUndefined();
    const [a, b, c] = ['/a', '/b', '/c'].map((p) => grants.issue(p));
    expect(grants.take(a!)).toBeUndefined();
    expect([grants.take(b!), grants.take(c!)]).toEqual(['/b', '/c']);
  });
});

describe('maySaveInPlace', () => {
  it('lets Save write a file main obtained, never the bundled dataset or no file at all', () => {
    expect(maySaveInPlace('/home/me/a.chronoscope.json', '/app/data/bundled.json')).toBe(true);
    expect(maySaveInPlace('/app/data/bundled.json', '/app/data/bundled.json')).toBe(false);
    expect(maySaveInPlace(null, '/app/data/bundled.json')).toBe(false);
    expect(maySaveInPlace('', '/app/data/bundled.json')).toBe(false);
  });
});
