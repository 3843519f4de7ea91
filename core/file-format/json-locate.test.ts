import { describe, expect, it } from 'vitest';
import { locateJsonPath, locateJsonPaths, offsetsToLocations } from './json-locate';

const text = `{
  "title": "a \\" quoted } ] , string",
  "events": [
    { "id": "e0", "n": -1.5e3, "ok": true },
    {
      "id": "e1",
      "nested": { "deep": [[1, 2], {"x": null}] },
      "sources": [{ "excerpt": "x" }]
    }
  ],
  "esc\\u0061ped": 1
}`;

/** Independent oracle: line/column of the first occurrence of a needle. */
function find(needle: string, from = 0): { line: number; column: number } {
  const offset = text.indexOf(needle, from);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

describe('locateJsonPath', () => {
  it('points at the key of an object member', () => {
    expect(locateJsonPath(text, ['events'])).toMatchObject(find('"events"'));
    expect(locateJsonPath(text, ['events', 1, 'sources', 0, 'excerpt'])).toMatchObject(find('"excerpt"'));
  });

  it('points at the first character of an array element and at the root for []', () => {
    expect(locateJsonPath(text, ['events', 1])).toMatchObject(find('{\n      "id": "e1"'));
    expect(locateJsonPath(text, [])).toMatchObject({ line: 1, column: 1 });
  });

  it('skips strings containing brackets, quotes and commas, and numbers before closers', () => {
    expect(locateJsonPath(text, ['events', 0, 'ok'])).toMatchObject(find('"ok"'));
    expect(locateJsonPath(text, ['events', 1, 'nested', 'deep', 1, 'x'])).toMatchObject(find('"x": null'));
  });

  it('matches keys written with escapes by their decoded name', () => {
    expect(locateJsonPath(text, ['escaped'])).toMatchObject(find('"esc'));
  });

  it('returns undefined for paths that are not there', () => {
    expect(locateJsonPath(text, ['events', 5])).toBeUndefined();
    expect(locateJsonPath(text, ['nope'])).toBeUndefined();
    expect(locateJsonPath(text, ['title', 'x'])).toBeUndefined();
  });

  it('locates many paths in one call, in the caller order', () => {
    const found = locateJsonPaths(text, [['events', 1, 'id'], ['title'], ['missing'], ['events', 0, 'id']]);
    expect(found.map((l) => l?.line)).toEqual([
      find('"id": "e1"').line,
      find('"title"').line,
      undefined,
      find('"id": "e0"').line,
    ]);
  });

  it('handles deep nesting without recursion on skipped values', () => {
    const deep = `{"a": ${'['.repeat(100_000)}${']'.repeat(100_000)}, "b": 1}`;
    expect(locateJsonPath(deep, ['b'])).toMatchObject({ line: 1, column: deep.indexOf('"b"') + 1 });
  });
});

describe('offsetsToLocations', () => {
  it('converts unsorted offsets to 1-based lines and columns', () => {
    expect(offsetsToLocations('ab\ncd\n\nef', [8, 0, 4]).map((l) => [l.line, l.column])).toEqual([
      [4, 2],
      [1, 1],
      [2, 2],
    ]);
  });
});
