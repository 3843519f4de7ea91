import type { EditProblem } from '../../core/edit/check';
import { updateEvent, type EventChanges } from '../../core/edit/event-operations';
import type { TimelineEvent } from '../../core/file-format/model';
import { EVENT_TYPES, TAXONOMY } from '../../core/file-format/taxonomy';
import { PRECISIONS } from '../../core/time/units';
import { actions, doc } from '../app-state';
import { el } from '../dom';
import { STATUS_LABEL } from './event-details';
import { createSourcesEditor } from './source-editor';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

interface Field {
  readonly key: string;
  readonly label: string;
  readonly control: () => Control;
  readonly read: (event: TimelineEvent) => string | boolean;
  /** The change this field's value makes; lists are comma-separated, empty text removes the field. */
  readonly change: (value: string | boolean, event: TimelineEvent) => EventChanges;
}

const text =
  (multiline = false) =>
  () =>
    multiline ? el('textarea', { rows: 3 }) : el('input', { type: 'text', autocomplete: 'off' });
const choice = (options: ReadonlyArray<readonly [string, string]>) => () =>
  el(
    'select',
    {},
    options.map(([value, label]) => el('option', { value }, [label])),
  );
const optionalText = (value: string | boolean) => (String(value).trim() === '' ? undefined : String(value));
const list = (value: string | boolean) =>
  String(value)
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

const FIELDS: readonly Field[] = [
  {
    key: 'title',
    label: 'Title',
    control: text(),
    read: (e) => e.title,
    change: (v) => ({ title: String(v) }),
  },
  {
    key: 'type',
    label: 'Type',
    control: choice(EVENT_TYPES.map((t) => [t, TAXONOMY[t].label])),
    read: (e) => e.type,
    change: (v) => ({ type: v as TimelineEvent['type'] }),
  },
  {
    key: 'start',
    label: 'Start',
    control: text(),
    read: (e) => e.start,
    change: (v) => ({ start: String(v).trim() }),
  },
  {
    key: 'end',
    label: 'End (inclusive)',
    control: text(),
    read: (e) => e.end ?? '',
    change: (v) => ({ end: optionalText(v) }),
  },
  {
    key: 'precision',
    label: 'Precision',
    control: choice(PRECISIONS.map((p) => [p, p[0]!.toUpperCase() + p.slice(1)])),
    read: (e) => e.precision,
    change: (v) => ({ precision: v as TimelineEvent['precision'] }),
  },
  {
    key: 'approximate',
    label: 'Approximate date',
    control: () => el('input', { type: 'checkbox' }),
    read: (e) => e.approximate,
    change: (v) => ({ approximate: Boolean(v) }),
  },
  {
    key: 'status',
    label: 'Status',
    control: choice(Object.entries(STATUS_LABEL)),
    read: (e) => e.status,
    change: (v) => ({ status: v as TimelineEvent['status'] }),
  },
  {
    key: 'place.name',
    label: 'Place',
    control: text(),
    read: (e) => e.place?.name ?? '',
    change: (v, e) => {
      const name = optionalText(v);
      return { place: name === undefined ? undefined : { ...e.place, name } };
    },
  },
  {
    key: 'place.country',
    label: 'Place country (ISO code)',
    control: text(),
    read: (e) => e.place?.country ?? '',
    change: (v, e) => {
      const country = optionalText(v)?.trim();
      if (!e.place) return country ? { place: { name: country, country } } : {};
      const { country: _old, ...rest } = e.place;
      return { place: country ? { ...rest, country } : rest };
    },
  },
  {
    key: 'actors',
    label: 'Actors (comma-separated)',
    control: text(),
    read: (e) => e.actors.join(', '),
    change: (v) => ({ actors: list(v) }),
  },
  {
    key: 'countries',
    label: 'Countries (ISO codes, comma-separated)',
    control: text(),
    read: (e) => e.countries.join(', '),
    change: (v) => ({ countries: list(v) }),
  },
  {
    key: 'tags',
    label: 'Tags (comma-separated)',
    control: text(),
    read: (e) => e.tags.join(', '),
    change: (v) => ({ tags: list(v) }),
  },
  {
    key: 'related',
    label: 'Related events (ids, comma-separated)',
    control: text(),
    read: (e) => e.related.join(', '),
    change: (v) => ({ related: list(v) }),
  },
  {
    key: 'summary',
    label: 'Summary',
    control: text(true),
    read: (e) => e.summary ?? '',
    change: (v) => ({ summary: optionalText(v) }),
  },
  {
    key: 'dateNote',
    label: 'How the date was resolved',
    control: text(true),
    read: (e) => e.dateNote ?? '',
    change: (v) => ({ dateNote: optionalText(v) }),
  },
];

