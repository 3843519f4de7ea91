import { describe, expect, it } from 'vitest';
import { COMMAND_SPECS, type CommandId } from './commands';
import {
  ariaShortcut,
  buildKeyMap,
  commandForKeyPress,
  keyLabel,
  menuAccelerator,
  shortcutHelpRows,
  timelineCommandForKeyPress,
  type KeyPress,
} from './shortcut-keys';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});
const ids = Object.keys(COMMAND_SPECS) as CommandId[];

describe('commandForKeyPress', () => {
  it('maps Ctrl or Cmd keys, in either case and with Shift', () => {
    expect(commandForKeyPress(press('o', { ctrlKey: true }), false)).toBe('file.open');
    expect(commandForKeyPress(press('O', { metaKey: true }), true)).toBe('file.open');
    expect(commandForKeyPress(press('+', { ctrlKey: true }), false)).toBe('view.zoomIn');
    expect(commandForKeyPress(press('=', { ctrlKey: true }), false)).toBe('view.zoomIn');
    expect(commandForKeyPress(press('\\', { ctrlKey: true }), false)).toBe('view.toggleDetail');
  });

  it('maps plain keys, letters in either case', () => {
    expect(commandForKeyPress(press('+'), false)).toBe('view.zoomIn');
    expect(commandForKeyPress(press('-'), false)).toBe('view.zoomOut');
    expect(commandForKeyPress(press('N'), false)).toBe('nav.next');
    expect(commandForKeyPress(press('Home'), false)).toBe('view.fitAll');
    expect(commandForKeyPress(press('0'), false)).toBe('view.fitAll');
    expect(commandForKeyPress(press('Escape'), false)).toBe('nav.clear');
    expect(commandForKeyPress(press('Tab'), false)).toBeUndefined();
  });

  it('ignores plain keys while typing, except function keys', () => {
    expect(commandForKeyPress(press('n'), true)).toBeUndefined();
    expect(commandForKeyPress(press('-'), true)).toBeUndefined();
    expect(commandForKeyPress(press('F1'), true)).toBe('help.shortcuts');
  });

  it('leaves Alt combinations and unbound modifier keys alone', () => {
    expect(commandForKeyPress(press('o', { ctrlKey: true, altKey: true }), false)).toBeUndefined();
    expect(commandForKeyPress(press('n', { altKey: true }), false)).toBeUndefined();
    expect(commandForKeyPress(press('n', { ctrlKey: true }), false)).toBeUndefined();
  });
});

describe('the command table', () => {
  it('gives no key to two commands', () => {
    expect(() => buildKeyMap()).not.toThrow();
    const clash = [
      ['view.zoomIn', { label: 'a', keys: ['Mod+O'] }],
      ['file.open', { label: 'b', keys: ['Mod+o'] }],
    ] as const;
    expect(() => buildKeyMap([...clash])).toThrow(/"Mod\+o" is claimed by both view.zoomIn and file.open/);
  });

  it('lists every command that has keys in the help table', () => {
    const helpText = new Set(shortcutHelpRows('Ctrl+').map(([, action]) => action));
    for (const id of ids) {
      const spec = COMMAND_SPECS[id];
      if (spec.keys?.length || spec.timelineKeys?.length) expect(helpText, id).toContain(spec.help);
    }
  });

  it('has menu accelerators that the in-page key map sends to the same command', () => {
    const withAccelerator = ids.filter((id) => menuAccelerator(id) !== undefined);
    expect(withAccelerator.length).toBeGreaterThan(5);
    for (const id of withAccelerator) {
      const accelerator = menuAccelerator(id)!;
      const modded = accelerator.startsWith('CmdOrCtrl+');
      const key = modded ? accelerator.slice('CmdOrCtrl+'.length) : accelerator;
      expect(commandForKeyPress(press(key, { ctrlKey: modded }), false), accelerator).toBe(id);
    }
    expect(menuAccelerator('view.zoomIn')).toBe('CmdOrCtrl+=');
    expect(menuAccelerator('help.shortcuts')).toBe('F1');
    expect(menuAccelerator('view.today')).toBeUndefined();
  });
});

describe('key names', () => {
  it('uses the platform modifier and readable symbols', () => {
    expect(keyLabel('Mod+o', 'Ctrl+')).toBe('Ctrl+O');
    expect(keyLabel('Mod+o', '⌘')).toBe('⌘O');
    expect(keyLabel('-', 'Ctrl+')).toBe('−');
    expect(keyLabel('Escape', 'Ctrl+')).toBe('Esc');
  });

  it('writes aria-keyshortcuts the way ARIA spells keys', () => {
    expect(ariaShortcut('file.open', false)).toBe('Control+O');
    expect(ariaShortcut('file.open', true)).toBe('Meta+O');
    expect(ariaShortcut('view.zoomIn', false)).toBe('Plus');
    expect(ariaShortcut('nav.open', false)).toBeUndefined();
  });

  it('tells F6 from Shift+F6, and gives the focused timeline its own keys', () => {
    expect(commandForKeyPress(press('F6'), true)).toBe('focus.nextRegion');
    expect(commandForKeyPress(press('F6', { shiftKey: true }), true)).toBe('focus.previousRegion');
    // Shift alone still reaches keys without a Shift+ entry ("+" is Shift+= on many layouts).
    expect(commandForKeyPress(press('+', { shiftKey: true }), false)).toBe('view.zoomIn');
    expect(timelineCommandForKeyPress(press('ArrowRight'))).toBe('nav.next');
    expect(timelineCommandForKeyPress(press('ArrowLeft', { shiftKey: true }))).toBe('view.panLeft');
    expect(timelineCommandForKeyPress(press('Home'))).toBe('nav.first');
    expect(timelineCommandForKeyPress(press('End'))).toBe('nav.last');
    expect(timelineCommandForKeyPress(press('Tab'))).toBeUndefined();
    expect(menuAccelerator('focus.nextRegion')).toBe('F6');
    expect(menuAccelerator('view.toggleSidebar')).toBe('CmdOrCtrl+B');
  });

  it('groups related commands into one help row', () => {
    const rows = new Map(shortcutHelpRows('⌘').map(([keys, action]) => [action, keys]));
    expect(rows.get('Zoom in / out')).toBe('+ / −');
    expect(rows.get('Pan')).toBe('← / →, Shift+← / Shift+→');
    expect(rows.get('Next / previous event')).toBe('N / P, → / ←');
    expect(rows.get('First / last event')).toBe('Home / End');
    expect(rows.get('Move between toolbar, filters, timeline and details')).toBe('F6 / Shift+F6');
    expect(rows.get('Show the focused event')).toBe('Enter');
    expect(rows.get('Go to date')).toBe('⌘G');
  });
});
