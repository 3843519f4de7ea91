import { eventSpan } from '../time/iso';
import {
  buildDurationClasses,
  compareSpans,
  eventCountries,
  positionLookup,
  type Entry,
  type EventIndex,
  type InternedLists,
  typeCodeOf,
} from './event-index';
import { STATUSES, type Category, type TimelineEvent } from '../file-format/model';
import { categoryInfo } from '../file-format/categories';
import { carryHaystacks } from './search';
import { runToEnd } from './time-slice';

/**
 * The index after an edit, without building it again. A full build parses every date and
 * sorts (about half a second at 100k events); an edit touches a few events, so the kept ones
 * are already in order and only the changed ones are parsed, sorted and merged in. What is left
 * is a few linear passes over typed arrays (milliseconds at 100k) and no per-event map: ids are
 * found by their start (see positionLookup), whose map is updated for the changed ids only.
 * The result equals buildEventIndex of the edited events (tested).
 */
export function updateIndex(
  index: EventIndex,
  removed: readonly TimelineEvent[],
  added: readonly TimelineEvent[],
  /** The file's categories when the edit changed them, so labels and colours follow. */
  categories?: readonly Category[],
): EventIndex {
  const drop = new Uint8Array(index.size);
  for (const event of removed) {
    const pos = index.positionById.get(event.id);
    if (pos !== undefined) drop[pos] = 1;
  }
  const incoming: Entry[] = [];
  for (const event of added) {
    const span = eventSpan(event);
    if (span) incoming.push({ event, startMs: span.startMs, endMs: Math.max(span.endMs, span.startMs + 1) });
  }
  incoming.sort(compareSpans);

  const n = index.size - removed.length + incoming.length;
  const events = new Array<TimelineEvent>(n);
  const startMs = new Float64Array(n);
  const endMs = new Float64Array(n);
  const typeCode = new Uint16Array(n);
  // Codes stay as they were; only labels and colours are re-resolved, new categories appended.
  const types = categories ? index.types.map((t) => categoryInfo(t.id, categories)) : [...index.types];
  for (const c of categories ?? [])
    if (!types.some((t) => t.id === c.id)) types.push(categoryInfo(c.id, categories));
  const codes = new Map(types.map((t, code) => [t.id, code]));
  const statusCode = new Uint8Array(n);
  /** Where each output position came from: an old position, or -1 - (rank among the added). */
  const source = new Int32Array(n);
  let out = 0;
  let next = 0;
  const takeAdded = () => {
    const entry = incoming[next]!;
    events[out] = entry.event;
    startMs[out] = entry.startMs;
    endMs[out] = entry.endMs;
    typeCode[out] = typeCodeOf(types, codes, entry.event.type);
    statusCode[out] = STATUSES.indexOf(entry.event.status);
    source[out++] = -1 - next++;
  };
  // Kept events are copied field by field from the old arrays: no objects, no lookups, since
  // at 100k this loop is most of an edit's cost.
  const keptFirst = (pos: number, entry: Entry) =>
    index.startMs[pos]! - entry.startMs ||
    index.endMs[pos]! - entry.endMs ||
    (index.events[pos]!.id < entry.event.id ? -1 : index.events[pos]!.id > entry.event.id ? 1 : 0);
  for (let pos = 0; pos < index.size; pos++) {
    if (drop[pos]) continue;
    while (next < incoming.length && keptFirst(pos, incoming[next]!) > 0) takeAdded();
    events[out] = index.events[pos]!;
    startMs[out] = index.startMs[pos]!;
    endMs[out] = index.endMs[pos]!;
    typeCode[out] = index.typeCode[pos]!;
    statusCode[out] = index.statusCode[pos]!;
    source[out++] = pos;
  }
  while (next < incoming.length) takeAdded();

  const startById = index.startById;
  for (const event of removed) startById.delete(event.id);
  for (const entry of incoming) startById.set(entry.event.id, entry.startMs);
  const updated: EventIndex = {
    size: n,
    events,
    startMs,
    endMs,
    typeCode,
    types,
    statusCode,
    countries: spliceLists(index.countries, source, (i) => eventCountries(incoming[i]!.event)),
    actors: spliceLists(index.actors, source, (i) => [...new Set(incoming[i]!.event.actors)]),
    positionById: positionLookup(startById, startMs, events),
    startById,
    maxEndMs: endMs.reduce((max, end) => Math.max(max, end), -Infinity),
    durationClasses: runToEnd(buildDurationClasses(startMs, endMs)),
  };
  carryHaystacks(index, updated, source);
  return updated;
}

/**
 * The interned lists in the new order: kept events copy their codes, added ones are interned
 * (new names go at the end, so every kept code stays valid).
 */
function spliceLists(
  lists: InternedLists,
  source: Int32Array,
  namesOfAdded: (rank: number) => readonly string[],
): InternedLists {
  const names = [...lists.names];
  let codes: Map<string, number> | undefined;
  const codeOf = (name: string) => {
    codes ??= new Map(names.map((value, code) => [value, code]));
    let code = codes.get(name);
    if (code === undefined) codes.set(name, (code = names.push(name) - 1));
    return code;
  };
  const offsets = new Int32Array(source.length + 1);
  let values = new Int32Array(lists.values.length + 16);
  let length = 0;
  const push = (code: number) => {
    if (length === values.length) {
      const grown = new Int32Array(values.length * 2);
      grown.set(values);
      values = grown;
    }
    values[length++] = code;
  };
  for (let pos = 0; pos < source.length; pos++) {
    const from = source[pos]!;
    if (from >= 0) {
      const begin = lists.offsets[from]!;
      const end = lists.offsets[from + 1]!;
      if (length + end - begin <= values.length) {
        values.set(lists.values.subarray(begin, end), length);
        length += end - begin;
      } else for (let i = begin; i < end; i++) push(lists.values[i]!);
    } else for (const name of namesOfAdded(-1 - from)) push(codeOf(name));
    offsets[pos + 1] = length;
  }
  return { names, offsets, values: values.slice(0, length) };
}
