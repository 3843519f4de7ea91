import type { TimelineEvent } from '../file-format/model';
import { eventCountries, type EventIndex } from './event-index';
import { runSliced, runToEnd, type SliceOptions, type Steps } from './time-slice';

/**
 * Full-text search over the index's precomputed haystacks. Each chunk of events is one joined
 * string, so the first (longest) term is found by V8's native indexOf scanning many events per
 * call; further terms only look from one candidate event onward, skipping the text in between.
 * A query allocates nothing per event beyond the result.
 */

/** Lower-cased, accent-free text of a run of events joined in one string: one indexOf scans many events. */
export interface HaystackChunk {
  readonly text: string;
  readonly firstPos: number;
  /** Offset in `text` of each event of the chunk, plus a final one for the end. */
  readonly offsets: Int32Array;
}

/** Keeps one joined haystack string far below V8's string length limit. */
const HAYSTACK_CHUNK_CHARS = 1 << 24;

const MARKS = /\p{M}/gu;
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Lower-cases and strips diacritics (NFD, then drop combining marks), so "Sao Paulo" finds
 * "São Paulo". Final sigma becomes sigma so per-character and whole-string folding agree.
 */
export function foldForSearch(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase(); // the common case, ~10x faster
  return text.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/ς/g, 'σ');
}

/**
 * Each event's folded text, kept with the event record: an edit replaces only the records it
 * changes, so the haystacks of the edited index are rebuilt from these (a join) instead of
 * folding 100k events again (~300 ms, most of an edit's time while a search is shown).
 */
const foldedByEvent = new WeakMap<TimelineEvent, string>();

/** Everything a reader might search an event by; fields are joined by a newline so no term spans two. */
function haystackOf(event: TimelineEvent): string {
  const known = foldedByEvent.get(event);
  if (known !== undefined) return known;
  const parts = [event.title, event.summary ?? '', ...event.actors, event.place?.name ?? ''];
  parts.push(...eventCountries(event), ...event.sources.map((s) => s.excerpt), ...event.tags);
  const folded = parts.map(foldForSearch).join('\n');
  foldedByEvent.set(event, folded);
  return folded;
}

const haystackCache = new WeakMap<EventIndex, readonly HaystackChunk[]>();
/** Builds under way in idle time, so a search that cannot wait finishes the same build. */
const haystackBuilds = new WeakMap<EventIndex, Steps<readonly HaystackChunk[]>>();

/** Events folded between two pauses: folding costs ~10 µs an event, so a step stays near 2 ms. */
const HAYSTACK_STEP_EVENTS = 256;

function* buildHaystacks(index: EventIndex): Steps<readonly HaystackChunk[]> {
  const { events } = index;
  const chunks: HaystackChunk[] = [];
  let parts: string[] = [];
  let offsets: number[] = [0];
  let firstPos = 0;
  const flush = () => {
    chunks.push({ text: parts.join(''), firstPos, offsets: Int32Array.from(offsets) });
    firstPos += parts.length;
    parts = [];
    offsets = [0];
  };
  for (let pos = 0; pos < events.length; pos++) {
    const text = haystackOf(events[pos]!) + '\n';
    if (parts.length > 0 && offsets[offsets.length - 1]! + text.length > HAYSTACK_CHUNK_CHARS) flush();
    parts.push(text);
    offsets.push(offsets[offsets.length - 1]! + text.length);
    if (pos % HAYSTACK_STEP_EVENTS === 0) yield pos / events.length;
  }
  if (parts.length > 0) flush();
  haystackCache.set(index, chunks);
  haystackBuilds.delete(index);
  return chunks;
}

function haystackBuild(index: EventIndex): Steps<readonly HaystackChunk[]> {
  let build = haystackBuilds.get(index);
  if (!build) haystackBuilds.set(index, (build = buildHaystacks(index)));
  return build;
}

/** Past this many chunks an edited index folds its text afresh (from the per-event cache). */
const MAX_CARRIED_CHUNKS = 256;

/**
 * After an edit: the new index's search text made from the old one's. `source` maps each new
 * position to its old one (or < 0 for an added event). Runs of kept events become slices of
 * the old chunks (V8 shares the characters), added events get their own chunk, so an edit
 * costs a pass over the offsets instead of a join of every event's text.
 */
export function carryHaystacks(oldIndex: EventIndex, newIndex: EventIndex, source: Int32Array): void {
  const old = haystackCache.get(oldIndex);
  if (!old) return;
  const owner = new Int32Array(oldIndex.size);
  old.forEach((chunk, c) => owner.fill(c, chunk.firstPos, chunk.firstPos + chunk.offsets.length - 1));
  const chunks: HaystackChunk[] = [];
  let pos = 0;
  while (pos < source.length) {
    const from = source[pos]!;
    if (from < 0) {
      const text = haystackOf(newIndex.events[pos]!) + '\n';
      chunks.push({ text, firstPos: pos, offsets: Int32Array.of(0, text.length) });
      pos++;
      continue;
    }
    const chunk = old[owner[from]!]!;
    const firstLocal = from - chunk.firstPos;
    let end = pos + 1;
    while (
      end < source.length &&
      source[end] === source[end - 1]! + 1 &&
      source[end]! - chunk.firstPos < chunk.offsets.length - 1
    )
      end++;
    const lastLocal = firstLocal + (end - pos);
    const base = chunk.offsets[firstLocal]!;
    const offsets = chunk.offsets.slice(firstLocal, lastLocal + 1);
    for (let i = 0; i < offsets.length; i++) offsets[i]! -= base;
    chunks.push({ text: chunk.text.slice(base, chunk.offsets[lastLocal]!), firstPos: pos, offsets });
    pos = end;
  }
  if (chunks.length <= MAX_CARRIED_CHUNKS) haystackCache.set(newIndex, chunks);
}

