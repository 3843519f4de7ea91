import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocumentSaveResult, UnsavedChoice } from '../../core/app/ipc-contract';
import { serializeTimeline } from '../../core/file-format/serialize';
import type { TimelineFile } from '../../core/file-format/model';
import { moveEvents } from '../../core/edit/time-operations';
import { testEvent } from '../../core/testing/test-event';

/*
 * The page's half of saving and recovery, over a recording stand-in for window.chronoscope
 * (main's half is tested in main/document-handlers.test.ts, both together in e2e/document.spec.ts).
 */

const calls: Array<[string, unknown]> = [];
let choice: UnsavedChoice = 'cancel';
let saveResult: DocumentSaveResult = { status: 'canceled' };
const record =
  <T>(name: string, answer: () => T) =>
  async (request?: unknown) => (calls.push([name, request]), answer());
const fakeApi = {
  writeRecovery: record('writeRecovery', () => undefined),
  discardRecovery: record('discardRecovery', () => undefined),
  confirmDiscard: record('confirmDiscard', () => choice),
  saveDocument: record('saveDocument', () => saveResult),
  saveDocumentAs: record('saveDocumentAs', () => saveResult),
};

const file: TimelineFile = {
  title: 'Trade talks',
  articles: [],
  events: [testEvent({ id: 'a', start: '2021-03-12' })],
} as TimelineFile;
const DAY = 86_400_000;

let state: typeof import('../app-state');
let save: typeof import('./save');
let autosave: typeof import('./autosave');

beforeAll(async () => {
  vi.stubGlobal('window', { chronoscope: fakeApi });
  state = await import('../app-state');
  save = await import('./save');
  autosave = await import('./autosave');
  autosave.initRecoveryAutosave();
});

beforeEach(async () => {
  vi.useFakeTimers();
  const { resetState } = await import('../app-state/store');
  resetState();
  await state.actions.openTimeline({
    name: 'talks.chronoscope.json',
    path: '/t/talks.chronoscope.json',
    file,
  });
  calls.length = 0;
});

afterEach(() => vi.useRealTimers());

const move = () => state.actions.edit((f) => moveEvents(f, ['a'], DAY));

describe('recovery autosave', () => {
  /** The text is made in slices; a small file is done in the first one, a few microtasks later. */
  const textMade = async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };

  it('writes unsaved changes after the idle time, and drops them once clean again', async () => {
    move();
    vi.advanceTimersByTime(autosave.AUTOSAVE_IDLE_MS - 1);
    expect(calls).toEqual([]);
    move(); // a new change restarts the wait
    vi.advanceTimersByTime(autosave.AUTOSAVE_IDLE_MS - 1);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(1);
    await textMade();
    expect(calls).toEqual([['writeRecovery', { text: serializeTimeline(state.doc.value!.file) }]]);
    state.actions.undo();
    state.actions.undo();
    expect(calls.at(-1)).toEqual(['discardRecovery', undefined]);
    vi.advanceTimersByTime(autosave.AUTOSAVE_IDLE_MS * 2);
    await textMade();
    expect(calls.filter(([name]) => name === 'writeRecovery')).toHaveLength(1);
  });
});

describe('before the document is replaced', () => {
  it('asks nothing when there is nothing unsaved', async () => {
    expect(await save.mayReplaceDocument()).toBe(true);
    expect(calls).toEqual([]);
  });

  it('goes on after Don’t Save, stays after Cancel', async () => {
    move();
    choice = 'cancel';
    expect(await save.mayReplaceDocument()).toBe(false);
    choice = 'discard';
    expect(await save.mayReplaceDocument()).toBe(true);
    expect(state.dirty.value).toBe(true);
  });

  it('saves on Save and goes on only when the save worked', async () => {
    move();
    choice = 'save';
    saveResult = { status: 'canceled' };
    expect(await save.mayReplaceDocument()).toBe(false);
    saveResult = { status: 'saved', path: '/t/talks.chronoscope.json', name: 'talks.chronoscope.json' };
    expect(await save.mayReplaceDocument()).toBe(true);
    expect(state.dirty.value).toBe(false);
    expect(calls.filter(([name]) => name === 'saveDocument').at(-1)).toEqual([
      'saveDocument',
      { text: serializeTimeline(state.doc.value!.file), suggestedName: 'talks.chronoscope.json' },
    ]);
  });

  it('names a timeline without a file after its title', async () => {
    await state.actions.openTimeline({ name: 'Untitled', path: '', file });
    saveResult = { status: 'canceled' };
    await save.saveDocument('saveAs');
    expect(calls.at(-1)).toMatchObject(['saveDocumentAs', { suggestedName: 'trade-talks' }]);
  });
});
