import { categoryInfo, type CategoryInfo } from '../file-format/categories';
import { EVENT_TYPES } from '../file-format/taxonomy';
import { STATUSES, type Category, type TimelineEvent } from '../file-format/model';
import { eventSpan } from '../time/iso';
import {
  STEP_ITEMS,
  runSliced,
  runToEnd,
  sortInSteps,
  within,
  type SliceOptions,
  type Steps,
} from './time-slice';

/**
 * The in-memory index behind the timeline. vis-timeline stalls at a few thousand items, so the
 * renderer keeps every event here and asks only for what the visible window needs. Events are
 * stored by "position": their rank in start order (ties by end, then id), so a sorted list of
 * positions is a list in time order and per-event data lives in flat typed arrays.
 */

/** Distinct strings (countries, actors) interned to small ints, per event in CSR layout. */
export interface InternedLists {
  readonly names: readonly string[];
  /** Event `pos` owns `values[offsets[pos]] … values[offsets[pos + 1] - 1]`. */
  readonly offsets: Int32Array;
  readonly values: Int32Array;
}

/** Events of similar duration, so a window query knows how far before `from` to look. */
interface DurationClass {
  readonly maxDurationMs: number;
  readonly starts: Float64Array;
  readonly positions: Int32Array;
}

export interface EventIndex {
  readonly size: number;
  readonly events: readonly TimelineEvent[];
  readonly startMs: Float64Array;
  readonly endMs: Float64Array;
  /** Index into `types` / STATUSES. */
  readonly typeCode: Uint16Array;
  /**
   * The categories events may have, by code: the built-in taxonomy first (in its order), then
   * the file's own categories, then any other type met, with label and colour resolved once.
   */
  readonly types: readonly CategoryInfo[];
  readonly statusCode: Uint8Array;
  /** `countries` plus the place's country, without duplicates. */
  readonly countries: InternedLists;
  readonly actors: InternedLists;
  /** Where an event is, by id: a binary search on its start, so edits need not renumber a map. */
  readonly positionById: PositionLookup;
  /**
   * Each event's start by id. Shared with the index an edit derives from this one (see
   * index-update.ts), which updates it in place: only the newest index answers for edited ids.
   */
  readonly startById: Map<string, number>;
  readonly maxEndMs: number;
  readonly durationClasses: readonly DurationClass[];
}

export interface PositionLookup {
  get(id: string): number | undefined;
  has(id: string): boolean;
}

/** Finds an id's position from its start: lower bound, then a scan of the events sharing that start. */
export function positionLookup(
  startById: ReadonlyMap<string, number>,
  startMs: Float64Array,
  events: readonly TimelineEvent[],
): PositionLookup {
  const get = (id: string): number | undefined => {
    const start = startById.get(id);
    if (start === undefined) return undefined;
    for (let pos = lowerBound(startMs, start); pos < events.length && startMs[pos] === start; pos++)
      if (events[pos]!.id === id) return pos;
    return undefined;
  };
  return { get, has: (id) => get(id) !== undefined };
}

export function compareSpans(a: Entry, b: Entry): number {
  return (
    a.startMs - b.startMs ||
    a.endMs - b.endMs ||
    (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0)
  );
}

export interface Entry {
  readonly event: TimelineEvent;
  readonly startMs: number;
  readonly endMs: number;
}

export function* internLists(lists: readonly (readonly string[])[]): Steps<InternedLists> {
  const ids = new Map<string, number>();
  const offsets = new Int32Array(lists.length + 1);
  const values: number[] = [];
  for (let pos = 0; pos < lists.length; pos++) {
    for (const name of lists[pos]!) {
      let id = ids.get(name);
      if (id === undefined) ids.set(name, (id = ids.size));
      values.push(id);
    }
    offsets[pos + 1] = values.length;
    if (pos % STEP_ITEMS === 0) yield pos / lists.length;
  }
  return { names: [...ids.keys()], offsets, values: Int32Array.from(values) };
}

/** The countries an event concerns: its list, plus its place's country if the list omits it. */
export function eventCountries(event: TimelineEvent): string[] {
  const country = event.place?.country;
  return country && !event.countries.includes(country)
    ? [...event.countries, country]
    : [...new Set(event.countries)];
}

/** Duration classes grow by a factor of 4 from one minute: a query scans at most ~4x the needed starts. */
function durationClassOf(durationMs: number): number {
  return Math.max(0, Math.ceil(Math.log2(Math.max(1, durationMs / 60_000)) / 2));
}

export function* buildDurationClasses(startMs: Float64Array, endMs: Float64Array): Steps<DurationClass[]> {
  const members = new Map<number, number[]>();
  for (let pos = 0; pos < startMs.length; pos++) {
    const key = durationClassOf(endMs[pos]! - startMs[pos]!);
    const list = members.get(key);
    if (list) list.push(pos);
    else members.set(key, [pos]);
    if (pos % STEP_ITEMS === 0) yield pos / startMs.length;
  }
  return [...members.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, list]) => {
      const positions = Int32Array.from(list);
      const starts = Float64Array.from(list, (pos) => startMs[pos]!);
      const maxDurationMs = list.reduce((max, pos) => Math.max(max, endMs[pos]! - startMs[pos]!), 0);
      return { maxDurationMs, starts, positions };
    });
}

