import type { Timeline } from 'vis-timeline/peer';
import { registerCommand, runCommand } from '../commands';
import { actions, selectedId, shown } from '../app-state';

/**
 * Keyboard walking through events in time order (N/P, Tab/Shift+Tab on the timeline, Esc), and
 * revealing the selected event wherever the selection came from (click, search, related link).
 * Walking respects the filter mask, so hidden events are skipped.
 */
export function initSelectionNav(
  timeline: Timeline,
  container: HTMLElement,
  show: (startMs: number, endMs: number) => void,
): void {
  registerCommand('nav.next', () => void actions.stepSelection(1));
  registerCommand('nav.previous', () => void actions.stepSelection(-1));
  registerCommand('nav.clear', () => actions.select(undefined));

  // Tab walks events while the timeline has focus, and leaves it at either end (no focus trap).
  container.addEventListener('keydown', (e) => {
    if (e.key === 'Tab' && !e.ctrlKey && !e.metaKey && !e.altKey) {
      if (actions.stepSelection(e.shiftKey ? -1 : 1)) e.preventDefault();
    } else if (e.key === 'Enter') {
      const target =
        e.target instanceof HTMLElement ? e.target.closest<HTMLElement>('[data-event-id]') : null;
      if (target?.dataset.eventId) actions.select(target.dataset.eventId);
      else if (selectedId.value) runCommand('nav.open');
    }
  });

  selectedId.subscribe((id) => {
    if (id !== undefined) reveal(timeline, id, show);
  });
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
