import '../styles/panels.css';
import { isFilterActive } from '../../core/filter';
import { el } from '../dom';
import { filter, loaded, selectedId, shown } from '../state';

const count = (mask: Uint8Array) => mask.reduce((sum, v) => sum + v, 0);

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

  const draw = () => {
    const s = shown.value;
    const total = s?.index.size ?? 0;
    showing.textContent = s
      ? `Showing ${count(s.mask)} of ${total} event${total === 1 ? '' : 's'}`
      : 'No timeline open';
    const doc = loaded.value;
    file.textContent = doc ? doc.name : '';
    file.title = doc?.path ?? '';
    badge.hidden = !isFilterActive(filter.value);
    const id = selectedId.value;
    const pos = doc && id !== undefined ? doc.index.positionById.get(id) : undefined;
    const event = pos === undefined ? undefined : doc?.index.events[pos];
    selection.textContent = event ? `Selected: ${event.title}` : '';
    selection.title = event?.title ?? '';
  };
  shown.subscribe(draw);
  loaded.subscribe(draw);
  filter.subscribe(draw);
  selectedId.subscribe(draw);
  draw();
}