/** `f` over every element, pausing every STEP_ITEMS: the per-event passes of the build. */
function* mapInSteps<T, U>(items: readonly T[], f: (item: T, i: number) => U): Steps<U[]> {
  const out = new Array<U>(items.length);
  for (let i = 0; i < items.length; i++) {
    out[i] = f(items[i]!, i);
    if (i % STEP_ITEMS === 0) yield i / items.length;
  }
  return out;
}

/**
 * The index build as pausable steps (see core/time-slice), shared by the synchronous and the
 * time-sliced builder so both produce the same index. Shares of the progress bar follow the
 * measured cost of each pass: parsing dates and sorting dominate.
 */
/** The code table of {@link EventIndex.types} for a file's declared categories and events. */
export function typeTable(
  declared: readonly Category[] = [],
  events: readonly TimelineEvent[] = [],
): CategoryInfo[] {
  const ids = new Set<string>([...EVENT_TYPES, ...declared.map((c) => c.id)]);
  for (const event of events) ids.add(event.type);
  return [...ids].map((id) => categoryInfo(id, declared));
}

/** Code of a type in a table, appending types the table has not met yet. */
export function typeCodeOf(types: CategoryInfo[], codes: Map<string, number>, type: string): number {
  let code = codes.get(type);
  if (code === undefined) {
    code = types.length;
    types.push(categoryInfo(type));
    codes.set(type, code);
  }
  return code;
}

function* indexSteps(input: readonly TimelineEvent[], declared: readonly Category[] = []): Steps<EventIndex> {
  const spans = yield* within(
    mapInSteps(input, (event) => eventSpan(event)),
    0,
    0.35,
  );
  const parsed: Entry[] = [];
  input.forEach((event, i) => {
    const span = spans[i];
    if (span) parsed.push({ event, startMs: span.startMs, endMs: Math.max(span.endMs, span.startMs + 1) });
  });
  const entries = yield* within(sortInSteps(parsed, compareSpans), 0.35, 0.6);
  const n = entries.length;
  const events = new Array<TimelineEvent>(n);
  const startMs = new Float64Array(n);
  const endMs = new Float64Array(n);
  const typeCode = new Uint16Array(n);
  const statusCode = new Uint8Array(n);
  const types = typeTable(declared);
  const codes = new Map(types.map((t, code) => [t.id, code]));
  for (let pos = 0; pos < n; pos++) {
    const { event, startMs: start, endMs: end } = entries[pos]!;
    events[pos] = event;
    startMs[pos] = start;
    endMs[pos] = end;
    typeCode[pos] = typeCodeOf(types, codes, event.type);
    statusCode[pos] = STATUSES.indexOf(event.status);
    if (pos % STEP_ITEMS === 0) yield 0.6 + (0.02 * pos) / n;
  }
  const countryLists = yield* within(mapInSteps(events, eventCountries), 0.62, 0.7);
  const countries = yield* within(internLists(countryLists), 0.7, 0.78);
  const actorLists = yield* within(
    mapInSteps(events, (e) => [...new Set(e.actors)]),
    0.78,
    0.84,
  );
  const actors = yield* within(internLists(actorLists), 0.84, 0.9);
  const startById = new Map<string, number>();
  for (let pos = 0; pos < events.length; pos++) {
    startById.set(events[pos]!.id, startMs[pos]!);
    if (pos % STEP_ITEMS === 0) yield 0.9 + (0.06 * pos) / events.length;
  }
  const durationClasses = yield* within(buildDurationClasses(startMs, endMs), 0.96, 1);
  return {
    size: events.length,
    events,
    startMs,
    endMs,
    typeCode,
    types,
    statusCode,
    countries,
    actors,
    positionById: positionLookup(startById, startMs, events),
    startById,
    maxEndMs: endMs.reduce((max, end) => Math.max(max, end), -Infinity),
    durationClasses,
  };
}

/**
 * Builds the index once per loaded file (O(n log n)); every later query is sublinear or O(n)
 * over typed arrays. Events whose dates do not parse are left out (the validator rejects them).
 */
export function buildEventIndex(
  input: readonly TimelineEvent[],
  categories: readonly Category[] = [],
): EventIndex {
  return runToEnd(indexSteps(input, categories));
}

/**
 * The same index as buildEventIndex, built in slices of `sliceMs` that give the event loop
 * back in between: at 100k events the build takes about a second, which on the UI thread
 * would freeze the window. `onProgress` receives 0..1 between slices; `signal` abandons it.
 */
