import { beforeEach, describe, expect, it } from 'vitest';
import { addEvents, deleteEvents, retypeEvents, updateEvent } from '../../core/edit/event-operations';
import { moveEvents } from '../../core/edit/time-operations';
import { buildEventIndex } from '../../core/index/event-index';
import type { TimelineFile } from '../../core/file-format/model';
import { testEvent } from '../../core/testing/test-event';
import {
  actions,
  appState,
  dirty,
  doc,
  redoLabel,
  selectedEvent,
  selectedIds,
  shownCount,
  undoLabel,
} from '.';
import { resetState } from './store';

const file: TimelineFile = {
  title: 'Edits',
  articles: [],
  events: [
    testEvent({ id: 'a', start: '2021-03-12' }),
    testEvent({ id: 'b', start: '2021-04', precision: 'month' }),
    testEvent({ id: 'c', start: '2024-07-25', related: ['a'] }),
  ],
} as TimelineFile;

const DAY = 86_400_000;
const order = () => doc.value!.index.events.map((e) => e.id);

beforeEach(async () => {
  resetState();
  await actions.openTimeline({ name: 'e.json', path: '/t/e.json', file });
});

describe('editing through the state', () => {
  it('applies an edit, marks the document dirty and undoes it back to the very same file', () => {
    expect(dirty.value).toBe(false);
    const problems = actions.edit((f) => moveEvents(f, ['a'], 400 * DAY));
    expect(problems).toEqual([]);
    expect(order()).toEqual(['b', 'a', 'c']); // 12 Mar 2021 + 400 days, after April 2021
    expect(dirty.value).toBe(true);
    expect(undoLabel.value).toBe('Undo Move Event');
    actions.undo();
    expect(doc.value!.file).toEqual(file);
    expect(doc.value!.file.events.every((e, i) => e === file.events[i])).toBe(true);
    expect(order()).toEqual(['a', 'b', 'c']);
    expect(dirty.value).toBe(false);
    expect(redoLabel.value).toBe('Redo Move Event');
    actions.redo();
    expect(order()).toEqual(['b', 'a', 'c']);
  });

  it('keeps the index equal to a full build after adds, moves and deletes', () => {
    actions.edit((f) =>
      addEvents(f, [
        { id: 'd', title: 'D', type: 'visit', start: '2022-01-01', precision: 'day', status: 'reported' },
      ]),
    );
    actions.edit((f) => moveEvents(f, ['b'], 3 * 31 * DAY)); // month precision: whole months
    actions.edit((f) => deleteEvents(f, ['c']));
    const { index, file: edited } = doc.value!;
    const full = buildEventIndex(edited.events);
    expect(index.events.map((e) => e.id)).toEqual(full.events.map((e) => e.id));
    expect([...index.startMs]).toEqual([...full.startMs]);
    expect(edited.events.find((e) => e.id === 'b')!.start).toBe('2021-07');
    expect(shownCount.value).toBe(3);
  });

  it('refuses an invalid edit with its reasons and changes nothing', () => {
    const before = appState.value;
    const problems = actions.edit((f) => updateEvent(f, 'a', { title: '' }));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.path).toContain('title');
    expect(appState.value).toBe(before);
  });

  it('drops the selection of a deleted event and brings it back selectable on undo', () => {
    actions.select('c');
    actions.edit((f) => deleteEvents(f, ['c']));
    expect(selectedEvent.value).toBeUndefined();
    actions.undo();
    actions.select('c');
    expect(selectedEvent.value?.related).toEqual(['a']);
  });

  it('is clean after a save, dirty after undoing past it, clean again when redone', () => {
    actions.edit((f) => moveEvents(f, ['a'], DAY));
    actions.documentSaved({ name: 'e.json', path: '/t/e.json' });
    expect(dirty.value).toBe(false);
    actions.undo();
    expect(dirty.value).toBe(true);
    actions.redo();
    expect(dirty.value).toBe(false);
  });

  it('keeps an edit made while the save was being written unsaved', () => {
    actions.edit((f) => moveEvents(f, ['a'], DAY));
    const atSaveStart = appState.value.history;
    actions.edit((f) => moveEvents(f, ['b'], 31 * DAY));
    actions.documentSaved({ name: 'f.json', path: '/t/f.json' }, atSaveStart);
    expect(doc.value).toMatchObject({ name: 'f.json', path: '/t/f.json' });
    expect(dirty.value).toBe(true);
    actions.undo();
    expect(dirty.value).toBe(false);
  });

  it('opens a restored timeline with its changes still unsaved', async () => {
    await actions.openTimeline({ name: 'e.json', path: '/t/e.json', file }, undefined, { unsaved: true });
    expect(dirty.value).toBe(true);
    expect(undoLabel.value).toBeUndefined();
  });
});

describe('selecting several events', () => {
  it('keeps the clicked one primary, toggles with Ctrl+click and drops unknown ids', () => {
    actions.selectMany(['a', 'ghost', 'c', 'a'], 'c');
    expect(selectedIds.value).toEqual(['c', 'a']);
    expect(selectedEvent.value?.id).toBe('c');
    actions.toggleSelected('b');
    expect(selectedIds.value).toEqual(['b', 'c', 'a']);
    actions.toggleSelected('b');
    expect(selectedIds.value).toEqual(['c', 'a']);
    actions.select('b');
    expect(selectedIds.value).toEqual(['b']);
    actions.select(undefined);
    expect(selectedIds.value).toEqual([]);
  });

  it('deletes, retypes and moves all of them as one undo step', () => {
    actions.selectMany(['a', 'c']);
    expect(actions.edit((f) => retypeEvents(f, selectedIds.value, 'funeral'))).toEqual([]);
    expect(doc.value!.file.events.filter((e) => e.type === 'funeral').map((e) => e.id)).toEqual(['a', 'c']);
    expect(actions.edit((f) => deleteEvents(f, selectedIds.value))).toEqual([]);
    expect(order()).toEqual(['b']);
    expect(selectedIds.value).toEqual([]); // deleted events cannot stay selected
    actions.undo();
    expect(order()).toEqual(['a', 'b', 'c']);
    actions.undo();
    expect(doc.value!.file).toEqual(file);
  });

  it('an edit that deletes only some selected events keeps the rest', () => {
    actions.selectMany(['a', 'b', 'c'], 'a');
    actions.edit((f) => deleteEvents(f, ['b']));
    expect(selectedIds.value).toEqual(['a', 'c']);
  });
});