const valueOf = (control: Control) =>
  control instanceof HTMLInputElement && control.type === 'checkbox' ? control.checked : control.value;

/** Which field a problem belongs to: its path relative to the event, `$.place.country`, `$.countries[1]`. */
function fieldOf(problem: EditProblem): string | undefined {
  const path = problem.path.replace(/^\$\.?/, '');
  return (
    FIELDS.find((f) => path === f.key || path.startsWith(`${f.key}[`) || path.startsWith(`${f.key}.`))?.key ??
    (path.startsWith('place') ? 'place.name' : undefined)
  );
}

export interface EventEditor {
  readonly root: HTMLElement;
  /** The event changed (an applied edit, undo, redo): show its values, except in the field being typed in. */
  update(event: TimelineEvent): void;
}

/**
 * The detail pane's editor: one control per field of the event. Typing checks the value with the
 * rules file loading uses (core/edit) and shows the reason beside the field; leaving the field
 * (or Enter, or a choice in a list) applies it as one undoable edit, and only when it is valid.
 */
export function createEventEditor(initial: TimelineEvent, onDone: () => void): EventEditor {
  let event = initial;
  const rows = FIELDS.map((field, i) => {
    const control = field.control();
    control.id = `edit-${field.key.replace('.', '-')}`;
    const message = el('p', { id: `${control.id}-error`, className: 'edit-error', role: 'alert' });
    control.setAttribute('aria-describedby', message.id);
    const check = (apply: boolean) => {
      const current = doc.value;
      if (!current) return;
      const outcome = updateEvent(current.file, event.id, field.change(valueOf(control), event));
      const problems = outcome.ok ? [] : outcome.problems;
      const mine = problems.filter((p) => (fieldOf(p) ?? field.key) === field.key);
      message.textContent = mine.map((p) => p.message).join('; ');
      control.setAttribute('aria-invalid', String(mine.length > 0));
      if (apply && outcome.ok) actions.applyEdit(outcome);
    };
    control.addEventListener('input', () => check(false));
    control.addEventListener('change', () => check(true));
    const label = el('label', { htmlFor: control.id, className: 'edit-label', textContent: field.label });
    const row = el(
      'div',
      { className: `edit-row edit-${field.key.replace('.', '-')}`, dataset: { order: String(i) } },
      [label, control, message],
    );
    return { field, control, message, row };
  });
  const sources = createSourcesEditor(initial);
  const done = el('button', { type: 'button', className: 'btn', textContent: 'Done' });
  done.addEventListener('click', onDone);
  const form = el('form', { className: 'event-editor', noValidate: true }, [
    el('h2', { className: 'detail-title', tabIndex: -1, textContent: 'Edit event' }),
    ...rows.map((r) => r.row),
    sources.root,
    el('div', { className: 'edit-actions' }, [done]),
  ]);
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onDone();
    }
  });
  const update = (next: TimelineEvent) => {
    event = next;
    sources.update(next);
    for (const { field, control, message } of rows) {
      if (document.activeElement === control && control.getAttribute('aria-invalid') === 'true') continue;
      const value = field.read(next);
      if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
      else if (document.activeElement !== control || control.value !== value) control.value = value;
      message.textContent = '';
      control.setAttribute('aria-invalid', 'false');
    }
  };
  update(initial);
  return { root: form, update };
}
