import { PANE_MAX_WIDTH, PANE_MIN_WIDTH } from '../../core/app/view-settings';
import { actions, detailPane } from '../app-state';

const KEY_STEP = 20;

/**
 * Lets the detail pane be resized by dragging the separator or, with the separator focused,
 * by ←/→ (the pane sits on the right, so ← widens it). The width is state: the pane
 * applies it and view persistence saves it.
 */
export function initPaneResizer(resizer: HTMLElement): void {
  resizer.setAttribute('aria-valuemin', String(PANE_MIN_WIDTH));
  resizer.setAttribute('aria-valuemax', String(PANE_MAX_WIDTH));
  resizer.setAttribute('aria-controls', 'detail-pane');
  const setWidth = actions.setDetailPaneWidth;
  detailPane.subscribe(({ width }) => resizer.setAttribute('aria-valuenow', String(width)));

  resizer.addEventListener('pointerdown', (down) => {
    if (down.button !== 0) return;
    down.preventDefault();
    const startX = down.clientX;
    const startWidth = detailPane.value.width;
    resizer.setPointerCapture(down.pointerId);
    resizer.classList.add('dragging');
    const move = (e: PointerEvent) => setWidth(startWidth + (startX - e.clientX));
    const up = () => {
      resizer.classList.remove('dragging');
      resizer.removeEventListener('pointermove', move);
      resizer.removeEventListener('pointerup', up);
      resizer.removeEventListener('pointercancel', up);
    };
    resizer.addEventListener('pointermove', move);
    resizer.addEventListener('pointerup', up);
    resizer.addEventListener('pointercancel', up);
  });

  resizer.addEventListener('keydown', (e) => {
    const delta = { ArrowLeft: KEY_STEP, ArrowRight: -KEY_STEP, Home: PANE_MAX_WIDTH, End: -PANE_MAX_WIDTH }[
      e.key
    ];
    if (delta === undefined || e.ctrlKey || e.metaKey || e.altKey) return;
    // Arrows pan the timeline elsewhere; here they belong to the separator.
    e.preventDefault();
    e.stopPropagation();
    setWidth(detailPane.value.width + delta);
  });
}