/**
 * The index's search text, folded on first use rather than in buildEventIndex: folding every
 * excerpt takes about a second at 100k events, and many sessions never search. Finishes a
 * build that prepareSearchInSlices started rather than starting over.
 */
export function prepareSearch(index: EventIndex): readonly HaystackChunk[] {
  return haystackCache.get(index) ?? runToEnd(haystackBuild(index));
}

/**
 * Folds the search text in short slices (idle time after a file is shown), so the first
 * search answers at once without the window ever freezing for the whole fold.
 */
export async function prepareSearchInSlices(index: EventIndex, options: SliceOptions = {}): Promise<void> {
  if (haystackCache.has(index)) return;
  await runSliced(haystackBuild(index), options);
}

/** Distinct folded terms, longest first: the longest is usually the rarest and fastest to scan. */
export function searchTerms(query: string): string[] {
  const terms = new Set(foldForSearch(query).split(/\s+/).filter(Boolean));
  return [...terms].sort((a, b) => b.length - a.length);
}

/**
 * Local position of the event holding text offset `at`, walking forward from `local`: hits
 * only move forward, so one pass over the offsets costs less than a binary search per hit.
 */
function localAt(chunk: HaystackChunk, at: number, local: number): number {
  while (chunk.offsets[local + 1]! <= at) local++;
  return local;
}

function scanFirstTerm(
  chunk: HaystackChunk,
  term: string,
  visible: Uint8Array | undefined,
  out: number[],
): void {
  let local = 0;
  for (let at = chunk.text.indexOf(term); at !== -1; at = chunk.text.indexOf(term, chunk.offsets[++local]!)) {
    local = localAt(chunk, at, local);
    const pos = chunk.firstPos + local;
    if (!visible || visible[pos]) out.push(pos);
  }
}

/** Keeps the candidates (from index `from` of `out`) whose haystack also holds `term`, in place. */
function refine(chunk: HaystackChunk, term: string, out: number[], from: number): void {
  let write = from;
  let read = from;
  while (read < out.length) {
    const local = out[read]! - chunk.firstPos;
    const at = chunk.text.indexOf(term, chunk.offsets[local]!);
    if (at === -1) break;
    const pos = chunk.firstPos + localAt(chunk, at, local);
    while (read < out.length && out[read]! < pos) read++;
    if (out[read] === pos) out[write++] = out[read++]!;
  }
  out.length = write;
}

const SAMPLE_CHARS = 1 << 20;
const SAMPLE_HITS = 64;

/**
 * Orders terms by how often they occur in a sample of the text (capped count; longer first on
 * ties). Each hit of the first term costs an indexOf call, so "government of japan" should
 * scan for "japan", not for "government" that every event contains.
 */
function rarestFirst(chunk: HaystackChunk | undefined, terms: string[]): string[] {
  if (!chunk || terms.length < 2) return terms;
  const start = Math.max(0, (chunk.text.length - SAMPLE_CHARS) >> 1);
  const sample = chunk.text.slice(start, start + SAMPLE_CHARS);
  const hits = new Map<string, number>();
  for (const term of terms) {
    let count = 0;
    for (
      let at = sample.indexOf(term);
      at !== -1 && count < SAMPLE_HITS;
      at = sample.indexOf(term, at + term.length)
    )
      count++;
    hits.set(term, count);
  }
  return [...terms].sort((a, b) => hits.get(a)! - hits.get(b)! || b.length - a.length);
}

/**
 * Positions of the (visible) events whose text holds every whitespace-separated term of the
 * query, ignoring case and accents, in time order. An empty query matches nothing.
 */
export function searchEvents(index: EventIndex, query: string, visible?: Uint8Array): number[] {
  const chunks = prepareSearch(index);
  const [first, ...rest] = rarestFirst(chunks[0], searchTerms(query));
  const out: number[] = [];
  if (first === undefined) return out;
  for (const chunk of chunks) {
    const from = out.length;
    scanFirstTerm(chunk, first, visible, out);
    for (const term of rest) refine(chunk, term, out, from);
  }
  return out;
}

/**
 * Folds `text` while remembering where each folded unit came from, so matches found in folded
 * text map back to the original. Combining marks fold to nothing and join the previous range.
 */
function foldWithOrigins(text: string): { folded: string; starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  let folded = '';
  for (let i = 0; i < text.length;) {
    const len = text.codePointAt(i)! > 0xffff ? 2 : 1;
    const part = foldForSearch(text.slice(i, i + len));
    if (part.length === 0 && ends.length > 0) ends[ends.length - 1] = i + len;
    for (let k = 0; k < part.length; k++) {
      starts.push(i);
      ends.push(i + len);
    }
    folded += part;
    i += len;
  }
  return { folded, starts, ends };
}

/** Ranges [start, end) of `text` matching any query term, sorted and merged: what to mark in the detail pane. */
export function highlightRanges(text: string, query: string): Array<[number, number]> {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const { folded, starts, ends } = foldWithOrigins(text);
  const found: Array<[number, number]> = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      found.push([starts[at]!, ends[at + term.length - 1]!]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const range of found) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  return merged;
}
