import { describe, expect, it } from 'vitest';
import { markdownToText } from './markdown';
import { findPlaces } from './places';

describe('markdownToText', () => {
  it('keeps the words, drops the markup, and takes the first heading as headline', () => {
    const md =
      '# Quake hits Turkey\n\nA **strong** quake struck [southern Turkey](https://x.test) on _Tuesday_.\n\n- Rescuers arrived.\n> “It was terrible,” she said.';
    expect(markdownToText(md)).toEqual({
      headline: 'Quake hits Turkey',
      text: 'A strong quake struck southern Turkey on Tuesday.\n\nRescuers arrived.\n“It was terrible,” she said.',
    });
  });
});

describe('findPlaces', () => {
  it('finds countries by name, alias and demonym, and the first capital as the place', () => {
    expect(
      findPlaces('Blinken flew from the U.S. to Hanoi to meet Vietnamese and Chinese officials.'),
    ).toEqual({
      countries: ['US', 'VN', 'CN'],
      place: { name: 'Hanoi', country: 'VN' },
    });
    expect(findPlaces('South Korea and North Korea')).toEqual({ countries: ['KR', 'KP'] });
  });
});
