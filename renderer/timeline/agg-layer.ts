import type { Timeline } from 'vis-timeline/peer';
import { el } from '../dom';
import { groupId } from './item-factory';
import type { BarSpec } from '../../core/lod/types';
import { typeClass } from './type-colors';

/**
 * The "N events" count bars, drawn by us rather than by vis-timeline. vis lays out each new item
 * on its own with a forced layout (~3 ms apiece with a big DOM), and zooming replaces every bar,
 * so a few hundred bars cost a second per zoom. Here a bar is a pooled div in a layer inside its
 * lane's vis group (so it scrolls with the lane), moved with one transform write per range
 * change. vis keeps an invisible row item per lane (item-factory rowItem) where the bars sit.
 */

/** Bars narrower than this say "37" rather than "37 events". */
export const WIDE_BAR_PX = 72;

/** The vis internals we rely on: the lane (group) elements and its time → pixel conversion. */
interface VisInternals {
  readonly itemSet?: {
    readonly groups: Record<string, { readonly dom: { readonly foreground: HTMLElement } } | undefined>;
  };
  readonly body: {
    readonly util: { toScreen(time: Date): number };
    readonly domProps: { readonly center: { readonly width: number } };
  };
}

export interface AggLayer {
  /** Shows these bars, reusing the elements of the previous ones. */
  render(bars: readonly BarSpec[], colourByLane: boolean): void;
  /**
   * Moves the bars to the current window: a few style writes, fine on every range change. vis
   * measures its panel width only when it redraws, so call it after each redraw ('changed') too.
   */
  reposition(): void;
  /** The items panel's width as vis last measured it: reading it forces no layout. */
  width(): number;
}

/** Narrowest bar drawn: visible, clickable. */
const MIN_BAR_PX = 6;
/** Width that shows a count: padding plus a tabular digit each. */
const countWidthPx = (count: number) => 10 + 7 * String(count).length;

/** Writes only what changed: the benchmark's observer (and the browser) see no no-op writes. */
function set(node: HTMLElement, key: 'textContent' | 'className', value: string): void {
  if (node[key] !== value) node[key] = value;
}

export function createAggLayer(
  timeline: Timeline,
  container: HTMLElement,
  onZoom: (bar: BarSpec) => void,
): AggLayer {
  const vis = timeline as unknown as VisInternals;
  const layers = new Map<string, HTMLElement>();
  const specOf = new WeakMap<HTMLElement, BarSpec>();
  /** The bars on screen, their elements and their "N events" labels, index for index. */
  let shown: readonly BarSpec[] = [];
  let nodes: HTMLElement[] = [];
  let labels: string[] = [];
  let downAt: { x: number; y: number } | undefined;

  const barOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLElement>('.agg-bar') : null;
  function zoom(node: HTMLElement, refocus: boolean): void {
    const spec = specOf.get(node);
    if (!spec) return;
    onZoom(spec);
    if (refocus) container.focus();
  }

  function layerFor(lane: string): HTMLElement | undefined {
    const foreground = vis.itemSet?.groups[groupId(lane)]?.dom.foreground;
    if (!foreground) return undefined;
    let layer = layers.get(lane);
    if (!layer) {
      layer = el('div', { className: 'agg-layer' });
      // A drag that starts on a bar pans (vis handles it); only a click without movement zooms.
      layer.addEventListener('pointerdown', (e) => (downAt = { x: e.clientX, y: e.clientY }));
      layer.addEventListener('click', (e) => {
        const moved = downAt && Math.hypot(e.clientX - downAt.x, e.clientY - downAt.y) > 5;
        const node = barOf(e.target);
        if (node && !moved) zoom(node, false);
      });
      layer.addEventListener('keydown', (e) => {
        const node = barOf(e.target);
        if (!node || (e.key !== 'Enter' && e.key !== ' ')) return;
        e.preventDefault();
        e.stopPropagation();
        zoom(node, true);
      });
      layers.set(lane, layer);
    }
    if (layer.parentElement !== foreground) foreground.append(layer);
    return layer;
  }

  function reposition(): void {
    const width = vis.body.domProps.center.width;
    const x = (ms: number) => Math.min(Math.max(vis.body.util.toScreen(new Date(ms)), -width), 2 * width);
    shown.forEach((bar, i) => {
      const node = nodes[i]!;
      const left = Math.round(x(bar.fromMs));
      const next = shown[i + 1]?.lane === bar.lane ? x(shown[i + 1]!.fromMs) - 2 : Infinity;
      // Wide enough for its count when that does not run into the lane's next bar.
      const fit = Math.min(Math.max(countWidthPx(bar.count), MIN_BAR_PX), next - left);
      const px = Math.round(Math.max(x(bar.toMs) - left, fit, MIN_BAR_PX));
      const transform = `translateX(${left}px)`;
      if (node.style.transform !== transform) node.style.transform = transform;
      if (node.style.width !== `${px}px`) node.style.width = `${px}px`;
      // A bar too narrow for its count is still drawn (its shade tells); the count is in its name.
      const text = px >= WIDE_BAR_PX ? labels[i]! : px >= countWidthPx(bar.count) ? String(bar.count) : '';
      set(node, 'textContent', text);
    });
  }

  /** Bars keep their element while they stay (a pan rewrites only transforms); the rest is recycled. */
  function render(bars: readonly BarSpec[], colourByLane: boolean): void {
    const before = new Map(shown.map((bar, i) => [bar.id, nodes[i]!]));
    shown = bars.filter((bar) => layerFor(bar.lane));
    const kept = new Set(shown.map((bar) => before.get(bar.id)).filter((node) => node !== undefined));
    const free = [...before.values()].filter((node) => !kept.has(node));
    nodes = shown.map((bar) => {
      const node = before.get(bar.id) ?? free.pop() ?? el('div', { tabIndex: -1, attrs: { role: 'button' } });
      const layer = layers.get(bar.lane)!;
      if (node.parentElement !== layer) layer.append(node);
      specOf.set(node, bar);
      set(node, 'className', `agg-bar${colourByLane ? ` ${typeClass(bar.lane)}` : ''}`);
      return node;
    });
    labels = shown.map((bar) => `${bar.count.toLocaleString('en')} events`);
    // Shade by count (square root, so small bars stay visible): bursts read at a glance.
    const most = Math.max(1, ...shown.map((bar) => bar.count));
    shown.forEach((bar, i) => {
      const node = nodes[i]!;
      const heat = Math.sqrt(bar.count / most).toFixed(2);
      if (node.style.getPropertyValue('--heat') !== heat) node.style.setProperty('--heat', heat);
      if (node.title !== `${labels[i]!} — click to zoom in`) {
        node.title = `${labels[i]!} — click to zoom in`;
        node.setAttribute('aria-label', `${labels[i]!}, click to zoom in`);
      }
    });
    for (const node of free) node.remove();
    reposition();
  }

  return { render, reposition, width: () => vis.body.domProps.center.width };
}
