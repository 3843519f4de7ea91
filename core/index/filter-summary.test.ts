import { describe, expect, it } from 'vitest';
import { emptyFilter } from './filter';
import { describeFilter } from './filter-summary';
import { parseIsoDate } from '../time/iso';

describe('describeFilter', () => {
  it('names every active filter, and nothing for the empty one', () => {
    expect(describeFilter(emptyFilter())).toEqual([]);
    const filter = {
      ...emptyFilter(),
      types: ['summit' as const, 'visit' as const],
      countries: ['Japan', 'Mongolia'],
      fromMs: parseIsoDate('2030-01-01')!.ms,
    };
    expect(describeFilter(filter)).toEqual(['dates 2030-01-01 to …', '2 types', 'country Japan or Mongolia']);
  });
});
