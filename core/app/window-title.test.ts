import { describe, expect, it } from 'vitest';
import { windowTitle } from './window-title';

describe('windowTitle', () => {
  it('names the file and marks unsaved changes', () => {
    expect(windowTitle('a.chronoscope.json', false, 'linux')).toBe('a.chronoscope.json — Chronoscope');
    expect(windowTitle('a.chronoscope.json', true, 'win32')).toBe('• a.chronoscope.json — Chronoscope');
  });

  it('leaves the marker to the close button on macOS, and has a plain title with no file', () => {
    expect(windowTitle('a.chronoscope.json', true, 'darwin')).toBe('a.chronoscope.json — Chronoscope');
    expect(windowTitle(undefined, true, 'linux')).toBe('Chronoscope');
  });
});
