import { describe, expect, it } from 'vitest';
import { applyEdit, invertEdit } from './edit';
import { addImported } from './import-operations';
import { importFile } from '../import/import-file';
import { testEvent } from '../testing/test-event';

describe('addImported', () => {
  it('adds events and categories as one undoable step, renaming clashing ids', () => {
    const file = { title: 'T', articles: [], events: [testEvent({ id: 'storm', start: '2020-01-01' })] };
    const imported = importFile('title,start,type\nStorm,2021-01-01,Weather\n', 'x.csv').timeline!;
    const outcome = addImported(file, imported);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.file.events.map((e) => `${e.id}:${e.type}`)).toEqual(['storm:summit', 'storm-2:weather']);
    expect(outcome.file.categories?.map((c) => c.label)).toEqual(['Weather']);
    const undone = applyEdit(outcome.file, invertEdit(outcome.edit));
    expect(undone).toEqual(file);
    expect(undone.events[0]).toBe(file.events[0]);
  });
});
