import { selectedId } from '../app-state';
import { itemElementId } from './item-factory';

const itemOf = (id: string | undefined) =>
  id === undefined ? null : document.getElementById(itemElementId(id));

/**
 * Puts keyboard focus on the selected event's item (the timeline itself when the event is not
 * drawn, e.g. aggregated): where arrows, Enter and Esc from the detail pane all return to. vis
 * draws an item revealed just now in its next frame, so focus follows it there.
 */
export function focusSelectedEvent(): void {
  const id = selectedId.value;
  const timeline = document.getElementById('timeline');
  const item = itemOf(id);
  if (item) return item.focus({ preventScroll: true });
  timeline?.focus({ preventScroll: true });
  requestAnimationFrame(() => {
    if (selectedId.value === id && document.activeElement === timeline)
      itemOf(id)?.focus({ preventScroll: true });
  });
}
