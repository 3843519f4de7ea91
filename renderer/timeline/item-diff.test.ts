import { describe, expect, it } from 'vitest';
import { diffItems } from './item-diff';

describe('diffItems', () => {
  it('adds new ids, updates changed keys, removes missing ids and keeps the rest', () => {
    const current = new Map([
      ['a', { key: 'k1' }],
      ['b', { key: 'k2' }],
      ['c', { key: 'k3' }],
    ]);
    const next = [
      { id: 'a', k: 'k1' },
      { id: 'b', k: 'changed' },
      { id: 'd', k: 'k4' },
    ];
    const diff = diffItems(current, next, (i) => i.k);
    expect(diff.add.map((i) => i.id)).toEqual(['d']);
    expect(diff.update.map((i) => i.id)).toEqual(['b']);
    expect(diff.remove).toEqual(['c']);
  });
});
