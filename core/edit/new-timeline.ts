import type { TimelineFile } from '../file-format/model';

/** The title a new timeline starts with, until the user names it. */
export const UNTITLED_TITLE = 'Untitled timeline';

/** File → New: an empty timeline, valid as it is (a file may have no events yet). */
export function newTimelineFile(): TimelineFile {
  return { title: UNTITLED_TITLE, articles: [], events: [] };
}
