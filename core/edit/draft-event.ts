import type { LaneMode } from '../index/lanes';
import { MISSING_LANE, OTHER_LANE } from '../index/lanes';
import type { TimelineFile } from '../file-format/model';
import { isEventType } from '../file-format/taxonomy';
import type { EventInput } from './event-operations';

/**
 * The event a double-click (or Insert) creates: the day under the pointer, and whatever the
 * lane under it stands for (its type, country or actor), so it appears where it was asked for.
 * Its id is new in the file; the user then names it in the detail pane.
 */
export function draftEventAt(file: TimelineFile, ms: number, laneMode: LaneMode, lane?: string): EventInput {
  const taken = new Set(file.events.map((e) => e.id));
  let n = file.events.length + 1;
  while (taken.has(`event-${n}`)) n++;
  const day = new Date(Math.min(Math.max(ms, Date.UTC(0, 0, 1)), Date.UTC(9999, 11, 31)));
  const real = lane !== undefined && lane !== MISSING_LANE && lane !== OTHER_LANE;
  return {
    id: `event-${n}`,
    title: 'New event',
    type: laneMode === 'type' && real && isEventType(lane) ? lane : 'statement',
    start: day.toISOString().slice(0, 10),
    precision: 'day',
    status: 'reported',
    ...(laneMode === 'country' && real && /^[A-Z]{2}$/.test(lane) ? { countries: [lane] } : {}),
    ...(laneMode === 'actor' && real ? { actors: [lane] } : {}),
  };
}
