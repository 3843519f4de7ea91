import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type MenuNode } from './menu-template';

function flatten(nodes: MenuNode[]): MenuNode[] {
  return nodes.flatMap((n) => (n.kind === 'submenu' ? [n, ...flatten(n.items)] : [n]));
}

const commandAccel = (nodes: MenuNode[], id: string) =>
  flatten(nodes).find((n) => n.kind === 'command' && n.command === id) as
    { accelerator?: string } | undefined;

describe('buildMenuTemplate', () => {
  const menu = buildMenuTemplate(
    [{ path: '/a/b.chronoscope.json', name: 'b.chronoscope.json' }],
    'linux',
    'dark',
  );

  it('has File, Edit, View and Help menus in that order', () => {
    expect(menu.map((m) => (m.kind === 'submenu' ? m.label.replace('&', '') : m.kind))).toEqual([
      'File',
      'Edit',
      'View',
      'Help',
    ]);
  });

  it('gives the documented accelerators', () => {
    expect(commandAccel(menu, 'file.open')?.accelerator).toBe('CmdOrCtrl+O');
    expect(commandAccel(menu, 'file.export')?.accelerator).toBe('CmdOrCtrl+E');
    expect(commandAccel(menu, 'edit.find')?.accelerator).toBe('CmdOrCtrl+F');
  });

  it('lists recent files and enables Clear Recent only when there are some', () => {
    const all = flatten(menu);
    expect(all).toContainEqual({
      kind: 'open-recent',
      path: '/a/b.chronoscope.json',
      label: 'b.chronoscope.json',
    });
    expect(all.find((n) => n.kind === 'clear-recent')).toMatchObject({ enabled: true });
    const empty = flatten(buildMenuTemplate([], 'linux', 'system'));
    expect(empty.find((n) => n.kind === 'clear-recent')).toMatchObject({ enabled: false });
  });

  it('checks the active theme only', () => {
    const themes = flatten(menu).filter((n) => n.kind === 'command' && n.command.startsWith('view.theme.'));
    expect(themes.map((t) => (t as { checked?: boolean }).checked)).toEqual([false, false, true]);
  });

  it('has New, Save and Save As in File, with their keys', () => {
    expect(commandAccel(menu, 'file.new')?.accelerator).toBe('CmdOrCtrl+N');
    expect(commandAccel(menu, 'file.save')?.accelerator).toBe('CmdOrCtrl+S');
    expect(commandAccel(menu, 'file.saveAs')?.accelerator).toBe('CmdOrCtrl+Shift+S');
  });

  it('names the undo and redo steps in the Edit menu, and greys them when there are none', () => {
    const edit = (labels: { undoLabel?: string; redoLabel?: string }) =>
      (buildMenuTemplate([], 'linux', 'system', labels)[1] as { items: MenuNode[] }).items.slice(0, 2);
    expect(edit({ undoLabel: 'Undo Move Event' })).toMatchObject([
      { command: 'edit.undo', label: 'Undo Move Event', accelerator: 'CmdOrCtrl+Z' },
      { command: 'edit.redo', label: 'Redo', enabled: false, accelerator: 'CmdOrCtrl+Shift+Z' },
    ]);
    expect(edit({ redoLabel: 'Redo Delete Event' })).toMatchObject([
      { command: 'edit.undo', label: 'Undo', enabled: false },
      { command: 'edit.redo', label: 'Redo Delete Event' },
    ]);
    expect(edit({ undoLabel: 'Undo Add Event' })[0]).not.toHaveProperty('enabled');
  });

  it('puts the app menu first on macOS', () => {
    const mac = buildMenuTemplate([], 'darwin', 'system');
    expect(mac[0]).toMatchObject({ kind: 'submenu', label: 'Chronoscope' });
  });
});
