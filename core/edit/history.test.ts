import { describe, expect, it } from 'vitest';
import type { TimelineFile } from '../file-format/model';
import { testEvent } from '../testing/test-event';
import { updateEvent } from './event-operations';
import {
  canRedo,
  canUndo,
  createHistory,
  isDirty,
  markSaved,
  pushEdit,
  redo,
  redoLabel,
  undo,
  undoLabel,
  type History,
} from './history';
import { moveEvents } from './time-operations';

const base: TimelineFile = {
  title: 'T',
  articles: [],
  events: [testEvent({ id: 'a', start: '2021-03-12' })],
};

function edit(history: History, file: TimelineFile, title: string) {
  const outcome = updateEvent(file, 'a', { title });
  if (!outcome.ok) throw new Error('refused');
  return { history: pushEdit(history, outcome.edit), file: outcome.file };
}

describe('history', () => {
  it('undoes and redoes with labels', () => {
    let { history, file } = edit(createHistory(), base, 'One');
    expect(undoLabel(history)).toBe('Undo Change Title');
    expect(canRedo(history)).toBe(false);
    const undone = undo(history, file)!;
    expect(undone.file).toEqual(base);
    expect([canUndo(undone.history), redoLabel(undone.history)]).toEqual([false, 'Redo Change Title']);
    ({ history, file } = redo(undone.history, undone.file)!);
    expect(file.events[0]?.title).toBe('One');
    expect(undo(createHistory(), base)).toBeUndefined();
    expect(redo(history, file)).toBeUndefined();
  });

  it('a new edit drops the redo branch', () => {
    const first = edit(createHistory(), base, 'One');
    const back = undo(first.history, first.file)!;
    const other = edit(back.history, back.file, 'Two');
    expect(canRedo(other.history)).toBe(false);
  });

  it('ignores edits without operations', () => {
    const outcome = moveEvents(base, ['a'], 1000);
    expect(outcome.ok && pushEdit(createHistory(), outcome.edit)).toEqual(createHistory());
  });

  it('is dirty after undoing past the save point and clean when redone to it', () => {
    let step = edit(createHistory(), base, 'One');
    expect(isDirty(step.history)).toBe(true);
    step = edit(markSaved(step.history), step.file, 'Two');
    expect(isDirty(step.history)).toBe(true);
    const back1 = undo(step.history, step.file)!;
    expect(isDirty(back1.history)).toBe(false);
    const back2 = undo(back1.history, back1.file)!;
    expect(isDirty(back2.history)).toBe(true);
    const forward = redo(back2.history, back2.file)!;
    expect(isDirty(forward.history)).toBe(false);
    const branched = edit(back2.history, back2.file, 'One');
    expect(isDirty(branched.history)).toBe(true);
  });

  it('a new document is dirty until saved; an opened one is clean', () => {
    expect(isDirty(createHistory({ saved: false }))).toBe(true);
    expect(isDirty(createHistory())).toBe(false);
  });
});
