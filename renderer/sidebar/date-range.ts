import { DATE_EXAMPLES, parseRangeBound } from '../../core/time/range-input';
import { el } from '../dom';
import { actions, filter } from '../app-state';

const utcDay = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * "From" and "To" boxes for the date filter. A bound applies when the box is left or Enter is
 * pressed, not on every keystroke, so "2" on the way to "2021" does not hide every event.
 * Text that names no date is flagged in place and leaves the filter as it was.
 */
function boundInput(side: 'from' | 'to'): HTMLElement {
  const id = `date-${side}`;
  const key = side === 'from' ? 'fromMs' : 'toMs';
  const input = el('input', {
    type: 'text',
    id,
    className: 'date-input',
    placeholder: side === 'from' ? 'e.g. 2021' : 'e.g. 2024-07',
  });
  const hint = el('span', { id: `${id}-hint`, className: 'date-hint' });
  input.setAttribute('aria-describedby', hint.id);
  let shownMs: number | undefined;
  const apply = () => {
    const text = input.value.trim();
    const ms = text ? parseRangeBound(text, side) : undefined;
    const invalid = text !== '' && ms === undefined;
    input.setAttribute('aria-invalid', String(invalid));
    hint.textContent = invalid ? `Not a date: try ${DATE_EXAMPLES}` : '';
    if (invalid || ms === filter.value[key]) return;
    shownMs = ms;
    actions.setDateBound(side, ms);
  };
  input.addEventListener('change', apply);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') apply();
  });
  filter.subscribe((f) => {
    if (f[key] === shownMs) return;
    // Cleared or restored elsewhere: show the bound as a date ("to" bounds are exclusive).
    shownMs = f[key];
    input.value = shownMs === undefined ? '' : utcDay.format(side === 'to' ? shownMs - 1 : shownMs);
    input.setAttribute('aria-invalid', 'false');
    hint.textContent = '';
  });
  return el('div', { className: 'date-row' }, [
    el('label', { htmlFor: id, className: 'date-label', textContent: side === 'from' ? 'From' : 'To' }),
    input,
    hint,
  ]);
}

/** The date-range part of the filters. */
export function createDateRange(): HTMLElement {
  return el('fieldset', { className: 'sidebar-section date-range' }, [
    el('legend', { className: 'sidebar-heading', textContent: 'Dates' }),
    boundInput('from'),
    boundInput('to'),
  ]);
}