export function buildEventIndexAsync(
  input: readonly TimelineEvent[],
  options: SliceOptions = {},
  categories: readonly Category[] = [],
): Promise<EventIndex> {
  return runSliced(indexSteps(input, categories), options);
}

/** First index whose value is >= target (or > target when `strict`). */
export function lowerBound(values: ArrayLike<number>, target: number, strict = false): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = values[mid]!;
    if (v < target || (strict && v === target)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Visits events overlapping the window and lasting longer than `minDurationMs`, class by class.
 * Why duration classes rather than an interval tree: each class is a start-sorted array, so
 * the candidates are one binary search away (start in [from - class max duration, to)), the
 * arrays are compact typed arrays, and eras land in a tiny class of their own that costs
 * nothing to scan. `to <= from` asks for the events containing the instant `from`.
 */
function visitWindow(
  index: EventIndex,
  fromMs: number,
  toMs: number,
  minDurationMs: number,
  visible: Uint8Array | undefined,
  visit: (pos: number, classIndex: number) => void,
): void {
  const point = toMs <= fromMs;
  index.durationClasses.forEach((cls, classIndex) => {
    if (cls.maxDurationMs <= minDurationMs) return;
    const lo = lowerBound(cls.starts, fromMs - cls.maxDurationMs);
    const hi = lowerBound(cls.starts, point ? fromMs : toMs, point);
    for (let i = lo; i < hi; i++) {
      const pos = cls.positions[i]!;
      if (index.endMs[pos]! <= fromMs || (visible && !visible[pos])) continue;
      if (minDurationMs > 0 && index.endMs[pos]! - index.startMs[pos]! <= minDurationMs) continue;
      visit(pos, classIndex);
    }
  });
}

/**
 * Positions of (visible) events longer than `minDurationMs` overlapping the window, in time
 * order: only the duration classes that can hold such events are searched, which is what
 * keeps eras cheap to find in a crowded window.
 */
export function windowPositions(
  index: EventIndex,
  fromMs: number,
  toMs: number,
  minDurationMs: number,
  visible?: Uint8Array,
): number[] {
  const out: number[] = [];
  let classes = 0;
  let lastClass = -1;
  visitWindow(index, fromMs, toMs, minDurationMs, visible, (pos, classIndex) => {
    if (classIndex !== lastClass) {
      classes++;
      lastClass = classIndex;
    }
    out.push(pos);
  });
  // Each class yields its events in order; only merged runs need sorting.
  return classes > 1 ? Array.from(Int32Array.from(out).sort()) : out;
}

/** Positions of (visible) events overlapping [fromMs, toMs), in time order: the items to draw. */
export function queryWindow(index: EventIndex, fromMs: number, toMs: number, visible?: Uint8Array): number[] {
  return windowPositions(index, fromMs, toMs, 0, visible);
}

/**
 * How many events overlap the window, to choose between items and aggregates without
 * materialising a list. Unfiltered, events starting inside the window are counted by binary
 * search alone; only those starting before it are checked one by one.
 */
export function countWindow(index: EventIndex, fromMs: number, toMs: number, visible?: Uint8Array): number {
  if (visible) {
    let count = 0;
    visitWindow(index, fromMs, toMs, 0, visible, () => count++);
    return count;
  }
  const point = toMs <= fromMs;
  let count = 0;
  for (const cls of index.durationClasses) {
    const lo = lowerBound(cls.starts, fromMs - cls.maxDurationMs);
    const mid = lowerBound(cls.starts, fromMs);
    const hi = lowerBound(cls.starts, point ? fromMs : toMs, point);
    count += hi - mid;
    for (let i = lo; i < mid; i++) if (index.endMs[cls.positions[i]!]! > fromMs) count++;
  }
  return count;
}

/**
 * The (visible) event after or before `pos` in time order, for arrow-key navigation; without
 * `pos`, the first or the last one. Undefined at either end.
 */
export function nextEvent(
  index: EventIndex,
  pos: number | undefined,
  direction: 1 | -1,
  visible?: Uint8Array,
): number | undefined {
  let p = pos === undefined ? (direction === 1 ? 0 : index.size - 1) : pos + direction;
  for (; p >= 0 && p < index.size; p += direction) if (!visible || visible[p]) return p;
  return undefined;
}

/** Time covered by all (or the visible) events, to fit the view; undefined when there are none. */
export function timeExtent(
  index: EventIndex,
  visible?: Uint8Array,
): { startMs: number; endMs: number } | undefined {
  if (!visible) return index.size === 0 ? undefined : { startMs: index.startMs[0]!, endMs: index.maxEndMs };
  let startMs = Infinity;
  let endMs = -Infinity;
  for (let pos = 0; pos < index.size; pos++) {
    if (!visible[pos]) continue;
    if (startMs === Infinity) startMs = index.startMs[pos]!;
    endMs = Math.max(endMs, index.endMs[pos]!);
  }
  return startMs === Infinity ? undefined : { startMs, endMs };
}
