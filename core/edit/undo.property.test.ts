import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeTimeline } from '../file-format/serialize';
import type { TimelineFile } from '../file-format/model';
import { generateSyntheticTimeline } from '../testing/synthetic';
import { EVENT_TYPES } from '../file-format/taxonomy';
import { testEvent } from '../testing/test-event';
import { validateTimelineText } from '../file-format/validate';
import { addEvents, deleteEvents, retypeEvents, updateArticle, updateEvent } from './event-operations';
import { createHistory, isDirty, pushEdit, redo, undo, type History } from './history';
import type { EditOutcome } from './outcome';
import { moveEvents, resizeEnd } from './time-operations';

const DAY = 86_400_000;
type Command = (file: TimelineFile) => EditOutcome;
const idAt = (file: TimelineFile, k: number) =>
  file.events[k % Math.max(1, file.events.length)]?.id ?? 'none';

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.tuple(fc.nat(), fc.integer({ min: -4000, max: 4000 })).map(
    ([k, days]): Command =>
      (f) =>
        moveEvents(f, [idAt(f, k), idAt(f, k + 7)], days * DAY),
  ),
  fc.tuple(fc.nat(), fc.integer({ min: -100, max: 3000 })).map(
    ([k, days]): Command =>
      (f) =>
        resizeEnd(f, idAt(f, k), Date.UTC(2000, 0, 1) + days * DAY),
  ),
  fc.tuple(fc.nat(), fc.nat(), fc.nat()).map(
    ([a, b, c]): Command =>
      (f) =>
        deleteEvents(f, [idAt(f, a), idAt(f, b), idAt(f, c)]),
  ),
  fc.tuple(fc.nat(), fc.constantFrom(...EVENT_TYPES)).map(
    ([k, type]): Command =>
      (f) =>
        retypeEvents(f, [idAt(f, k)], type),
  ),
  fc.tuple(fc.nat(), fc.string({ maxLength: 20 })).map(
    ([k, title]): Command =>
      (f) =>
        updateEvent(f, idAt(f, k), { title }),
  ),
  fc.tuple(fc.nat(), fc.nat()).map(
    ([k, n]): Command =>
      (f) =>
        updateEvent(f, idAt(f, k), { id: `renamed-${n}`, summary: undefined }),
  ),
  fc.nat().map(
    (n): Command =>
      (f) =>
        addEvents(f, [testEvent({ id: `new-${n}`, start: '2020-02-29', related: [idAt(f, n)] })]),
  ),
  fc.tuple(fc.nat(), fc.string({ minLength: 1, maxLength: 10 })).map(
    ([k, headline]): Command =>
      (f) =>
        updateArticle(f, f.articles[k % f.articles.length]!.id, { headline }),
  ),
);

describe('undo gives back the original file', () => {
  const original = serializeTimeline(generateSyntheticTimeline(40, 11));
  const loaded = validateTimelineText(original, 'original.chronoscope.json');
  if (!loaded.ok) throw new Error('synthetic file does not load');

  it('any edits then as many undos save to the original bytes; redoing all gives the edited file', () => {
    fc.assert(
      fc.property(fc.array(command, { minLength: 1, maxLength: 25 }), (commands) => {
        let file = loaded.file;
        let history: History = createHistory();
        for (const run of commands) {
          const outcome = run(file);
          if (!outcome.ok) continue; // refused edits are never applied
          file = outcome.file;
          history = pushEdit(history, outcome.edit);
        }
        const edited = serializeTimeline(file);
        let back = { history, file };
        for (let step = undo(back.history, back.file); step; step = undo(back.history, back.file))
          back = step;
        expect(serializeTimeline(back.file)).toBe(original);
        expect(isDirty(back.history)).toBe(false);
        let forward = back;
        for (let step = redo(forward.history, forward.file); step; step = redo(forward.history, forward.file))
          forward = step;
        expect(serializeTimeline(forward.file)).toBe(edited);
        const reloaded = validateTimelineText(edited, 'edited.chronoscope.json');
        expect(reloaded.ok).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
