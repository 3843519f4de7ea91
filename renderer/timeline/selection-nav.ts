import type { Timeline } from 'vis-timeline/peer';
import { timelineCommandForKeyPress } from '../../core/app/shortcut-keys';
import { registerCommand, runCommand } from '../commands';
import { actions, selectedId, shown } from '../app-state';
import { focusSelectedEvent } from './focus-event';

/**
 * Keyboard walking through events in time order (N/P, and on the focused timeline arrows and
 * Home/End; Esc clears), and revealing the selected event wherever the selection came from
 * (click, search, related link). Walking respects the filter mask, so hidden events are
 * skipped. The timeline is one Tab stop: Tab leaves it, however many events it holds.
 */
export function initSelectionNav(
  timeline: Timeline,
  container: HTMLElement,
  show: (startMs: number, endMs: number) => void,
): void {
  registerCommand('nav.next', () => void actions.stepSelection(1));
  registerCommand('nav.previous', () => void actions.stepSelection(-1));
  registerCommand('nav.first', () => actions.selectEdge('first'));
  registerCommand('nav.last', () => actions.selectEdge('last'));
  registerCommand('nav.clear', () => actions.select(undefined));

  container.addEventListener('keydown', (e) => {
    if (e.key === 'Tab' && !e.ctrlKey && !e.metaKey && !e.altKey) {
      // vis's scrollable panels are focusable too: Tab jumps past all of them at once.
      const next = tabStopBeyond(container, e.shiftKey ? -1 : 1);
      if (next) {
        e.preventDefault();
        next.focus();
      }
      return;
    }
    const id = e.key === 'Enter' ? undefined : timelineCommandForKeyPress(e);
    if (id) {
      // The timeline's own meaning of the key (arrows walk events), not the page's (arrows pan).
      e.preventDefault();
      e.stopPropagation();
      runCommand(id);
      // Roving focus: focus follows the selection from event to event.
      if (id.startsWith('nav.')) focusSelectedEvent();
    } else if (e.key === 'Enter') {
      const target =
        e.target instanceof HTMLElement ? e.target.closest<HTMLElement>('[data-event-id]') : null;
      if (target?.dataset.eventId) actions.select(target.dataset.eventId);
      if (selectedId.value) runCommand('nav.open');
    }
  });

  selectedId.subscribe((id) => {
    if (id !== undefined) reveal(timeline, id, show);
  });

  // vis may rebuild the focused item while it redraws, which drops focus to <body>: when focus
  // was last in the timeline, it comes back to the selected event.
  let focusWasHere = false;
  document.addEventListener(
    'focusin',
    (e) => (focusWasHere = e.target instanceof Node && container.contains(e.target)),
  );
  // A click elsewhere (even on plain text, which takes no focus) means the user has moved on.
  document.addEventListener('pointerdown', (e) => {
    if (!(e.target instanceof Node && container.contains(e.target))) focusWasHere = false;
  });
  timeline.on('changed', () => {
    if (focusWasHere && document.activeElement === document.body) focusSelectedEvent();
  });
}

const TABBABLE = 'a[href], button, input, select, textarea, [tabindex]';

/** The first Tab stop after (or, going back, before) `container` and everything in it. */
function tabStopBeyond(container: HTMLElement, direction: 1 | -1): HTMLElement | undefined {
  const stops = [...document.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) =>
      !container.contains(el) &&
      el.tabIndex >= 0 &&
      !(el as HTMLButtonElement).disabled &&
      el.getClientRects().length > 0,
  );
  const after = (el: HTMLElement) =>
    Boolean(container.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
  return direction === 1 ? stops.find(after) : stops.filter((el) => !after(el)).pop();
}

/**
 * Scrolls the event into view: keeps the zoom when it fits (just moves), zooms out to show it
 * whole when it is wider than the window. An event already on screen does not move the view.
 */
export function reveal(timeline: Timeline, id: string, show: (startMs: number, endMs: number) => void): void {
  const s = shown.value;
  const pos = s?.index.positionById.get(id);
  if (!s || pos === undefined) return;
  const startMs = s.index.startMs[pos]!;
  const endMs = s.index.endMs[pos]!;
  const w = timeline.getWindow();
  const from = w.start.getTime();
  const to = w.end.getTime();
  const width = to - from;
  if (startMs >= from && endMs <= to) return;
  if (endMs - startMs <= width * 0.9) {
    // A long event already overlapping the screen only needs its start shown.
    const mid = startMs + Math.min(endMs - startMs, width * 0.8) / 2;
    show(mid - width / 2, mid + width / 2);
  } else if (!(startMs < to && endMs > from)) {
    const margin = (endMs - startMs) * 0.05;
    show(startMs - margin, endMs + margin);
  }
}
