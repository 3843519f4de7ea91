import type { Rectangle } from 'electron';
import type { WindowBounds } from './settings-store';

const DEFAULT_BOUNDS: WindowBounds = { width: 1400, height: 900, maximized: false };

/**
 * Restores the saved window only where it is still visible: a monitor may have been unplugged
 * since, and a window opened off-screen looks like an app that did not start.
 */
export function restoreBounds(saved: WindowBounds | undefined, displays: readonly Rectangle[]): WindowBounds {
  if (!saved) return DEFAULT_BOUNDS;
  const width = Math.max(640, Math.min(saved.width, 10000));
  const height = Math.max(420, Math.min(saved.height, 10000));
  if (saved.x === undefined || saved.y === undefined) return { width, height, maximized: saved.maximized };
  const { x, y } = saved;
  const visible = displays.some(
    (d) => x + 100 > d.x && x < d.x + d.width - 100 && y >= d.y - 10 && y < d.y + d.height - 50,
  );
  return visible
    ? { x, y, width, height, maximized: saved.maximized }
    : { width, height, maximized: saved.maximized };
}
