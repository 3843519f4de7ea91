import { formatEventDate } from '../../core/time/format-date';
import { registerCommand } from '../commands';
import { el } from '../dom';
import { actions, search, shown } from '../app-state';

/** Rendering thousands of result rows would stall typing; the count still says how many there are. */
const MAX_LISTED = 200;

function setCurrent(row: Element, current: boolean): void {
  if (current) row.setAttribute('aria-current', 'true');
  else row.removeAttribute('aria-current');
}

/**
 * The search box: finds events by title, summary, excerpts, actors and places among those the
 * filters show, lists them with their dates, and steps through them with Enter / ↓ / ↑.
 * The matches are derived from the query in the state (the timeline highlights them); stepping
 * through them selects one, which reveals it.
 */
export function createSearchBox(): HTMLElement {
  const input = el('input', {
    type: 'search',
    id: 'search-input',
    className: 'search-input',
    placeholder: 'Title, place, person…',
  });
  input.setAttribute('aria-controls', 'search-results');
  const count = el('p', { id: 'search-count', className: 'search-count', role: 'status' });
  const list = el('ol', { id: 'search-results', className: 'search-results' });
  list.setAttribute('aria-label', 'Search results');
  input.setAttribute('aria-describedby', 'search-count');

  /** The result rows for the current matches; built in an animation frame after the count. */
  const renderList = () => {
    frame = 0;
    const { matches, current } = search.value;
    const doc = shown.value;
    list.replaceChildren(
      ...matches.slice(0, MAX_LISTED).map((pos, i) => {
        const event = doc!.index.events[pos]!;
        const button = el('button', { type: 'button', className: 'search-result' }, [
          el('span', { className: 'search-result-title', textContent: event.title }),
          el('span', { className: 'search-result-date', textContent: formatEventDate(event) }),
        ]);
        setCurrent(button, i === current);
        button.addEventListener('click', () => actions.selectMatch(i));
        return el('li', {}, [button]);
      }),
    );
    if (matches.length > MAX_LISTED)
      list.append(
        el('li', { className: 'search-more', textContent: `… and ${matches.length - MAX_LISTED} more` }),
      );
  };

  let drawn: readonly number[] | undefined;
  let frame = 0;
  /**
   * The count answers as soon as a key is typed; the rows follow in the next frame, so typing
   * fast at 100k events never waits for rows that the next key replaces anyway.
   */
  const draw = () => {
    const { query, matches, current } = search.value;
    if (matches === drawn) {
      if (frame) return; // the rows are still to be built and will mark the current one
      // Only the current match moved: keep the rows (and the focus on them).
      list.querySelectorAll('.search-result').forEach((b, i) => setCurrent(b, i === current));
      list.querySelector('[aria-current]')?.scrollIntoView({ block: 'nearest' });
      return;
    }
    drawn = matches;
    count.textContent = !query.trim() ? '' : `${matches.length} match${matches.length === 1 ? '' : 'es'}`;
    if (!frame) frame = requestAnimationFrame(renderList);
  };

  input.addEventListener('input', () => actions.setQuery(input.value));
  input.addEventListener('keydown', (e) => {
    const back = e.key === 'ArrowUp' || (e.key === 'Enter' && e.shiftKey);
    if (e.key === 'Escape' && input.value) {
      e.preventDefault();
      e.stopPropagation();
      input.value = '';
      actions.setQuery('');
    } else if (
      (e.key === 'Enter' || e.key === 'ArrowDown' || e.key === 'ArrowUp') &&
      search.value.matches.length
    ) {
      e.preventDefault();
      actions.stepMatch(back ? -1 : 1);
    }
  });
  // The current match follows the selection wherever it was made (timeline, N/P, a result row).
  search.subscribe((s) => {
    if (s.query !== input.value) input.value = s.query; // restored from the saved view
    draw();
  });
  registerCommand('edit.find', () => {
    input.focus();
    input.select();
  });

  return el('section', { className: 'sidebar-section search' }, [
    el('label', { htmlFor: 'search-input', className: 'sidebar-heading', textContent: 'Search events' }),
    input,
    count,
    list,
  ]);
}
