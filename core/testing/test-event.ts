import type { TimelineEvent } from '../file-format/model';

/**
 * A minimal valid event for unit tests: every required field filled with a neutral value, so a
 * test states only what it is about.
 */
export function testEvent(
  fields: Partial<TimelineEvent> & Pick<TimelineEvent, 'id' | 'start'>,
): TimelineEvent {
  return {
    title: fields.id,
    type: 'summit',
    precision: 'day',
    approximate: false,
    status: 'reported',
    actors: [],
    countries: [],
    sources: [],
    related: [],
    tags: [],
    ...fields,
  };
}
