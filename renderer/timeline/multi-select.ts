import { actions, selectedIds } from '../app-state';

/** A drag shorter than this is a click, not a rectangle. */
const MIN_DRAG_PX = 4;

const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Shift+drag on the timeline draws a rectangle and selects every event it touches
 * (Ctrl/Cmd+Shift+drag adds them to the selection); Shift+click on an event adds it to the
 * selection or takes it out. Shift belongs to selection, so a Shift+drag that starts on an event
 * draws a rectangle too (long ranges can cover every lane) instead of moving it. vis pans or
 * moves on any drag, so the gesture is taken in the capture phase before vis's gesture library
 * sees it. Only events on screen can be touched, which is what a person sees; count bars are
 * left out.
 */
export function initRectangleSelect(container: HTMLElement): void {
  container.addEventListener(
    'pointerdown',
    (down) => {
      const target = down.target instanceof Element ? down.target : null;
      const panel = container.querySelector<HTMLElement>('.vis-panel.vis-center');
      if (!down.shiftKey || down.button !== 0 || !panel || !target) return;
      // By position: below the lanes the topmost element is vis's background grid, not the panel.
      const area = panel.getBoundingClientRect();
      const inside = (x: number, y: number) =>
        x >= area.left && x <= area.right && y >= area.top && y <= area.bottom;
      if (!inside(down.clientX, down.clientY)) return;
      if (target.closest('.agg-bar')) return;
      const clickedId = target.closest('.vis-item')?.querySelector<HTMLElement>('[data-event-id]')
        ?.dataset.eventId;
      down.stopPropagation();
      down.preventDefault();
      const adding = down.ctrlKey || down.metaKey;
      const box = document.createElement('div');
      box.className = 'select-rectangle';
      container.append(box);
      const origin = container.getBoundingClientRect();
      const rect = (e: PointerEvent) =>
        new DOMRect(
          Math.min(down.clientX, e.clientX),
          Math.min(down.clientY, e.clientY),
          Math.abs(e.clientX - down.clientX),
          Math.abs(e.clientY - down.clientY),
        );
      const move = (e: PointerEvent) => {
        const r = rect(e);
        Object.assign(box.style, {
          left: `${r.left - origin.left}px`,
          top: `${r.top - origin.top}px`,
          width: `${r.width}px`,
          height: `${r.height}px`,
        });
      };
      const up = (e: PointerEvent) => {
        window.removeEventListener('pointermove', move, true);
        window.removeEventListener('pointerup', up, true);
        box.remove();
        const r = rect(e);
        if (r.width < MIN_DRAG_PX && r.height < MIN_DRAG_PX) {
          if (clickedId !== undefined) actions.toggleSelected(clickedId); // Shift+click adds or removes one
          return;
        }
        const touched = [...container.querySelectorAll<HTMLElement>('.vis-item.ev')]
          .filter((item) => overlaps(item.getBoundingClientRect(), r))
          .map((item) => item.querySelector<HTMLElement>('[data-event-id]')?.dataset.eventId)
          .filter((id): id is string => id !== undefined);
        const kept = adding ? selectedIds.value : [];
        actions.selectMany([...kept, ...touched]);
      };
      window.addEventListener('pointermove', move, true);
      window.addEventListener('pointerup', up, true);
    },
    true,
  );
}
