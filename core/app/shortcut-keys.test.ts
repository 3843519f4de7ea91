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

  it('tells Mod+Shift keys from Mod keys, for the menu, help and screen readers too', () => {
    expect(commandForKeyPress(press('O', { ctrlKey: true, shiftKey: true }), false)).toBe('file.import');
    expect(commandForKeyPress(press('+', { ctrlKey: true, shiftKey: true }), false)).toBe('view.zoomIn');
    expect(menuAccelerator('file.import')).toBe('CmdOrCtrl+Shift+O');
    expect(keyLabel('Mod+Shift+o', 'Ctrl+')).toBe('Ctrl+Shift+O');
    expect(ariaShortcut('file.import', false)).toBe('Control+Shift+O');
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

  it('tells Ctrl+Z from Ctrl+Shift+Z, and takes Ctrl+Y for redo too', () => {
    expect(commandForKeyPress(press('z', { ctrlKey: true }), false)).toBe('edit.undo');
    expect(commandForKeyPress(press('Z', { ctrlKey: true, shiftKey: true }), false)).toBe('edit.redo');
    expect(commandForKeyPress(press('Z', { metaKey: true, shiftKey: true }), false)).toBe('edit.redo');
    expect(commandForKeyPress(press('y', { ctrlKey: true }), false)).toBe('edit.redo');
    expect(commandForKeyPress(press('S', { ctrlKey: true, shiftKey: true }), false)).toBe('file.saveAs');
    expect(commandForKeyPress(press('s', { ctrlKey: true }), false)).toBe('file.save');
    // A letter without a Shift binding keeps its command with Shift held.
    expect(commandForKeyPress(press('F', { ctrlKey: true, shiftKey: true }), false)).toBe('edit.find');
    expect(commandForKeyPress(press('O', { ctrlKey: true, shiftKey: true }), false)).toBe('file.import');
  });

  it('leaves undo and redo to a text field while typing in it', () => {
    expect(commandForKeyPress(press('z', { ctrlKey: true }), true)).toBeUndefined();
    expect(commandForKeyPress(press('y', { ctrlKey: true }), true)).toBeUndefined();
    expect(commandForKeyPress(press('s', { ctrlKey: true }), true)).toBe('file.save');
  });

  it('leaves Alt combinations and unbound modifier keys alone', () => {
    expect(commandForKeyPress(press('o', { ctrlKey: true, altKey: true }), false)).toBeUndefined();
    expect(commandForKeyPress(press('n', { altKey: true }), false)).toBeUndefined();
    expect(commandForKeyPress(press('j', { ctrlKey: true }), false)).toBeUndefined();
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
      const keys = modded ? accelerator.slice('CmdOrCtrl+'.length) : accelerator;
      const shiftKey = keys.startsWith('Shift+');
      const key = shiftKey ? keys.slice('Shift+'.length) : keys;
      expect(commandForKeyPress(press(key, { ctrlKey: modded, shiftKey }), false), accelerator).toBe(id);
    }
    expect(menuAccelerator('view.zoomIn')).toBe('CmdOrCtrl+=');
    expect(menuAccelerator('edit.redo')).toBe('CmdOrCtrl+Shift+Z');
    expect(menuAccelerator('file.saveAs')).toBe('CmdOrCtrl+Shift+S');
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
    expect(keyLabel('Mod+Shift+z', 'Ctrl+')).toBe('Ctrl+Shift+Z');
    expect(keyLabel('Mod+Shift+z', '⌘')).toBe('⌘⇧Z');
  });

  it('writes aria-keyshortcuts the way ARIA spells keys', () => {
    expect(ariaShortcut('file.open', false)).toBe('Control+O');
    expect(ariaShortcut('file.open', true)).toBe('Meta+O');
    expect(ariaShortcut('view.zoomIn', false)).toBe('Plus');
    expect(ariaShortcut('file.saveAs', true)).toBe('Meta+Shift+S');
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
    expect(timelineCommandForKeyPress(press('ArrowLeft', { altKey: true }))).toBe('edit.moveEarlier');
    expect(timelineCommandForKeyPress(press('ArrowRight', { altKey: true }))).toBe('edit.moveLater');
    expect(timelineCommandForKeyPress(press('ArrowRight', { altKey: true, shiftKey: true }))).toBeUndefined();
    expect(commandForKeyPress(press('ArrowRight', { altKey: true }), false)).toBeUndefined(); // page keys: no Alt
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
    expect(rows.get('Move between toolbar, filters, timeline and details')).toBe('F6 / ⇧F6');
    expect(rows.get('Show the focused event')).toBe('Enter');
    expect(rows.get('Go to date')).toBe('⌘G');
    expect(rows.get('Undo / redo')).toBe('⌘Z / ⌘⇧Z');
    expect(rows.get('Move the selected events by one unit of their precision')).toBe('⌥← / ⌥→');
    const pc = new Map(shortcutHelpRows('Ctrl+').map(([keys, action]) => [action, keys]));
    expect(pc.get('Move the selected events by one unit of their precision')).toBe('Alt+← / Alt+→');
  });
});
