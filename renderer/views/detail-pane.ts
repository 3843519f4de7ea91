import '../styles/panels.css';
import '../styles/detail-pane.css';
import { registerCommand } from '../commands';
import { focusSelectedEvent } from '../timeline/focus-event';
import { renderEventDetails } from '../detail/event-details';
import { createEventEditor, type EventEditor } from '../detail/event-editor';
import { initPaneResizer } from '../detail/pane-resizer';
import { el } from '../dom';
import { actions, detailPane, doc, selectedEvent, selectedIds } from '../app-state';
import { renderSelectionSummary } from '../detail/selection-summary';

function emptyState(hasEvents: boolean): HTMLElement {
  return el('div', { className: 'detail-empty' }, [
    el('h2', { className: 'detail-empty-title', textContent: 'No event selected' }),
    el('p', {
      textContent: hasEvents
        ? 'Select an event on the timeline to see its date, place, people and the article excerpts it comes from.'
        : 'Open a timeline file to see its events here.',
    }),
    ...(hasEvents
      ? [
          el('p', {}, [
            'Press ',
            el('kbd', { textContent: 'N' }),
            ' or ',
            el('kbd', { textContent: 'P' }),
            ' to step through events.',
          ]),
        ]
      : []),
  ]);
}

/**
 * The detail pane: everything about the selected event, with its sources quoted in context.
 * It redraws only when the selection or the file changes, and can be hidden or resized; both
 * live in `detailPane` so they are saved with the view.
 */
export function initDetailPane(root: HTMLElement, resizer: HTMLElement): void {
  let focusTitle = false;
  /** The editor while the selected event is being edited; it stays across the edits it makes. */
  let editor: { id: string; view: EventEditor } | undefined;
  const startEditing = () => {
    const event = selectedEvent.value;
    if (!event) return;
    editor = { id: event.id, view: createEventEditor(event, stopEditing) };
    root.replaceChildren(editor.view.root);
    root.querySelector<HTMLElement>('#edit-title')?.focus();
  };
  const stopEditing = () => {
    editor = undefined;
    focusTitle = true;
    drawn = undefined; // same selection, but the details replace the editor
    render();
  };
  /** What was drawn last: the three subscriptions below fire together for one selection. */
  let drawn: { doc: unknown; event: unknown; ids: unknown } | undefined;
  const render = () => {
    const shownDoc = doc.value;
    const event = selectedEvent.value;
    const ids = selectedIds.value;
    if (drawn && drawn.doc === shownDoc && drawn.event === event && drawn.ids === ids) return;
    drawn = { doc: shownDoc, event, ids };
    if (shownDoc && event && selectedIds.value.length > 1) {
      editor = undefined;
      root.replaceChildren(renderSelectionSummary(selectedIds.value, shownDoc));
      return;
    }
    if (editor && event?.id === editor.id) return editor.view.update(event);
    editor = undefined;
    // On a narrow window the pane floats over the timeline, and only while it has an event.
    root.toggleAttribute('data-empty', !shownDoc || !event);
    if (!shownDoc || !event) {
      root.replaceChildren(emptyState((shownDoc?.index.size ?? 0) > 0));
      return;
    }
    const edit = el('button', { type: 'button', className: 'btn detail-edit', textContent: 'Edit' });
    edit.addEventListener('click', startEditing);
    root.replaceChildren(
      edit,
      renderEventDetails(event, shownDoc, () => (focusTitle = true)),
    );
    root.scrollTop = 0;
    // After following a related link the old button is gone: continue from the new title.
    if (focusTitle) root.querySelector<HTMLElement>('.detail-title')?.focus();
    focusTitle = false;
  };
  // The event's record can change while its id stays (a reload of the same file): follow both.
  doc.subscribe(render);
  selectedEvent.subscribe(render);
  selectedIds.subscribe(render);

  const apply = ({ visible, width }: { visible: boolean; width: number }) => {
    root.hidden = !visible;
    resizer.hidden = !visible;
    root.style.width = `${width}px`;
  };
  detailPane.subscribe(apply);
  initPaneResizer(resizer);
  registerCommand('view.toggleDetail', actions.toggleDetailPane);
  // Esc in the pane goes back to the event it shows (the selection stays), not to <body>.
  root.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || e.defaultPrevented || !selectedEvent.value) return;
    // A dialog opened from the pane (the article reader) closes on its own Esc.
    if (e.target instanceof Element && e.target.closest('dialog')) return;
    e.preventDefault();
    e.stopPropagation();
    focusSelectedEvent();
  });
  // Enter on the selected event: show its details (even if the pane was hidden) and move
  // focus there, so keyboard and screen-reader users land on what they opened.
  registerCommand('nav.open', () => {
    if (!selectedEvent.value) return;
    actions.setDetailPaneVisible(true);
    root.querySelector<HTMLElement>('.detail-title')?.focus();
  });
  registerCommand('edit.editEvent', () => {
    if (!selectedEvent.value) return;
    actions.setDetailPaneVisible(true);
    startEditing();
  });
}
