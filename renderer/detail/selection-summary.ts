import { deleteEvents, retypeEvents } from '../../core/edit/event-operations';
import type { LoadedTimeline } from '../app-state';
import { actions } from '../app-state';
import { EVENT_TYPES, TAXONOMY, type EventType } from '../../core/file-format/taxonomy';
import { el } from '../dom';
import { showNotice } from '../views/notices';

/** How many titles the summary lists before "and N more". */
const LISTED = 12;

/**
 * What the detail pane shows when several events are selected: their titles, and what can be
 * done to all of them at once (change the type, delete), each one undo step. Clicking a title
 * selects that event alone.
 */
export function renderSelectionSummary(ids: readonly string[], shownDoc: LoadedTimeline): HTMLElement {
  const events = ids
    .map((id) => shownDoc.index.positionById.get(id))
    .filter((pos): pos is number => pos !== undefined)
    .sort((a, b) => a - b)
    .map((pos) => shownDoc.index.events[pos]!);
  const list = el(
    'ul',
    { className: 'selection-list' },
    events.slice(0, LISTED).map((event) => {
      const link = el('button', { type: 'button', className: 'related-link', textContent: event.title });
      link.addEventListener('click', () => actions.select(event.id));
      return el('li', {}, [link]);
    }),
  );
  const more = events.length > LISTED ? [el('p', { textContent: `and ${events.length - LISTED} more` })] : [];

  const type = el('select', { id: 'selection-type' }, [
    el('option', { value: '', textContent: 'Choose a type…' }),
    ...EVENT_TYPES.map((t) => el('option', { value: t, textContent: TAXONOMY[t].label })),
  ]);
  type.addEventListener('change', () => {
    if (!type.value) return;
    const problems = actions.edit((f) => retypeEvents(f, ids, type.value as EventType));
    if (problems.length) showNotice(`Type not changed: ${problems[0]!.message}`);
  });
  const remove = el('button', {
    type: 'button',
    className: 'btn',
    textContent: `Delete ${events.length} events`,
  });
  remove.addEventListener('click', () => {
    const problems = actions.edit((f) => deleteEvents(f, ids));
    if (problems.length) showNotice(`Not deleted: ${problems[0]!.message}`);
  });

  return el('div', { className: 'selection-summary' }, [
    el('h2', { className: 'detail-title', tabIndex: -1, textContent: `${events.length} events selected` }),
    list,
    ...more,
    el('div', { className: 'edit-row' }, [
      el('label', { htmlFor: type.id, className: 'edit-label', textContent: 'Change the type of all' }),
      type,
    ]),
    el('div', { className: 'edit-actions' }, [remove]),
  ]);
}
