import type { TimelineEvent, TimelineFile } from '../file-format/model';
import type { Precision } from '../time/units';
import { nearestUnits, shiftDate, wallClockMs } from './snap';
import { checkedEdit, countNoun, positionsOf, refuse, type EditOutcome } from './outcome';

/**
 * Dragging on the timeline: moving events and resizing a range's end, snapped to each event's
 * precision. A drag too small to reach the next unit gives an edit with no operations, which the
 * history ignores.
 */

/** Moves events by about `deltaMs`: each by the whole units of its own precision nearest to it. */
export function moveEvents(file: TimelineFile, ids: readonly string[], deltaMs: number): EditOutcome {
  return shiftEvents(file, ids, (startMs, precision) => nearestUnits(startMs, deltaMs, precision));
}

/**
 * Alt+← / Alt+→: moves events by `units` of each one's own precision (a day for a day, a month
 * for a month), the keyboard's way of dragging.
 */
export function nudgeEvents(file: TimelineFile, ids: readonly string[], units: number): EditOutcome {
  return shiftEvents(file, ids, () => units);
}

function shiftEvents(
  file: TimelineFile,
  ids: readonly string[],
  unitsFor: (startMs: number, precision: Precision) => number,
): EditOutcome {
  const found = positionsOf(file.events, ids);
  if (!Array.isArray(found)) return refuse(`there is no event "${found.missing}"`, 'not-found');
  const entries: { index: number; before: TimelineEvent; after: TimelineEvent }[] = [];
  for (const index of found) {
    const before = file.events[index] as TimelineEvent;
    const startMs = wallClockMs(before.start);
    if (startMs === undefined) return refuse(`event "${before.id}" has no real start date`, 'invalid-date');
    const units = unitsFor(startMs, before.precision);
    if (units === 0) continue;
    const start = shiftDate(before.start, before.precision, units) ?? before.start;
    const end = before.end === undefined ? undefined : shiftDate(before.end, before.precision, units);
    entries.push({ index, before, after: { ...before, start, ...(end === undefined ? {} : { end }) } });
  }
  return checkedEdit(
    file,
    {
      label: `Move ${countNoun(found.length, 'Event')}`,
      ops: entries.length ? [{ kind: 'replace', collection: 'events', entries }] : [],
    },
    { events: entries.map((e, item) => ({ item, index: e.index })) },
  );
}

/**
 * Drags the end edge of an event to `edgeMs` (the instant where its last unit should end). The
 * event keeps at least its first unit; an instant becomes a range.
 */
export function resizeEnd(file: TimelineFile, id: string, edgeMs: number): EditOutcome {
  const index = file.events.findIndex((e) => e.id === id);
  const before = file.events[index];
  if (!before) return refuse(`there is no event "${id}"`, 'not-found');
  const startMs = wallClockMs(before.start);
  if (startMs === undefined) return refuse(`event "${id}" has no real start date`, 'invalid-date');
  const units = Math.max(1, nearestUnits(startMs, edgeMs - startMs, before.precision));
  const end = shiftDate(before.start, before.precision, units - 1);
  const entries = end === before.end ? [] : [{ index, before, after: { ...before, end } as TimelineEvent }];
  return checkedEdit(
    file,
    {
      label: 'Resize Event',
      ops: entries.length ? [{ kind: 'replace', collection: 'events', entries }] : [],
    },
    { events: entries.map(() => ({ item: 0, index })) },
  );
}
