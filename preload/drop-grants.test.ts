import { describe, expect, it } from 'vitest';
import { watchTrustedDrops } from './drop-grants';

/** A window stand-in whose drop listener the test calls with events of its choosing. */
function fakeWindow() {
  let listener: ((event: Event) => void) | undefined;
  return {
    target: { addEventListener: (_type: string, fn: (event: Event) => void) => void (listener = fn) },
    drop: (isTrusted: boolean, files: File[]) =>
      listener?.({ isTrusted, dataTransfer: { files } } as unknown as Event),
  };
}

describe('watchTrustedDrops', () => {
  const file = new File(['{}'], 'a.json');
  const pathOf = (f: File) => (f === file ? '/home/me/a.json' : '');

  it('gets a token for a file of a trusted drop, once', async () => {
    const granted: string[][] = [];
    const win = fakeWindow();
    const grantFor = watchTrustedDrops(win.target, pathOf, async (paths) => (granted.push(paths), ['t1']));
    win.drop(true, [file]);
    expect(await grantFor(file)).toBe('t1');
    expect(await grantFor(file)).toBeUndefined();
    expect(granted).toEqual([['/home/me/a.json']]);
  });

  it('ignores script-dispatched drops and files without a path', async () => {
    const granted: string[][] = [];
    const win = fakeWindow();
    const grantFor = watchTrustedDrops(win.target, pathOf, async (paths) => (granted.push(paths), ['t']));
    win.drop(false, [file]);
    win.drop(true, [new File(['{}'], 'made-by-script.json')]);
    expect(await grantFor(file)).toBeUndefined();
    expect(granted).toEqual([]);
  });
});
