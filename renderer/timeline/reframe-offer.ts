import { describeFilter } from '../../core/index/filter-summary';
import { timeExtent } from '../../core/index/event-index';
import { actions, filter, filterActive, shown, shownCount, visibleWindow } from '../app-state';
import { el } from '../dom';

/**
 * What the timeline says about a filter. A filter rarely leaves its events in the window that
 * was framed for all of them, so it offers to reframe ("Fit to the 9 shown") instead of moving
 * the view unasked; and when nothing passes, the empty plot says which filters emptied it and
 * offers to clear them, instead of staying blank.
 */
export function initReframeOffer(area: HTMLElement, fitShown: () => void): void {
  const fit = el('button', { type: 'button', className: 'reframe-fit' });
  const clear = el('button', { type: 'button', className: 'reframe-clear' }, ['Clear filters']);
  const message = el('p', { className: 'reframe-message' });
  const box = el('div', { className: 'reframe-offer', hidden: true, attrs: { role: 'status' } }, [
    message,
    fit,
    clear,
  ]);
  area.append(box);
  fit.addEventListener('click', fitShown);
  clear.addEventListener('click', () => actions.clearFilters());

  const update = () => {
    const s = shown.value;
    const count = shownCount.value;
    if (!s || !filterActive.value) return void (box.hidden = true);
    if (count === 0) {
      box.hidden = false;
      box.dataset.kind = 'empty';
      message.textContent = `No events match the filters (${describeFilter(filter.value).join(', ')}).`;
      fit.hidden = true;
      clear.hidden = false;
      return;
    }
    const extent = timeExtent(s.index, s.mask);
    const w = visibleWindow.value;
    // Already framed: every shown event is in view and they use a fair share of its width.
    const framed =
      extent &&
      w &&
      extent.startMs >= w.startMs &&
      extent.endMs <= w.endMs &&
      extent.endMs - extent.startMs >= (w.endMs - w.startMs) / 4;
    box.hidden = Boolean(framed);
    box.dataset.kind = 'fit';
    message.textContent = '';
    fit.hidden = false;
    clear.hidden = true;
    fit.textContent = `Fit to the ${count} shown`;
  };
  shown.subscribe(update);
  visibleWindow.subscribe(update);
}
