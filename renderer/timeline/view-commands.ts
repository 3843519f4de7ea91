import type { Timeline } from 'vis-timeline/peer';
import { registerCommand } from '../commands';
import { openGotoDateDialog } from '../views/goto-date-dialog';

/**
 * Zoom, pan, today and go-to-date: the view commands shared by toolbar, menu and keys. Zooming
 * keeps the centre fixed (vis's own zoomIn moves it when clamped); panning moves a fifth of
 * the window, enough to make progress while keeping context on screen.
 */
export function registerViewCommands(
  timeline: Timeline,
  show: (startMs: number, endMs: number) => void,
  fitAll: () => void,
): void {
  registerCommand('view.fitAll', fitAll);
  const zoom = (factor: number) => () => {
    const w = timeline.getWindow();
    const mid = (w.start.getTime() + w.end.getTime()) / 2;
    const half = ((w.end.getTime() - w.start.getTime()) * factor) / 2;
    show(mid - half, mid + half);
  };
  const pan = (share: number) => () => {
    const w = timeline.getWindow();
    const shift = (w.end.getTime() - w.start.getTime()) * share;
    show(w.start.getTime() + shift, w.end.getTime() + shift);
  };
  registerCommand('view.zoomIn', zoom(0.5));
  registerCommand('view.zoomOut', zoom(2));
  registerCommand('view.panLeft', pan(-0.2));
  registerCommand('view.panRight', pan(0.2));
  registerCommand('view.today', () => {
    const w = timeline.getWindow();
    const half = (w.end.getTime() - w.start.getTime()) / 2;
    show(Date.now() - half, Date.now() + half);
  });
  registerCommand('view.goToDate', () => openGotoDateDialog((t) => show(t.startMs, t.endMs)));
}
