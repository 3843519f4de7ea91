import '../styles/panels.css';
import { el } from '../dom';
import { effect } from '@preact/signals-core';
import { doc, filterActive, selectedEvent, shownCount } from '../app-state';

/**
 * The status bar: how many events the filters show out of how many, which file is open,
 * whether filters are on and which event is selected. It answers "why don't I see X?" at a
 * glance, so the count is always there.
 */
export function initStatusBar(root: HTMLElement): void {
  const showing = el('span', { className: 'status-count' });
  const file = el('span', { className: 'status-file' });
  const badge = el('span', { className: 'status-badge', textContent: 'Filters on', hidden: true });
  const selection = el('span', { className: 'status-selection' });
  root.replaceChildren(showing, badge, file, selection);
  // Only the count is worth announcing; the whole bar being live would repeat every selection.
  root.removeAttribute('aria-live');
  showing.setAttribute('role', 'status');

  // One effect: it reads what it draws, so it redraws when any of those change, once per update.
  effect(() => {
    const shownDoc = doc.value;
    const total = shownDoc?.index.size ?? 0;
    showing.textContent = shownDoc
      ? `Showing ${shownCount.value} of ${total} event${total === 1 ? '' : 's'}`
      : 'No timeline open';
    file.textContent = shownDoc ? shownDoc.name : '';
    file.title = shownDoc?.path ?? '';
    badge.hidden = !filterActive.value;
    const event = selectedEvent.value;
    selection.textContent = event ? `Selected: ${event.title}` : '';
    selection.title = event?.title ?? '';
  });
}
