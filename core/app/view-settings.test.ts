import { describe, expect, it } from 'vitest';
import {
  clampPaneWidth,
  PANE_MAX_WIDTH,
  PANE_MIN_WIDTH,
  readSavedView,
  type SavedView,
} from './view-settings';

const full: SavedView = {
  path: '/home/me/a.chronoscope.json',
  window: { startMs: 0, endMs: 86_400_000 },
  laneMode: 'country',
  filter: {
    types: ['summit'],
    countries: ['JP'],
    actors: ['Blinken'],
    statuses: ['planned'],
    fromMs: -5,
    toMs: 10,
  },
  selectedId: 'quad-2021',
  detail: { visible: false, width: 500 },
  query: 'funeral',
  sidebar: false,
  legendOpen: true,
};

describe('readSavedView', () => {
  it('leaves out a sidebar or legend flag that is not a boolean', () => {
    expect(readSavedView({ sidebar: 'no', legendOpen: 1 })).toEqual({});
  });

  it('keeps a well-formed view as it is (round trip through JSON)', () => {
    expect(readSavedView(JSON.parse(JSON.stringify(full)))).toEqual(full);
  });

  it('returns an empty view for anything that is not an object', () => {
    for (const raw of [null, undefined, 3, 'x', [full]]) expect(readSavedView(raw)).toEqual({});
  });

  it('drops bad fields one by one and keeps the good ones', () => {
    const view = readSavedView({
      ...full,
      window: { startMs: 10, endMs: 5 },
      laneMode: 'colour',
      selectedId: 42,
      detail: { visible: 'yes', width: 400 },
    });
    expect(view).toEqual({
      path: full.path,
      filter: full.filter,
      query: 'funeral',
      sidebar: false,
      legendOpen: true,
    });
  });

  it('cleans filter lists of unknown statuses and non-strings; types stay open (files declare categories)', () => {
    const view = readSavedView({
      filter: {
        types: ['summit', 'picnic', 7],
        statuses: ['rumoured', 'reported'],
        countries: 'JP',
        fromMs: Infinity,
      },
    });
    expect(view.filter).toEqual({
      types: ['summit', 'picnic'],
      countries: [],
      actors: [],
      statuses: ['reported'],
    });
  });

  it('clamps a saved pane width into the allowed range', () => {
    expect(readSavedView({ detail: { visible: true, width: 5 } }).detail?.width).toBe(PANE_MIN_WIDTH);
    expect(readSavedView({ detail: { visible: true, width: 1e6 } }).detail?.width).toBe(PANE_MAX_WIDTH);
  });
});

describe('clampPaneWidth', () => {
  it('rounds and bounds widths', () => {
    expect(clampPaneWidth(400.4)).toBe(400);
    expect(clampPaneWidth(PANE_MIN_WIDTH - 1)).toBe(PANE_MIN_WIDTH);
    expect(clampPaneWidth(PANE_MAX_WIDTH + 1)).toBe(PANE_MAX_WIDTH);
  });
});
