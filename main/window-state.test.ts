import { describe, expect, it } from 'vitest';
import { restoreBounds } from './window-state';

const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];

describe('restoreBounds', () => {
  it('uses defaults on first start', () => {
    expect(restoreBounds(undefined, screen)).toMatchObject({ width: 1400, height: 900, maximized: false });
  });
  it('restores a window that is still on a display', () => {
    expect(restoreBounds({ x: 100, y: 50, width: 1000, height: 700, maximized: true }, screen)).toEqual({
      x: 100,
      y: 50,
      width: 1000,
      height: 700,
      maximized: true,
    });
  });
  it('drops the position of a window left on an unplugged monitor', () => {
    const r = restoreBounds({ x: 3000, y: 50, width: 1000, height: 700, maximized: false }, screen);
    expect(r.x).toBeUndefined();
    expect(r.width).toBe(1000);
  });
  it('clamps absurd sizes', () => {
    expect(restoreBounds({ width: 10, height: 10, maximized: false }, screen)).toMatchObject({
      width: 640,
      height: 420,
    });
  });
});
