import type { EventIndex } from '../../core/index/event-index';
import { accessibleEventName, formatEventDate } from '../../core/time/format-date';
import type { Lane, LaneMode } from '../../core/index/lanes';
import { el } from '../dom';
import type { ItemSpec } from '../../core/lod/types';
import { typeClass } from './type-colors';

/**
 * Turns planned items into vis-timeline items. Content is always a DOM element built from text
 * (vis would parse a string as HTML), and every visual distinction (precision, "c.", planned)
 * is a class so the legend and timeline.css describe it in one place.
 */

export interface VisItem {
  id: string;
  group?: string;
  start: Date;
  end?: Date;
  type: 'point' | 'range' | 'background';
  content: HTMLElement;
  className: string;
  /** Stacked before everything else in its lane (see stackOrder). */
  row?: boolean;
  selectable?: boolean;
  /** Rows and tints are not events: they cannot be dragged (events can, see timeline-editing). */
  editable?: boolean;
}

export interface ItemFlags {
  readonly match: boolean;
  readonly current: boolean;
}

/** DOM id of an event's item content, for aria-activedescendant on the timeline. */
export function itemElementId(eventId: string): string {
  return `ev-item-${eventId}`;
}

/** vis group ids; lane keys may be '' (no country), which vis would not accept as an id. */
export function groupId(laneKey: string): string {
  return `lane:${laneKey}`;
}

/** Changes whenever the item would look different, so the diff updates only those. */
export function itemKey(spec: ItemSpec, flags: ItemFlags): string {
  const base = spec.kind === 'event' ? `e|${spec.lane}|${spec.narrow}` : spec.kind;
  return `${base}|${flags.match ? 'm' : ''}${flags.current ? 'c' : ''}`;
}

const DAY_MS = 86_400_000;

function eventItem(spec: Extract<ItemSpec, { kind: 'event' }>, index: EventIndex, flags: ItemFlags): VisItem {
  const e = index.events[spec.pos]!;
  const startMs = index.startMs[spec.pos]!;
  const endMs = index.endMs[spec.pos]!;
  const fine = e.precision === 'day' || e.precision === 'hour' || e.precision === 'minute';
  const point = spec.narrow || (fine && endMs - startMs <= DAY_MS);
  const type = point ? 'point' : 'range';
  const name = accessibleEventName(e);
  // The date line is drawn from data-date by CSS: the spoken date in aria-label differs from the
  // short one ("Fri 12 Mar"), and a button's visible text must be part of its name (axe).
  const content = el(
    'div',
    {
      id: itemElementId(e.id),
      className: 'ev-content',
      title: name,
      tabIndex: -1,
      dataset: { eventId: e.id },
      attrs: { role: 'button', 'aria-label': name },
    },
    [
      el('span', { className: 'ev-title' }, [e.title]),
      el('span', { className: 'ev-date', ariaHidden: 'true', dataset: { date: formatEventDate(e) } }),
    ],
  );
  const classes = [
    'ev',
    typeClass(e.type),
    fine ? 'prec-fine' : 'prec-coarse',
    e.approximate ? 'approx' : '',
    e.status === 'planned' ? 'planned' : 'reported',
    spec.band ? 'band' : '',
    flags.match ? 'search-match' : '',
    flags.current ? 'search-current' : '',
  ];
  return {
    id: spec.id,
    group: groupId(spec.lane),
    start: new Date(startMs),
    ...(point ? {} : { end: new Date(endMs) }),
    type,
    content,
    className: classes.filter(Boolean).join(' '),
  };
}

/** Far outside any file's dates, so a row spans every window. */
const ROW_SPAN_MS = 1e15;

/**
 * A lane's bar row: an invisible range across all time, stacked first (stackOrder), so vis puts
 * the lane's other items below it and the count bars drawn over it by agg-layer.ts cover none.
 */
function rowItem(spec: Extract<ItemSpec, { kind: 'row' }>): VisItem {
  return {
    id: spec.id,
    group: groupId(spec.lane),
    start: new Date(-ROW_SPAN_MS),
    end: new Date(ROW_SPAN_MS),
    type: 'range',
    content: el('span', { ariaHidden: 'true' }),
    className: 'agg-row',
    row: true,
    selectable: false,
    editable: false,
  };
}

/** vis `order` option: rows first, then by start, which is vis's own default order. */
export function stackOrder(a: VisItem, b: VisItem): number {
  return Number(b.row ?? false) - Number(a.row ?? false) || a.start.getTime() - b.start.getTime();
}

/** An era's tint across all lanes: decoration only, hidden from assistive tech. */
function tintItem(spec: Extract<ItemSpec, { kind: 'tint' }>, index: EventIndex): VisItem {
  return {
    id: spec.id,
    start: new Date(index.startMs[spec.pos]!),
    end: new Date(index.endMs[spec.pos]!),
    type: 'background',
    content: el('span', { ariaHidden: 'true' }),
    className: `tint ${typeClass(index.events[spec.pos]!.type)}`,
    editable: false,
  };
}

/** One vis item for a planned item. */
export function buildItem(spec: ItemSpec, index: EventIndex, flags: ItemFlags): VisItem {
  if (spec.kind === 'event') return eventItem(spec, index, flags);
  if (spec.kind === 'tint') return tintItem(spec, index);
  return rowItem(spec);
}

/** A lane label: text only, with a colour swatch when lanes are event types. */
export function buildGroup(lane: Lane, laneMode: LaneMode, order: number) {
  const swatch =
    laneMode === 'type'
      ? [el('span', { className: `swatch ${typeClass(lane.key)}`, ariaHidden: 'true' })]
      : [];
  const content = el('div', { className: 'lane-label', title: `${lane.label} (${lane.count})` }, [
    ...swatch,
    el('span', { className: 'lane-name' }, [lane.label]),
    el('span', { className: 'lane-count' }, [String(lane.count)]),
  ]);
  return { id: groupId(lane.key), content, order };
}
